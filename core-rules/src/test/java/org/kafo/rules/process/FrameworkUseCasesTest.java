package org.kafo.rules.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kafo.rules.process.ProcessFixture.ESTABLISHED_ON;
import static org.kafo.rules.process.ProcessFixture.IRRIGATION;
import static org.kafo.rules.process.ProcessFixture.MAYOR;
import static org.kafo.rules.process.ProcessFixture.NEEDS_ON;
import static org.kafo.rules.process.ProcessFixture.accepted;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kafo.model.common.AggregateNotFoundException;
import org.kafo.model.common.InvariantViolationException;
import org.kafo.model.common.Money;
import org.kafo.model.framework.ConsultationFramework;
import org.kafo.model.framework.FrameworkEvent;
import org.kafo.model.framework.FrameworkId;
import org.kafo.model.framework.FrameworkStatus;
import org.kafo.model.need.Need;
import org.kafo.model.need.NeedEvent;
import org.kafo.model.need.NeedId;
import org.kafo.model.need.NeedKind;
import org.kafo.model.need.NeedStatus;
import org.kafo.model.organisation.OrganisationId;
import org.kafo.model.organisation.PartyCategory;
import org.kafo.model.territory.CommuneId;
import org.kafo.rules.command.AdmitMember;
import org.kafo.rules.command.EndMembership;
import org.kafo.rules.command.EstablishFramework;
import org.kafo.rules.command.ProposeFramework;
import org.kafo.rules.command.RecordNeed;
import org.kafo.rules.command.WithdrawNeed;

class FrameworkUseCasesTest {

    private final ProcessFixture given = new ProcessFixture();
    private final ConsultationProcess process = given.process;

    @Test
    void proposing_a_framework_saves_it_as_proposed() {
        // when
        Outcome<ConsultationFramework> outcome = process.propose(given.proposal());

        // then
        ConsultationFramework framework = accepted(outcome);
        assertThat(framework.version()).isEqualTo(1);
        assertThat(given.repositories.frameworks().findByCommune(given.dioro)).extracting(ConsultationFramework::id)
                .containsExactly(framework.id());
        assertThat(framework.status()).isEqualTo(FrameworkStatus.PROPOSED);
        assertThat(outcome.events()).singleElement().isInstanceOf(FrameworkEvent.Proposed.class);
    }

    @Test
    void proposing_a_framework_for_an_unknown_commune_fails_with_not_found() {
        assertThatThrownBy(() -> process.propose(new ProposeFramework(CommuneId.newId(), "Cadre",
                List.of(IRRIGATION), ProcessFixture.PROPOSED_ON))).isInstanceOf(AggregateNotFoundException.class);
    }

    @Test
    void establishing_on_a_deliberation_saves_the_framework_established_at_its_next_version() {
        // given
        FrameworkId id = given.proposedFramework();

        // when
        Outcome<ConsultationFramework> outcome = process.establish(new EstablishFramework(id,
                ProcessFixture.deliberation(), ESTABLISHED_ON));

        // then
        assertThat(accepted(outcome).version()).isEqualTo(2);
        ConsultationFramework stored = given.framework(id);
        assertThat(stored.status()).isEqualTo(FrameworkStatus.ESTABLISHED);
        assertThat(stored.deliberation()).contains(ProcessFixture.deliberation());
        assertThat(outcome.events()).singleElement().isInstanceOf(FrameworkEvent.Established.class);
    }

    @Test
    void establishing_an_unknown_framework_fails_with_not_found() {
        assertThatThrownBy(() -> process.establish(new EstablishFramework(FrameworkId.newId(),
                ProcessFixture.deliberation(), ESTABLISHED_ON))).isInstanceOf(AggregateNotFoundException.class);
    }

    @Test
    void establishing_without_a_deliberation_that_no_rule_refuses_is_a_structural_mistake() {
        // given
        FrameworkId id = given.proposedFramework();

        // when / then
        assertThatThrownBy(() -> process.establish(new EstablishFramework(id, null, ESTABLISHED_ON)))
                .isInstanceOf(InvariantViolationException.class);
        assertThat(given.framework(id).status()).isEqualTo(FrameworkStatus.PROPOSED);
    }

    @Test
    void an_admitted_organisation_sits_in_the_category_of_its_kind() {
        // given
        FrameworkId id = given.proposedFramework();

        // when
        Outcome<ConsultationFramework> outcome = process.admit(new AdmitMember(id, given.irrigators,
                List.of(IRRIGATION), List.of(ProcessFixture.IRRIGATORS_PRESIDENT), ESTABLISHED_ON));

        // then
        assertThat(accepted(outcome).currentMembership(given.irrigators)).hasValueSatisfying(m -> {
            assertThat(m.category()).isEqualTo(PartyCategory.PROFESSIONAL_ORGANISATION);
            assertThat(m.sectors()).containsExactly(IRRIGATION);
        });
        assertThat(given.framework(id).version()).isEqualTo(2);
        assertThat(outcome.events()).singleElement().isInstanceOf(FrameworkEvent.MemberAdmitted.class);
    }

    @Test
    void admitting_an_unknown_organisation_fails_with_not_found() {
        // given
        FrameworkId id = given.proposedFramework();

        // when / then
        assertThatThrownBy(() -> process.admit(new AdmitMember(id, OrganisationId.newId(), List.of(),
                List.of(MAYOR), ESTABLISHED_ON))).isInstanceOf(AggregateNotFoundException.class);
        assertThat(given.framework(id).memberships()).isEmpty();
    }

    @Test
    void ending_a_membership_closes_it_on_its_last_day() {
        // given
        FrameworkId id = given.establishedFramework();
        LocalDate lastDay = LocalDate.of(2009, 6, 30);

        // when
        Outcome<ConsultationFramework> outcome = process.endMembership(new EndMembership(id, given.agriculture,
                lastDay, "service réorganisé"));

        // then
        ConsultationFramework framework = accepted(outcome);
        assertThat(framework.currentMembership(given.agriculture)).isEmpty();
        assertThat(framework.isMemberOn(given.agriculture, lastDay)).isTrue();
        assertThat(outcome.events()).singleElement().isInstanceOf(FrameworkEvent.MembershipEnded.class);
    }

    @Test
    void a_recorded_need_is_saved_open_in_its_framework() {
        // given
        FrameworkId id = given.establishedFramework();

        // when
        Outcome<Need> outcome = process.recordNeed(new RecordNeed(id, given.irrigators, IRRIGATION,
                NeedKind.INVESTMENT, "Forage pour le périmètre", Money.xof(6_000_000), NEEDS_ON));

        // then
        Need need = accepted(outcome);
        assertThat(need.version()).isEqualTo(1);
        assertThat(need.status()).isEqualTo(NeedStatus.OPEN);
        assertThat(given.repositories.needs().findByFramework(id)).extracting(Need::id).containsExactly(need.id());
        assertThat(outcome.events()).singleElement().isInstanceOf(NeedEvent.Identified.class);
    }

    @Test
    void a_need_raised_by_an_unknown_organisation_fails_with_not_found() {
        // given
        FrameworkId id = given.establishedFramework();

        // when / then
        assertThatThrownBy(() -> process.recordNeed(new RecordNeed(id, OrganisationId.newId(), IRRIGATION,
                NeedKind.INVESTMENT, "Forage", null, NEEDS_ON))).isInstanceOf(AggregateNotFoundException.class);
        assertThat(given.repositories.needs().findByFramework(id)).isEmpty();
    }

    @Test
    void a_withdrawn_need_keeps_its_reason() {
        // given
        FrameworkId id = given.establishedFramework();
        NeedId need = given.need(id, given.gardeners, ProcessFixture.GARDENING, NeedKind.BUSINESS_ENVIRONMENT_MEASURE,
                "Jour de marché hebdomadaire");

        // when
        Outcome<Need> outcome = process.withdrawNeed(new WithdrawNeed(need, "obtenu du conseil de cercle",
                LocalDate.of(2008, 2, 20)));

        // then
        Need withdrawn = accepted(outcome);
        assertThat(withdrawn.status()).isEqualTo(NeedStatus.WITHDRAWN);
        assertThat(withdrawn.withdrawalReason()).contains("obtenu du conseil de cercle");
        assertThat(withdrawn.version()).isEqualTo(2);
        assertThat(outcome.events()).singleElement().isInstanceOf(NeedEvent.Withdrawn.class);
    }

    @Test
    void withdrawing_an_unknown_need_fails_with_not_found() {
        assertThatThrownBy(() -> process.withdrawNeed(new WithdrawNeed(NeedId.newId(), "raison", NEEDS_ON)))
                .isInstanceOf(AggregateNotFoundException.class);
    }
}
