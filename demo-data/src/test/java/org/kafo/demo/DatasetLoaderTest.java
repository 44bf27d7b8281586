package org.kafo.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.kafo.model.framework.ConsultationFramework;
import org.kafo.model.framework.FrameworkStatus;
import org.kafo.model.memory.InMemoryRepositories;
import org.kafo.model.need.Need;
import org.kafo.model.territory.Commune;
import org.kafo.rules.RuleBook;
import org.kafo.rules.RuleProfile;
import org.kafo.rules.Severity;
import org.kafo.rules.Verdict;
import org.kafo.rules.pact.PactRules;
import org.kafo.rules.process.CommandRefusedException;
import org.kafo.rules.process.ConsultationProcess;

/** The dataset enters through the process, under its rules. */
@DisplayName("Loading the dataset through the process")
class DatasetLoaderTest {

    private final InMemoryRepositories repositories = new InMemoryRepositories();
    private final ConsultationProcess process = new ConsultationProcess(repositories, PactRules.book());
    private final PactMaliDataset dataset = PactMaliDataset.load();

    @Test
    void twenty_frameworks_are_established_each_with_its_members_and_first_needs() {
        // when
        LoadedDataset loaded = dataset.loadInto(process);

        // then
        assertThat(loaded.communes()).hasSize(20);
        assertThat(repositories.communes().findAll()).hasSize(20);
        assertThat(repositories.regions().findAll()).hasSize(2);
        assertThat(repositories.cercles().findAll()).hasSize(4);
        for (LoadedDataset.Commune commune : loaded.communes()) {
            ConsultationFramework framework = repositories.frameworks().get(commune.framework());
            assertThat(framework.status()).as(commune.name()).isEqualTo(FrameworkStatus.ESTABLISHED);
            assertThat(framework.currentMembers()).hasSize(1 + commune.entry().organisations().size()
                    + commune.services().size() + 2);
            assertThat(repositories.needs().findByFramework(commune.framework())).extracting(Need::description)
                    .hasSize(commune.entry().needs().size());
        }
    }

    @Test
    void the_rules_have_no_objection_but_the_warnings_of_the_approach() {
        LoadedDataset loaded = dataset.loadInto(process);

        assertThat(loaded.communes()).flatExtracting(LoadedDataset.Commune::verdicts)
                .extracting(Verdict::severity).doesNotContain(Severity.BLOCKING);
    }

    @Test
    void communes_are_found_by_the_seeds_spellings_and_by_the_one_code_the_sources_give() {
        dataset.loadInto(process);

        assertThat(repositories.communes().findByName("Koula Togouni")).extracting(Commune::name)
                .containsExactlyInAnyOrder("Koula", "Tougouni");
        assertThat(repositories.communes().findByName("Sirakorola")).extracting(Commune::name)
                .containsExactly("Sirakorala");
        assertThat(repositories.communes().findByCode("04060101")).map(Commune::name).contains("Dioro");
        assertThat(repositories.communes().findByName("Farakou Massa")).singleElement().satisfies(c -> {
            assertThat(c.code()).isEqualTo("unknown:farakou-massa");
            assertThat(c.population()).isEmpty();
            assertThat(c.location()).isEmpty();
        });
    }

    @Test
    void a_book_that_allows_one_priority_sector_refuses_the_dataset() {
        // given a profile under which the dataset's frameworks, with two sectors each, cannot be established
        RuleBook oneSector = RuleBook.builder(RuleProfile.from(RuleProfile.pact()).prioritySectors(1, 1).build())
                .pack(PactRules.pack()).build();
        ConsultationProcess strict = new ConsultationProcess(new InMemoryRepositories(), oneSector);

        // then
        assertThatThrownBy(() -> dataset.loadInto(strict)).isInstanceOf(CommandRefusedException.class)
                .hasMessageContaining("EST-2");
    }

    @Test
    void the_stand_in_code_is_made_of_the_name_without_accents() {
        assertThat(DatasetLoader.slug("Boky-Wèrè")).isEqualTo("boky-were");
        assertThat(DatasetLoader.slug("Ouélessébougou")).isEqualTo("ouelessebougou");
        assertThat(DatasetLoader.code(Optional.empty(), "Farakou Massa")).isEqualTo("unknown:farakou-massa");
        assertThat(DatasetLoader.code(Optional.of("04060101"), "Dioro")).isEqualTo("04060101");
    }
}
