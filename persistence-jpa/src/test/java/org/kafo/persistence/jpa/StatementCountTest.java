package org.kafo.persistence.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.persistence.jpa.JpaEntityManagerFactory;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kafo.model.committee.CommitteeMember;
import org.kafo.model.committee.MonitoringCommittee;
import org.kafo.model.common.Money;
import org.kafo.model.common.Period;
import org.kafo.model.common.Person;
import org.kafo.model.common.Sector;
import org.kafo.model.common.Sex;
import org.kafo.model.framework.ConsultationFramework;
import org.kafo.model.framework.CouncilDeliberation;
import org.kafo.model.framework.FrameworkId;
import org.kafo.model.meeting.AgendaItem;
import org.kafo.model.meeting.AgendaItemKind;
import org.kafo.model.meeting.Attendance;
import org.kafo.model.meeting.Convocation;
import org.kafo.model.meeting.Meeting;
import org.kafo.model.meeting.Minutes;
import org.kafo.model.meeting.MinutesApproval;
import org.kafo.model.need.NeedId;
import org.kafo.model.organisation.OrganisationId;
import org.kafo.model.organisation.PartyCategory;
import org.kafo.model.plan.ActionKind;
import org.kafo.model.plan.ActionPlan;
import org.kafo.model.plan.ActionSpec;
import org.kafo.model.plan.ActionStatus;
import org.kafo.model.plan.ContributionForm;
import org.kafo.model.plan.CostShare;
import org.kafo.model.plan.PlanId;
import org.kafo.model.plan.ProgressNote;
import org.kafo.model.territory.CommuneId;

/**
 * No N+1: loading a framework with its meetings, plans and actions and its committee takes the
 * same number of SQL statements whether it has 1 meeting and 1 plan or 20 of each; counted with
 * an EclipseLink session listener on every statement sent to the database.
 */
class StatementCountTest {

    private static final LocalDate START = LocalDate.of(2009, 1, 5);
    private static final Sector IRRIGATION = Sector.of("small-scale-irrigation");
    private static final Map<KafoPersistence, AtomicInteger> COUNTERS = new ConcurrentHashMap<>();

    @ParameterizedTest
    @MethodSource("org.kafo.persistence.jpa.Databases#databases")
    void loading_a_framework_with_its_meetings_plans_and_actions_takes_as_many_statements_for_20_cycles_as_for_1(
            Databases.Database db) {
        // given a framework that went through one cycle and one that went through twenty
        FrameworkId oneCycle = frameworkWithCycles(db, 1);
        FrameworkId twentyCycles = frameworkWithCycles(db, 20);

        // when each is loaded with its meetings, plans (and their actions) and committee
        int forOne = statementsToLoad(db, oneCycle, 1);
        int forTwenty = statementsToLoad(db, twentyCycles, 20);

        // then the number of statements does not grow with the number of meetings and plans
        System.out.printf("%s: %d statements for 1 cycle, %d for 20 cycles%n", db, forOne, forTwenty);
        assertThat(forTwenty).isEqualTo(forOne);
        // 1 framework + 5 of its lists, 1 for meetings + 4 of their lists, 1 for plans + 4 of their
        // lists, 1 for the committee + 5 of its lists
        assertThat(forOne).isLessThanOrEqualTo(22);
    }

    private static int statementsToLoad(Databases.Database db, FrameworkId framework, int cycles) {
        AtomicInteger statements = counter(db.persistence());
        return db.transactions().inTransaction(() -> {
            statements.set(0);
            ConsultationFramework loaded = db.repositories().frameworks().get(framework);
            List<Meeting> meetings = db.repositories().meetings().findByFramework(framework);
            List<ActionPlan> plans = db.repositories().plans().findByFramework(framework);
            MonitoringCommittee committee = db.repositories().committees().findByFramework(framework).orElseThrow();
            int count = statements.get();
            assertThat(loaded.memberships()).hasSize(2);
            assertThat(meetings).hasSize(cycles).allSatisfy(m -> assertThat(m.attendance()).hasSize(3));
            assertThat(plans).hasSize(cycles).allSatisfy(p -> assertThat(p.actions()).hasSize(3)
                    .allSatisfy(a -> assertThat(a.costShares()).hasSize(2)));
            assertThat(committee.mandateHistory()).hasSize(cycles);
            return count;
        });
    }

    /** Counts every statement the unit sends, from now on. */
    private static AtomicInteger counter(KafoPersistence persistence) {
        return COUNTERS.computeIfAbsent(persistence, p -> {
            AtomicInteger count = new AtomicInteger();
            p.entityManagerFactory().unwrap(JpaEntityManagerFactory.class).getDatabaseSession().getEventManager()
                    .addListener(new SessionEventAdapter() {
                        @Override
                        public void preExecuteCall(SessionEvent event) {
                            count.incrementAndGet();
                        }
                    });
            return count;
        });
    }

    private static FrameworkId frameworkWithCycles(Databases.Database db, int cycles) {
        OrganisationId municipality = OrganisationId.newId();
        OrganisationId cooperative = OrganisationId.newId();
        ConsultationFramework framework = ConsultationFramework.propose(CommuneId.newId(), "Cadre de Kokry",
                List.of(IRRIGATION), START);
        framework.establish(new CouncilDeliberation("2009-01/CR-KOK", START, "création du cadre"), START);
        framework.admit(municipality, PartyCategory.MUNICIPALITY, List.of(), List.of(person("Moussa Coulibaly")), START);
        framework.admit(cooperative, PartyCategory.PROFESSIONAL_ORGANISATION, List.of(IRRIGATION),
                List.of(person("Fatoumata Diarra")), START);
        db.repositories().frameworks().save(framework);
        MonitoringCommittee committee = null;
        PlanId previous = null;
        for (int cycle = 1; cycle <= cycles; cycle++) {
            LocalDate day = START.plusMonths(3L * (cycle - 1));
            Meeting meeting = Meeting.plan(framework.id(), cycle, day.plusDays(10), "Mairie de Kokry");
            meeting.convene(new Convocation(municipality, day, List.of(municipality, cooperative)),
                    List.of(AgendaItem.of("Adoption du plan", AgendaItemKind.PLAN_ADOPTION)));
            for (String name : List.of("Moussa Coulibaly", "Fatoumata Diarra", "Aminata Koné")) {
                meeting.recordAttendance(new Attendance(name.startsWith("M") ? municipality : cooperative,
                        name.startsWith("M") ? PartyCategory.MUNICIPALITY : PartyCategory.PROFESSIONAL_ORGANISATION,
                        person(name)), day.plusDays(10));
            }
            meeting.hold(day.plusDays(10));
            meeting.recordMinutes(new Minutes("Le plan est adopté.", day.plusDays(11)));
            meeting.approveMinutes(new MinutesApproval(cooperative, true, null, day.plusDays(12)));
            db.repositories().meetings().save(meeting);
            List<ActionSpec> actions = new ArrayList<>();
            for (int a = 0; a < 3; a++) {
                actions.add(ActionSpec.of("Action " + a, IRRIGATION, ActionKind.INFRASTRUCTURE, municipality,
                        day.plusMonths(2), Money.xof(1_000_000), List.of(
                                CostShare.pledge(municipality, ContributionForm.CASH, Money.xof(700_000)),
                                CostShare.pledge(cooperative, ContributionForm.IN_KIND, Money.xof(300_000))))
                        .addressing(List.of(NeedId.newId())));
            }
            ActionPlan plan = ActionPlan.adopt(framework.id(), cycle, previous, Period.ofMonths(day.plusDays(10), 3),
                    meeting.id(), day.plusDays(10), actions);
            plan.changeActionStatus(plan.actions().get(0).id(), ActionStatus.IN_PROGRESS, null, day.plusDays(20));
            plan.noteProgress(plan.actions().get(0).id(), new ProgressNote(day.plusDays(21), cooperative, "Travaux lancés"));
            db.repositories().plans().save(plan);
            previous = plan.id();
            if (committee == null) {
                committee = MonitoringCommittee.install(framework.id(), meeting.id(), day.plusDays(10),
                        List.of(CommitteeMember.from(day.plusDays(10), cooperative, PartyCategory.PROFESSIONAL_ORGANISATION,
                                person("Aminata Koné"))),
                        "Suivi du plan", List.of("Suivre les actions"), Period.ofMonths(day.plusDays(10), 3), plan.id());
            } else {
                committee.reviseMandate("Suivi du plan", List.of("Suivre les actions"),
                        Period.ofMonths(day.plusDays(10), 3), plan.id(), "nouveau plan", day.plusDays(10));
            }
        }
        db.repositories().committees().save(committee);
        return framework.id();
    }

    private static Person person(String name) {
        return new Person(name, name.startsWith("M") ? Sex.MALE : Sex.FEMALE, false, null);
    }
}
