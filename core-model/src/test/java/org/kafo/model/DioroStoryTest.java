package org.kafo.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kafo.model.Fixtures.CONVENED_ON;
import static org.kafo.model.Fixtures.COUNCILLOR;
import static org.kafo.model.Fixtures.DELIBERATED_ON;
import static org.kafo.model.Fixtures.ESTABLISHED_ON;
import static org.kafo.model.Fixtures.FIRST_MEETING_ON;
import static org.kafo.model.Fixtures.GARDENERS_PRESIDENT;
import static org.kafo.model.Fixtures.MARKET_GARDENING;
import static org.kafo.model.Fixtures.MAYOR;
import static org.kafo.model.Fixtures.NEEDS_IDENTIFIED_ON;
import static org.kafo.model.Fixtures.PRIORITY_SECTORS;
import static org.kafo.model.Fixtures.PROPOSED_ON;
import static org.kafo.model.Fixtures.RICE_GROWERS_PRESIDENT;
import static org.kafo.model.Fixtures.RURAL_ENGINEER;
import static org.kafo.model.Fixtures.SECOND_MEETING_ON;
import static org.kafo.model.Fixtures.SMALL_SCALE_IRRIGATION;
import static org.kafo.model.Fixtures.YOUNG_GARDENER;
import static org.kafo.model.Fixtures.YOUNG_RICE_GROWER;
import static org.kafo.model.Fixtures.xof;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kafo.model.committee.CommitteeMember;
import org.kafo.model.committee.Mandate;
import org.kafo.model.committee.MonitoringCommittee;
import org.kafo.model.committee.Obstacle;
import org.kafo.model.committee.ObstacleId;
import org.kafo.model.committee.ObstacleStatus;
import org.kafo.model.common.ActionId;
import org.kafo.model.common.Effective;
import org.kafo.model.common.Period;
import org.kafo.model.common.Person;
import org.kafo.model.common.Sector;
import org.kafo.model.common.Sex;
import org.kafo.model.framework.ConsultationFramework;
import org.kafo.model.framework.CouncilDeliberation;
import org.kafo.model.framework.FrameworkEvent;
import org.kafo.model.framework.FrameworkStatus;
import org.kafo.model.framework.Membership;
import org.kafo.model.meeting.AgendaItem;
import org.kafo.model.meeting.AgendaItemKind;
import org.kafo.model.meeting.Attendance;
import org.kafo.model.meeting.Convocation;
import org.kafo.model.meeting.Meeting;
import org.kafo.model.meeting.MeetingEvent;
import org.kafo.model.meeting.MeetingStatus;
import org.kafo.model.meeting.Minutes;
import org.kafo.model.meeting.MinutesApproval;
import org.kafo.model.memory.InMemoryRepositories;
import org.kafo.model.need.Need;
import org.kafo.model.need.NeedKind;
import org.kafo.model.need.NeedStatus;
import org.kafo.model.organisation.MemberCount;
import org.kafo.model.organisation.Organisation;
import org.kafo.model.organisation.OrganisationId;
import org.kafo.model.organisation.OrganisationKind;
import org.kafo.model.organisation.PartyCategory;
import org.kafo.model.plan.Action;
import org.kafo.model.plan.ActionKind;
import org.kafo.model.plan.ActionPlan;
import org.kafo.model.plan.ActionReview;
import org.kafo.model.plan.ActionSpec;
import org.kafo.model.plan.ActionStatus;
import org.kafo.model.plan.ContributionForm;
import org.kafo.model.plan.CostShare;
import org.kafo.model.plan.PdescReference;
import org.kafo.model.plan.PlanEvent;
import org.kafo.model.plan.ReviewOutcome;
import org.kafo.model.territory.Assignment;
import org.kafo.model.territory.Cercle;
import org.kafo.model.territory.Commune;
import org.kafo.model.territory.GeoPoint;
import org.kafo.model.territory.Region;

/**
 * The seed's story, in Dioro: a commune of the Ségou cercle establishes a consultation framework
 * for small-scale irrigation and market gardening, meets, plans, monitors, and at its second
 * meeting reviews the first plan and adopts the next. The model alone, on in-memory repositories.
 */
class DioroStoryTest {

    private static final LocalDate PARTIES_LISTED_ON = LocalDate.of(2008, 1, 21);
    private static final LocalDate MINUTES_ON = LocalDate.of(2008, 4, 10);
    private static final LocalDate OBSTACLE_SEEN_ON = LocalDate.of(2008, 6, 2);
    private static final LocalDate SECOND_CONVENED_ON = LocalDate.of(2008, 6, 20);

    private static final Person PARTNER_OFFICER = new Person("Ibrahim Maïga", Sex.MALE, false, "programme officer");
    private static final Person PACT_FACILITATOR = new Person("Kadiatou Sidibé", Sex.FEMALE, false, "facilitator");

    private final Repositories repositories = new InMemoryRepositories();

    private Region segou;
    private Cercle segouCercle;
    private Commune dioro;
    private Organisation municipality;
    private Organisation riceGrowers;
    private Organisation gardeners;
    private Organisation ruralEngineering;
    private Organisation partner;
    private Organisation pact;
    private ConsultationFramework framework;
    private Need pumpNeed;
    private Need marketFeeNeed;
    private Need trainingNeed;
    private Meeting firstMeeting;
    private Meeting secondMeeting;
    private ActionPlan firstPlan;
    private ActionPlan secondPlan;
    private MonitoringCommittee committee;
    private ActionId pump;
    private ActionId marketFee;
    private ActionId training;
    private ObstacleId lateFunds;

    @Test
    void dioro_establishes_its_framework_and_goes_from_the_first_plan_to_the_second() {
        theTerritoryPlacesDioroInTheSegouCercle();
        theCommuneListsTheActorsOfItsPrioritySectors();
        theCommuneProposesAFramework();
        theCouncilDeliberationEstablishesIt();
        theMembersAreAdmitted();
        theProfessionalsIdentifyTheirNeeds();
        theFirstMeetingIsConvened();
        theFirstMeetingIsHeldWithItsAttendance();
        thePartiesApproveTheMinutes();
        theFirstMeetingAdoptsAThreeMonthPlan();
        theFrameworkInstallsItsMonitoringCommittee();
        thePlanIsCarriedOutAndTheCommitteeFollowsIt();
        theCommitteeRecordsAnObstacleAndReportsItToTheSecondMeeting();
        theSecondMeetingReviewsTheFirstPlan();
        theSecondMeetingAdoptsAPlanThatCarriesTheMotorPumpOver();
        theCommitteeMandateIsRevisedForTheSecondPlan();
    }

    private void theTerritoryPlacesDioroInTheSegouCercle() {
        // when
        segou = repositories.regions().save(Region.register("04", "Ségou", Effective.ALWAYS));
        segouCercle = repositories.cercles().save(Cercle.register("0406", "Ségou", segou.id(), Effective.ALWAYS));
        dioro = repositories.communes().save(Commune.register("04060101", "Dioro",
                new Assignment(segouCercle.id(), segou.id(), Effective.ALWAYS), null, new GeoPoint(15.01713, -4.19919)));

        // then
        assertThat(repositories.communes().findByName("dioro")).extracting(Commune::id).containsExactly(dioro.id());
        Assignment in2008 = dioro.assignmentOn(FIRST_MEETING_ON).orElseThrow();
        assertThat(repositories.cercles().get(in2008.cercle()).name()).isEqualTo("Ségou");
        assertThat(repositories.regions().get(in2008.region()).name()).isEqualTo("Ségou");
    }

    private void theCommuneListsTheActorsOfItsPrioritySectors() {
        // when
        municipality = register("Commune rurale de Dioro", null, OrganisationKind.MUNICIPALITY, true, Set.of());
        riceGrowers = register("Coopérative des riziculteurs de Dioro", "CRD", OrganisationKind.COOPERATIVE, true,
                Set.of(SMALL_SCALE_IRRIGATION));
        gardeners = register("Groupement des femmes maraîchères de Dioro", null, OrganisationKind.GROUP, true,
                Set.of(MARKET_GARDENING));
        ruralEngineering = register("Service local du génie rural de Ségou", "SLGR",
                OrganisationKind.TECHNICAL_SERVICE, false, Set.copyOf(PRIORITY_SECTORS));
        partner = register("Fonds d'appui à l'irrigation de proximité", null,
                OrganisationKind.TECHNICAL_FINANCIAL_PARTNER, false, Set.of(SMALL_SCALE_IRRIGATION));
        pact = register("Programme d'appui aux collectivités territoriales", "PACT",
                OrganisationKind.SUPPORT_PROGRAMME, false, Set.copyOf(PRIORITY_SECTORS));
        riceGrowers.countMembers(new MemberCount(96, 18, 31, PARTIES_LISTED_ON));
        riceGrowers = repositories.organisations().save(riceGrowers);
        gardeners.countMembers(new MemberCount(74, 74, 22, PARTIES_LISTED_ON));
        gardeners = repositories.organisations().save(gardeners);

        // then
        assertThat(repositories.organisations().findByCommune(dioro.id())).extracting(Organisation::name)
                .containsExactly("Commune rurale de Dioro", "Coopérative des riziculteurs de Dioro",
                        "Groupement des femmes maraîchères de Dioro");
        for (Organisation cooperative : List.of(riceGrowers, gardeners)) {
            assertThat(repositories.organisations().get(cooperative.id()).members().orElseThrow().members())
                    .isBetween(60, 120);
            assertThat(cooperative.category()).isEqualTo(PartyCategory.PROFESSIONAL_ORGANISATION);
        }
    }

    private Organisation register(String name, String acronym, OrganisationKind kind, boolean basedInDioro,
            Set<Sector> sectors) {
        return repositories.organisations().save(Organisation.register(name, acronym, kind,
                basedInDioro ? dioro.id() : null, sectors, PARTIES_LISTED_ON));
    }

    private void theCommuneProposesAFramework() {
        // when
        framework = ConsultationFramework.propose(dioro.id(), "Cadre de concertation de la commune de Dioro",
                PRIORITY_SECTORS, PROPOSED_ON);
        framework = repositories.frameworks().save(framework);

        // then
        assertThat(repositories.frameworks().findByCommune(dioro.id())).extracting(ConsultationFramework::id)
                .containsExactly(framework.id());
        assertThat(framework.status()).isEqualTo(FrameworkStatus.PROPOSED);
        assertThat(framework.prioritySectors()).containsExactly(SMALL_SCALE_IRRIGATION, MARKET_GARDENING);
    }

    private void theCouncilDeliberationEstablishesIt() {
        // given
        CouncilDeliberation deliberation = new CouncilDeliberation("2008-014/CR-DIO", DELIBERATED_ON,
                "The council establishes a consultation framework between the commune and the professional "
                        + "organisations of small-scale irrigation and market gardening");
        ConsultationFramework loaded = repositories.frameworks().get(framework.id());

        // when
        FrameworkEvent.Established established = loaded.establish(deliberation, ESTABLISHED_ON);
        framework = repositories.frameworks().save(loaded);

        // then
        assertThat(established.deliberation().number()).isEqualTo("2008-014/CR-DIO");
        assertThat(framework.status()).isEqualTo(FrameworkStatus.ESTABLISHED);
        assertThat(framework.deliberation()).contains(deliberation);
        assertThat(framework.establishedOn()).contains(ESTABLISHED_ON);
        assertThat(framework.version()).isEqualTo(2);
    }

    private void theMembersAreAdmitted() {
        // when
        framework.admit(municipality.id(), PartyCategory.MUNICIPALITY, List.of(), List.of(MAYOR, COUNCILLOR),
                ESTABLISHED_ON);
        framework.admit(riceGrowers.id(), PartyCategory.PROFESSIONAL_ORGANISATION, List.of(SMALL_SCALE_IRRIGATION),
                List.of(RICE_GROWERS_PRESIDENT, YOUNG_RICE_GROWER), ESTABLISHED_ON);
        framework.admit(gardeners.id(), PartyCategory.PROFESSIONAL_ORGANISATION, List.of(MARKET_GARDENING),
                List.of(GARDENERS_PRESIDENT, YOUNG_GARDENER), ESTABLISHED_ON);
        framework.admit(ruralEngineering.id(), PartyCategory.TECHNICAL_SERVICE, PRIORITY_SECTORS,
                List.of(RURAL_ENGINEER), ESTABLISHED_ON);
        framework.admit(partner.id(), PartyCategory.PARTNER, List.of(SMALL_SCALE_IRRIGATION),
                List.of(PARTNER_OFFICER), ESTABLISHED_ON);
        framework.admit(pact.id(), PartyCategory.SUPPORT_PROGRAMME, List.of(), List.of(PACT_FACILITATOR),
                ESTABLISHED_ON);
        framework = repositories.frameworks().save(framework);

        // then
        assertThat(framework.currentMembers()).hasSize(6);
        assertThat(framework.currentMembers()).extracting(Membership::category).contains(PartyCategory.MUNICIPALITY,
                PartyCategory.TECHNICAL_SERVICE);
        for (Sector sector : framework.prioritySectors()) {
            assertThat(framework.currentMembers()).anyMatch(m -> m.category() == PartyCategory.PROFESSIONAL_ORGANISATION
                    && m.represents(sector));
        }
        assertThat(framework.isMemberOn(gardeners.id(), FIRST_MEETING_ON)).isTrue();
    }

    private void theProfessionalsIdentifyTheirNeeds() {
        // when
        pumpNeed = repositories.needs().save(Need.identify(framework.id(), riceGrowers.id(), SMALL_SCALE_IRRIGATION,
                NeedKind.INVESTMENT, "A motor pump for the 30-hectare village irrigation scheme (PIV)",
                xof(4_500_000), NEEDS_IDENTIFIED_ON));
        marketFeeNeed = repositories.needs().save(Need.identify(framework.id(), gardeners.id(), MARKET_GARDENING,
                NeedKind.BUSINESS_ENVIRONMENT_MEASURE,
                "A lower market fee for vegetable sellers at the weekly market", null, NEEDS_IDENTIFIED_ON));
        trainingNeed = repositories.needs().save(Need.identify(framework.id(), gardeners.id(), MARKET_GARDENING,
                NeedKind.CAPACITY_BUILDING, "Training in nursery techniques and vegetable storage", xof(600_000),
                NEEDS_IDENTIFIED_ON));

        // then
        List<Need> needs = repositories.needs().findByFramework(framework.id());
        assertThat(needs).hasSize(3).allMatch(n -> n.status() == NeedStatus.OPEN);
        assertThat(needs).extracting(Need::kind).containsExactlyInAnyOrder(NeedKind.INVESTMENT,
                NeedKind.BUSINESS_ENVIRONMENT_MEASURE, NeedKind.CAPACITY_BUILDING);
        for (Sector sector : framework.prioritySectors()) {
            assertThat(needs).anyMatch(n -> n.sector().equals(sector) && n.identifiedOn().isBefore(FIRST_MEETING_ON));
        }
    }

    private void theFirstMeetingIsConvened() {
        // given
        Meeting planned = Meeting.plan(framework.id(), 1, FIRST_MEETING_ON, "Salle de délibération de la mairie de Dioro");
        List<OrganisationId> everyMember = framework.currentMembers().stream().map(Membership::organisation).toList();

        // when
        planned.convene(new Convocation(municipality.id(), CONVENED_ON, everyMember),
                List.of(AgendaItem.of("Needs identified by the professionals", AgendaItemKind.NEEDS),
                        AgendaItem.of("Adoption of the first action plan", AgendaItemKind.PLAN_ADOPTION),
                        AgendaItem.of("Installation of the monitoring committee", AgendaItemKind.COMMITTEE)));
        firstMeeting = repositories.meetings().save(planned);

        // then
        assertThat(firstMeeting.status()).isEqualTo(MeetingStatus.CONVENED);
        assertThat(firstMeeting.convocation().orElseThrow().invitees()).hasSize(6);
        assertThat(firstMeeting.agenda()).hasSize(3);
    }

    private void theFirstMeetingIsHeldWithItsAttendance() {
        // given
        attend(firstMeeting, municipality, MAYOR, COUNCILLOR);
        attend(firstMeeting, riceGrowers, RICE_GROWERS_PRESIDENT, YOUNG_RICE_GROWER);
        attend(firstMeeting, gardeners, GARDENERS_PRESIDENT, YOUNG_GARDENER);
        attend(firstMeeting, ruralEngineering, RURAL_ENGINEER);
        attend(firstMeeting, partner, PARTNER_OFFICER);
        attend(firstMeeting, pact, PACT_FACILITATOR);

        // when
        MeetingEvent.Held held = firstMeeting.hold(FIRST_MEETING_ON);
        firstMeeting = repositories.meetings().save(firstMeeting);
        framework.activate(FIRST_MEETING_ON);
        framework = repositories.frameworks().save(framework);

        // then
        assertThat(held.attendees()).isEqualTo(9);
        assertThat(firstMeeting.heldOn()).contains(FIRST_MEETING_ON);
        assertThat(firstMeeting.attendance()).filteredOn(a -> a.person().sex() == Sex.FEMALE).hasSize(4);
        assertThat(firstMeeting.attendance()).filteredOn(a -> a.person().youth()).hasSize(2);
        assertThat(firstMeeting.attendeesOf(PartyCategory.PROFESSIONAL_ORGANISATION)).isEqualTo(4);
        assertThat(firstMeeting.wasPresent(municipality.id())).isTrue();
        assertThat(firstMeeting.organisationsPresent()).contains(riceGrowers.id(), gardeners.id());
        assertThat(framework.status()).isEqualTo(FrameworkStatus.ACTIVE);
    }

    private static void attend(Meeting meeting, Organisation party, Person... people) {
        for (Person person : people) {
            meeting.recordAttendance(new Attendance(party.id(), party.category(), person),
                    meeting.plannedOn());
        }
    }

    private void thePartiesApproveTheMinutes() {
        // when
        firstMeeting.recordMinutes(new Minutes("The parties reviewed the three needs raised by the professionals, "
                + "agreed on three priority actions for April to July 2008 and installed a monitoring committee.",
                MINUTES_ON));
        for (Organisation party : List.of(municipality, riceGrowers, gardeners)) {
            firstMeeting.approveMinutes(new MinutesApproval(party.id(), true, null, MINUTES_ON.plusDays(5)));
        }
        firstMeeting = repositories.meetings().save(firstMeeting);

        // then
        assertThat(firstMeeting.minutes()).isPresent();
        assertThat(firstMeeting.approvals()).hasSize(3).allMatch(MinutesApproval::approved);
    }

    private void theFirstMeetingAdoptsAThreeMonthPlan() {
        // given
        ActionSpec motorPump = ActionSpec.of("Buy and install a motor pump for the village irrigation scheme",
                SMALL_SCALE_IRRIGATION, ActionKind.EQUIPMENT, municipality.id(), LocalDate.of(2008, 6, 30),
                xof(4_500_000), List.of(
                        CostShare.pledge(municipality.id(), ContributionForm.CASH, xof(1_350_000)),
                        CostShare.pledge(riceGrowers.id(), ContributionForm.IN_KIND, xof(675_000)),
                        CostShare.pledge(partner.id(), ContributionForm.CASH, xof(2_475_000))))
                .registeredIn(new PdescReference("PDESC 2006-2010, annual investment plan 2008, item 2.3",
                        "Budget 2008, article 23"))
                .addressing(List.of(pumpNeed.id()));
        ActionSpec lowerMarketFee = ActionSpec.of("Council deliberation lowering the market fee for vegetable sellers",
                MARKET_GARDENING, ActionKind.BUSINESS_ENVIRONMENT_MEASURE, municipality.id(), LocalDate.of(2008, 5, 30),
                xof(75_000), List.of(CostShare.pledge(municipality.id(), ContributionForm.CASH, xof(75_000))))
                .addressing(List.of(marketFeeNeed.id()));
        ActionSpec gardenersTraining = ActionSpec.of("Train the group's members in nursery techniques and storage",
                MARKET_GARDENING, ActionKind.TRAINING, gardeners.id(), LocalDate.of(2008, 6, 15), xof(600_000),
                List.of(CostShare.pledge(pact.id(), ContributionForm.CASH, xof(400_000)),
                        CostShare.pledge(gardeners.id(), ContributionForm.IN_KIND, xof(200_000))))
                .addressing(List.of(trainingNeed.id()));

        // when
        ActionPlan adopted = ActionPlan.adopt(framework.id(), 1, null, Period.ofMonths(FIRST_MEETING_ON, 3),
                firstMeeting.id(), FIRST_MEETING_ON, List.of(motorPump, lowerMarketFee, gardenersTraining));
        firstPlan = repositories.plans().save(adopted);
        pump = firstPlan.actions().get(0).id();
        marketFee = firstPlan.actions().get(1).id();
        training = firstPlan.actions().get(2).id();
        pumpNeed = plan(pumpNeed, pump, FIRST_MEETING_ON);
        marketFeeNeed = plan(marketFeeNeed, marketFee, FIRST_MEETING_ON);
        trainingNeed = plan(trainingNeed, training, FIRST_MEETING_ON);

        // then
        assertThat(adopted.recordedEvents()).singleElement().isInstanceOf(PlanEvent.Adopted.class);
        assertThat(firstPlan.period()).isEqualTo(Period.of(FIRST_MEETING_ON, LocalDate.of(2008, 7, 7)));
        assertThat(firstPlan.period().fitsWithinMonths(3)).isTrue();
        assertThat(firstPlan.actions()).allMatch(a -> firstPlan.period().contains(a.dueDate()));
        assertThat(firstPlan.actions()).allMatch(a -> a.pledged().equals(a.estimatedCost()));
        Action motorPumpAction = firstPlan.action(pump);
        assertThat(motorPumpAction.shareOf(municipality.id(), ContributionForm.CASH)).isPresent();
        assertThat(motorPumpAction.shareOf(riceGrowers.id(), ContributionForm.IN_KIND)).isPresent();
        assertThat(motorPumpAction.shareOf(partner.id(), ContributionForm.CASH)).isPresent();
        assertThat(motorPumpAction.pdescReference().orElseThrow().isBudgeted()).isTrue();
        assertThat(repositories.needs().findByFramework(framework.id()))
                .allMatch(n -> n.status() == NeedStatus.PLANNED && n.addressedBy().size() == 1);
    }

    private Need plan(Need need, ActionId action, LocalDate on) {
        Need loaded = repositories.needs().get(need.id());
        loaded.addressWith(action, on);
        return repositories.needs().save(loaded);
    }

    private void theFrameworkInstallsItsMonitoringCommittee() {
        // given
        List<CommitteeMember> members = List.of(
                CommitteeMember.from(FIRST_MEETING_ON, municipality.id(), PartyCategory.MUNICIPALITY, COUNCILLOR),
                CommitteeMember.from(FIRST_MEETING_ON, riceGrowers.id(), PartyCategory.PROFESSIONAL_ORGANISATION,
                        YOUNG_RICE_GROWER),
                CommitteeMember.from(FIRST_MEETING_ON, gardeners.id(), PartyCategory.PROFESSIONAL_ORGANISATION,
                        YOUNG_GARDENER),
                CommitteeMember.from(FIRST_MEETING_ON, ruralEngineering.id(), PartyCategory.TECHNICAL_SERVICE,
                        RURAL_ENGINEER));

        // when
        committee = repositories.committees().save(MonitoringCommittee.install(framework.id(), firstMeeting.id(),
                FIRST_MEETING_ON, members, "Follow the action plan of April to July 2008",
                List.of("Check every action of the plan against its due date",
                        "Record the obstacles and report them to the framework",
                        "File a progress report every month"),
                firstPlan.period(), firstPlan.id()));

        // then
        assertThat(repositories.committees().findByFramework(framework.id())).map(MonitoringCommittee::id)
                .contains(committee.id());
        assertThat(committee.currentMandate().revision()).isEqualTo(1);
        assertThat(committee.currentMandate().covers(firstPlan.id())).isTrue();
        assertThat(committee.currentMembers()).extracting(CommitteeMember::organisation)
                .contains(municipality.id(), riceGrowers.id(), gardeners.id());
        assertThat(committee.currentMembers()).anyMatch(m -> m.person().sex() == Sex.FEMALE)
                .anyMatch(m -> m.person().youth());
    }

    private void thePlanIsCarriedOutAndTheCommitteeFollowsIt() {
        // given
        ActionPlan plan = repositories.plans().get(firstPlan.id());

        // when: the council lowers the market fee, which the commune registers in its PDESC
        plan.registerInPdesc(marketFee, new PdescReference("PDESC 2006-2010, annual investment plan 2008, item 4.1",
                null), LocalDate.of(2008, 4, 21));
        plan.changeActionStatus(marketFee, ActionStatus.IN_PROGRESS, null, LocalDate.of(2008, 4, 21));
        plan.deliver(marketFee, municipality.id(), ContributionForm.CASH, xof(75_000), LocalDate.of(2008, 5, 28));
        plan.changeActionStatus(marketFee, ActionStatus.DONE, null, LocalDate.of(2008, 5, 28));

        // and the commune and the cooperative deliver their shares of the motor pump, the partner not yet
        plan.changeActionStatus(pump, ActionStatus.IN_PROGRESS, null, LocalDate.of(2008, 5, 15));
        plan.deliver(pump, municipality.id(), ContributionForm.CASH, xof(1_350_000), LocalDate.of(2008, 5, 15));
        plan.deliver(pump, riceGrowers.id(), ContributionForm.IN_KIND, xof(675_000), LocalDate.of(2008, 5, 20));
        plan.changeActionStatus(pump, ActionStatus.BLOCKED, "The partner's cash share is not disbursed",
                OBSTACLE_SEEN_ON);
        firstPlan = repositories.plans().save(plan);
        committee.fileReport(firstPlan.id(), "Market fee lowered on 28 May; motor pump site ready, "
                + "commune and cooperative shares delivered", LocalDate.of(2008, 5, 30));
        committee = repositories.committees().save(committee);

        // then
        assertThat(firstPlan.action(marketFee).isDoneOnSchedule()).isTrue();
        assertThat(firstPlan.action(marketFee).pdescReference()).isPresent();
        assertThat(firstPlan.action(pump).status()).isEqualTo(ActionStatus.BLOCKED);
        assertThat(firstPlan.action(pump).delivered()).isEqualTo(xof(2_025_000));
        assertThat(firstPlan.action(pump).shareOf(partner.id(), ContributionForm.CASH).orElseThrow().outstanding())
                .isEqualTo(xof(2_475_000));
        assertThat(firstPlan.action(training).isOverdueOn(LocalDate.of(2008, 6, 16))).isTrue();
        assertThat(committee.reports()).hasSize(1);
    }

    private void theCommitteeRecordsAnObstacleAndReportsItToTheSecondMeeting() {
        // given
        lateFunds = committee.recordObstacle(firstPlan.id(), pump, "The partner's cash share of 2,475,000 F for "
                + "the motor pump is not disbursed", OBSTACLE_SEEN_ON).obstacle();
        Meeting planned = Meeting.plan(framework.id(), 2, SECOND_MEETING_ON, "Salle de délibération de la mairie de Dioro");
        List<AgendaItem> agenda = new ArrayList<>();
        for (Action action : firstPlan.actions()) {
            agenda.add(new AgendaItem("Review: " + action.title(), AgendaItemKind.ACTION_REVIEW, action.id().value()));
        }
        agenda.add(new AgendaItem("The partner's share of the motor pump is late", AgendaItemKind.OBSTACLE,
                lateFunds.value()));
        agenda.add(AgendaItem.of("Adoption of the second action plan", AgendaItemKind.PLAN_ADOPTION));
        planned.convene(new Convocation(municipality.id(), SECOND_CONVENED_ON,
                framework.currentMembers().stream().map(Membership::organisation).toList()), agenda);
        secondMeeting = repositories.meetings().save(planned);

        // when
        committee.reportObstacle(lateFunds, secondMeeting.id(), SECOND_CONVENED_ON);
        committee = repositories.committees().save(committee);

        // then
        Obstacle obstacle = committee.obstacle(lateFunds);
        assertThat(obstacle.status()).isEqualTo(ObstacleStatus.REPORTED);
        assertThat(obstacle.action()).isEqualTo(pump);
        assertThat(obstacle.reportedToMeeting()).contains(secondMeeting.id());
        assertThat(secondMeeting.agenda()).anyMatch(item -> item.kind() == AgendaItemKind.OBSTACLE
                && item.isAbout(lateFunds.value()));
        assertThat(repositories.meetings().findByFramework(framework.id())).extracting(Meeting::sequence)
                .containsExactly(1, 2);
    }

    private void theSecondMeetingReviewsTheFirstPlan() {
        // given
        attend(secondMeeting, municipality, MAYOR);
        attend(secondMeeting, riceGrowers, RICE_GROWERS_PRESIDENT);
        attend(secondMeeting, gardeners, GARDENERS_PRESIDENT, YOUNG_GARDENER);
        attend(secondMeeting, ruralEngineering, RURAL_ENGINEER);
        attend(secondMeeting, partner, PARTNER_OFFICER);
        secondMeeting.hold(SECOND_MEETING_ON);
        secondMeeting = repositories.meetings().save(secondMeeting);
        ActionPlan plan = repositories.plans().get(firstPlan.id());

        // when
        PlanEvent.Reviewed reviewed = plan.review(secondMeeting.id(), SECOND_MEETING_ON, List.of(
                new ActionReview(marketFee, ReviewOutcome.DONE, null),
                new ActionReview(pump, ReviewOutcome.CARRIED_OVER, "The partner disburses its share in August"),
                new ActionReview(training, ReviewOutcome.DROPPED,
                        "The group joins the agriculture service's regional training in October instead")));
        firstPlan = repositories.plans().save(plan);
        Need met = repositories.needs().get(marketFeeNeed.id());
        met.markMet(SECOND_MEETING_ON);
        marketFeeNeed = repositories.needs().save(met);

        // then
        assertThat(reviewed.decisions()).hasSize(3);
        assertThat(firstPlan.isInForce()).isFalse();
        assertThat(firstPlan.review().orElseThrow().meeting()).isEqualTo(secondMeeting.id());
        assertThat(firstPlan.action(marketFee).status()).isEqualTo(ActionStatus.DONE);
        assertThat(firstPlan.action(marketFee).completedOn()).isEqualTo(LocalDate.of(2008, 5, 28));
        assertThat(firstPlan.action(pump).status()).isEqualTo(ActionStatus.CARRIED_OVER);
        assertThat(firstPlan.action(training).status()).isEqualTo(ActionStatus.DROPPED);
        assertThat(firstPlan.action(training).statusReason()).contains("regional training");
        assertThat(marketFeeNeed.status()).isEqualTo(NeedStatus.MET);
        assertThat(secondMeeting.isHeld()).isTrue();
    }

    private void theSecondMeetingAdoptsAPlanThatCarriesTheMotorPumpOver() {
        // given
        ActionSpec carriedPump = firstPlan.action(pump).carryOver(LocalDate.of(2008, 8, 29));
        ActionSpec radio = ActionSpec.of("Radio programme on the new market fee", MARKET_GARDENING,
                ActionKind.COMMUNICATION, gardeners.id(), LocalDate.of(2008, 7, 31), xof(35_000),
                List.of(CostShare.pledge(gardeners.id(), ContributionForm.CASH, xof(35_000))));

        // when
        secondPlan = repositories.plans().save(ActionPlan.adopt(framework.id(), 2, firstPlan.id(),
                Period.ofMonths(SECOND_MEETING_ON, 3), secondMeeting.id(), SECOND_MEETING_ON,
                List.of(carriedPump, radio)));
        Action continued = secondPlan.actions().get(0);
        pumpNeed = plan(pumpNeed, continued.id(), SECOND_MEETING_ON);

        // then
        assertThat(carriedPump.carriedFrom()).isEqualTo(pump);
        assertThat(carriedPump.estimatedCost()).isEqualTo(xof(2_475_000));
        assertThat(carriedPump.costShares()).containsExactly(
                CostShare.pledge(partner.id(), ContributionForm.CASH, xof(2_475_000)));
        assertThat(continued.carriedFromAction()).contains(pump);
        assertThat(continued.pledged()).isEqualTo(firstPlan.action(pump).pledged()
                .minus(firstPlan.action(pump).delivered()));
        assertThat(continued.pdescReference()).isEqualTo(firstPlan.action(pump).pdescReference());
        assertThat(continued.addresses()).containsExactly(pumpNeed.id());
        assertThat(secondPlan.previous()).contains(firstPlan.id());
        assertThat(secondPlan.period().fitsWithinMonths(3)).isTrue();
        assertThat(repositories.plans().findByFramework(framework.id())).extracting(ActionPlan::cycle)
                .containsExactly(1, 2);
        assertThat(repositories.plans().findLatest(framework.id())).map(ActionPlan::id).contains(secondPlan.id());
        assertThat(pumpNeed.addressedBy()).containsExactly(pump, continued.id());
        assertThat(committee.unresolvedObstacles()).extracting(Obstacle::id).containsExactly(lateFunds);
    }

    private void theCommitteeMandateIsRevisedForTheSecondPlan() {
        // given
        MonitoringCommittee loaded = repositories.committees().get(committee.id());
        Mandate first = loaded.currentMandate();

        // when
        loaded.reviseMandate("Follow the action plan of July to October 2008",
                List.of("Check every action of the plan against its due date",
                        "Follow the partner's disbursement for the motor pump every two weeks",
                        "Record the obstacles and report them to the framework",
                        "File a progress report every month"),
                secondPlan.period(), secondPlan.id(),
                "The first plan was reviewed: the motor pump is carried over and waits for the partner's share",
                SECOND_MEETING_ON);
        committee = repositories.committees().save(loaded);

        // then
        assertThat(committee.mandateHistory()).hasSize(2);
        assertThat(committee.mandateHistory().get(0)).isEqualTo(first);
        assertThat(committee.mandateHistory().get(0).covers(firstPlan.id())).isTrue();
        assertThat(committee.currentMandate().revision()).isEqualTo(2);
        assertThat(committee.currentMandate().covers(secondPlan.id())).isTrue();
        assertThat(committee.currentMandate().reason()).startsWith("The first plan was reviewed");
        assertThat(committee.mandateOn(SECOND_MEETING_ON.minusDays(1))).contains(first);
        assertThat(repositories.frameworks().get(framework.id()).status()).isEqualTo(FrameworkStatus.ACTIVE);
    }
}
