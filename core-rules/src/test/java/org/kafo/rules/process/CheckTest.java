package org.kafo.rules.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kafo.rules.process.ProcessFixture.FIRST_MEETING_ON;
import static org.kafo.rules.process.ProcessFixture.FIRST_PLAN;
import static org.kafo.rules.process.ProcessFixture.GARDENING;
import static org.kafo.rules.process.ProcessFixture.IRRIGATION;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kafo.model.common.AggregateNotFoundException;
import org.kafo.model.common.InvariantViolationException;
import org.kafo.model.framework.FrameworkId;
import org.kafo.model.meeting.MeetingId;
import org.kafo.model.need.NeedKind;
import org.kafo.rules.Verdict;
import org.kafo.rules.command.AdoptActionPlan;
import org.kafo.rules.command.SuspendFramework;
import org.kafo.rules.pact.PactRules;

/** A command checked while it is being written: the verdicts it would get, and nothing changed. */
class CheckTest {

    private static final LocalDate APRIL = LocalDate.of(2008, 4, 15);

    private final ProcessFixture given = new ProcessFixture();
    /** The PACT catalogue's process, on the fixture's repositories. */
    private final ConsultationProcess process = new ConsultationProcess(given.repositories, PactRules.book());
    private FrameworkId framework;
    private MeetingId meeting;

    @BeforeEach
    void a_framework_after_its_first_meeting() {
        framework = given.establishedFramework();
        given.need(framework, given.irrigators, IRRIGATION, NeedKind.INVESTMENT, "Forage");
        given.need(framework, given.gardeners, GARDENING, NeedKind.BUSINESS_ENVIRONMENT_MEASURE, "Information sur les prix");
        meeting = given.heldMeeting(framework, FIRST_MEETING_ON);
    }

    @Test
    void a_plan_the_rules_refuse_gets_the_refusal_and_nothing_is_adopted() {
        long version = given.framework(framework).version();
        AdoptActionPlan draft = new AdoptActionPlan(framework, meeting, FIRST_PLAN,
                List.of(), FIRST_MEETING_ON);

        List<Verdict> verdicts = process.check(draft);

        assertThat(verdicts).filteredOn(Verdict::isBlocking).extracting(Verdict::ruleId).containsExactly("PLAN-2");
        assertThat(given.repositories.plans().findByFramework(framework)).isEmpty();
        assertThat(given.framework(framework).version()).isEqualTo(version);
        // and the command itself gets the same verdicts
        assertThat(process.adopt(draft).verdicts()).isEqualTo(verdicts);
    }

    @Test
    void a_plan_the_rules_accept_is_still_not_adopted_by_its_check() {
        long version = given.framework(framework).version();
        AdoptActionPlan draft = new AdoptActionPlan(framework, meeting, FIRST_PLAN,
                List.of(given.training(APRIL), given.radioReports(APRIL)), FIRST_MEETING_ON);

        List<Verdict> verdicts = process.check(draft);

        assertThat(verdicts).noneMatch(Verdict::isBlocking);
        assertThat(given.repositories.plans().findByFramework(framework)).isEmpty();
        assertThat(given.framework(framework).version()).isEqualTo(version);
        assertThat(process.adopt(draft).accepted()).isTrue();
    }

    @Test
    void a_check_fails_as_its_command_would_on_an_unknown_id_or_a_lifecycle_that_refuses_it() {
        AdoptActionPlan elsewhere = new AdoptActionPlan(FrameworkId.newId(), meeting,
                FIRST_PLAN, List.of(given.training(APRIL)), FIRST_MEETING_ON);
        assertThatThrownBy(() -> process.check(elsewhere)).isInstanceOf(AggregateNotFoundException.class);

        ProcessFixture.accepted(process.suspend(new SuspendFramework(framework, "hivernage", FIRST_MEETING_ON)));
        AdoptActionPlan suspended = new AdoptActionPlan(framework, meeting, FIRST_PLAN,
                List.of(given.training(APRIL)), FIRST_MEETING_ON);
        assertThatThrownBy(() -> process.check(suspended)).isInstanceOf(InvariantViolationException.class)
                .hasMessageContaining("suspended");
    }
}
