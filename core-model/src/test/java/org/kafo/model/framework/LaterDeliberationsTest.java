package org.kafo.model.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kafo.model.Fixtures.DELIBERATED_ON;
import static org.kafo.model.Fixtures.FISHING;
import static org.kafo.model.Fixtures.MARKET_GARDENING;
import static org.kafo.model.Fixtures.SMALL_SCALE_IRRIGATION;
import static org.kafo.model.Fixtures.aProposedFramework;
import static org.kafo.model.Fixtures.anActiveFramework;
import static org.kafo.model.Fixtures.anEstablishedFrameworkWithItsMembers;
import static org.kafo.model.Fixtures.theDeliberation;
import static org.kafo.model.Fixtures.violationCode;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Deliberations after the establishing one: a new council or a special delegation renews, changes sectors or dissolves. */
class LaterDeliberationsTest {

    private static final LocalDate SUSPENDED_ON = LocalDate.of(2012, 4, 2);
    private static final LocalDate DELEGATION_ON = LocalDate.of(2012, 9, 14);
    private static final CouncilDeliberation DELEGATION = new CouncilDeliberation("2012-031/DS-DIO", DELEGATION_ON,
            "La délégation spéciale reconduit le cadre de concertation", DeliberatingBody.SPECIAL_DELEGATION);

    @Test
    void a_deliberation_of_three_parts_is_the_council_s() {
        assertThat(theDeliberation().body()).isEqualTo(DeliberatingBody.COUNCIL);
        assertThat(violationCode(() -> new CouncilDeliberation("1", DELIBERATED_ON, "d", null))).isEqualTo("required");
    }

    @Test
    void a_renewal_by_a_special_delegation_resumes_a_suspended_framework() {
        // given
        ConsultationFramework framework = anActiveFramework();
        framework.suspend("Le conseil communal est dissous", SUSPENDED_ON);

        // when
        FrameworkEvent.DeliberationRecorded recorded = framework.recordDeliberation(DELEGATION,
                DeliberationOutcome.RENEWAL, List.of(), DELEGATION_ON);

        // then
        assertThat(recorded).isEqualTo(new FrameworkEvent.DeliberationRecorded(framework.id(), DELEGATION,
                DeliberationOutcome.RENEWAL, DELEGATION_ON));
        assertThat(framework.status()).isEqualTo(FrameworkStatus.ACTIVE);
        assertThat(framework.deliberation()).contains(theDeliberation());
        assertThat(framework.deliberations()).containsExactly(theDeliberation(), DELEGATION);
        assertThat(framework.laterDeliberations()).containsExactly(
                new LaterDeliberation(DELEGATION, DeliberationOutcome.RENEWAL, DELEGATION_ON));
        assertThat(framework.recordedEvents()).contains(new FrameworkEvent.Resumed(framework.id(), DELEGATION_ON));
    }

    @Test
    void a_change_of_sectors_replaces_them_and_memberships_keep_theirs() {
        // given
        ConsultationFramework framework = anEstablishedFrameworkWithItsMembers();
        int members = framework.currentMembers().size();

        // when
        framework.recordDeliberation(DELEGATION, DeliberationOutcome.SECTORS_CHANGE,
                List.of(SMALL_SCALE_IRRIGATION, FISHING), DELEGATION_ON);

        // then
        assertThat(framework.prioritySectors()).containsExactly(SMALL_SCALE_IRRIGATION, FISHING);
        assertThat(framework.currentMembers()).hasSize(members);
        assertThat(framework.currentMembers()).anyMatch(m -> m.sectors().contains(MARKET_GARDENING));
    }

    @Test
    void a_dissolution_gives_the_decision_as_reason() {
        // given
        ConsultationFramework framework = anActiveFramework();

        // when
        framework.recordDeliberation(DELEGATION, DeliberationOutcome.DISSOLUTION, List.of(), DELEGATION_ON);

        // then
        assertThat(framework.status()).isEqualTo(FrameworkStatus.DISSOLVED);
        assertThat(framework.history().get(framework.history().size() - 1).reason()).isEqualTo(DELEGATION.decision());
        assertThat(violationCode(() -> framework.recordDeliberation(DELEGATION, DeliberationOutcome.RENEWAL,
                List.of(), DELEGATION_ON))).isEqualTo("framework.dissolved");
    }

    @Test
    void only_a_change_of_sectors_names_sectors_and_a_suspended_framework_keeps_them() {
        // given
        ConsultationFramework framework = anActiveFramework();

        // then
        assertThat(violationCode(() -> framework.recordDeliberation(DELEGATION, DeliberationOutcome.RENEWAL,
                List.of(FISHING), DELEGATION_ON))).isEqualTo("framework.deliberation-sectors");
        framework.suspend("Le conseil communal est dissous", SUSPENDED_ON);
        assertThat(violationCode(() -> framework.recordDeliberation(DELEGATION, DeliberationOutcome.SECTORS_CHANGE,
                List.of(FISHING, MARKET_GARDENING), DELEGATION_ON))).isEqualTo("framework.suspended");
        assertThat(framework.laterDeliberations()).isEmpty();
    }

    @Test
    void a_framework_not_established_has_no_later_deliberation() {
        assertThat(violationCode(() -> aProposedFramework().recordDeliberation(DELEGATION,
                DeliberationOutcome.RENEWAL, List.of(), DELEGATION_ON))).isEqualTo("framework.not-established");
    }

    @Test
    void later_deliberations_are_restored_as_stored() {
        // given
        ConsultationFramework framework = anActiveFramework();
        framework.recordDeliberation(DELEGATION, DeliberationOutcome.RENEWAL, List.of(), DELEGATION_ON);

        // when
        ConsultationFramework restored = ConsultationFramework.restore(framework.snapshot(), 3);

        // then
        assertThat(restored.laterDeliberations()).isEqualTo(framework.laterDeliberations());
        ConsultationFramework.State proposed = aProposedFramework().snapshot();
        assertThat(violationCode(() -> ConsultationFramework.restore(new ConsultationFramework.State(proposed.id(),
                proposed.commune(), proposed.name(), proposed.prioritySectors(), null, proposed.memberships(),
                proposed.history(), framework.laterDeliberations()), 1))).isEqualTo("framework.deliberation");
    }
}
