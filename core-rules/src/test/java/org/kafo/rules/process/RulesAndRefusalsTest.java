package org.kafo.rules.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kafo.rules.process.ProcessFixture.ESTABLISHED_ON;
import static org.kafo.rules.process.ProcessFixture.FIRST_MEETING_ON;
import static org.kafo.rules.process.ProcessFixture.FIRST_PLAN;
import static org.kafo.rules.process.ProcessFixture.IRRIGATION;
import static org.kafo.rules.process.ProcessFixture.accepted;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.kafo.model.framework.ConsultationFramework;
import org.kafo.model.framework.FrameworkId;
import org.kafo.model.framework.FrameworkStatus;
import org.kafo.model.meeting.MeetingId;
import org.kafo.model.meeting.MeetingStatus;
import org.kafo.model.need.NeedId;
import org.kafo.model.need.NeedKind;
import org.kafo.model.need.NeedStatus;
import org.kafo.model.plan.ActionPlan;
import org.kafo.rules.RuleBook;
import org.kafo.rules.RuleDefinition;
import org.kafo.rules.RuleProfile;
import org.kafo.rules.Situation;
import org.kafo.rules.Verdict;
import org.kafo.rules.command.AdmitMember;
import org.kafo.rules.command.AdoptActionPlan;
import org.kafo.rules.command.Command;
import org.kafo.rules.command.ConveneMeeting;
import org.kafo.rules.command.EstablishFramework;
import org.kafo.rules.command.HoldMeeting;
import org.kafo.rules.command.ProposeFramework;

class RulesAndRefusalsTest {

    private final ProcessFixture given = new ProcessFixture();

    private ConsultationProcess processWith(RuleDefinition... rules) {
        RuleBook.Builder book = RuleBook.builder(RuleProfile.pact());
        for (RuleDefinition rule : rules) {
            book.add(rule);
        }
        return new ConsultationProcess(given.repositories, book.build());
    }

    /** A process whose one rule, {@code id}, finds nothing and notes the situation of each {@code command}. */
    private ConsultationProcess processNoting(String id, Class<? extends Command> command, List<Situation> seen) {
        return processWith(RuleDefinition.of(id).on(command, (c, s, p) -> {
            seen.add(s);
            return List.of();
        }).build());
    }

    @Test
    void a_blocking_verdict_refuses_the_command_and_nothing_is_saved() {
        // given
        FrameworkId id = given.proposedFramework();
        ConsultationProcess process = processWith(RuleDefinition.of("TEST-1")
                .on(EstablishFramework.class, (c, s, p) -> List.of(Verdict.blocking("TEST-1", "TEST-1.no"))).build());

        // when
        Outcome<ConsultationFramework> outcome = process.establish(new EstablishFramework(id,
                ProcessFixture.deliberation(), ESTABLISHED_ON));

        // then
        assertThat(outcome.refused()).isTrue();
        assertThat(outcome.blocking()).extracting(Verdict::ruleId).containsExactly("TEST-1");
        assertThat(outcome.value()).isEmpty();
        assertThat(outcome.events()).isEmpty();
        assertThat(given.framework(id).status()).isEqualTo(FrameworkStatus.PROPOSED);
        assertThat(given.framework(id).version()).isEqualTo(1);
    }

    @Test
    void a_refused_proposal_creates_no_framework() {
        // given
        ConsultationProcess process = processWith(RuleDefinition.of("TEST-2")
                .on(ProposeFramework.class, (c, s, p) -> c.prioritySectors().size() < 2
                        ? List.of(Verdict.blocking("TEST-2", "TEST-2.too-few", "count", c.prioritySectors().size()))
                        : List.of()).build());

        // when
        Outcome<ConsultationFramework> outcome = process.propose(new ProposeFramework(given.dioro, "Cadre",
                List.of(IRRIGATION), ProcessFixture.PROPOSED_ON));

        // then
        assertThat(outcome.refused()).isTrue();
        assertThat(outcome.blocking()).singleElement().satisfies(v -> assertThat(v.facts()).containsEntry("count", "1"));
        assertThat(given.repositories.frameworks().findAll()).isEmpty();
    }

    @Test
    void a_refused_plan_saves_neither_the_plan_nor_the_needs_it_addresses() {
        // given
        FrameworkId framework = given.establishedFramework();
        NeedId need = given.need(framework, given.irrigators, IRRIGATION, NeedKind.INVESTMENT, "Forage");
        MeetingId meeting = given.heldMeeting(framework, FIRST_MEETING_ON);
        ConsultationProcess process = processWith(RuleDefinition.of("TEST-3")
                .on(AdoptActionPlan.class, (c, s, p) -> List.of(Verdict.blocking("TEST-3", "TEST-3.no"))).build());

        // when
        Outcome<ActionPlan> outcome = process.adopt(new AdoptActionPlan(framework, meeting, FIRST_PLAN,
                List.of(given.borehole(LocalDate.of(2008, 5, 15)).addressing(List.of(need))), FIRST_MEETING_ON));

        // then
        assertThat(outcome.refused()).isTrue();
        assertThat(given.repositories.plans().findByFramework(framework)).isEmpty();
        assertThat(given.need(need).status()).isEqualTo(NeedStatus.OPEN);
        assertThat(given.need(need).version()).isEqualTo(1);
    }

    @Test
    void warnings_and_infos_go_with_the_accepted_outcome() {
        // given
        FrameworkId id = given.proposedFramework();
        ConsultationProcess process = processWith(
                RuleDefinition.of("TEST-4").on(EstablishFramework.class,
                        (c, s, p) -> List.of(Verdict.warning("TEST-4", "TEST-4.careful"))).build(),
                RuleDefinition.of("TEST-5").on(Command.class,
                        (c, s, p) -> List.of(Verdict.info("TEST-5", "TEST-5.noted"))).build());

        // when
        Outcome<ConsultationFramework> outcome = process.establish(new EstablishFramework(id,
                ProcessFixture.deliberation(), ESTABLISHED_ON));

        // then
        assertThat(accepted(outcome).status()).isEqualTo(FrameworkStatus.ESTABLISHED);
        assertThat(outcome.warnings()).extracting(Verdict::ruleId).containsExactly("TEST-4");
        assertThat(outcome.verdicts()).extracting(Verdict::ruleId).containsExactly("TEST-4", "TEST-5");
        assertThat(outcome.events()).hasSize(1);
    }

    @Test
    void the_rules_see_the_framework_as_it_is_before_the_change() {
        // given
        FrameworkId framework = given.establishedFramework();
        MeetingId meeting = given.convenedMeeting(framework, FIRST_MEETING_ON);
        List<Situation> seen = new ArrayList<>();
        ConsultationProcess process = processNoting("TEST-6", HoldMeeting.class, seen);

        // when
        accepted(process.hold(new HoldMeeting(meeting, FIRST_MEETING_ON)));

        // then
        Situation situation = seen.get(0);
        assertThat(situation.framework().id()).isEqualTo(framework);
        assertThat(situation.meeting(meeting)).hasValueSatisfying(
                m -> assertThat(m.status()).isEqualTo(MeetingStatus.CONVENED));
        assertThat(situation.heldMeetings()).isEmpty();
        assertThat(situation.organisations()).hasSize(4);
        assertThat(given.framework(framework).status()).isEqualTo(FrameworkStatus.ACTIVE);
    }

    @Test
    void the_rules_see_the_organisations_a_command_names_besides_the_members() {
        // given
        FrameworkId framework = given.establishedFramework();
        List<Situation> seen = new ArrayList<>();
        ConsultationProcess process = processNoting("TEST-7", ConveneMeeting.class, seen);
        ConveneMeeting convocation = given.convocation(framework, FIRST_MEETING_ON);

        // when
        accepted(process.convene(new ConveneMeeting(framework, FIRST_MEETING_ON, convocation.venue(),
                given.municipality, convocation.issuedOn(), List.of(given.municipality, given.pact), List.of())));

        // then
        assertThat(seen.get(0).organisation(given.pact)).isPresent();
        assertThat(seen.get(0).categoryOf(given.irrigators))
                .contains(org.kafo.model.organisation.PartyCategory.PROFESSIONAL_ORGANISATION);
    }

    @Test
    void a_proposal_is_judged_outside_any_framework() {
        // given
        List<Situation> seen = new ArrayList<>();
        ConsultationProcess process = processNoting("TEST-8", ProposeFramework.class, seen);

        // when
        accepted(process.propose(given.proposal()));

        // then
        assertThat(seen).singleElement().satisfies(s -> assertThat(s.hasFramework()).isFalse());
    }

    @Test
    void every_use_case_runs_as_one_unit_of_work() {
        // given
        AtomicInteger units = new AtomicInteger();
        Transactions counting = new Transactions() {
            @Override
            public <T> T inTransaction(Supplier<T> work) {
                units.incrementAndGet();
                return work.get();
            }
        };
        FrameworkId framework = given.proposedFramework();
        ConsultationProcess process = new ConsultationProcess(given.repositories, ProcessFixture.emptyBook(), counting);

        // when
        accepted(process.establish(new EstablishFramework(framework, ProcessFixture.deliberation(), ESTABLISHED_ON)));
        accepted(process.admit(new AdmitMember(framework, given.municipality, List.of(),
                List.of(ProcessFixture.MAYOR), ESTABLISHED_ON)));

        // then
        assertThat(units).hasValue(2);
    }
}
