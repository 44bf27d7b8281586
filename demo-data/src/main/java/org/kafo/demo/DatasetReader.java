package org.kafo.demo;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.IntStream;
import org.kafo.demo.PactMaliDataset.ActionTemplate;
import org.kafo.demo.PactMaliDataset.CercleEntry;
import org.kafo.demo.PactMaliDataset.CommuneEntry;
import org.kafo.demo.PactMaliDataset.Content;
import org.kafo.demo.PactMaliDataset.NeedEntry;
import org.kafo.demo.PactMaliDataset.NeedTemplate;
import org.kafo.demo.PactMaliDataset.OrganisationEntry;
import org.kafo.demo.PactMaliDataset.PartnerEntry;
import org.kafo.demo.PactMaliDataset.RegionEntry;
import org.kafo.demo.PactMaliDataset.RepresentativeEntry;
import org.kafo.demo.PactMaliDataset.SectorEntry;
import org.kafo.demo.PactMaliDataset.ServiceEntry;
import org.kafo.demo.PactMaliDataset.ShareTemplate;
import org.kafo.model.common.Sex;
import org.kafo.model.need.NeedKind;
import org.kafo.model.organisation.OrganisationKind;
import org.kafo.model.plan.ActionKind;
import org.kafo.model.plan.ContributionForm;
import org.kafo.model.territory.GeoPoint;

/**
 * Reads the dataset's JSON with JSON-P and checks that it holds together: every field the dataset
 * needs, every key it refers to, cost shares that add up to 100 %. Fields it does not know (notes,
 * the marks of what is illustrative) are left to the human reader.
 */
final class DatasetReader {

    private static final Set<String> RESPONSIBLE = Set.of("municipality", "raisedBy", "service", "pact");
    private static final Set<String> PAYERS = Set.of("municipality", "raisedBy", "anict", "pact");

    private DatasetReader() {
    }

    /** @throws IllegalArgumentException naming the path of what is wrong */
    static Content read(InputStream json) {
        JsonObject root;
        try (JsonReader reader = Json.createReader(json)) {
            root = reader.readObject();
        } catch (JsonException e) {
            throw new IllegalArgumentException("not a JSON object: " + e.getMessage(), e);
        }
        List<NeedTemplate> catalogue = list(object(root, "needCatalogue", "$"), "needs", "$.needCatalogue",
                DatasetReader::needTemplate);
        List<ServiceEntry> services = list(root, "technicalServices", "$", DatasetReader::service);
        Content content = new Content(text(root, "name", "$"), date(root, "startsOn", "$"),
                point(object(root, "referencePoint", "$"), "$.referencePoint"),
                list(root, "sectors", "$", DatasetReader::sector), services,
                list(root, "partners", "$", DatasetReader::partner),
                list(root, "municipalityRepresentatives", "$", DatasetReader::representative),
                list(root, "regions", "$", DatasetReader::region), catalogue);
        check(content);
        return content;
    }

    private static RegionEntry region(JsonObject o, String path) {
        return new RegionEntry(text(o, "name", path), optionalText(o, "code"),
                list(o, "cercles", path, DatasetReader::cercle));
    }

    private static CercleEntry cercle(JsonObject o, String path) {
        return new CercleEntry(text(o, "name", path), optionalText(o, "code"),
                list(o, "services", path, DatasetReader::service), list(o, "communes", path, DatasetReader::commune));
    }

    private static CommuneEntry commune(JsonObject o, String path) {
        return new CommuneEntry(text(o, "name", path), optionalText(o, "code"), texts(o, "aliases", path),
                texts(o, "sectors", path), texts(o, "services", path),
                list(o, "organisations", path, DatasetReader::organisation),
                list(o, "needs", path, (n, p) -> new NeedEntry(text(n, "need", p), text(n, "raisedBy", p))));
    }

    private static OrganisationEntry organisation(JsonObject o, String path) {
        return new OrganisationEntry(text(o, "key", path), text(o, "name", path),
                constant(OrganisationKind.class, o, "kind", path), text(o, "sector", path), number(o, "members", path),
                number(o, "women", path), number(o, "youth", path), sex(o, "head", path), sex(o, "youngMember", path));
    }

    private static ServiceEntry service(JsonObject o, String path) {
        return new ServiceEntry(text(o, "key", path), text(o, "name", path), texts(o, "sectors", path));
    }

    private static PartnerEntry partner(JsonObject o, String path) {
        return new PartnerEntry(text(o, "key", path), text(o, "name", path), optionalText(o, "acronym"),
                constant(OrganisationKind.class, o, "kind", path), texts(o, "sectors", path));
    }

    private static RepresentativeEntry representative(JsonObject o, String path) {
        return new RepresentativeEntry(text(o, "role", path), sex(o, "sex", path));
    }

    private static SectorEntry sector(JsonObject o, String path) {
        return new SectorEntry(text(o, "code", path), text(o, "fr", path), text(o, "en", path));
    }

    private static NeedTemplate needTemplate(JsonObject o, String path) {
        JsonObject action = object(o, "action", path);
        String actionPath = path + ".action";
        Optional<Long> estimate = o.containsKey("estimatedCost")
                ? Optional.of(amount(o, "estimatedCost", path)) : Optional.empty();
        return new NeedTemplate(text(o, "key", path), constant(NeedKind.class, o, "kind", path),
                texts(o, "sectors", path), text(o, "description", path), text(o, "english", path), estimate,
                new ActionTemplate(text(action, "title", actionPath), constant(ActionKind.class, action, "kind",
                        actionPath), text(action, "responsible", actionPath), amount(action, "estimatedCost",
                        actionPath), list(action, "shares", actionPath, (s, p) -> new ShareTemplate(
                                text(s, "party", p), constant(ContributionForm.class, s, "form", p),
                                number(s, "percent", p))),
                        action.getBoolean("pdesc", false)));
    }

    // ---- what holds the file together

    private static void check(Content content) {
        Set<String> sectors = new HashSet<>();
        content.sectors().forEach(s -> sectors.add(s.code()));
        Set<String> services = new HashSet<>();
        content.technicalServices().forEach(s -> services.add(s.key()));
        Set<String> needs = new HashSet<>();
        for (NeedTemplate need : content.needCatalogue()) {
            require(needs.add(need.key()), "need '" + need.key() + "' is in the catalogue twice");
            require(sectors.containsAll(need.sectors()), "need '" + need.key() + "' names an unknown sector");
            ActionTemplate action = need.action();
            require(RESPONSIBLE.contains(action.responsible()), "need '" + need.key() + "': no such responsible party '"
                    + action.responsible() + "'");
            require(action.shares().stream().allMatch(s -> PAYERS.contains(s.party())),
                    "need '" + need.key() + "': a share names an unknown party");
            require(action.shares().stream().mapToInt(ShareTemplate::percent).sum() == 100,
                    "need '" + need.key() + "': the shares do not add up to 100 %");
            require(action.shares().stream().allMatch(s -> s.percent() > 0),
                    "need '" + need.key() + "': a share of 0 % or less");
        }
        require(content.partners().stream().anyMatch(p -> p.key().equals("pact"))
                && content.partners().stream().anyMatch(p -> p.key().equals("anict")),
                "the partners are PACT and ANICT (keys 'pact' and 'anict')");
        Set<String> communes = new HashSet<>();
        for (RegionEntry region : content.regions()) {
            for (CercleEntry cercle : region.cercles()) {
                require(cercle.services().stream().anyMatch(s -> s.key().equals("genie-rural")),
                        "cercle " + cercle.name() + " has no rural engineering service (key 'genie-rural')");
                for (CommuneEntry commune : cercle.communes()) {
                    require(communes.add(commune.name()), "commune " + commune.name() + " is listed twice");
                    checkCommune(commune, sectors, services, needs);
                }
            }
        }
    }

    private static void checkCommune(CommuneEntry commune, Set<String> sectors, Set<String> services,
            Set<String> needs) {
        String name = commune.name();
        require(sectors.containsAll(commune.sectors()), name + " names an unknown sector");
        require(services.containsAll(commune.services()), name + " names an unknown technical service");
        Set<String> keys = new HashSet<>();
        for (OrganisationEntry organisation : commune.organisations()) {
            require(keys.add(organisation.key()), name + " has two organisations '" + organisation.key() + "'");
            require(commune.sectors().contains(organisation.sector()),
                    name + ": " + organisation.name() + " is in no priority sector of the commune");
            require(organisation.kind().isProfessional(), name + ": " + organisation.name()
                    + " is not a professional organisation");
            require(organisation.women() <= organisation.members() && organisation.youth() <= organisation.members(),
                    name + ": " + organisation.name() + " has more women or youth than members");
        }
        for (NeedEntry need : commune.needs()) {
            require(needs.contains(need.need()), name + ": no need '" + need.need() + "' in the catalogue");
            require(keys.contains(need.raisedBy()), name + ": no organisation '" + need.raisedBy() + "'");
        }
    }

    private static void require(boolean condition, String problem) {
        if (!condition) {
            throw new IllegalArgumentException(problem);
        }
    }

    // ---- JSON-P, with the path of what is missing

    private static <T> List<T> list(JsonObject o, String key, String path, BiFunction<JsonObject, String, T> read) {
        JsonArray array = array(o, key, path);
        return IntStream.range(0, array.size())
                .mapToObj(i -> {
                    String at = path + "." + key + "[" + i + "]";
                    JsonValue value = array.get(i);
                    if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                        throw new IllegalArgumentException(at + " is not an object");
                    }
                    return read.apply(value.asJsonObject(), at);
                })
                .toList();
    }

    private static List<String> texts(JsonObject o, String key, String path) {
        JsonArray array = array(o, key, path);
        return array.stream().map(value -> {
            if (!(value instanceof JsonString text)) {
                throw new IllegalArgumentException(path + "." + key + " holds something other than text");
            }
            return text.getString();
        }).toList();
    }

    private static JsonArray array(JsonObject o, String key, String path) {
        JsonValue value = o.get(key);
        if (value == null || value.getValueType() != JsonValue.ValueType.ARRAY) {
            throw new IllegalArgumentException(path + "." + key + " is missing or not an array");
        }
        return value.asJsonArray();
    }

    private static JsonObject object(JsonObject o, String key, String path) {
        JsonValue value = o.get(key);
        if (value == null || value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new IllegalArgumentException(path + "." + key + " is missing or not an object");
        }
        return value.asJsonObject();
    }

    private static String text(JsonObject o, String key, String path) {
        JsonValue value = o.get(key);
        if (!(value instanceof JsonString text) || text.getString().isBlank()) {
            throw new IllegalArgumentException(path + "." + key + " is missing or not text");
        }
        return text.getString();
    }

    private static Optional<String> optionalText(JsonObject o, String key) {
        JsonValue value = o.get(key);
        return value instanceof JsonString text && !text.getString().isBlank()
                ? Optional.of(text.getString()) : Optional.empty();
    }

    private static int number(JsonObject o, String key, String path) {
        return Math.toIntExact(amount(o, key, path));
    }

    private static long amount(JsonObject o, String key, String path) {
        JsonValue value = o.get(key);
        if (!(value instanceof JsonNumber number) || !number.isIntegral() || number.longValue() < 0) {
            throw new IllegalArgumentException(path + "." + key + " is missing or not a whole number of 0 or more");
        }
        return number.longValueExact();
    }

    private static LocalDate date(JsonObject o, String key, String path) {
        try {
            return LocalDate.parse(text(o, key, path));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(path + "." + key + " is not a date (yyyy-mm-dd)", e);
        }
    }

    private static GeoPoint point(JsonObject o, String path) {
        JsonValue latitude = o.get("latitude");
        JsonValue longitude = o.get("longitude");
        if (!(latitude instanceof JsonNumber lat) || !(longitude instanceof JsonNumber lon)) {
            throw new IllegalArgumentException(path + " needs a latitude and a longitude");
        }
        return new GeoPoint(lat.doubleValue(), lon.doubleValue());
    }

    private static Sex sex(JsonObject o, String key, String path) {
        return switch (text(o, key, path)) {
            case "F" -> Sex.FEMALE;
            case "M" -> Sex.MALE;
            default -> throw new IllegalArgumentException(path + "." + key + " is F or M");
        };
    }

    private static <E extends Enum<E>> E constant(Class<E> type, JsonObject o, String key, String path) {
        String name = text(o, key, path);
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(path + "." + key + ": " + name + " is not a " + type.getSimpleName(), e);
        }
    }
}
