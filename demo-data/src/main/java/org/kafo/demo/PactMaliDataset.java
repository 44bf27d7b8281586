package org.kafo.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.kafo.model.common.Sex;
import org.kafo.model.need.NeedKind;
import org.kafo.model.organisation.OrganisationKind;
import org.kafo.model.plan.ActionKind;
import org.kafo.model.plan.ContributionForm;
import org.kafo.model.territory.GeoPoint;
import org.kafo.rules.pact.PactRules;
import org.kafo.rules.process.ConsultationProcess;

/**
 * The training dataset of PACT in Mali: 2 regions, 4 cercles and the 20 communes where the approach
 * was applied, each with its professional organisations, the technical services and partners of
 * its framework, and the first needs of its professionals in small-scale irrigation.
 *
 * <p>The names and the grouping of the communes, Dioro's code and the approach's reference point
 * come from the sources; what they do not give (other codes, populations, coordinates) is absent,
 * never guessed. Organisation names, member counts, needs, costs and dates are illustrative, and the
 * file marks them so ({@code pact-mali.json}, beside this class).
 *
 * <pre>{@code
 * InMemoryRepositories repositories = new InMemoryRepositories();
 * ConsultationProcess process = new ConsultationProcess(repositories, PactRules.book());
 * SimulationResult result = PactMaliDataset.load().playInto(process, 4, 42L);
 * }</pre>
 *
 * Everything enters through the process: the same calls load the dataset into a server's database.
 */
public final class PactMaliDataset {

    /** The dataset bundled with this sample, on the class path beside this class. */
    public static final String RESOURCE = "pact-mali.json";

    private final Content content;

    private PactMaliDataset(Content content) {
        this.content = content;
    }

    /**
     * The bundled dataset.
     *
     * @throws IllegalStateException if the bundled file is missing or malformed (a packaging bug)
     */
    public static PactMaliDataset load() {
        try (InputStream json = PactMaliDataset.class.getResourceAsStream(RESOURCE)) {
            if (json == null) {
                throw new IllegalStateException(RESOURCE + " is not on the class path beside "
                        + PactMaliDataset.class.getName());
            }
            return read(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("the bundled " + RESOURCE + " is malformed: " + e.getMessage(), e);
        }
    }

    /**
     * A dataset of the same form from another source.
     *
     * @throws IllegalArgumentException if the JSON is malformed or misses what the dataset needs
     */
    public static PactMaliDataset read(InputStream json) {
        Objects.requireNonNull(json, "json is required");
        return new PactMaliDataset(DatasetReader.read(json));
    }

    /**
     * Registers the territory, the parties and the frameworks, establishes each framework on its
     * council's deliberation and records the professionals' first needs, through {@code process}.
     *
     * @throws org.kafo.rules.process.CommandRefusedException if the process refuses a command: the
     *         dataset does not hold together under the process's rule book
     */
    public LoadedDataset loadInto(ConsultationProcess process) {
        return new DatasetLoader(this, Objects.requireNonNull(process, "process is required")).load();
    }

    /**
     * Loads the dataset into {@code process}, then plays {@code cycles} quarterly plan cycles in every
     * commune with randomness drawn from {@code seed}: late meetings, meetings without a quorum,
     * contributions delivered late or not at all, obstacles. The same seed plays the same story.
     *
     * @param cycles the plans each framework adopts, 1 or more; a last meeting reviews the last one
     * @throws IllegalArgumentException if {@code cycles} is below 1
     */
    public SimulationResult playInto(ConsultationProcess process, int cycles, long seed) {
        if (cycles < 1) {
            throw new IllegalArgumentException("cycles must be 1 or more, was " + cycles);
        }
        LoadedDataset loaded = loadInto(process);
        return new Simulation(this, process, cycles, seed).play(loaded);
    }

    /**
     * Loads the dataset into {@code process} and plays {@code cycles} quarterly plan cycles as of
     * {@code today}: the story is the one {@link #playInto} plays, its days moved by whole months so
     * that the last plan is in force on {@code today} (it started on the first day of the month nearest
     * to 60 days before), nothing happens after {@code today}, and the meeting that will review the plan
     * in force is convened. As of 2008-07-15 the days are the dataset's own; the same seed and the
     * same month play the same story.
     *
     * @param cycles the plans each framework adopts, 1 or more; the last is in force on {@code today}
     * @throws IllegalArgumentException if {@code cycles} is below 1
     */
    public SimulationResult playUntil(ConsultationProcess process, int cycles, long seed, LocalDate today) {
        if (cycles < 1) {
            throw new IllegalArgumentException("cycles must be 1 or more, was " + cycles);
        }
        Objects.requireNonNull(today, "today is required");
        PactMaliDataset dated = movedBy(monthsBefore(today, cycles));
        LoadedDataset loaded = dated.loadInto(process);
        return new Simulation(dated, process, cycles, seed).until(today).play(loaded);
    }

    /** How many months the dataset's days move so that its last plan of {@code cycles} is in force on {@code today}. */
    long monthsBefore(LocalDate today, int cycles) {
        LocalDate sixtyDaysBefore = today.minusDays(60);
        LocalDate lastPlanStart = sixtyDaysBefore.getDayOfMonth() <= 15 ? sixtyDaysBefore.withDayOfMonth(1)
                : sixtyDaysBefore.withDayOfMonth(1).plusMonths(1);
        LocalDate ownLastPlanStart = Simulation.firstPlanStart(this).plusMonths(3L * (cycles - 1));
        return java.time.temporal.ChronoUnit.MONTHS.between(ownLastPlanStart, lastPlanStart);
    }

    /** The same dataset, starting {@code months} months later (earlier when negative). */
    PactMaliDataset movedBy(long months) {
        Content c = content;
        return months == 0 ? this : new PactMaliDataset(new Content(c.name(), c.startsOn().plusMonths(months),
                c.referencePoint(), c.sectors(), c.technicalServices(), c.partners(), c.municipalityRepresentatives(),
                c.regions(), c.needCatalogue()));
    }

    public String name() {
        return content.name();
    }

    /** The day the frameworks are proposed (illustrative). */
    public LocalDate startsOn() {
        return content.startsOn();
    }

    /** The approach's reference point in the seed (not the location of a commune). */
    public GeoPoint referencePoint() {
        return content.referencePoint();
    }

    public List<SectorEntry> sectors() {
        return content.sectors();
    }

    public List<RegionEntry> regions() {
        return content.regions();
    }

    /** Every commune, region after region and cercle after cercle, in the file's order. */
    public List<CommuneEntry> communes() {
        return content.regions().stream().flatMap(r -> r.cercles().stream()).flatMap(c -> c.communes().stream())
                .toList();
    }

    /** The technical services that serve communes of several cercles (Office du Niger, OHVN). */
    public List<ServiceEntry> technicalServices() {
        return content.technicalServices();
    }

    public List<PartnerEntry> partners() {
        return content.partners();
    }

    public List<RepresentativeEntry> municipalityRepresentatives() {
        return content.municipalityRepresentatives();
    }

    public List<NeedTemplate> needCatalogue() {
        return content.needCatalogue();
    }

    /** @throws IllegalArgumentException if the catalogue has no need of that key */
    public NeedTemplate need(String key) {
        return content.needCatalogue().stream().filter(n -> n.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no need '" + key + "' in the catalogue"));
    }

    // ---- what the file holds

    /** The whole file. */
    record Content(String name, LocalDate startsOn, GeoPoint referencePoint, List<SectorEntry> sectors,
            List<ServiceEntry> technicalServices, List<PartnerEntry> partners,
            List<RepresentativeEntry> municipalityRepresentatives, List<RegionEntry> regions,
            List<NeedTemplate> needCatalogue) {
    }

    /** A priority sector, with its names. */
    public record SectorEntry(String code, String french, String english) {
    }

    /**
     * A region.
     *
     * @param code absent where the sources give none
     */
    public record RegionEntry(String name, Optional<String> code, List<CercleEntry> cercles) {
    }

    /**
     * A cercle, with the local technical services that sit in the frameworks of its communes.
     *
     * @param code absent where the sources give none
     */
    public record CercleEntry(String name, Optional<String> code, List<ServiceEntry> services,
            List<CommuneEntry> communes) {
    }

    /**
     * A commune and its framework.
     *
     * @param code          absent where the sources give none
     * @param aliases       other spellings, the seed's among them
     * @param sectors       the framework's priority sectors (illustrative)
     * @param services      keys of the technical services of {@link #technicalServices()} that join
     *                      besides the cercle's own
     * @param organisations its professional organisations (illustrative)
     * @param needs         the needs its professionals identify before the first meeting (illustrative)
     */
    public record CommuneEntry(String name, Optional<String> code, List<String> aliases, List<String> sectors,
            List<String> services, List<OrganisationEntry> organisations, List<NeedEntry> needs) {

        /** @throws IllegalArgumentException if the commune has no organisation of that key */
        public OrganisationEntry organisation(String key) {
            return organisations.stream().filter(o -> o.key().equals(key)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(name + " has no organisation '" + key + "'"));
        }
    }

    /**
     * A professional organisation (illustrative: name, counts, representatives).
     *
     * @param key         its key within the commune
     * @param head        the sex of its head, who represents it
     * @param youngMember the sex of the young member who comes with the head
     */
    public record OrganisationEntry(String key, String name, OrganisationKind kind, String sector, int members,
            int women, int youth, Sex head, Sex youngMember) {
    }

    /** A technical service. */
    public record ServiceEntry(String key, String name, List<String> sectors) {
    }

    /** A partner or the support programme. */
    public record PartnerEntry(String key, String name, Optional<String> acronym, OrganisationKind kind,
            List<String> sectors) {
    }

    /** Who sits for the municipality: a role and a sex (illustrative). */
    public record RepresentativeEntry(String role, Sex sex) {
    }

    /** A need the professionals of a commune identify, from the catalogue, by the organisation of that key. */
    public record NeedEntry(String need, String raisedBy) {
    }

    /**
     * A need of small-scale irrigation, with the action a meeting plans for it (illustrative costs).
     *
     * @param sectors       the sectors whose professionals raise it
     * @param estimatedCost the need's estimate, in XOF, when it is an investment
     */
    public record NeedTemplate(String key, NeedKind kind, List<String> sectors, String description, String english,
            Optional<Long> estimatedCost, ActionTemplate action) {
    }

    /**
     * The action that addresses a need.
     *
     * @param responsible {@code municipality}, {@code raisedBy} (the organisation that raised the need),
     *                    {@code service} (the cercle's rural engineering service) or {@code pact}
     * @param pdesc       whether the commune registers it in its PDESC when the plan is adopted
     */
    public record ActionTemplate(String title, ActionKind kind, String responsible, long estimatedCost,
            List<ShareTemplate> shares, boolean pdesc) {
    }

    /**
     * A party's share of an action's cost.
     *
     * @param party   {@code municipality}, {@code raisedBy}, {@code anict} or {@code pact}
     * @param percent of the estimated cost; the shares of an action add up to 100
     */
    public record ShareTemplate(String party, ContributionForm form, int percent) {
    }
}
