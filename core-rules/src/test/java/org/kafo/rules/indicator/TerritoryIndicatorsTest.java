package org.kafo.rules.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kafo.rules.indicator.DioroHistory.day;
import static org.kafo.rules.process.ProcessFixture.ESTABLISHED_ON;
import static org.kafo.rules.process.ProcessFixture.FIRST_MEETING_ON;
import static org.kafo.rules.process.ProcessFixture.GARDENING;
import static org.kafo.rules.process.ProcessFixture.IRRIGATION;
import static org.kafo.rules.process.ProcessFixture.accepted;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kafo.model.common.Effective;
import org.kafo.model.common.MoneyTotal;
import org.kafo.model.framework.FrameworkId;
import org.kafo.model.indicator.ActionIndicators;
import org.kafo.model.indicator.AttendanceIndicators;
import org.kafo.model.indicator.CommitteeIndicators;
import org.kafo.model.indicator.Contribution;
import org.kafo.model.indicator.ContributionIndicators;
import org.kafo.model.indicator.FrameworkIndicators;
import org.kafo.model.indicator.Headcount;
import org.kafo.model.indicator.MeetingIndicators;
import org.kafo.model.indicator.NeedIndicators;
import org.kafo.model.indicator.ObstacleIndicators;
import org.kafo.model.indicator.Share;
import org.kafo.model.need.NeedKind;
import org.kafo.model.organisation.PartyCategory;
import org.kafo.model.territory.Assignment;
import org.kafo.model.territory.CercleId;
import org.kafo.model.territory.CommuneId;
import org.kafo.model.territory.RegionId;
import org.kafo.rules.command.EstablishFramework;
import org.kafo.rules.command.ProposeFramework;
import org.kafo.rules.command.ReassignCommune;
import org.kafo.rules.command.RegisterCercle;
import org.kafo.rules.command.RegisterCommune;
import org.kafo.rules.command.RegisterRegion;
import org.kafo.rules.process.ProcessFixture;

class TerritoryIndicatorsTest {

    private final DioroHistory history = new DioroHistory();
    private final ProcessFixture given = history.given;
    private final RegionId koulikoro = accepted(given.process.registerRegion(new RegisterRegion("02", "Koulikoro",
            Effective.ALWAYS))).id();
    private final CercleId kati = accepted(given.process.registerCercle(new RegisterCercle("02-03", "Kati", koulikoro,
            Effective.ALWAYS))).id();
    private final CommuneId markala = commune("04060201", "Markala", given.segouCercle, given.segou);
    private final CommuneId dialakoroba = commune("02030401", "Dialakoroba", kati, koulikoro);
    /** Markala: one need, its first meeting held. */
    private final FrameworkId markalaFramework = framework(markala, true);
    /** Dialakoroba: one need, no meeting yet. */
    private final FrameworkId dialakorobaFramework = framework(dialakoroba, false);

    @Test
    void a_region_adds_up_the_frameworks_of_its_communes() {
        // when
        FrameworkIndicators segou = Indicators.ofRegion(given.repositories, given.segou, day(7, 31));

        // then: Dioro (2 due, 2 held, 4 needs) and Markala (1 due, 1 held, 1 need)
        assertThat(segou.frameworks()).containsExactlyInAnyOrder(history.framework, markalaFramework);
        assertThat(segou.meetings()).isEqualTo(new MeetingIndicators(3, 3));
        assertThat(segou.needs().identified()).isEqualTo(5);
        assertThat(segou.needs().planShare()).isEqualTo(Share.of(3, 4));
        assertThat(segou.attendance().total()).isEqualTo(new Headcount(11, 5, 2));
    }

    @Test
    void frameworks_whose_sums_together_pass_the_largest_long_add_up_exactly() {
        // given two frameworks of six billion billion francs each, as a database summed them
        MoneyTotal six = MoneyTotal.xof(new BigInteger("6000000000000000000"));
        Contribution pledged = new Contribution(six, MoneyTotal.xof(), six, MoneyTotal.xof());
        ContributionIndicators contributions = new ContributionIndicators(six,
                Map.of(PartyCategory.MUNICIPALITY, pledged), six, Contribution.NONE, pledged, 0);
        List<FrameworkIndicators> two = List.of(history.framework, markalaFramework).stream()
                .map(f -> new FrameworkIndicators(List.of(f), day(7, 31), MeetingIndicators.NONE,
                        ActionIndicators.NONE, NeedIndicators.NONE, contributions, AttendanceIndicators.NONE,
                        CommitteeIndicators.NONE, ObstacleIndicators.NONE))
                .toList();

        // when
        FrameworkIndicators both = FrameworkIndicators.sum(day(7, 31), two);

        // then
        BigInteger twelve = new BigInteger("12000000000000000000");
        assertThat(both.contributions().estimatedCost()).isEqualTo(MoneyTotal.xof(twelve));
        assertThat(both.contributions().total().pledged()).isEqualTo(MoneyTotal.xof(twelve));
        assertThat(both.contributions().total().deliveredShare().percent()).contains(new BigDecimal("100.0"));
        assertThat(both.contributions().professionalShareOfInfrastructure()).isEqualTo(Share.of(BigInteger.ZERO, twelve));
    }

    @Test
    void the_country_adds_up_every_framework() {
        // when
        FrameworkIndicators mali = Indicators.ofCountry(given.repositories, day(7, 31));

        // then: Dialakoroba's first meeting is due and not held
        assertThat(mali.frameworks()).containsExactlyInAnyOrder(history.framework, markalaFramework,
                dialakorobaFramework);
        assertThat(mali.meetings()).isEqualTo(new MeetingIndicators(4, 3));
        assertThat(mali.meetings().heldOfDue().percent()).contains(new BigDecimal("75.0"));
        assertThat(mali.needs().identified()).isEqualTo(6);
        assertThat(mali.committee().installed()).isEqualTo(1);
    }

    @Test
    void a_cercle_counts_the_communes_it_had_on_the_day() {
        // given Markala moves to a new cercle from 1 July
        RegionId newRegion = accepted(given.process.registerRegion(new RegisterRegion("14", "Markala (nouvelle)",
                Effective.since(day(7, 1))))).id();
        CercleId newCercle = accepted(given.process.registerCercle(new RegisterCercle("14-01", "Markala",
                newRegion, Effective.since(day(7, 1))))).id();
        accepted(given.process.reassignCommune(new ReassignCommune(markala, newCercle, newRegion, day(7, 1))));

        // when
        FrameworkIndicators before = Indicators.ofCercle(given.repositories, given.segouCercle, day(6, 30));
        FrameworkIndicators after = Indicators.ofCercle(given.repositories, given.segouCercle, day(7, 31));

        // then
        assertThat(before.frameworks()).containsExactlyInAnyOrder(history.framework, markalaFramework);
        assertThat(after.frameworks()).containsExactly(history.framework);
        assertThat(Indicators.ofRegion(given.repositories, newRegion, day(7, 31)).frameworks())
                .containsExactly(markalaFramework);
    }

    @Test
    void frameworks_proposed_after_the_day_are_left_out() {
        assertThat(Indicators.ofCountry(given.repositories, day(1, 6)).frameworks()).isEmpty();
    }

    @Test
    void combining_nothing_gives_zeros() {
        // when
        FrameworkIndicators none = FrameworkIndicators.sum(day(7, 31), List.of());

        // then
        assertThat(none.frameworks()).isEmpty();
        assertThat(none.contributions().total()).isEqualTo(Contribution.NONE);
        assertThat(none.actions().doneOnScheduleShare().isDefined()).isFalse();
    }

    @Test
    void indicators_of_different_days_are_not_combined() {
        // given
        FrameworkIndicators july = Indicators.of(given.repositories, history.framework, day(7, 31));
        FrameworkIndicators june = Indicators.of(given.repositories, markalaFramework, day(6, 30));

        // when / then
        assertThatThrownBy(() -> FrameworkIndicators.sum(day(7, 31), List.of(july, june)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private CommuneId commune(String code, String name, CercleId cercle, RegionId region) {
        return accepted(given.process.registerCommune(new RegisterCommune(code, name, List.of(),
                new Assignment(cercle, region, Effective.ALWAYS), null, null))).id();
    }

    private FrameworkId framework(CommuneId commune, boolean firstMeetingHeld) {
        FrameworkId framework = accepted(given.process.propose(new ProposeFramework(commune, "Cadre",
                List.of(IRRIGATION, GARDENING), ProcessFixture.PROPOSED_ON))).id();
        accepted(given.process.establish(new EstablishFramework(framework, ProcessFixture.deliberation(),
                ESTABLISHED_ON)));
        given.admit(framework, given.municipality, List.of(), ProcessFixture.MAYOR);
        given.need(framework, given.municipality, IRRIGATION, NeedKind.INVESTMENT, "Seuil");
        if (firstMeetingHeld) {
            given.heldMeeting(framework, FIRST_MEETING_ON);
        }
        return framework;
    }
}
