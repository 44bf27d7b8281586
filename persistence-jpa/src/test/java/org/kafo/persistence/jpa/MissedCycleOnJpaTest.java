package org.kafo.persistence.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kafo.rules.process.ProcessFixture.FIRST_MEETING_ON;
import static org.kafo.rules.process.ProcessFixture.FIRST_PLAN;
import static org.kafo.rules.process.ProcessFixture.accepted;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kafo.model.committee.CommitteeMember;
import org.kafo.model.common.Person;
import org.kafo.model.common.Sex;
import org.kafo.model.framework.FrameworkId;
import org.kafo.model.indicator.TotalsQueries;
import org.kafo.model.meeting.Meeting;
import org.kafo.model.meeting.MeetingId;
import org.kafo.model.meeting.Postponement;
import org.kafo.rules.command.AddCommitteeMember;
import org.kafo.rules.command.CancelMeeting;
import org.kafo.rules.command.PostponeMeeting;
import org.kafo.rules.command.RemoveCommitteeMember;
import org.kafo.rules.command.SuspendFramework;
import org.kafo.rules.indicator.Indicators;
import org.kafo.rules.process.ProcessFixture;

/**
 * A framework that misses a cycle, on every database: a meeting postponed then cancelled, a
 * committee member leaving for a reason and another joining. What is stored comes back as it was,
 * and the totals count the framework overdue on the same days as the rules do from the aggregates.
 */
class MissedCycleOnJpaTest {

    private static final Person NEW_MEMBER = new Person("Awa Sanogo", Sex.FEMALE, true, null);

    @ParameterizedTest
    @MethodSource("org.kafo.persistence.jpa.Databases#databases")
    void postponements_and_committee_departures_come_back_and_overdue_days_add_up(Databases.Database db) {
        // given
        ProcessFixture given = new ProcessFixture(db.repositories(), db.transactions()::inTransaction);
        FrameworkId framework = given.establishedFramework();
        MeetingId first = given.heldMeeting(framework, FIRST_MEETING_ON);
        given.adoptedPlan(framework, first, FIRST_PLAN, given.borehole(LocalDate.of(2008, 5, 15)));
        given.installedCommittee(framework, first);
        LocalDate late = FIRST_PLAN.end().plusDays(20);

        // when
        MeetingId second = given.convenedMeeting(framework, late.plusDays(10));
        accepted(given.process.postpone(new PostponeMeeting(second, late.plusDays(17), "Crue du fleuve",
                late.plusDays(5))));
        accepted(given.process.cancel(new CancelMeeting(second, "Blocus de la commune", late.plusDays(12))));
        accepted(given.process.addCommitteeMember(new AddCommitteeMember(framework, given.irrigators, NEW_MEMBER,
                late)));
        accepted(given.process.removeCommitteeMember(new RemoveCommitteeMember(framework, given.irrigators,
                ProcessFixture.YOUNG_IRRIGATOR.name(), late, "Parti en exode")));
        MeetingId third = given.convenedMeeting(framework, late.plusDays(40));
        accepted(given.process.suspend(new SuspendFramework(framework, "Élections", late.plusDays(60))));

        // then: stored as it was
        Meeting stored = given.repositories.meetings().get(second);
        assertThat(stored.postponements()).containsExactly(new Postponement(late.plusDays(10), late.plusDays(17),
                "Crue du fleuve", late.plusDays(5)));
        assertThat(stored.cancelledOn()).contains(late.plusDays(12));
        assertThat(stored.sequence()).isEqualTo(2);
        assertThat(given.repositories.meetings().get(third).sequence()).isEqualTo(3);
        assertThat(given.committee(framework).members())
                .filteredOn(m -> m.person().equals(ProcessFixture.YOUNG_IRRIGATOR)).singleElement()
                .satisfies(m -> {
                    assertThat(m.leavingReason()).isEqualTo("Parti en exode");
                    assertThat(m.effective().to()).isEqualTo(late);
                });
        assertThat(given.committee(framework).currentMembers()).extracting(CommitteeMember::person)
                .contains(NEW_MEMBER);

        // then: overdue from the day after the plan ended until the convocation, again from the
        // cancellation until the next convocation, never while suspended
        TotalsQueries totals = db.repositories().totals();
        List<LocalDate> overdue = FIRST_PLAN.end().datesUntil(late.plusDays(70)).filter(day ->
                totals.ofFramework(framework, day).meetings().overdue() == 1).toList();
        for (LocalDate day : FIRST_PLAN.end().minusDays(1).datesUntil(late.plusDays(70)).toList()) {
            assertThat(totals.ofFramework(framework, day)).as("framework on %s", day)
                    .isEqualTo(Indicators.of(given.repositories, framework, day));
        }
        LocalDate secondConvened = late.plusDays(10).minusDays(10);
        LocalDate thirdConvened = late.plusDays(40).minusDays(10);
        assertThat(overdue).containsExactlyElementsOf(concat(
                FIRST_PLAN.end().plusDays(1).datesUntil(secondConvened).toList(),
                late.plusDays(12).datesUntil(thirdConvened).toList()));
    }

    private static List<LocalDate> concat(List<LocalDate> a, List<LocalDate> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
