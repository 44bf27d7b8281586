package org.kafo.rules.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.kafo.rules.process.ProcessFixture.GARDENING;
import static org.kafo.rules.process.ProcessFixture.IRRIGATION;
import static org.kafo.rules.process.ProcessFixture.NEEDS_ON;
import static org.kafo.rules.process.ProcessFixture.YOUNG_IRRIGATOR;
import static org.kafo.rules.process.ProcessFixture.accepted;

import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.kafo.model.common.InvariantViolationException;
import org.kafo.model.common.Money;
import org.kafo.model.common.Person;
import org.kafo.model.common.Sector;
import org.kafo.model.common.Sex;
import org.kafo.model.framework.ConsultationFramework;
import org.kafo.model.framework.CouncilDeliberation;
import org.kafo.model.framework.DeliberatingBody;
import org.kafo.model.framework.DeliberationOutcome;
import org.kafo.model.framework.FrameworkEvent;
import org.kafo.model.framework.FrameworkId;
import org.kafo.model.framework.FrameworkStatus;
import org.kafo.model.framework.LaterDeliberation;
import org.kafo.model.need.Need;
import org.kafo.model.need.NeedEvent;
import org.kafo.model.need.NeedId;
import org.kafo.model.need.NeedKind;
import org.kafo.model.need.NeedStatus;
import org.kafo.rules.Verdict;
import org.kafo.rules.command.ChangeRepresentatives;
import org.kafo.rules.command.CorrectNeed;
import org.kafo.rules.command.DissolveFramework;
import org.kafo.rules.command.RecordDeliberation;
import org.kafo.rules.command.SuspendFramework;
import org.kafo.rules.command.WithdrawNeed;
import org.kafo.rules.pact.PactRules;

/**
 * A framework's later life through the process, on the PACT book: later deliberations (a special
 * delegation, a new council), new representatives, corrected needs; each change saved whole or not at
 * all, and nothing accepted once the framework is dissolved.
 */
class LaterLifeUseCasesTest {

    private static final LocalDate SUSPENDED_ON = LocalDate.of(2012, 4, 2);
    private static final LocalDate DELEGATION_ON = LocalDate.of(2012, 9, 14);
    private static final LocalDate COUNCIL_ON = LocalDate.of(2016, 12, 5);
    private static final CouncilDeliberation DELEGATION = new CouncilDeliberation("2012-031/DS-DIO", DELEGATION_ON,
            "La délégation spéciale reconduit le cadre de concertation", DeliberatingBody.SPECIAL_DELEGATION);
    private static final Person NEW_PRESIDENT = new Person("Oumou Sangaré", Sex.FEMALE, false, "présidente");

    private final ProcessFixture given = new ProcessFixture();
    private final ConsultationProcess process = new ConsultationProcess(given.repositories, PactRules.book());
    private final FrameworkId framework = given.establishedFramework();

    @Test
    void a_special_delegation_renews_a_suspended_framework_which_resumes() {
        // given
        accepted(process.suspend(new SuspendFramework(framework, "Le conseil communal est dissous", SUSPENDED_ON)));

        // when
        Outcome<ConsultationFramework> outcome = process.recordDeliberation(new RecordDeliberation(framework,
                DELEGATION, DeliberationOutcome.RENEWAL, List.of(), DELEGATION_ON));

        // then
        ConsultationFramework renewed = accepted(outcome);
        assertThat(outcome.verdicts()).isEmpty();
        assertThat(outcome.events()).hasAtLeastOneElementOfType(FrameworkEvent.Resumed.class)
                .hasAtLeastOneElementOfType(FrameworkEvent.DeliberationRecorded.class);
        ConsultationFramework stored = given.framework(framework);
        assertThat(stored.version()).isEqualTo(renewed.version());
        assertThat(stored.status()).isEqualTo(FrameworkStatus.ACTIVE);
        assertThat(stored.deliberations()).containsExactly(ProcessFixture.deliberation(), DELEGATION);
        assertThat(stored.laterDeliberations()).containsExactly(
                new LaterDeliberation(DELEGATION, DeliberationOutcome.RENEWAL, DELEGATION_ON));
    }

    @Test
    void a_change_of_sectors_by_a_special_delegation_is_kept_with_its_warnings() {
        // when
        Outcome<ConsultationFramework> outcome = process.recordDeliberation(change(DELEGATION, List.of(IRRIGATION,
                Sector.of("fishing"))));

        // then
        accepted(outcome);
        assertThat(outcome.warnings()).extracting(Verdict::messageKey)
                .containsExactlyInAnyOrder("EST-3.new-sector-unrepresented", "GOV-2.to-confirm");
        assertThat(given.framework(framework).prioritySectors()).containsExactly(IRRIGATION, Sector.of("fishing"));
        assertThat(given.framework(framework).currentMembership(given.gardeners).orElseThrow().sectors())
                .containsExactly(GARDENING);
    }

    @Test
    void a_refused_deliberation_changes_nothing() {
        // given
        long version = given.framework(framework).version();
        CouncilDeliberation council = new CouncilDeliberation("2016-044/CC-DIO", COUNCIL_ON, "Une seule filière");

        // when one sector is too few (EST-2), and the establishing deliberation's number is taken (GOV-1)
        Outcome<ConsultationFramework> tooFew = process.recordDeliberation(change(council, List.of(IRRIGATION)));
        Outcome<ConsultationFramework> taken = process.recordDeliberation(new RecordDeliberation(framework,
                new CouncilDeliberation(ProcessFixture.deliberation().number(), COUNCIL_ON, "Reconduction"),
                DeliberationOutcome.RENEWAL, List.of(), COUNCIL_ON));

        // then
        assertThat(tooFew.refused()).isTrue();
        assertThat(tooFew.blocking()).extracting(Verdict::messageKey).containsExactly("EST-2.change-too-few");
        assertThat(taken.blocking()).extracting(Verdict::messageKey).containsExactly("GOV-1.number-taken");
        ConsultationFramework stored = given.framework(framework);
        assertThat(stored.version()).isEqualTo(version);
        assertThat(stored.prioritySectors()).containsExactly(IRRIGATION, GARDENING);
        assertThat(stored.laterDeliberations()).isEmpty();
    }

    @Test
    void a_dissolving_deliberation_ends_the_framework_and_nothing_is_accepted_after() {
        // given
        NeedId need = given.need(framework, given.irrigators, IRRIGATION, NeedKind.INVESTMENT, "Forage");
        CouncilDeliberation dissolution = new CouncilDeliberation("2016-045/CC-DIO", COUNCIL_ON,
                "Le conseil communal dissout le cadre : la commune rejoint l'intercommunalité");

        // when
        accepted(process.recordDeliberation(new RecordDeliberation(framework, dissolution,
                DeliberationOutcome.DISSOLUTION, List.of(), COUNCIL_ON)));

        // then
        ConsultationFramework dissolved = given.framework(framework);
        assertThat(dissolved.status()).isEqualTo(FrameworkStatus.DISSOLVED);
        assertThat(dissolved.history().get(dissolved.history().size() - 1).reason()).isEqualTo(dissolution.decision());
        long version = dissolved.version();
        assertThat(refusal(() -> process.recordDeliberation(new RecordDeliberation(framework, DELEGATION,
                DeliberationOutcome.RENEWAL, List.of(), COUNCIL_ON)))).isEqualTo("framework.dissolved");
        assertThat(refusal(() -> process.changeRepresentatives(new ChangeRepresentatives(framework,
                given.irrigators, List.of(NEW_PRESIDENT), COUNCIL_ON)))).isEqualTo("framework.dissolved");
        assertThat(refusal(() -> process.correctNeed(correction(need)))).isEqualTo("framework.dissolved");
        assertThat(given.framework(framework).version()).isEqualTo(version);
        assertThat(given.need(need).description()).isEqualTo("Forage");
    }

    @Test
    void a_dissolution_without_deliberation_is_warned() {
        Outcome<ConsultationFramework> outcome = process.dissolve(new DissolveFramework(framework,
                "Fusion de communes", COUNCIL_ON));
        assertThat(accepted(outcome).status()).isEqualTo(FrameworkStatus.DISSOLVED);
        assertThat(outcome.warnings()).extracting(Verdict::messageKey)
                .containsExactly("GOV-1.dissolution-without-deliberation");
    }

    @Test
    void a_member_names_its_new_representatives() {
        // when
        Outcome<ConsultationFramework> outcome = process.changeRepresentatives(new ChangeRepresentatives(framework,
                given.irrigators, List.of(NEW_PRESIDENT, YOUNG_IRRIGATOR), COUNCIL_ON));

        // then
        accepted(outcome);
        assertThat(outcome.events()).singleElement().isInstanceOf(FrameworkEvent.RepresentativesChanged.class);
        assertThat(given.framework(framework).currentMembership(given.irrigators).orElseThrow().representatives())
                .containsExactly(NEW_PRESIDENT, YOUNG_IRRIGATOR);
    }

    @Test
    void representatives_change_for_a_current_member_of_a_framework_not_suspended() {
        // given
        long version = given.framework(framework).version();

        // then
        assertThat(refusal(() -> process.changeRepresentatives(new ChangeRepresentatives(framework, given.pact,
                List.of(NEW_PRESIDENT), COUNCIL_ON)))).isEqualTo("framework.not-a-member");
        accepted(process.suspend(new SuspendFramework(framework, "Le conseil communal est dissous", SUSPENDED_ON)));
        assertThat(refusal(() -> process.changeRepresentatives(new ChangeRepresentatives(framework,
                given.irrigators, List.of(NEW_PRESIDENT), COUNCIL_ON)))).isEqualTo("framework.suspended");
        assertThat(given.framework(framework).version()).isEqualTo(version + 1);
        assertThat(given.framework(framework).currentMembership(given.irrigators).orElseThrow().representatives())
                .doesNotContain(NEW_PRESIDENT);
    }

    @Test
    void an_open_need_is_corrected_and_keeps_its_identification_day() {
        // given
        NeedId id = given.need(framework, given.irrigators, IRRIGATION, NeedKind.INVESTMENT, "Forage");

        // when
        Outcome<Need> outcome = process.correctNeed(correction(id));

        // then
        Need corrected = accepted(outcome);
        assertThat(outcome.events()).singleElement().isInstanceOf(NeedEvent.Corrected.class);
        Need stored = given.need(id);
        assertThat(stored.version()).isEqualTo(corrected.version());
        assertThat(stored.description()).isEqualTo("Deux forages équipés de pompes solaires");
        assertThat(stored.kind()).isEqualTo(NeedKind.INVESTMENT);
        assertThat(stored.estimatedCost()).contains(Money.xof(16_000_000));
        assertThat(stored.identifiedOn()).isEqualTo(NEEDS_ON);
    }

    @Test
    void a_withdrawn_need_or_one_corrected_outside_the_priorities_is_refused_and_unchanged() {
        // given
        NeedId id = given.need(framework, given.irrigators, IRRIGATION, NeedKind.INVESTMENT, "Forage");

        // when
        Outcome<Need> outsidePriorities = process.correctNeed(new CorrectNeed(id, Sector.of("fishing"),
                NeedKind.INVESTMENT, "Pirogues", null, "Erreur de filière", COUNCIL_ON));
        accepted(process.withdrawNeed(new WithdrawNeed(id, "Pris en charge par l'Office du Niger", COUNCIL_ON)));
        long version = given.need(id).version();
        Outcome<Need> withdrawn = process.correctNeed(correction(id));

        // then
        assertThat(outsidePriorities.blocking()).extracting(Verdict::messageKey)
                .containsExactly("NEED-2.sector-not-priority");
        assertThat(withdrawn.blocking()).extracting(Verdict::messageKey).containsExactly("NEED-3.not-open");
        Need stored = given.need(id);
        assertThat(stored.version()).isEqualTo(version);
        assertThat(stored.status()).isEqualTo(NeedStatus.WITHDRAWN);
        assertThat(stored.description()).isEqualTo("Forage");
    }

    private RecordDeliberation change(CouncilDeliberation deliberation, List<Sector> sectors) {
        return new RecordDeliberation(framework, deliberation, DeliberationOutcome.SECTORS_CHANGE, sectors,
                deliberation.date());
    }

    private static CorrectNeed correction(NeedId need) {
        return new CorrectNeed(need, IRRIGATION, NeedKind.INVESTMENT, "Deux forages équipés de pompes solaires",
                Money.xof(16_000_000), "Le devis du génie rural", COUNCIL_ON);
    }

    private static String refusal(ThrowingCallable command) {
        InvariantViolationException violation = catchThrowableOfType(InvariantViolationException.class, command);
        assertThat(violation).as("refused by the lifecycle or the model").isNotNull();
        return violation.code();
    }
}
