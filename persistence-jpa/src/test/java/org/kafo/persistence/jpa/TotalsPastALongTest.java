package org.kafo.persistence.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kafo.model.common.Effective;
import org.kafo.model.common.Money;
import org.kafo.model.common.MoneyTotal;
import org.kafo.model.common.Period;
import org.kafo.model.common.Sector;
import org.kafo.model.framework.ConsultationFramework;
import org.kafo.model.indicator.FrameworkIndicators;
import org.kafo.model.meeting.MeetingId;
import org.kafo.model.organisation.Organisation;
import org.kafo.model.organisation.OrganisationKind;
import org.kafo.model.organisation.PartyCategory;
import org.kafo.model.plan.ActionKind;
import org.kafo.model.plan.ActionPlan;
import org.kafo.model.plan.ActionSpec;
import org.kafo.model.plan.ContributionForm;
import org.kafo.model.plan.CostShare;
import org.kafo.model.territory.Assignment;
import org.kafo.model.territory.Cercle;
import org.kafo.model.territory.Commune;
import org.kafo.model.territory.Region;
import org.kafo.persistence.jpa.Databases.Database;

/**
 * The database adds up amounts past a {@code long} and the totals keep them whole: both H2 and
 * PostgreSQL answer a SUM of BIGINT as a NUMERIC, read here without a cut.
 */
class TotalsPastALongTest {

    /** More actions at the bound than a long can add up: 9.3 * 10^18 francs. */
    private static final int ACTIONS = 9_300;
    private static final LocalDate DAY = LocalDate.of(2008, 3, 1);

    /** H2 in memory and PostgreSQL, if there: an H2 file answers as H2 in memory does, only slower. */
    static Stream<Database> databases() {
        return Databases.databases().filter(database -> !database.name().equals("H2 file"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void the_sums_of_a_framework_and_of_its_cercle_past_a_long_are_exact(Database database) {
        // given a plan of 9,300 actions of a million billion francs each, paid by the municipality
        Region region = Region.register("R-" + java.util.UUID.randomUUID(), "Ségou", Effective.ALWAYS);
        Cercle cercle = Cercle.register("C-" + java.util.UUID.randomUUID(), "Ségou", region.id(), Effective.ALWAYS);
        Commune commune = Commune.register("K-" + java.util.UUID.randomUUID(), "Dioro",
                new Assignment(cercle.id(), region.id(), Effective.ALWAYS), null, null);
        Organisation mairie = Organisation.register("Mairie de Dioro", null, OrganisationKind.MUNICIPALITY,
                commune.id(), Set.of(), DAY.minusYears(1));
        Sector irrigation = Sector.of("small-scale-irrigation");
        ConsultationFramework framework = ConsultationFramework.propose(commune.id(), "Cadre de Dioro",
                List.of(irrigation), DAY.minusMonths(2));
        Money max = Money.xof(Money.MAX_AMOUNT);
        List<ActionSpec> actions = new ArrayList<>(ACTIONS);
        for (int i = 0; i < ACTIONS; i++) {
            actions.add(ActionSpec.of("Périmètre " + i, irrigation, ActionKind.INFRASTRUCTURE, mairie.id(),
                    DAY.plusMonths(2), max, List.of(CostShare.pledge(mairie.id(), ContributionForm.CASH, max))));
        }
        ActionPlan plan = ActionPlan.adopt(framework.id(), 1, null, Period.ofMonths(DAY, 3), MeetingId.newId(),
                DAY, actions);
        JpaRepositories repositories = database.repositories();
        repositories.regions().save(region);
        repositories.cercles().save(cercle);
        repositories.communes().save(commune);
        repositories.organisations().save(mairie);
        repositories.frameworks().save(framework);
        repositories.plans().save(plan);

        // when
        FrameworkIndicators totals = repositories.totals().ofFramework(framework.id(), DAY);
        FrameworkIndicators cercleSum = repositories.totals().sumOfCercle(cercle.id(), DAY);

        // then
        BigInteger all = BigInteger.valueOf(Money.MAX_AMOUNT).multiply(BigInteger.valueOf(ACTIONS));
        assertThat(all).isGreaterThan(BigInteger.valueOf(Long.MAX_VALUE));
        assertThat(totals.contributions().estimatedCost()).isEqualTo(MoneyTotal.xof(all));
        assertThat(totals.contributions().infrastructureCost()).isEqualTo(MoneyTotal.xof(all));
        assertThat(totals.contributions().of(PartyCategory.MUNICIPALITY).pledgedCash()).isEqualTo(MoneyTotal.xof(all));
        assertThat(totals.actions().total()).isEqualTo(ACTIONS);
        assertThat(cercleSum.contributions()).isEqualTo(totals.contributions());
        assertThat(cercleSum.contributions().total().pledged()).isEqualTo(MoneyTotal.xof(all));
    }
}
