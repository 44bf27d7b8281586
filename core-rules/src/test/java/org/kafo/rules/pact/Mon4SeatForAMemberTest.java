package org.kafo.rules.pact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kafo.rules.pact.PactFixtures.dioro;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.kafo.model.common.Person;
import org.kafo.model.common.Sex;
import org.kafo.rules.Severity;
import org.kafo.rules.Verdict;
import org.kafo.rules.command.AddCommitteeMember;
import org.kafo.rules.command.EndMembership;
import org.kafo.rules.pact.PactFixtures.Dioro;

@DisplayName("MON-4: a committee member sits for a current member organisation of the framework")
class Mon4SeatForAMemberTest {

    private static final LocalDate JUNE = LocalDate.of(2025, 6, 2);
    private static final Person YOUNG_FARMER = new Person("Awa Sanogo", Sex.FEMALE, true, null);

    private final Dioro dioro = dioro().committeeInstalled();

    @Test
    void a_person_of_a_member_organisation_joins() {
        assertThat(PactCheck.verdicts("MON-4", new AddCommitteeMember(dioro.framework.id(), dioro.gardeners.id(),
                YOUNG_FARMER, JUNE), dioro.situation())).isEmpty();
    }

    @Test
    void a_person_of_an_organisation_outside_the_framework_is_refused() {
        // when
        List<Verdict> verdicts = PactCheck.verdicts("MON-4", new AddCommitteeMember(dioro.framework.id(),
                dioro.riceGrowers.id(), YOUNG_FARMER, JUNE), dioro.situation());

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.isBlocking()).isTrue();
            assertThat(v.messageKey()).isEqualTo("MON-4.not-a-member");
            assertThat(v.facts()).containsEntry("organisation", "Coopérative rizicole de Dioro")
                    .containsEntry("person", "Awa Sanogo")
                    .containsEntry("organisationId", dioro.riceGrowers.id().toString());
        });
    }

    @Test
    void an_organisation_leaving_the_framework_while_sitting_on_the_committee_is_warned() {
        // when
        List<Verdict> verdicts = PactCheck.verdicts("MON-4", new EndMembership(dioro.framework.id(),
                dioro.ruralEngineering.id(), JUNE, "réaffectation"), dioro.situation());

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.severity()).isEqualTo(Severity.WARNING);
            assertThat(v.messageKey()).isEqualTo("MON-4.still-on-committee");
            assertThat(v.facts()).containsEntry("count", "1");
        });
    }

    @Test
    void an_organisation_with_no_seat_leaves_unnoticed() {
        assertThat(PactCheck.verdicts("MON-4", new EndMembership(dioro.framework.id(), dioro.partner.id(), JUNE,
                null), dioro.situation())).isEmpty();
    }
}
