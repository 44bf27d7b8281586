package org.kafo.bench.national;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kafo.model.indicator.FrameworkIndicators;
import org.kafo.model.territory.Cercle;
import org.kafo.model.territory.Region;
import org.kafo.persistence.jpa.JpaRepositories;
import org.kafo.persistence.jpa.KafoPersistence;
import org.kafo.rules.indicator.Indicators;

/**
 * Eight generated communes written into H2 by the generator's writer: they read back through the JPA
 * repositories as generated, and the database's totals give the rule engine's indicators, framework by
 * framework, by cercle, by region and for the country, on days across their ten years.
 */
class TotalsOnGeneratedDataTest {

    private static final String URL = "jdbc:h2:mem:national-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    private static final NationalData DATA = NationalData.of(8, 40, 11);
    private static final List<CommuneStory.History> COMMUNES = new ArrayList<>();
    private static KafoPersistence database;

    @BeforeAll
    static void generate() throws Exception {
        database = KafoPersistence.open(URL, "sa", "");
        Territory territory = DATA.territory();
        DATA.communes(territory, COMMUNES::add);
        try (Connection connection = DriverManager.getConnection(URL, "sa", "");
                SqlWriter writer = new SqlWriter(connection)) {
            territory.regions().forEach(r -> run(() -> writer.region(r)));
            territory.cercles().forEach(c -> run(() -> writer.cercle(c)));
            territory.organisations().forEach(o -> run(() -> writer.organisation(o)));
            COMMUNES.forEach(h -> run(() -> Generate.write(writer, h)));
        }
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @Test
    void every_commune_reads_back_as_generated_with_the_indicators_of_the_rules() {
        // when / then (check throws on the first difference)
        Generate.check(database.repositories(), COMMUNES, DATA);
    }

    @Test
    void the_totals_give_the_indicators_of_the_rules_on_days_across_ten_years() {
        JpaRepositories repositories = database.repositories();
        for (LocalDate day = LocalDate.of(2016, 9, 1); day.isBefore(DATA.asOf().plusDays(40)); day = day.plusDays(97)) {
            for (CommuneStory.History h : COMMUNES) {
                assertThat(repositories.totals().ofFramework(h.framework().id(), day))
                        .as("%s on %s", h.commune().name(), day)
                        .isEqualTo(Indicators.of(repositories, h.framework().id(), day));
            }
            assertThat(repositories.totals().sumOfCountry(day)).as("country's sums on %s", day)
                    .isEqualTo(FrameworkIndicators.sum(day, repositories.totals().ofCountry(day)));
            assertThat(repositories.totals().sumOfCountry(day)).as("country on %s", day)
                    .isEqualTo(Indicators.ofCountry(repositories, day));
            for (Region region : repositories.regions().findAll().subList(0, 2)) {
                assertThat(repositories.totals().sumOfRegion(region.id(), day))
                        .isEqualTo(Indicators.ofRegion(repositories, region.id(), day));
            }
            for (Cercle cercle : repositories.cercles().findAll().subList(0, 3)) {
                assertThat(repositories.totals().sumOfCercle(cercle.id(), day))
                        .isEqualTo(Indicators.ofCercle(repositories, cercle.id(), day));
            }
        }
    }

    @Test
    void the_last_plans_are_in_force_with_open_actions_overdue_once_their_quarter_ends() {
        // when (statuses count as recorded: the open actions of the last plans are overdue after their due dates)
        FrameworkIndicators country = database.repositories().totals().sumOfCountry(DATA.asOf().plusDays(50));

        // then
        assertThat(country.frameworks()).hasSize(8);
        assertThat(country.actions().inProgress() + country.actions().planned()).isPositive();
        assertThat(country.actions().overdue()).isPositive();
        assertThat(country.actions().carriedOver()).isPositive();
        assertThat(country.actions().dropped()).isPositive();
        assertThat(country.needs().met()).isPositive();
        assertThat(country.obstacles().reported()).isPositive();
        assertThat(country.committee().mandateRevisions()).isPositive();
    }

    private interface Step {
        void run() throws Exception;
    }

    private static void run(Step step) {
        try {
            step.run();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
