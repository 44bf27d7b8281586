package org.kafo.demo;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.kafo.demo.PactMaliDataset.CercleEntry;
import org.kafo.demo.PactMaliDataset.CommuneEntry;
import org.kafo.demo.PactMaliDataset.OrganisationEntry;
import org.kafo.demo.PactMaliDataset.RegionEntry;
import org.kafo.model.territory.GeoPoint;

/** The bundled dataset says what the sources say, and marks the rest as illustrative. */
@DisplayName("The PACT Mali dataset")
class PactMaliDatasetTest {

    private final PactMaliDataset dataset = PactMaliDataset.load();

    @Test
    void two_regions_four_cercles_and_the_twenty_communes_named_as_the_sources_name_them() {
        assertThat(dataset.regions()).extracting(RegionEntry::name).containsExactly("Ségou", "Koulikoro");
        assertThat(dataset.regions()).flatExtracting(RegionEntry::cercles).extracting(CercleEntry::name)
                .containsExactly("Ségou", "Macina", "Koulikoro", "Kati");
        assertThat(communesOf("Ségou")).containsExactly("Dioro", "Sansanding", "Togou", "Markala", "Farakou Massa");
        assertThat(communesOf("Macina")).containsExactly("Boky-Wèrè", "Kokry", "Souleye", "Saloba", "Kolongo");
        assertThat(communesOf("Koulikoro")).containsExactly("Sirakorala", "Koula", "Tougouni", "Nyamina", "Doumba");
        assertThat(communesOf("Kati")).containsExactly("Ouélessébougou", "Dialakoroba", "Sanankoroba", "Dio-Gare",
                "Yélékébougou");
        assertThat(dataset.communes()).hasSize(20);
    }

    @Test
    void the_seeds_spellings_are_kept_as_aliases() {
        assertThat(commune("Koula").aliases()).containsExactly("Koula Togouni");
        assertThat(commune("Tougouni").aliases()).contains("Koula Togouni");
        assertThat(commune("Sirakorala").aliases()).containsExactly("Sirakorola");
    }

    @Test
    void only_the_codes_the_sources_give_are_there() {
        assertThat(dataset.communes()).filteredOn(c -> c.code().isPresent()).extracting(CommuneEntry::name)
                .containsExactly("Dioro");
        assertThat(commune("Dioro").code()).contains("04060101");
        // region 04 and cercle 06 of it, as Dioro's code reads
        assertThat(dataset.regions()).extracting(RegionEntry::code).containsExactly(Optional.of("04"), Optional.empty());
        assertThat(dataset.regions()).flatExtracting(RegionEntry::cercles).extracting(CercleEntry::code)
                .containsExactly(Optional.of("0406"), Optional.empty(), Optional.empty(), Optional.empty());
    }

    @Test
    void no_commune_has_a_population_or_coordinates_and_the_reference_point_is_the_seeds() throws IOException {
        assertThat(dataset.referencePoint()).isEqualTo(new GeoPoint(15.01713, -4.19919));
        for (JsonObject commune : rawCommunes()) {
            assertThat(commune.keySet()).as(commune.getString("name"))
                    .doesNotContain("population", "inhabitants", "latitude", "longitude", "location");
        }
    }

    @Test
    void about_two_professional_organisations_of_60_to_120_members_per_commune() {
        List<OrganisationEntry> organisations = dataset.communes().stream()
                .flatMap(c -> c.organisations().stream()).toList();

        assertThat(dataset.communes()).allSatisfy(c -> assertThat(c.organisations()).hasSizeBetween(2, 3));
        assertThat(organisations.size() / 20.0).isBetween(2.0, 2.2);
        assertThat(organisations).allSatisfy(o -> {
            assertThat(o.members()).isBetween(60, 120);
            assertThat(o.kind().isProfessional()).isTrue();
        });
    }

    @Test
    void every_organisation_and_local_service_and_the_need_catalogue_are_marked_illustrative() throws IOException {
        JsonObject root = raw();
        List<JsonObject> marked = new ArrayList<>();
        for (JsonObject commune : rawCommunes()) {
            commune.getJsonArray("organisations").forEach(o -> marked.add(o.asJsonObject()));
        }
        root.getJsonArray("regions").forEach(r -> r.asJsonObject().getJsonArray("cercles").forEach(c -> c
                .asJsonObject().getJsonArray("services").forEach(s -> marked.add(s.asJsonObject()))));

        assertThat(marked).hasSize(42 + 8).allSatisfy(o -> assertThat(o.get("illustrative")).isEqualTo(JsonValue.TRUE));
        assertThat(root.getJsonObject("needCatalogue").get("illustrative")).isEqualTo(JsonValue.TRUE);
        assertThat(root.getJsonObject("about").getString("illustrative")).contains("not records of these communes");
    }

    @Test
    void the_needs_are_the_investments_and_measures_of_small_scale_irrigation_the_sources_list() {
        assertThat(dataset.needCatalogue()).extracting(PactMaliDataset.NeedTemplate::description).anySatisfy(
                d -> assertThat(d).contains("PIV")).anySatisfy(d -> assertThat(d).contains("Forage"))
                .anySatisfy(d -> assertThat(d).contains("Magasin de stockage"))
                .anySatisfy(d -> assertThat(d).contains("californien"))
                .anySatisfy(d -> assertThat(d).contains("TDRL"))
                .anySatisfy(d -> assertThat(d).contains("Convention locale"))
                .anySatisfy(d -> assertThat(d).contains("radio"));
        assertThat(dataset.communes()).allSatisfy(c -> assertThat(c.needs()).extracting(
                n -> c.organisation(n.raisedBy()).sector()).containsAll(c.sectors()));
    }

    private List<String> communesOf(String cercle) {
        return dataset.regions().stream().flatMap(r -> r.cercles().stream()).filter(c -> c.name().equals(cercle))
                .findFirst().orElseThrow().communes().stream().map(CommuneEntry::name).toList();
    }

    private CommuneEntry commune(String name) {
        return dataset.communes().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    private static JsonObject raw() throws IOException {
        try (InputStream in = PactMaliDataset.class.getResourceAsStream(PactMaliDataset.RESOURCE);
                JsonReader reader = Json.createReader(in)) {
            return reader.readObject();
        }
    }

    private static List<JsonObject> rawCommunes() throws IOException {
        List<JsonObject> communes = new ArrayList<>();
        raw().getJsonArray("regions").forEach(r -> r.asJsonObject().getJsonArray("cercles").forEach(c -> c
                .asJsonObject().getJsonArray("communes").forEach(m -> communes.add(m.asJsonObject()))));
        return communes;
    }
}
