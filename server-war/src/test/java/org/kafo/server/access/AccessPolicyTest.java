package org.kafo.server.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kafo.demo.PactMaliDataset;
import org.kafo.model.common.AggregateNotFoundException;
import org.kafo.model.framework.ConsultationFramework;
import org.kafo.model.framework.FrameworkId;
import org.kafo.model.memory.InMemoryRepositories;
import org.kafo.model.need.Need;
import org.kafo.model.organisation.Organisation;
import org.kafo.model.organisation.OrganisationId;
import org.kafo.model.organisation.PartyCategory;
import org.kafo.model.plan.Action;
import org.kafo.model.plan.ActionPlan;
import org.kafo.model.territory.Commune;
import org.kafo.rules.pact.PactRules;
import org.kafo.rules.process.ConsultationProcess;
import org.kafo.server.database.ServerTables;

/**
 * The policy's decisions on PACT's dataset (one cycle played): Dioro's framework, where the
 * accounts have roles, and Markala's, where they have none.
 */
class AccessPolicyTest {

    private static final InMemoryRepositories REPOSITORIES = new InMemoryRepositories();
    private static ConsultationFramework dioro;
    private static ConsultationFramework markala;
    private static UUID mairie;
    private static UUID cooperative;
    private static UUID otherCooperative;

    private AccessPolicy policy;
    private Caller caller;

    @BeforeAll
    static void dataset() {
        PactMaliDataset.load().playInto(new ConsultationProcess(REPOSITORIES, PactRules.book()), 1, 42L);
        dioro = frameworkOf("Dioro");
        markala = frameworkOf("Markala");
        List<Organisation> members = REPOSITORIES.organisations().findAll(dioro.memberships().stream()
                .map(m -> m.organisation()).collect(java.util.stream.Collectors.toSet())).stream().toList();
        mairie = members.stream().filter(o -> o.category() == PartyCategory.MUNICIPALITY).findFirst().orElseThrow()
                .id().value();
        List<UUID> professionals = members.stream().filter(o -> o.category() == PartyCategory.PROFESSIONAL_ORGANISATION)
                .map(o -> o.id().value()).sorted().toList();
        cooperative = professionals.get(0);
        otherCooperative = professionals.get(1);
    }

    private static ConsultationFramework frameworkOf(String name) {
        Commune commune = REPOSITORIES.communes().findByName(name).get(0);
        return REPOSITORIES.frameworks().findByCommune(commune.id()).get(0);
    }

    @BeforeEach
    void policy() {
        caller = new Caller();
        policy = new AccessPolicy();
        policy.caller = caller;
        policy.repositories = REPOSITORIES;
        policy.communes = new FrameworkCommunes();
    }

    private void signedInAs(Role role, UUID organisation, boolean wholeCommune) {
        caller.signedIn(new Identity("someone", "Someone", false, List.of(new Grant(UUID.randomUUID(), "someone", role,
                dioro.commune().value(), wholeCommune ? null : dioro.id().value(), organisation, "admin", ServerTables.now()))));
    }

    @Test
    void nobody_signed_in_must_sign_in() {
        assertThatThrownBy(() -> policy.framework(dioro.id(), Permission.READ_FRAMEWORK))
                .isInstanceOf(SignInRequiredException.class);
        assertThatThrownBy(() -> policy.require(Permission.READ_DIRECTORY)).isInstanceOf(SignInRequiredException.class);
    }

    @Test
    void every_role_reads_its_framework_and_the_decision_is_noted() {
        for (Role role : Role.values()) {
            signedInAs(role, null, false);
            assertThat(policy.framework(dioro.id(), Permission.READ_FRAMEWORK).id()).isEqualTo(dioro.id());
            assertThat(caller.decision()).isEqualTo(new Caller.Decision(Permission.READ_FRAMEWORK, dioro.id().value()));
        }
    }

    @Test
    void a_framework_of_another_commune_is_as_if_it_did_not_exist() {
        signedInAs(Role.COMMUNE_OFFICER, mairie, true);

        Throwable foreign = catchNotFound(() -> policy.framework(markala.id(), Permission.READ_FRAMEWORK));
        Throwable unknown = catchNotFound(() -> policy.framework(FrameworkId.of(UUID.randomUUID().toString()),
                Permission.READ_FRAMEWORK));

        assertThat(foreign.getMessage()).isEqualTo("framework " + markala.id() + " does not exist");
        assertThat(unknown.getMessage()).endsWith(" does not exist");
        ActionPlan markalaPlan = REPOSITORIES.plans().findByFramework(markala.id()).get(0);
        assertThat(catchNotFound(() -> policy.plan(markalaPlan.id(), Permission.READ_FRAMEWORK)).getMessage())
                .isEqualTo("plan " + markalaPlan.id() + " does not exist");
        assertThat(policy.sees(markala)).isFalse();
        assertThat(policy.sees(dioro)).isTrue();
    }

    @Test
    void only_a_commune_officer_convenes_adopts_and_installs() {
        for (Permission permission : Set.of(Permission.ESTABLISH_FRAMEWORK, Permission.CONVENE_MEETING,
                Permission.RECORD_ATTENDANCE, Permission.HOLD_MEETING, Permission.RECORD_MINUTES, Permission.ADOPT_PLAN,
                Permission.INSTALL_COMMITTEE)) {
            for (Role role : Role.values()) {
                signedInAs(role, cooperative, false);
                if (role == Role.COMMUNE_OFFICER) {
                    policy.framework(dioro.id(), permission);
                } else {
                    assertThatThrownBy(() -> policy.framework(dioro.id(), permission)).as(role + " " + permission)
                            .isInstanceOf(ForbiddenException.class);
                }
            }
        }
    }

    @Test
    void a_representative_records_the_needs_and_pledges_of_its_own_organisation_only() {
        signedInAs(Role.ORGANISATION_REPRESENTATIVE, cooperative, false);
        ActionPlan plan = REPOSITORIES.plans().findByFramework(dioro.id()).get(0);

        policy.framework(dioro.id(), Permission.RECORD_NEED, new OrganisationId(cooperative));
        policy.plan(plan.id(), Permission.PLEDGE, new OrganisationId(cooperative));

        assertThatThrownBy(() -> policy.framework(dioro.id(), Permission.RECORD_NEED, new OrganisationId(otherCooperative)))
                .isInstanceOf(ForbiddenException.class).hasMessageContaining("another organisation");
        assertThatThrownBy(() -> policy.plan(plan.id(), Permission.PLEDGE, new OrganisationId(otherCooperative)))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> policy.framework(dioro.id(), Permission.RECORD_NEED, null))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void a_representative_moves_the_actions_its_organisation_is_responsible_for_and_the_committee_any() {
        ActionPlan plan = REPOSITORIES.plans().findByFramework(dioro.id()).get(0);
        Action mine = plan.actions().stream().filter(a -> a.responsible().value().equals(mairie)).findFirst().orElseThrow();

        signedInAs(Role.ORGANISATION_REPRESENTATIVE, cooperative, false);
        assertThatThrownBy(() -> policy.action(plan.id(), mine.id(), Permission.CHANGE_ACTION_STATUS))
                .isInstanceOf(ForbiddenException.class);
        signedInAs(Role.COMMUNE_OFFICER, mairie, true);
        assertThat(policy.action(plan.id(), mine.id(), Permission.CHANGE_ACTION_STATUS).id()).isEqualTo(mine.id());
        signedInAs(Role.COMMITTEE_MEMBER, null, false);
        assertThat(policy.action(plan.id(), mine.id(), Permission.NOTE_PROGRESS).id()).isEqualTo(mine.id());
        assertThatThrownBy(() -> policy.framework(dioro.id(), Permission.ADOPT_PLAN)).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void a_party_signs_its_progress_notes_as_itself_and_the_committee_as_anyone() {
        // given the municipality's action
        ActionPlan plan = REPOSITORIES.plans().findByFramework(dioro.id()).get(0);
        Action mine = plan.actions().stream().filter(a -> a.responsible().value().equals(mairie)).findFirst().orElseThrow();
        Action theirs = plan.actions().stream().filter(a -> !a.responsible().value().equals(mairie)).findFirst()
                .orElseThrow();
        OrganisationId responsible = theirs.responsible();
        OrganisationId someoneElse = new OrganisationId(responsible.value().equals(cooperative) ? otherCooperative : cooperative);

        // when / then: the commune officer signs as the municipality, not as another party
        signedInAs(Role.COMMUNE_OFFICER, mairie, true);
        policy.action(plan.id(), mine.id(), Permission.NOTE_PROGRESS, new OrganisationId(mairie));
        assertThatThrownBy(() -> policy.action(plan.id(), mine.id(), Permission.NOTE_PROGRESS, new OrganisationId(cooperative)))
                .isInstanceOf(ForbiddenException.class).hasMessageContaining("another organisation");
        // a representative of the responsible party, as itself only
        signedInAs(Role.ORGANISATION_REPRESENTATIVE, responsible.value(), false);
        policy.action(plan.id(), theirs.id(), Permission.NOTE_PROGRESS, responsible);
        assertThatThrownBy(() -> policy.action(plan.id(), theirs.id(), Permission.NOTE_PROGRESS, someoneElse))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> policy.action(plan.id(), theirs.id(), Permission.NOTE_PROGRESS, new OrganisationId(mairie)))
                .isInstanceOf(ForbiddenException.class);
        // a representative of the author named is still not responsible for the action
        signedInAs(Role.ORGANISATION_REPRESENTATIVE, someoneElse.value(), false);
        assertThatThrownBy(() -> policy.action(plan.id(), theirs.id(), Permission.NOTE_PROGRESS, someoneElse))
                .isInstanceOf(ForbiddenException.class);
        // the committee follows every action
        signedInAs(Role.COMMITTEE_MEMBER, null, false);
        policy.action(plan.id(), theirs.id(), Permission.NOTE_PROGRESS, someoneElse);
    }

    @Test
    void every_command_that_names_a_party_takes_a_representative_s_own_organisation_only() {
        // given a representative of the cooperative
        ActionPlan plan = REPOSITORIES.plans().findByFramework(dioro.id()).get(0);
        org.kafo.model.meeting.Meeting meeting = REPOSITORIES.meetings().findByFramework(dioro.id()).get(0);
        OrganisationId own = new OrganisationId(cooperative);
        OrganisationId other = new OrganisationId(otherCooperative);
        signedInAs(Role.ORGANISATION_REPRESENTATIVE, cooperative, false);

        // when / then: needs, pledges, deliveries and approvals of minutes, each for itself only
        for (Permission permission : List.of(Permission.PLEDGE, Permission.DELIVER)) {
            policy.plan(plan.id(), permission, own);
            assertThatThrownBy(() -> policy.plan(plan.id(), permission, other)).as(permission.label())
                    .isInstanceOf(ForbiddenException.class);
            assertThatThrownBy(() -> policy.plan(plan.id(), permission, null)).as(permission.label())
                    .isInstanceOf(ForbiddenException.class);
        }
        policy.meeting(meeting.id(), Permission.APPROVE_MINUTES, own);
        assertThatThrownBy(() -> policy.meeting(meeting.id(), Permission.APPROVE_MINUTES, other))
                .isInstanceOf(ForbiddenException.class);
        policy.framework(dioro.id(), Permission.RECORD_NEED, own);
        assertThatThrownBy(() -> policy.framework(dioro.id(), Permission.RECORD_NEED, other))
                .isInstanceOf(ForbiddenException.class);
        policy.organisation(own, Permission.UPDATE_ORGANISATION);
        assertThatThrownBy(() -> policy.organisation(other, Permission.UPDATE_ORGANISATION))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void a_list_filtered_by_a_framework_is_for_those_who_read_that_framework() {
        // every role of Dioro's framework
        for (Role role : Role.values()) {
            signedInAs(role, cooperative, false);
            assertThat(policy.filter(dioro.id())).isEqualTo(dioro.id());
            assertThatThrownBy(() -> policy.filter(markala.id())).as(role.name())
                    .isInstanceOf(AggregateNotFoundException.class);
        }
        assertThat(policy.filter(null)).isNull();
        // the administrator sees that frameworks exist, not who their members are
        caller.signedIn(new Identity("admin", "Admin", true, List.of()));
        assertThatThrownBy(() -> policy.filter(dioro.id())).isInstanceOf(AggregateNotFoundException.class);
        // nobody signed in
        caller.signedIn(null);
        assertThatThrownBy(() -> policy.filter(dioro.id())).isInstanceOf(SignInRequiredException.class);
    }

    @Test
    void a_need_is_withdrawn_by_the_organisation_that_raised_it() {
        Need need = REPOSITORIES.needs().findByFramework(dioro.id()).get(0);
        UUID raisedBy = need.raisedBy().value();
        UUID other = raisedBy.equals(cooperative) ? otherCooperative : cooperative;

        signedInAs(Role.ORGANISATION_REPRESENTATIVE, raisedBy, false);
        assertThat(policy.need(need.id(), Permission.WITHDRAW_NEED).id()).isEqualTo(need.id());
        signedInAs(Role.ORGANISATION_REPRESENTATIVE, other, false);
        assertThatThrownBy(() -> policy.need(need.id(), Permission.WITHDRAW_NEED)).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void the_administrator_manages_the_platform_sees_frameworks_but_is_no_party() {
        caller.signedIn(new Identity("admin", "Admin", true, List.of()));

        policy.require(Permission.MANAGE_ACCOUNTS);
        policy.require(Permission.MANAGE_TERRITORY);
        policy.organisation(new OrganisationId(cooperative), Permission.UPDATE_ORGANISATION);
        assertThat(policy.framework(markala.id(), Permission.READ_FRAMEWORK_SUMMARY).id()).isEqualTo(markala.id());
        assertThat(policy.sees(markala)).isTrue();
        assertThatThrownBy(() -> policy.framework(markala.id(), Permission.READ_FRAMEWORK))
                .isInstanceOf(AggregateNotFoundException.class);
        assertThatThrownBy(() -> policy.commune(dioro.commune(), Permission.PROPOSE_FRAMEWORK, null))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void parties_do_not_manage_the_platform() {
        signedInAs(Role.COMMUNE_OFFICER, mairie, true);

        policy.require(Permission.READ_DIRECTORY);
        policy.commune(dioro.commune(), Permission.PROPOSE_FRAMEWORK, null);
        assertThatThrownBy(() -> policy.require(Permission.MANAGE_ACCOUNTS)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> policy.commune(markala.commune(), Permission.PROPOSE_FRAMEWORK, null))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> policy.commune(null, Permission.REGISTER_ORGANISATION, null))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void the_history_outside_frameworks_is_the_administrators_and_the_rules_everyones() {
        // given a commune officer, then the administrator
        signedInAs(Role.COMMUNE_OFFICER, mairie, true);

        // then the officer reads the rules and changes its password, but not the platform's history
        policy.require(Permission.READ_RULES);
        policy.require(Permission.CHANGE_OWN_PASSWORD);
        assertThat(caller.decision()).isEqualTo(new Caller.Decision(Permission.CHANGE_OWN_PASSWORD, null));
        assertThatThrownBy(() -> policy.require(Permission.READ_PLATFORM_HISTORY)).isInstanceOf(ForbiddenException.class);

        caller.signedIn(new Identity("admin", "Admin", true, List.of()));
        policy.require(Permission.READ_PLATFORM_HISTORY);
        assertThat(caller.decision()).isEqualTo(new Caller.Decision(Permission.READ_PLATFORM_HISTORY, null));
    }

    private static Throwable catchNotFound(Runnable call) {
        try {
            call.run();
        } catch (AggregateNotFoundException e) {
            return e;
        }
        throw new AssertionError("expected the framework's data to be hidden");
    }
}
