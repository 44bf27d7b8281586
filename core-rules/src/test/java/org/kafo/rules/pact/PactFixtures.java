package org.kafo.rules.pact;

import static org.kafo.model.plan.ContributionForm.CASH;
import static org.kafo.model.plan.ContributionForm.IN_KIND;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kafo.model.committee.CommitteeMember;
import org.kafo.model.committee.MonitoringCommittee;
import org.kafo.model.committee.Obstacle;
import org.kafo.model.common.Money;
import org.kafo.model.common.Period;
import org.kafo.model.common.Person;
import org.kafo.model.common.Sector;
import org.kafo.model.common.Sex;
import org.kafo.model.framework.ConsultationFramework;
import org.kafo.model.framework.CouncilDeliberation;
import org.kafo.model.meeting.AgendaItem;
import org.kafo.model.meeting.AgendaItemKind;
import org.kafo.model.meeting.Attendance;
import org.kafo.model.meeting.Convocation;
import org.kafo.model.meeting.Meeting;
import org.kafo.model.need.Need;
import org.kafo.model.need.NeedKind;
import org.kafo.model.organisation.Organisation;
import org.kafo.model.organisation.OrganisationId;
import org.kafo.model.organisation.OrganisationKind;
import org.kafo.model.plan.Action;
import org.kafo.model.plan.ActionKind;
import org.kafo.model.plan.ActionPlan;
import org.kafo.model.plan.ActionReview;
import org.kafo.model.plan.ActionSpec;
import org.kafo.model.plan.CostShare;
import org.kafo.model.plan.PdescReference;
import org.kafo.model.plan.ReviewOutcome;
import org.kafo.model.territory.CommuneId;
import org.kafo.rules.Situation;
import org.kafo.rules.command.AdoptActionPlan;
import org.kafo.rules.command.ConveneMeeting;
import org.kafo.rules.command.EstablishFramework;
import org.kafo.rules.command.HoldMeeting;
import org.kafo.rules.command.InstallCommittee;
import org.kafo.rules.command.ReviewPlan;

/**
 * The consultation framework of Dioro (Ségou cercle), the way the approach runs it: the commune
 * picks small-scale irrigation and market gardening, admits its municipality, the irrigators' and
 * the women market gardeners' cooperatives, the rural engineering service, a financial partner and
 * the support programme; the council deliberates; the cooperatives identify their needs; the first
 * meeting adopts a three-month plan and installs the monitoring committee; the second reviews the
 * plan. Every {@link #dioro()} is a new story with its own aggregates: tests change it freely.
 */
final class PactFixtures {

    static final Sector IRRIGATION = Sector.of("small-scale-irrigation");
    static final Sector MARKET_GARDENING = Sector.of("market-gardening");
    static final Sector FISHING = Sector.of("fishing");
    static final Sector HEALTH = Sector.of("health");

    static final LocalDate PROPOSED_ON = LocalDate.of(2025, 1, 6);
    static final LocalDate DELIBERATED_ON = LocalDate.of(2025, 1, 20);
    static final LocalDate ESTABLISHED_ON = LocalDate.of(2025, 1, 27);
    static final LocalDate NEEDS_IDENTIFIED_ON = LocalDate.of(2025, 2, 5);
    static final LocalDate FIRST_CONVOCATION_ON = LocalDate.of(2025, 2, 14);
    static final LocalDate FIRST_MEETING_ON = LocalDate.of(2025, 2, 28);
    /** Exactly three months, both ends included. */
    static final Period FIRST_PLAN = Period.of(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 5, 31));
    static final LocalDate OBSTACLE_RAISED_ON = LocalDate.of(2025, 4, 10);
    static final LocalDate SECOND_CONVOCATION_ON = LocalDate.of(2025, 5, 16);
    static final LocalDate SECOND_MEETING_ON = LocalDate.of(2025, 5, 30);
    static final Period SECOND_PLAN = Period.of(LocalDate.of(2025, 6, 1), LocalDate.of(2025, 8, 31));

    static final CouncilDeliberation DELIBERATION = new CouncilDeliberation("2025-004/CC-DRO", DELIBERATED_ON,
            "Création du cadre de concertation communal pour l'irrigation de proximité et le maraîchage");

    static final String VENUE = "Salle de délibération de la mairie de Dioro";

    private PactFixtures() {
    }

    /** A framework just proposed, its organisations registered, nobody admitted yet. */
    static Dioro dioro() {
        return new Dioro();
    }

    static Money xof(long amount) {
        return Money.xof(amount);
    }

    /** How far the story has gone; each stage includes the ones before. */
    enum Stage {
        PROPOSED,
        MEMBERS_ADMITTED,
        ESTABLISHED,
        NEEDS_IDENTIFIED,
        FIRST_MEETING_CONVENED,
        FIRST_MEETING_HELD,
        FIRST_PLAN_ADOPTED,
        COMMITTEE_INSTALLED,
        SECOND_MEETING_CONVENED,
        SECOND_MEETING_HELD,
        FIRST_PLAN_REVIEWED
    }

    static final class Dioro {

        private final Map<OrganisationId, Person> representatives = new LinkedHashMap<>();
        private final List<Organisation> organisations = new ArrayList<>();

        final CommuneId commune = CommuneId.newId();
        final Organisation municipality = register("Mairie de Dioro", OrganisationKind.MUNICIPALITY, commune);
        final Organisation irrigators = register("Coopérative des irrigants de Dioro", OrganisationKind.COOPERATIVE,
                commune, IRRIGATION);
        final Organisation gardeners = register("Coopérative des femmes maraîchères de Dioro",
                OrganisationKind.COOPERATIVE, commune, MARKET_GARDENING);
        final Organisation ruralEngineering = register("Service local du génie rural de Ségou",
                OrganisationKind.TECHNICAL_SERVICE, null, IRRIGATION, MARKET_GARDENING);
        final Organisation partner = register("Fonds d'appui à l'irrigation de proximité",
                OrganisationKind.TECHNICAL_FINANCIAL_PARTNER, null, IRRIGATION);
        final Organisation supportProgramme = register("PACT", OrganisationKind.SUPPORT_PROGRAMME, null);

        /** Registered, never admitted unless a test does it. */
        final Organisation riceGrowers = register("Coopérative rizicole de Dioro", OrganisationKind.COOPERATIVE,
                commune, IRRIGATION);
        final Organisation fishers = register("Association des pêcheurs bozo de Dioro", OrganisationKind.ASSOCIATION,
                commune, FISHING);
        final Organisation gardeningNgo = register("Jardins du Sahel", OrganisationKind.NGO, null, MARKET_GARDENING);
        final Organisation healthNgo = register("Santé pour tous", OrganisationKind.NGO, null, HEALTH);
        final Organisation neighbouringMunicipality = register("Mairie de Sansanding", OrganisationKind.MUNICIPALITY,
                CommuneId.newId());

        final ConsultationFramework framework = ConsultationFramework.propose(commune,
                "Cadre de concertation de Dioro", List.of(IRRIGATION, MARKET_GARDENING), PROPOSED_ON);
        final List<Need> needs = new ArrayList<>();
        final List<Meeting> meetings = new ArrayList<>();
        final List<ActionPlan> plans = new ArrayList<>();
        MonitoringCommittee committee;

        private Stage stage = Stage.PROPOSED;

        private Dioro() {
            represent(municipality, "Adama Traoré", Sex.MALE, "secrétaire général");
            represent(irrigators, "Moussa Diarra", Sex.MALE, "président");
            represent(gardeners, "Fatoumata Coulibaly", Sex.FEMALE, "présidente");
            represent(ruralEngineering, "Seydou Keïta", Sex.MALE, "chef de service");
            represent(partner, "Aminata Sangaré", Sex.FEMALE, "chargée de programme");
            represent(supportProgramme, "Oumar Sidibé", Sex.MALE, "conseiller");
            represent(riceGrowers, "Bakary Dembélé", Sex.MALE, "président");
            represent(fishers, "Salif Kanta", Sex.MALE, "président");
            represent(gardeningNgo, "Mariam Touré", Sex.FEMALE, "coordinatrice");
            represent(healthNgo, "Ibrahim Maïga", Sex.MALE, "coordinateur");
            represent(neighbouringMunicipality, "Kadiatou Diallo", Sex.FEMALE, "maire");
        }

        // ---- the story, stage by stage

        /** Runs the story on to {@code target}; a stage already reached is not run again. */
        Dioro upTo(Stage target) {
            while (stage.compareTo(target) < 0) {
                stage = Stage.values()[stage.ordinal() + 1];
                run(stage);
            }
            return this;
        }

        Dioro withMembers() {
            return upTo(Stage.MEMBERS_ADMITTED);
        }

        Dioro established() {
            return upTo(Stage.ESTABLISHED);
        }

        Dioro firstMeetingHeld() {
            return upTo(Stage.FIRST_MEETING_HELD);
        }

        Dioro firstPlanAdopted() {
            return upTo(Stage.FIRST_PLAN_ADOPTED);
        }

        Dioro committeeInstalled() {
            return upTo(Stage.COMMITTEE_INSTALLED);
        }

        Dioro secondMeetingHeld() {
            return upTo(Stage.SECOND_MEETING_HELD);
        }

        Dioro firstPlanReviewed() {
            return upTo(Stage.FIRST_PLAN_REVIEWED);
        }

        private void run(Stage next) {
            switch (next) {
                case PROPOSED -> {
                    // the framework is proposed when the story begins
                }
                case MEMBERS_ADMITTED -> {
                    admit(municipality);
                    admit(irrigators, IRRIGATION);
                    admit(gardeners, MARKET_GARDENING);
                    admit(ruralEngineering);
                    admit(partner);
                    admit(supportProgramme);
                }
                case ESTABLISHED -> framework.establish(DELIBERATION, ESTABLISHED_ON);
                case NEEDS_IDENTIFIED -> {
                    need(irrigators, IRRIGATION, NeedKind.INVESTMENT, "PIV de 30 ha avec motopompe", NEEDS_IDENTIFIED_ON);
                    need(gardeners, MARKET_GARDENING, NeedKind.BUSINESS_ENVIRONMENT_MEASURE,
                            "Un jour de marché hebdomadaire pour les légumes", NEEDS_IDENTIFIED_ON);
                }
                case FIRST_MEETING_CONVENED -> convene(1, FIRST_CONVOCATION_ON, FIRST_MEETING_ON, List.of(
                        AgendaItem.of("Besoins des filières", AgendaItemKind.NEEDS),
                        AgendaItem.of("Adoption du plan d'action", AgendaItemKind.PLAN_ADOPTION),
                        AgendaItem.of("Installation du comité de suivi", AgendaItemKind.COMMITTEE)));
                case FIRST_MEETING_HELD -> {
                    attend(firstMeeting(), municipality, irrigators, gardeners, ruralEngineering, partner,
                            supportProgramme);
                    firstMeeting().hold(FIRST_MEETING_ON);
                    framework.activate(FIRST_MEETING_ON);
                }
                case FIRST_PLAN_ADOPTED -> plans.add(ActionPlan.adopt(framework.id(), 1, null, FIRST_PLAN,
                        firstMeeting().id(), FIRST_MEETING_ON, firstPlanActions()));
                case COMMITTEE_INSTALLED -> committee = MonitoringCommittee.install(framework.id(), firstMeeting().id(),
                        FIRST_MEETING_ON, committeeMembers(FIRST_MEETING_ON), "Suivi du plan d'action n° 1",
                        duties(), FIRST_PLAN, firstPlan().id());
                case SECOND_MEETING_CONVENED -> convene(2, SECOND_CONVOCATION_ON, SECOND_MEETING_ON, agendaOfNextMeeting());
                case SECOND_MEETING_HELD -> {
                    attend(secondMeeting(), municipality, irrigators, gardeners, ruralEngineering, supportProgramme);
                    secondMeeting().hold(SECOND_MEETING_ON);
                }
                case FIRST_PLAN_REVIEWED -> firstPlan().review(secondMeeting().id(), SECOND_MEETING_ON,
                        decisions(firstPlan(), ReviewOutcome.DONE));
            }
        }

        // ---- steps a test can take on its own

        void admit(Organisation organisation, Sector... sectors) {
            admit(organisation, PROPOSED_ON, sectors);
        }

        void admit(Organisation organisation, LocalDate from, Sector... sectors) {
            framework.admit(organisation.id(), organisation.category(), List.of(sectors),
                    List.of(representative(organisation)), from);
        }

        Need need(Organisation raisedBy, Sector sector, NeedKind kind, String description, LocalDate on) {
            Need need = Need.identify(framework.id(), raisedBy.id(), sector, kind, description, null, on);
            needs.add(need);
            return need;
        }

        /** Plans meeting number {@code sequence} and sends the invitations with that agenda. */
        Meeting convene(int sequence, LocalDate convokedOn, LocalDate plannedOn, List<AgendaItem> agenda) {
            Meeting meeting = Meeting.plan(framework.id(), sequence, plannedOn, VENUE);
            meeting.convene(new Convocation(municipality.id(), convokedOn,
                    framework.currentMembers().stream().map(m -> m.organisation()).toList()), agenda);
            meetings.add(meeting);
            return meeting;
        }

        /** The agenda the process builds: the open actions of the plan in force, then the unresolved obstacles. */
        List<AgendaItem> agendaOfNextMeeting() {
            List<AgendaItem> agenda = new ArrayList<>();
            plans.stream().filter(ActionPlan::isInForce).flatMap(p -> p.actions().stream()).forEach(a ->
                    agenda.add(new AgendaItem("Revue : " + a.title(), AgendaItemKind.ACTION_REVIEW, a.id().value())));
            if (committee != null) {
                committee.unresolvedObstacles().forEach(o ->
                        agenda.add(new AgendaItem("Obstacle : " + o.description(), AgendaItemKind.OBSTACLE, o.id().value())));
            }
            agenda.add(AgendaItem.of("Adoption du plan d'action suivant", AgendaItemKind.PLAN_ADOPTION));
            return agenda;
        }

        void attend(Meeting meeting, Organisation... present) {
            for (Organisation organisation : present) {
                meeting.recordAttendance(new Attendance(organisation.id(), organisation.category(),
                        representative(organisation)), meeting.plannedOn());
            }
        }

        /** A meeting convened and held the day it was planned, with these organisations present. */
        Meeting meetingHeld(int sequence, LocalDate convokedOn, LocalDate on, Organisation... present) {
            Meeting meeting = convene(sequence, convokedOn, on, List.of(
                    AgendaItem.of("Adoption du plan d'action", AgendaItemKind.PLAN_ADOPTION)));
            attend(meeting, present);
            meeting.hold(on);
            return meeting;
        }

        Obstacle obstacle(Action action, String description, LocalDate on) {
            committee.recordObstacle(firstPlan().id(), action.id(), description, on);
            return committee.obstacles().get(committee.obstacles().size() - 1);
        }

        // ---- what the story holds

        Meeting firstMeeting() {
            return meetings.get(0);
        }

        Meeting secondMeeting() {
            return meetings.get(1);
        }

        ActionPlan firstPlan() {
            return plans.get(0);
        }

        Action firstPlanAction(String titleStart) {
            return firstPlan().actions().stream().filter(a -> a.title().startsWith(titleStart)).findFirst()
                    .orElseThrow();
        }

        Person representative(Organisation organisation) {
            return representatives.get(organisation.id());
        }

        List<Organisation> organisations() {
            return List.copyOf(organisations);
        }

        /** What the rules see: everything registered and recorded so far. */
        Situation situation() {
            return Situation.of(framework).organisations(organisations).needs(needs).meetings(meetings)
                    .plans(plans).committee(committee).build();
        }

        // ---- commands

        EstablishFramework establish() {
            return new EstablishFramework(framework.id(), DELIBERATION, ESTABLISHED_ON);
        }

        HoldMeeting holdFirstMeeting() {
            return new HoldMeeting(firstMeeting().id(), FIRST_MEETING_ON);
        }

        AdoptActionPlan adoptFirstPlan() {
            return adoptFirstPlan(FIRST_PLAN, firstPlanActions());
        }

        AdoptActionPlan adoptFirstPlan(Period period) {
            return adoptFirstPlan(period, firstPlanActions());
        }

        AdoptActionPlan adoptFirstPlan(List<ActionSpec> actions) {
            return adoptFirstPlan(FIRST_PLAN, actions);
        }

        AdoptActionPlan adoptFirstPlan(Period period, List<ActionSpec> actions) {
            return new AdoptActionPlan(framework.id(), firstMeeting().id(), period, actions, FIRST_MEETING_ON);
        }

        AdoptActionPlan adoptSecondPlan() {
            return adoptSecondPlan(secondPlanActions());
        }

        AdoptActionPlan adoptSecondPlan(List<ActionSpec> actions) {
            return new AdoptActionPlan(framework.id(), secondMeeting().id(), SECOND_PLAN, actions, SECOND_MEETING_ON);
        }

        InstallCommittee installCommittee() {
            return installCommittee(committeeMembers(FIRST_MEETING_ON));
        }

        InstallCommittee installCommittee(List<CommitteeMember> members) {
            return new InstallCommittee(framework.id(), firstMeeting().id(), members, "Suivi du plan d'action n° 1",
                    duties(), FIRST_PLAN, FIRST_MEETING_ON);
        }

        ReviewPlan reviewFirstPlan() {
            return new ReviewPlan(firstPlan().id(), secondMeeting().id(), decisions(firstPlan(), ReviewOutcome.DONE),
                    SECOND_MEETING_ON);
        }

        ConveneMeeting conveneMeetingOn(LocalDate plannedOn) {
            return new ConveneMeeting(framework.id(), plannedOn, VENUE, municipality.id(), plannedOn.minusDays(14),
                    List.of(), List.of());
        }

        // ---- the actions the parties agree

        /** Owned by the commune, registered in its PDESC, paid by the commune, the partner and the irrigators. */
        ActionSpec irrigationScheme() {
            return ActionSpec.of("Aménagement d'un PIV de 30 ha à Dioro", IRRIGATION, ActionKind.INFRASTRUCTURE,
                    municipality.id(), LocalDate.of(2025, 5, 15), xof(12_000_000), List.of(
                            CostShare.pledge(municipality.id(), CASH, xof(6_000_000)),
                            CostShare.pledge(partner.id(), CASH, xof(4_800_000)),
                            CostShare.pledge(irrigators.id(), IN_KIND, xof(1_200_000))))
                    .registeredIn(new PdescReference("PDESC 2023-2027, axe 2, action 14", "Budget 2025, ligne 2.3.1"));
        }

        /** Training by the support programme, with the gardeners' own contribution. */
        ActionSpec gardenersTraining() {
            return ActionSpec.of("Formation des maraîchères à la gestion coopérative", MARKET_GARDENING,
                    ActionKind.TRAINING, supportProgramme.id(), LocalDate.of(2025, 4, 15), xof(900_000), List.of(
                            CostShare.pledge(supportProgramme.id(), CASH, xof(750_000)),
                            CostShare.pledge(gardeners.id(), IN_KIND, xof(150_000))));
        }

        /** The gardeners' own activity, at their own cost. */
        ActionSpec radioReport() {
            return ActionSpec.of("Émission radio sur les prix des légumes", MARKET_GARDENING,
                    ActionKind.COMMUNICATION, gardeners.id(), LocalDate.of(2025, 5, 30), xof(120_000), List.of(
                            CostShare.pledge(gardeners.id(), CASH, xof(120_000))));
        }

        List<ActionSpec> firstPlanActions() {
            return List.of(irrigationScheme(), gardenersTraining(), radioReport());
        }

        List<ActionSpec> secondPlanActions() {
            return List.of(
                    ActionSpec.of("Convention locale d'accès au foncier irrigué", IRRIGATION,
                            ActionKind.BUSINESS_ENVIRONMENT_MEASURE, municipality.id(), LocalDate.of(2025, 8, 15),
                            xof(300_000), List.of(CostShare.pledge(municipality.id(), CASH, xof(300_000))))
                            .registeredIn(new PdescReference("PDESC 2023-2027, axe 2, action 15", null)),
                    ActionSpec.of("Formation des irrigants à l'entretien des motopompes", IRRIGATION,
                            ActionKind.TRAINING, ruralEngineering.id(), LocalDate.of(2025, 7, 31), xof(400_000),
                            List.of(CostShare.pledge(supportProgramme.id(), CASH, xof(300_000)),
                                    CostShare.pledge(irrigators.id(), IN_KIND, xof(100_000)))));
        }

        /** The mayor's office, each sector's cooperative and the technical service. */
        List<CommitteeMember> committeeMembers(LocalDate from) {
            return List.of(
                    CommitteeMember.from(from, municipality.id(), municipality.category(), representative(municipality)),
                    CommitteeMember.from(from, irrigators.id(), irrigators.category(), representative(irrigators)),
                    CommitteeMember.from(from, gardeners.id(), gardeners.category(), representative(gardeners)),
                    CommitteeMember.from(from, ruralEngineering.id(), ruralEngineering.category(),
                            representative(ruralEngineering)));
        }

        static List<String> duties() {
            return List.of("Suivre l'exécution des actions du plan", "Relever les obstacles et les porter au cadre");
        }

        static List<ActionReview> decisions(ActionPlan plan, ReviewOutcome outcome) {
            return plan.actions().stream().map(a -> new ActionReview(a.id(), outcome,
                    outcome == ReviewOutcome.DROPPED ? "abandonnée" : null)).toList();
        }

        private Organisation register(String name, OrganisationKind kind, CommuneId base, Sector... sectors) {
            Organisation organisation = Organisation.register(name, null, kind, base, Set.of(sectors),
                    LocalDate.of(2020, 1, 15));
            organisations.add(organisation);
            return organisation;
        }

        private void represent(Organisation organisation, String name, Sex sex, String role) {
            representatives.put(organisation.id(), new Person(name, sex, false, role));
        }
    }
}
