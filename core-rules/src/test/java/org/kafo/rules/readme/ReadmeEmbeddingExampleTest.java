package org.kafo.rules.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.kafo.model.common.Effective;
import org.kafo.model.common.Sector;
import org.kafo.model.framework.ConsultationFramework;
import org.kafo.model.memory.InMemoryRepositories;
import org.kafo.model.territory.Assignment;
import org.kafo.model.territory.Cercle;
import org.kafo.model.territory.Commune;
import org.kafo.model.territory.Region;
import org.kafo.rules.RuleBook;
import org.kafo.rules.command.EstablishFramework;
import org.kafo.rules.command.ProposeFramework;
import org.kafo.rules.command.RegisterCercle;
import org.kafo.rules.command.RegisterCommune;
import org.kafo.rules.command.RegisterRegion;
import org.kafo.rules.pact.PactRules;
import org.kafo.rules.process.ConsultationProcess;
import org.kafo.rules.process.Outcome;

/** The embedding example of the README, line for line: if this stops compiling, the README is wrong. */
class ReadmeEmbeddingExampleTest {

    @Test
    void the_readme_example_refuses_a_framework_without_a_council_deliberation() {
        List<String> printed = new ArrayList<>();

        // README: begin
        RuleBook rules = PactRules.book();
        ConsultationProcess process = new ConsultationProcess(new InMemoryRepositories(), rules);
        LocalDate day = LocalDate.of(2008, 3, 3);

        Region segou = process.registerRegion(new RegisterRegion("04", "Ségou", Effective.ALWAYS)).orElseThrow();
        Cercle cercle = process.registerCercle(new RegisterCercle("0406", "Ségou", segou.id(), Effective.ALWAYS)).orElseThrow();
        Commune dioro = process.registerCommune(new RegisterCommune("04060101", "Dioro", List.of(),
                new Assignment(cercle.id(), segou.id(), Effective.ALWAYS), null, null)).orElseThrow();
        ConsultationFramework framework = process.propose(new ProposeFramework(dioro.id(), "Cadre de concertation de Dioro",
                List.of(Sector.of("small-scale-irrigation"), Sector.of("market-gardening")), day)).orElseThrow();

        Outcome<ConsultationFramework> outcome = process.establish(new EstablishFramework(framework.id(), null, day));
        outcome.verdicts().forEach(v -> printed.add(v.ruleId() + " " + rules.message(v, Locale.FRENCH)));
        // README: end

        assertThat(outcome.refused()).isTrue();
        assertThat(printed).anySatisfy(line -> assertThat(line).startsWith("EST-1 ").doesNotContain("{"));
        System.out.println(String.join("\n", printed));
    }
}
