package org.kafo.rules.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.kafo.model.organisation.PartyCategory.MUNICIPALITY;
import static org.kafo.model.organisation.PartyCategory.NGO;
import static org.kafo.model.organisation.PartyCategory.PARTNER;
import static org.kafo.model.organisation.PartyCategory.PROFESSIONAL_ORGANISATION;
import static org.kafo.model.organisation.PartyCategory.SUPPORT_PROGRAMME;
import static org.kafo.model.organisation.PartyCategory.TECHNICAL_SERVICE;
import static org.kafo.model.plan.ContributionForm.CASH;
import static org.kafo.model.plan.ContributionForm.IN_KIND;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.kafo.model.committee.CommitteeEvent;
import org.kafo.model.committee.CommitteeMember;
import org.kafo.model.committee.Mandate;
import org.kafo.model.committee.MonitoringCommittee;
import org.kafo.model.committee.ObstacleId;
import org.kafo.model.common.ActionId;
import org.kafo.model.common.Effective;
import org.kafo.model.common.Money;
import org.kafo.model.common.MoneyTotal;
import org.kafo.model.common.Period;
import org.kafo.model.common.Person;
import org.kafo.model.common.Sector;
import org.kafo.model.common.Sex;
import org.kafo.model.framework.ConsultationFramework;
import org.kafo.model.framework.CouncilDeliberation;
import org.kafo.model.framework.FrameworkId;
import org.kafo.model.framework.FrameworkStatus;
import org.kafo.model.indicator.ActionIndicators;
import org.kafo.model.indicator.CommitteeIndicators;
import org.kafo.model.indicator.Contribution;
import org.kafo.model.indicator.ContributionIndicators;
import org.kafo.model.indicator.FrameworkIndicators;
import org.kafo.model.indicator.Headcount;
import org.kafo.model.indicator.MeetingIndicators;
import org.kafo.model.indicator.NeedIndicators;
import org.kafo.model.indicator.ObstacleIndicators;
import org.kafo.model.indicator.Share;
import org.kafo.model.meeting.AgendaItem;
import org.kafo.model.meeting.AgendaItemKind;
import org.kafo.model.meeting.Meeting;
import org.kafo.model.meeting.MeetingId;
import org.kafo.model.need.NeedId;
import org.kafo.model.need.NeedKind;
import org.kafo.model.need.NeedStatus;
import org.kafo.model.organisation.LegalRegistration;
import org.kafo.model.organisation.MemberCount;
import org.kafo.model.organisation.OrganisationId;
import org.kafo.model.organisation.OrganisationKind;
import org.kafo.model.plan.ActionKind;
import org.kafo.model.plan.ActionPlan;
import org.kafo.model.plan.ActionReview;
import org.kafo.model.plan.ActionSpec;
import org.kafo.model.plan.ActionStatus;
import org.kafo.model.plan.ContributionForm;
import org.kafo.model.plan.CostShare;
import org.kafo.model.plan.PdescReference;
import org.kafo.model.plan.PlanId;
import org.kafo.model.plan.ReviewOutcome;
import org.kafo.model.territory.Assignment;
import org.kafo.model.territory.CercleId;
import org.kafo.model.territory.CommuneId;
import org.kafo.model.territory.GeoPoint;
import org.kafo.model.territory.Population;
import org.kafo.model.territory.RegionId;
import org.kafo.rules.command.AdmitMember;
import org.kafo.rules.command.AdoptActionPlan;
import org.kafo.rules.command.ChangeActionStatus;
import org.kafo.rules.command.ConveneMeeting;
import org.kafo.rules.command.DeliverContribution;
import org.kafo.rules.command.EstablishFramework;
import org.kafo.rules.command.FileReport;
import org.kafo.rules.command.HoldMeeting;
import org.kafo.rules.command.InstallCommittee;
import org.kafo.rules.command.ProposeFramework;
import org.kafo.rules.command.RecordNeed;
import org.kafo.rules.command.RecordObstacle;
import org.kafo.rules.command.RegisterCercle;
import org.kafo.rules.command.RegisterCommune;
import org.kafo.rules.command.RegisterInPdesc;
import org.kafo.rules.command.RegisterOrganisation;
import org.kafo.rules.command.RegisterRegion;
import org.kafo.rules.command.ResolveObstacle;
import org.kafo.rules.command.ReviewPlan;
import org.kafo.rules.command.ReviseMandate;
import org.kafo.rules.indicator.Indicators;
import org.kafo.rules.process.Outcome;

/**
 * Three plan cycles of the consultation framework of Dioro (Ségou cercle, Ségou region), told through
 * the public process on in-memory repositories with PACT's rule book: what the commune, its rice
 * growers and its women market gardeners do, what the rules say at each step, and the figures the
 * framework shows at the end of each cycle.
 *
 * <pre>
 * 2008-01-07 proposed (small-scale irrigation, market gardening); founding members admitted
 * 2008-01-14 establishment without a council deliberation: refused (EST-1)
 * 2008-01-21 established on deliberation 2008-003/CR-DIO of 01-18
 * 2008-01-25 a microfinance institution joins, active in no priority sector (EST-4 warning)
 * 2008-02-04 needs: PIV of 30 ha (investment), market fees and a convention locale (business
 *            environment), training of the gardeners (capacity building); 04-15 a market-garden well
 * 2008-02-28 meeting 1 held; plan 1 (03-01..05-31) adopted after two refusals (PLAN-1, PLAN-4),
 *            market fees not yet in the PDESC (PLAN-7); committee installed
 * 2008-04-25 the motor pump is not delivered: obstacle, scheme blocked
 * 2008-05-29 meeting 2: plan 2 refused before the review (CYC-1); plan 1 reviewed (scheme carried over,
 *            convention dropped); plan 2 (06-01..08-31) adopted (MON-2 until the mandate is revised)
 * 2008-08-01 the rice growers ask for training on the motor pump (capacity building)
 * 2008-08-05 the well digger leaves for the rice campaign: obstacle, well blocked
 * 2008-08-28 meeting 3: plan 2 reviewed (well carried over); plan 3 (09-01..11-30) adopted
 * 2008-12-11 meeting 4, after the harvest and the end of plan 3 (CYC-2 warning): plan 3 reviewed
 * </pre>
 */
@DisplayName("Dioro's consultation framework over three plan cycles")
public abstract class DioroThreeCyclesScenario extends ScenarioSteps {

    private static final Sector IRRIGATION = Sector.of("small-scale-irrigation");
    private static final Sector MARKET_GARDENING = Sector.of("market-gardening");
    private static final Sector MICROFINANCE = Sector.of("microfinance");

    private static final Person MAYOR = new Person("Moussa Coulibaly", Sex.MALE, false, "maire");
    private static final Person DEPUTY_MAYOR = new Person("Kadiatou Sidibé", Sex.FEMALE, false, "2e adjointe au maire");
    private static final Person RICE_GROWERS_PRESIDENT = new Person("Bakary Diarra", Sex.MALE, false, "président");
    private static final Person YOUNG_RICE_GROWER = new Person("Seydou Dembélé", Sex.MALE, true, "secrétaire");
    private static final Person GARDENERS_PRESIDENT = new Person("Aminata Traoré", Sex.FEMALE, false, "présidente");
    private static final Person YOUNG_GARDENER = new Person("Fatoumata Keïta", Sex.FEMALE, true, "trésorière");
    private static final Person ENGINEER = new Person("Issa Sangaré", Sex.MALE, false, "chef du service local");
    private static final Person FACILITATOR = new Person("Mariam Konaté", Sex.FEMALE, false, "animatrice");
    private static final Person PARTNER_OFFICER = new Person("Oumar Maïga", Sex.MALE, false, "chargé de programme");
    private static final Person MICROFINANCE_MANAGER = new Person("Adama Touré", Sex.MALE, false, "gérant");

    private static final Period FIRST_PLAN = Period.of(day(3, 1), day(5, 31));
    private static final Period SECOND_PLAN = Period.of(day(6, 1), day(8, 31));
    private static final Period THIRD_PLAN = Period.of(day(9, 1), day(11, 30));

    private RegionId segouRegion;
    private CercleId segouCercle;
    private CommuneId dioro;
    private OrganisationId municipality;
    private OrganisationId riceGrowers;
    private OrganisationId gardeners;
    private OrganisationId ruralEngineering;
    private OrganisationId irrigationFund;
    private OrganisationId microfinance;
    private OrganisationId pact;

    private FrameworkId framework;
    private NeedId schemeNeed;
    private NeedId marketFeesNeed;
    private NeedId conventionNeed;
    private NeedId gardenersTrainingNeed;
    private NeedId wellNeed;
    private NeedId pumpTrainingNeed;

    private MeetingId firstMeeting;
    private MeetingId secondMeeting;
    private MeetingId thirdMeeting;
    private MeetingId fourthMeeting;

    private PlanId firstPlan;
    private ActionId scheme;
    private ActionId marketFees;
    private ActionId convention;
    private ActionId gardenersTraining;
    private PlanId secondPlan;
    private ActionId schemeContinued;
    private ActionId well;
    private ActionId radio;
    private PlanId thirdPlan;
    private ActionId wellContinued;
    private ActionId pumpTraining;
    private ActionId marketDay;

    private ObstacleId pumpNotDelivered;
    private ObstacleId wellDiggerGone;

    @Test
    public void the_commune_and_its_professionals_run_three_plan_cycles() {
        theTerritoryAndThePartiesAreRegistered();
        dioroProposesAFrameworkForIrrigationAndMarketGardening();
        theFrameworkCannotBeEstablishedWithoutACouncilDeliberation();
        dioroCouncilDeliberates();
        aMicrofinanceInstitutionActiveInNoPrioritySectorJoinsWithAWarning();
        theProfessionalsIdentifyTheirNeeds();

        // cycle 1
        theMunicipalityConvenesTheFirstMeeting();
        theFirstMeetingIsHeldWithAQuorum();
        aPlanOfThreeMonthsAndADayIsRefused();
        theSupportProgrammeCannotFinanceTheIrrigationScheme();
        theFirstMeetingAdoptsAThreeMonthPlan();
        theCommuneRegistersTheMarketFeesInItsPdesc();
        theMonitoringCommitteeIsInstalled();
        theFirstPlanRuns();
        theSecondMeetingIsConvenedOnTheObstacleAndTheOpenActions();
        theSecondMeetingIsHeld();
        theNextPlanCannotBeAdoptedBeforeTheFirstIsReviewed();
        secondMeetingReviewsTheFirstPlan();
        theFirstCycleInFigures();

        // cycle 2
        theSecondMeetingAdoptsAPlanThatCarriesTheSchemeOver();
        theMeetingFindsASolutionForTheMotorPump();
        theMandateIsRevisedForTheSecondPlan();
        theSecondPlanRuns();
        thirdMeetingReviewsTheSecondPlan();
        theSecondCycleInFigures();

        // cycle 3
        theThirdMeetingAdoptsTheThirdPlanAndTheMandateFollows();
        theThirdPlanRuns();
        afterTheHarvestTheFourthMeetingIsConvenedLate();
        fourthMeetingReviewsTheThirdPlan();
        theThirdCycleInFigures();

        everyVerdictReadsInFrenchAndInEnglish();
    }

    @Test
    public void a_first_meeting_without_the_municipality_is_held_but_cannot_adopt_a_plan() {
        // given
        theTerritoryAndThePartiesAreRegistered();
        dioroProposesAFrameworkForIrrigationAndMarketGardening();
        dioroCouncilDeliberates();
        theProfessionalsIdentifyTheirNeeds();
        firstMeeting = convenes(day(2, 28), day(2, 18), List.of()).id();
        attend(firstMeeting, day(2, 28), present(riceGrowers, RICE_GROWERS_PRESIDENT),
                present(gardeners, GARDENERS_PRESIDENT), present(ruralEngineering, ENGINEER));

        // when the mayor is kept away at the cercle on the day
        Meeting held = accepted(process.hold(new HoldMeeting(firstMeeting, day(2, 28))),
                warning("MEET-1", "held-without-municipality"));

        // then it took place, but it cannot decide for the commune
        assertThat(held.isHeld()).isTrue();
        refused(process.adopt(firstPlanAdoption(FIRST_PLAN, firstPlanActions())),
                warning("PLAN-7", "not-in-pdesc"), blocking("MEET-1", "cannot-decide-without-municipality"));
        assertThat(repositories.plans().findByFramework(framework)).isEmpty();
        everyVerdictReadsInFrenchAndInEnglish();
    }

    // ---- before the first meeting

    private void theTerritoryAndThePartiesAreRegistered() {
        segouRegion = accepted(process.registerRegion(new RegisterRegion("04", "Ségou", Effective.ALWAYS))).id();
        segouCercle = accepted(process.registerCercle(new RegisterCercle("0406", "Ségou", segouRegion,
                Effective.ALWAYS))).id();
        dioro = accepted(process.registerCommune(new RegisterCommune("04060101", "Dioro", List.of(),
                new Assignment(segouCercle, segouRegion, Effective.ALWAYS), new Population(38_000, 1998),
                new GeoPoint(13.6667, -5.75)))).id();

        municipality = registers("Mairie de Dioro", OrganisationKind.MUNICIPALITY, dioro, Set.of(), null, null);
        riceGrowers = registers("Coopérative des riziculteurs de Dioro", OrganisationKind.COOPERATIVE, dioro,
                Set.of(IRRIGATION), new MemberCount(90, 14, 31, day(1, 7)),
                new LegalRegistration("0042/CSD-DIO", LocalDate.of(2004, 3, 15), "Préfecture de Ségou"));
        gardeners = registers("Groupement des femmes maraîchères de Dioro", OrganisationKind.GROUP, dioro,
                Set.of(MARKET_GARDENING), new MemberCount(65, 65, 22, day(1, 7)), null);
        ruralEngineering = registers("Service local du génie rural de Ségou", OrganisationKind.TECHNICAL_SERVICE,
                null, Set.of(IRRIGATION, MARKET_GARDENING), null, null);
        irrigationFund = registers("Fonds d'appui à l'irrigation de proximité",
                OrganisationKind.TECHNICAL_FINANCIAL_PARTNER, null, Set.of(IRRIGATION), null, null);
        microfinance = registers("Caisse d'épargne et de crédit de Dioro",
                OrganisationKind.TECHNICAL_FINANCIAL_PARTNER, dioro, Set.of(MICROFINANCE), null, null);
        pact = registers("PACT", OrganisationKind.SUPPORT_PROGRAMME, null, Set.of(), null, null);
    }

    private void dioroProposesAFrameworkForIrrigationAndMarketGardening() {
        // when
        ConsultationFramework proposed = accepted(process.propose(new ProposeFramework(dioro,
                "Cadre de concertation de Dioro : petite irrigation et maraîchage",
                List.of(IRRIGATION, MARKET_GARDENING), day(1, 7))));
        framework = proposed.id();

        // then the commune gathers the parties it identified; EST-3 counts them on the day of establishment
        joins(municipality, List.of(), day(1, 7), MAYOR, DEPUTY_MAYOR);
        joins(riceGrowers, List.of(IRRIGATION), day(1, 7), RICE_GROWERS_PRESIDENT);
        joins(gardeners, List.of(MARKET_GARDENING), day(1, 7), GARDENERS_PRESIDENT);
        joins(ruralEngineering, List.of(), day(1, 7), ENGINEER);
        joins(irrigationFund, List.of(), day(1, 7), PARTNER_OFFICER);
        joins(pact, List.of(), day(1, 7), FACILITATOR);
        assertThat(proposed.status()).isEqualTo(FrameworkStatus.PROPOSED);
    }

    private void theFrameworkCannotBeEstablishedWithoutACouncilDeliberation() {
        // when the mayor would install it before the council sits
        Outcome<ConsultationFramework> outcome = process.establish(new EstablishFramework(framework, null, day(1, 14)));

        // then
        refused(outcome, blocking("EST-1", "no-deliberation"));
        assertThat(repositories.frameworks().get(framework).status()).isEqualTo(FrameworkStatus.PROPOSED);
    }

    private void dioroCouncilDeliberates() {
        CouncilDeliberation deliberation = new CouncilDeliberation("2008-003/CR-DIO", day(1, 18),
                "Création du cadre de concertation entre la commune et les organisations professionnelles "
                        + "de la petite irrigation et du maraîchage");

        ConsultationFramework established = accepted(process.establish(new EstablishFramework(framework,
                deliberation, day(1, 21))));

        assertThat(established.status()).isEqualTo(FrameworkStatus.ESTABLISHED);
        assertThat(established.deliberation()).contains(deliberation);
    }

    private void aMicrofinanceInstitutionActiveInNoPrioritySectorJoinsWithAWarning() {
        Outcome<ConsultationFramework> outcome = process.admit(new AdmitMember(framework, microfinance, List.of(),
                List.of(MICROFINANCE_MANAGER), day(1, 25)));

        ConsultationFramework joined = accepted(outcome, warning("EST-4", "outside-priority-sectors"));
        assertThat(joined.currentMembers()).hasSize(7);
    }

    private void theProfessionalsIdentifyTheirNeeds() {
        schemeNeed = need(riceGrowers, IRRIGATION, NeedKind.INVESTMENT,
                "Périmètre irrigué villageois (PIV) de 30 ha équipé d'une motopompe", 30_000_000, day(2, 4));
        marketFeesNeed = need(gardeners, MARKET_GARDENING, NeedKind.BUSINESS_ENVIRONMENT_MEASURE,
                "Droits de place au marché adaptés aux vendeuses de légumes", null, day(2, 4));
        conventionNeed = need(riceGrowers, IRRIGATION, NeedKind.BUSINESS_ENVIRONMENT_MEASURE,
                "Convention locale sur l'accès à l'eau et aux terres du périmètre", null, day(2, 4));
        gardenersTrainingNeed = need(gardeners, MARKET_GARDENING, NeedKind.CAPACITY_BUILDING,
                "Formation en gestion du groupement et en techniques maraîchères", null, day(2, 4));
    }

    // ---- cycle 1

    private void theMunicipalityConvenesTheFirstMeeting() {
        // when
        Meeting convened = convenes(day(2, 28), day(2, 18),
                List.of(AgendaItem.of("Installation du comité de suivi", AgendaItemKind.COMMITTEE)));
        firstMeeting = convened.id();

        // then the process wrote the agenda and invited every member
        assertThat(convened.sequence()).isEqualTo(1);
        assertThat(convened.agenda()).extracting(AgendaItem::kind, AgendaItem::title).containsExactly(
                tuple(AgendaItemKind.NEEDS, "Open needs to negotiate into the plan (4)"),
                tuple(AgendaItemKind.PLAN_ADOPTION, "Adoption of the action plan of cycle 1"),
                tuple(AgendaItemKind.COMMITTEE, "Installation du comité de suivi"));
        assertThat(convened.convocation().orElseThrow().invitees()).hasSize(7);
    }

    private void theFirstMeetingIsHeldWithAQuorum() {
        // given
        attend(firstMeeting, day(2, 28), present(municipality, MAYOR), present(municipality, DEPUTY_MAYOR),
                present(riceGrowers, RICE_GROWERS_PRESIDENT), present(riceGrowers, YOUNG_RICE_GROWER),
                present(gardeners, GARDENERS_PRESIDENT), present(gardeners, YOUNG_GARDENER),
                present(ruralEngineering, ENGINEER), present(pact, FACILITATOR),
                present(irrigationFund, PARTNER_OFFICER));

        // when
        Outcome<Meeting> outcome = process.hold(new HoldMeeting(firstMeeting, day(2, 28)));

        // then NEED-1 and MEET-1 are satisfied, and the framework is active
        accepted(outcome);
        assertThat(eventsOf(outcome)).containsExactly("Held", "Activated");
        assertThat(repositories.frameworks().get(framework).status()).isEqualTo(FrameworkStatus.ACTIVE);
    }

    private void aPlanOfThreeMonthsAndADayIsRefused() {
        refused(process.adopt(firstPlanAdoption(Period.of(day(3, 1), day(6, 1)), firstPlanActions())),
                blocking("PLAN-1", "too-long"), warning("PLAN-7", "not-in-pdesc"));
        assertThat(repositories.plans().findByFramework(framework)).isEmpty();
    }

    private void theSupportProgrammeCannotFinanceTheIrrigationScheme() {
        // given PACT offered to pay for part of the scheme, the partner keeping less
        List<ActionSpec> actions = new ArrayList<>(firstPlanActions());
        actions.set(0, irrigationScheme(List.of(CostShare.pledge(irrigationFund, CASH, xof(18_000_000)),
                CostShare.pledge(pact, CASH, xof(3_000_000)), CostShare.pledge(municipality, CASH, xof(6_000_000)),
                CostShare.pledge(riceGrowers, IN_KIND, xof(3_000_000)))));

        // then "PACT cannot make capital investments"
        refused(process.adopt(firstPlanAdoption(FIRST_PLAN, actions)),
                blocking("PLAN-4", "capital-investment-share"), warning("PLAN-7", "not-in-pdesc"));
        assertThat(repositories.plans().findByFramework(framework)).isEmpty();
    }

    private void theFirstMeetingAdoptsAThreeMonthPlan() {
        // when
        Outcome<ActionPlan> outcome = process.adopt(firstPlanAdoption(FIRST_PLAN, firstPlanActions()));

        // then the market fees, the commune's own action, still wait for the PDESC
        ActionPlan plan = accepted(outcome, warning("PLAN-7", "not-in-pdesc"));
        assertThat(eventsOf(outcome)).containsExactly("Adopted", "Planned", "Planned", "Planned", "Planned");
        assertThat(plan.cycle()).isEqualTo(1);
        firstPlan = plan.id();
        scheme = plan.actions().get(0).id();
        marketFees = plan.actions().get(1).id();
        convention = plan.actions().get(2).id();
        gardenersTraining = plan.actions().get(3).id();
        assertThat(needStatus(schemeNeed)).isEqualTo(NeedStatus.PLANNED);
    }

    private void theCommuneRegistersTheMarketFeesInItsPdesc() {
        accepted(process.registerInPdesc(new RegisterInPdesc(firstPlan, marketFees,
                new PdescReference("PDESC 2006-2010, PAI 2008 n° 9", null), day(3, 15))),
                info("PLAN-7", "no-budget-line"));
    }

    private void theMonitoringCommitteeIsInstalled() {
        // when the meeting installs it, with no period: its first mandate covers the plan in force
        Outcome<MonitoringCommittee> outcome = process.install(new InstallCommittee(framework, firstMeeting, List.of(
                CommitteeMember.from(day(2, 28), municipality, MUNICIPALITY, MAYOR),
                CommitteeMember.from(day(2, 28), riceGrowers, PROFESSIONAL_ORGANISATION, RICE_GROWERS_PRESIDENT),
                CommitteeMember.from(day(2, 28), gardeners, PROFESSIONAL_ORGANISATION, YOUNG_GARDENER),
                CommitteeMember.from(day(2, 28), ruralEngineering, TECHNICAL_SERVICE, ENGINEER)),
                "Suivi du plan d'action du cycle 1",
                List.of("Vérifier que les actions avancent au calendrier", "Identifier les obstacles",
                        "Les signaler au cadre de concertation"), null, day(2, 28)));

        // then MON-1 (inclusive) and MON-2 (a written mandate) pass
        MonitoringCommittee committee = accepted(outcome);
        assertThat(eventsOf(outcome)).containsExactly("Installed");
        assertThat(committee.currentMandate().period()).isEqualTo(FIRST_PLAN);
        assertThat(committee.currentMandate().plan()).isEqualTo(firstPlan);
    }

    private void theFirstPlanRuns() {
        starts(firstPlan, scheme, day(3, 5));
        starts(firstPlan, gardenersTraining, day(3, 10));
        delivers(firstPlan, gardenersTraining, pact, CASH, 350_000, day(3, 20));
        delivers(firstPlan, gardenersTraining, gardeners, IN_KIND, 150_000, day(3, 20));
        delivers(firstPlan, scheme, irrigationFund, CASH, 21_000_000, day(3, 25));
        committeeReports("Formation des maraîchères en cours, travaux du PIV lancés", day(4, 2));
        isDone(firstPlan, gardenersTraining, day(4, 10));
        wellNeed = need(gardeners, MARKET_GARDENING, NeedKind.INVESTMENT,
                "Puits maraîcher à grand diamètre pour la saison sèche", 4_000_000, day(4, 15));
        delivers(firstPlan, scheme, riceGrowers, IN_KIND, 2_000_000, day(4, 20));
        pumpNotDelivered = committeeRecordsAnObstacle(firstPlan, scheme,
                "La motopompe commandée n'est pas livrée par le fournisseur", day(4, 25));
        blocks(firstPlan, scheme, "En attente de la motopompe", day(4, 25));
        // the commune pays after the due dates: late deliveries
        delivers(firstPlan, marketFees, municipality, CASH, 150_000, day(5, 5));
        isDone(firstPlan, marketFees, day(5, 5));
        delivers(firstPlan, scheme, municipality, CASH, 4_000_000, day(5, 20));
    }

    private void theSecondMeetingIsConvenedOnTheObstacleAndTheOpenActions() {
        // when
        Meeting convened = convenes(day(5, 29), day(5, 19), List.of());
        secondMeeting = convened.id();

        // then the blocked scheme, the untouched convention, the obstacle and the well requested since
        assertThat(convened.agenda()).extracting(AgendaItem::kind, AgendaItem::reference).containsExactly(
                tuple(AgendaItemKind.ACTION_REVIEW, scheme.value()),
                tuple(AgendaItemKind.ACTION_REVIEW, convention.value()),
                tuple(AgendaItemKind.OBSTACLE, pumpNotDelivered.value()),
                tuple(AgendaItemKind.NEEDS, null),
                tuple(AgendaItemKind.PLAN_ADOPTION, null));
    }

    private void theSecondMeetingIsHeld() {
        attend(secondMeeting, day(5, 29), present(municipality, MAYOR),
                present(riceGrowers, RICE_GROWERS_PRESIDENT), present(gardeners, GARDENERS_PRESIDENT),
                present(gardeners, YOUNG_GARDENER), present(ruralEngineering, ENGINEER), present(pact, FACILITATOR));

        Outcome<Meeting> outcome = process.hold(new HoldMeeting(secondMeeting, day(5, 29)));

        accepted(outcome);
        assertThat(eventsOf(outcome)).containsExactly("Held", "ObstacleReported");
    }

    private void theNextPlanCannotBeAdoptedBeforeTheFirstIsReviewed() {
        refused(process.adopt(secondPlanAdoption()),
                warning("MON-2", "revise-mandate"), blocking("CYC-1", "previous-not-reviewed"));
        assertThat(repositories.plans().findByFramework(framework)).hasSize(1);
    }

    private void secondMeetingReviewsTheFirstPlan() {
        // when
        Outcome<ActionPlan> outcome = process.review(new ReviewPlan(firstPlan, secondMeeting, List.of(
                new ActionReview(scheme, ReviewOutcome.CARRIED_OVER, "Motopompe livrée en retard"),
                new ActionReview(marketFees, ReviewOutcome.DONE, null),
                new ActionReview(convention, ReviewOutcome.DROPPED,
                        "Les villages voisins attendent l'aménagement du périmètre pour négocier"),
                new ActionReview(gardenersTraining, ReviewOutcome.DONE, null)), day(5, 29)));

        // then the market fees and the gardeners' training met their needs
        accepted(outcome);
        assertThat(eventsOf(outcome)).containsExactly("Reviewed", "Met", "Met");
        assertThat(needStatus(marketFeesNeed)).isEqualTo(NeedStatus.MET);
        assertThat(needStatus(gardenersTrainingNeed)).isEqualTo(NeedStatus.MET);
        assertThat(needStatus(schemeNeed)).isEqualTo(NeedStatus.PLANNED);
        assertThat(needStatus(conventionNeed)).isEqualTo(NeedStatus.PLANNED);
    }

    private void theFirstCycleInFigures() {
        FrameworkIndicators cycle1 = indicatorsOn(day(5, 29));

        // meeting 2 came before the plan's end, when it was due: two held, one due so far
        assertThat(cycle1.meetings()).isEqualTo(new MeetingIndicators(1, 2));
        // total, planned, in progress, blocked, done, carried over, dropped, due, done on schedule, overdue
        assertThat(cycle1.actions()).isEqualTo(new ActionIndicators(4, 0, 0, 0, 2, 1, 1, 3, 1, 0));
        assertThat(cycle1.actions().doneOnScheduleShare().percent()).contains(new BigDecimal("33.3"));
        // identified, withdrawn, in a plan, in the PDESC, on a budget line, met
        assertThat(cycle1.needs()).isEqualTo(new NeedIndicators(5, 0, 4, 2, 1, 2));
        assertThat(cycle1.needs().planShare()).isEqualTo(Share.of(4, 5));

        ContributionIndicators paid = cycle1.contributions();
        // the carried-over scheme counts for the 27 M delivered on it, the rest goes with its continuation
        assertThat(paid.estimatedCost()).isEqualTo(MoneyTotal.xof(28_050_000));
        assertThat(paid.of(MUNICIPALITY)).isEqualTo(contribution(4_150_000, 0, 4_150_000, 0));
        assertThat(paid.of(PROFESSIONAL_ORGANISATION)).isEqualTo(contribution(100_000, 2_150_000, 0, 2_150_000));
        assertThat(paid.of(PARTNER)).isEqualTo(contribution(21_000_000, 0, 21_000_000, 0));
        assertThat(paid.of(SUPPORT_PROGRAMME)).isEqualTo(contribution(650_000, 0, 350_000, 0));
        assertThat(paid.of(TECHNICAL_SERVICE)).isEqualTo(Contribution.NONE);
        assertThat(paid.total().delivered()).isEqualTo(MoneyTotal.xof(27_650_000));
        assertThat(paid.infrastructureCost()).isEqualTo(MoneyTotal.xof(27_000_000));
        assertThat(paid.professionalInfrastructure()).isEqualTo(contribution(0, 2_000_000, 0, 2_000_000));
        assertThat(paid.communeInvestmentInPrioritySectors()).isEqualTo(contribution(4_000_000, 0, 4_000_000, 0));

        assertThat(cycle1.attendance().meetings()).isEqualTo(2);
        assertThat(cycle1.attendance().total()).isEqualTo(new Headcount(15, 7, 3));
        assertThat(cycle1.attendance().total().womenShare().percent()).contains(new BigDecimal("46.7"));
        assertThat(cycle1.attendance().of(MUNICIPALITY)).isEqualTo(new Headcount(3, 1, 0));
        assertThat(cycle1.attendance().of(PROFESSIONAL_ORGANISATION)).isEqualTo(new Headcount(7, 4, 3));
        assertThat(cycle1.attendance().of(PARTNER)).isEqualTo(new Headcount(1, 0, 0));
        // installed, reports filed, mandate revisions, members
        assertThat(cycle1.committee()).isEqualTo(new CommitteeIndicators(1, 1, 0, new Headcount(4, 1, 1)));
        // raised, reported to a meeting, resolved
        assertThat(cycle1.obstacles()).isEqualTo(new ObstacleIndicators(1, 1, 0));
    }

    // ---- cycle 2

    private void theSecondMeetingAdoptsAPlanThatCarriesTheSchemeOver() {
        // when
        Outcome<ActionPlan> outcome = process.adopt(secondPlanAdoption());

        // then the committee's mandate still covers the first plan
        ActionPlan plan = accepted(outcome, warning("MON-2", "revise-mandate"));
        secondPlan = plan.id();
        schemeContinued = plan.actions().get(0).id();
        well = plan.actions().get(1).id();
        radio = plan.actions().get(2).id();
        assertThat(plan.cycle()).isEqualTo(2);
        assertThat(plan.action(schemeContinued).carriedFromAction()).contains(scheme);
        assertThat(plan.action(schemeContinued).estimatedCost()).isEqualTo(xof(3_000_000));
        assertThat(plan.action(schemeContinued).costShares()).containsExactly(
                CostShare.pledge(municipality, CASH, xof(2_000_000)),
                CostShare.pledge(riceGrowers, IN_KIND, xof(1_000_000)));
    }

    private void theMeetingFindsASolutionForTheMotorPump() {
        MonitoringCommittee committee = accepted(process.resolveObstacle(new ResolveObstacle(framework,
                pumpNotDelivered, "La mairie fait venir la motopompe de Ségou à ses frais", day(5, 29))));

        assertThat(committee.unresolvedObstacles()).isEmpty();
    }

    private void theMandateIsRevisedForTheSecondPlan() {
        MonitoringCommittee committee = accepted(process.reviseMandate(new ReviseMandate(framework,
                "Suivi du plan d'action du cycle 2",
                List.of("Suivre l'achèvement du PIV", "Suivre le fonçage du puits maraîcher",
                        "Identifier et signaler les obstacles"),
                SECOND_PLAN, secondPlan, "Nouveau plan : fin du périmètre et puits maraîcher", day(5, 29))));

        assertThat(committee.mandateHistory()).hasSize(2);
        assertThat(committee.currentMandate().covers(secondPlan)).isTrue();
    }

    private void theSecondPlanRuns() {
        starts(secondPlan, schemeContinued, day(6, 2));
        delivers(secondPlan, schemeContinued, municipality, CASH, 2_000_000, day(6, 30));
        starts(secondPlan, well, day(7, 1));
        delivers(secondPlan, schemeContinued, riceGrowers, IN_KIND, 1_000_000, day(7, 5));
        isDone(secondPlan, schemeContinued, day(7, 10));
        delivers(secondPlan, well, municipality, CASH, 2_000_000, day(7, 15));
        committeeReports("Le PIV est aménagé et la motopompe en service ; le puits est en cours", day(7, 15));
        delivers(secondPlan, well, gardeners, IN_KIND, 600_000, day(7, 20));
        delivers(secondPlan, radio, gardeners, CASH, 180_000, day(7, 20));
        isDone(secondPlan, radio, day(7, 25));
        pumpTrainingNeed = need(riceGrowers, IRRIGATION, NeedKind.CAPACITY_BUILDING,
                "Formation à l'entretien de la motopompe et à la gestion de l'eau", null, day(8, 1));
        wellDiggerGone = committeeRecordsAnObstacle(secondPlan, well,
                "Le puisatier a quitté le chantier pour la campagne rizicole", day(8, 5));
        blocks(secondPlan, well, "Plus de puisatier sur le chantier", day(8, 5));
    }

    private void thirdMeetingReviewsTheSecondPlan() {
        // given the municipality convenes the third meeting before the end of the plan
        Meeting convened = convenes(day(8, 28), day(8, 18), List.of());
        thirdMeeting = convened.id();
        assertThat(convened.agenda()).extracting(AgendaItem::kind, AgendaItem::reference).containsExactly(
                tuple(AgendaItemKind.ACTION_REVIEW, well.value()),
                tuple(AgendaItemKind.OBSTACLE, wellDiggerGone.value()),
                tuple(AgendaItemKind.NEEDS, null),
                tuple(AgendaItemKind.PLAN_ADOPTION, null));
        attend(thirdMeeting, day(8, 28), present(municipality, MAYOR),
                present(riceGrowers, RICE_GROWERS_PRESIDENT), present(riceGrowers, YOUNG_RICE_GROWER),
                present(gardeners, GARDENERS_PRESIDENT), present(gardeners, YOUNG_GARDENER),
                present(ruralEngineering, ENGINEER));
        Outcome<Meeting> held = process.hold(new HoldMeeting(thirdMeeting, day(8, 28)));
        accepted(held);
        assertThat(eventsOf(held)).containsExactly("Held", "ObstacleReported");

        // when
        Outcome<ActionPlan> reviewed = process.review(new ReviewPlan(secondPlan, thirdMeeting, List.of(
                new ActionReview(schemeContinued, ReviewOutcome.DONE, null),
                new ActionReview(well, ReviewOutcome.CARRIED_OVER, "Puisatier parti pour la campagne rizicole"),
                new ActionReview(radio, ReviewOutcome.DONE, null)), day(8, 28)));

        // then the scheme, finished through its continuation, meets the rice growers' need
        accepted(reviewed);
        assertThat(eventsOf(reviewed)).containsExactly("Reviewed", "Met");
        assertThat(needStatus(schemeNeed)).isEqualTo(NeedStatus.MET);
        assertThat(needStatus(wellNeed)).isEqualTo(NeedStatus.PLANNED);
    }

    private void theSecondCycleInFigures() {
        FrameworkIndicators cycle2 = indicatorsOn(day(8, 28));

        assertThat(cycle2.meetings()).isEqualTo(new MeetingIndicators(2, 3));
        assertThat(cycle2.actions()).isEqualTo(new ActionIndicators(7, 0, 0, 0, 4, 2, 1, 7, 3, 0));
        assertThat(cycle2.actions().doneOnScheduleShare().percent()).contains(new BigDecimal("42.9"));
        assertThat(cycle2.needs()).isEqualTo(new NeedIndicators(6, 0, 5, 3, 2, 3));
        assertThat(cycle2.needs().metShare()).isEqualTo(Share.of(3, 6));

        ContributionIndicators paid = cycle2.contributions();
        assertThat(paid.estimatedCost()).isEqualTo(MoneyTotal.xof(33_830_000));
        assertThat(paid.of(MUNICIPALITY)).isEqualTo(contribution(8_150_000, 0, 8_150_000, 0));
        assertThat(paid.of(PROFESSIONAL_ORGANISATION)).isEqualTo(contribution(280_000, 3_750_000, 180_000, 3_750_000));
        assertThat(paid.of(PARTNER)).isEqualTo(contribution(21_000_000, 0, 21_000_000, 0));
        assertThat(paid.of(SUPPORT_PROGRAMME)).isEqualTo(contribution(650_000, 0, 350_000, 0));
        assertThat(paid.total().delivered()).isEqualTo(MoneyTotal.xof(33_430_000));
        assertThat(paid.infrastructureCost()).isEqualTo(MoneyTotal.xof(32_600_000));
        assertThat(paid.professionalInfrastructure()).isEqualTo(contribution(0, 3_600_000, 0, 3_600_000));
        assertThat(paid.communeInvestmentInPrioritySectors()).isEqualTo(contribution(8_000_000, 0, 8_000_000, 0));

        assertThat(cycle2.attendance().total()).isEqualTo(new Headcount(21, 9, 5));
        assertThat(cycle2.attendance().total().womenShare().percent()).contains(new BigDecimal("42.9"));
        assertThat(cycle2.attendance().of(PROFESSIONAL_ORGANISATION)).isEqualTo(new Headcount(11, 6, 5));
        assertThat(cycle2.committee()).isEqualTo(new CommitteeIndicators(1, 2, 1, new Headcount(4, 1, 1)));
        assertThat(cycle2.obstacles()).isEqualTo(new ObstacleIndicators(2, 2, 1));
    }

    // ---- cycle 3

    private void theThirdMeetingAdoptsTheThirdPlanAndTheMandateFollows() {
        // when
        ActionSpec wellCarriedOver = repositories.plans().get(secondPlan).action(well).carryOver(day(9, 30));
        ActionSpec maintenanceTraining = ActionSpec.of("Formation des irrigants à l'entretien de la motopompe",
                IRRIGATION, ActionKind.TRAINING, ruralEngineering, day(10, 15), xof(400_000), List.of(
                        CostShare.pledge(pact, CASH, xof(300_000)),
                        CostShare.pledge(riceGrowers, IN_KIND, xof(100_000))))
                .addressing(List.of(pumpTrainingNeed));
        ActionSpec weeklyMarket = ActionSpec.of("Jour de marché hebdomadaire des légumes à Dioro", MARKET_GARDENING,
                ActionKind.BUSINESS_ENVIRONMENT_MEASURE, municipality, day(11, 15), xof(250_000),
                List.of(CostShare.pledge(municipality, CASH, xof(250_000))))
                .registeredIn(new PdescReference("PDESC 2006-2010, PAI 2008 n° 18", "BA 2008 art. 31"));
        ActionPlan plan = accepted(process.adopt(new AdoptActionPlan(framework, thirdMeeting, THIRD_PLAN,
                List.of(wellCarriedOver, maintenanceTraining, weeklyMarket), day(8, 28))),
                warning("MON-2", "revise-mandate"));
        thirdPlan = plan.id();
        wellContinued = plan.actions().get(0).id();
        pumpTraining = plan.actions().get(1).id();
        marketDay = plan.actions().get(2).id();

        // then
        assertThat(plan.cycle()).isEqualTo(3);
        assertThat(plan.action(wellContinued).estimatedCost()).isEqualTo(xof(1_400_000));
        MonitoringCommittee committee = accepted(process.reviseMandate(new ReviseMandate(framework,
                "Suivi du plan d'action du cycle 3",
                List.of("Suivre la fin du puits maraîcher", "Suivre la formation des irrigants",
                        "Identifier et signaler les obstacles"),
                THIRD_PLAN, thirdPlan, "Nouveau plan : puits, entretien de la motopompe, jour de marché",
                day(8, 28))));
        assertThat(committee.mandateHistory()).extracting(Mandate::revision).containsExactly(1, 2, 3);
    }

    private void theThirdPlanRuns() {
        accepted(process.resolveObstacle(new ResolveObstacle(framework, wellDiggerGone,
                "Le groupement a recruté un puisatier de Sansanding", day(9, 5))));
        starts(thirdPlan, wellContinued, day(9, 6));
        delivers(thirdPlan, wellContinued, municipality, CASH, 1_000_000, day(9, 15));
        delivers(thirdPlan, wellContinued, gardeners, IN_KIND, 400_000, day(9, 20));
        isDone(thirdPlan, wellContinued, day(9, 28));
        starts(thirdPlan, pumpTraining, day(10, 1));
        delivers(thirdPlan, pumpTraining, pact, CASH, 300_000, day(10, 1));
        delivers(thirdPlan, pumpTraining, riceGrowers, IN_KIND, 100_000, day(10, 1));
        isDone(thirdPlan, pumpTraining, day(10, 10));
        committeeReports("Puits en service, irrigants formés ; le jour de marché est fixé au jeudi", day(10, 20));
        delivers(thirdPlan, marketDay, municipality, CASH, 250_000, day(11, 5));
        isDone(thirdPlan, marketDay, day(11, 8));
    }

    private void afterTheHarvestTheFourthMeetingIsConvenedLate() {
        // when the rice harvest pushes the meeting past the end of the plan in force
        Meeting convened = convenes(day(12, 11), day(11, 20),
                List.of(AgendaItem.of("Bilan de la campagne et des trois plans", AgendaItemKind.OTHER)),
                warning("CYC-2", "meeting-after-plan-end"));
        fourthMeeting = convened.id();

        // then nothing is left open to review, no obstacle, no open need
        assertThat(convened.agenda()).extracting(AgendaItem::kind)
                .containsExactly(AgendaItemKind.PLAN_ADOPTION, AgendaItemKind.OTHER);
    }

    private void fourthMeetingReviewsTheThirdPlan() {
        // given
        attend(fourthMeeting, day(12, 11), present(municipality, MAYOR), present(municipality, DEPUTY_MAYOR),
                present(riceGrowers, RICE_GROWERS_PRESIDENT), present(gardeners, GARDENERS_PRESIDENT),
                present(gardeners, YOUNG_GARDENER), present(ruralEngineering, ENGINEER));
        accepted(process.hold(new HoldMeeting(fourthMeeting, day(12, 11))));

        // when
        Outcome<ActionPlan> outcome = process.review(new ReviewPlan(thirdPlan, fourthMeeting, List.of(
                new ActionReview(wellContinued, ReviewOutcome.DONE, null),
                new ActionReview(pumpTraining, ReviewOutcome.DONE, null),
                new ActionReview(marketDay, ReviewOutcome.DONE, null)), day(12, 11)));

        // then
        accepted(outcome);
        assertThat(eventsOf(outcome)).containsExactly("Reviewed", "Met", "Met");
        assertThat(needStatus(wellNeed)).isEqualTo(NeedStatus.MET);
        assertThat(needStatus(pumpTrainingNeed)).isEqualTo(NeedStatus.MET);
    }

    private void theThirdCycleInFigures() {
        FrameworkIndicators cycle3 = indicatorsOn(day(12, 11));

        assertThat(cycle3.meetings()).isEqualTo(new MeetingIndicators(4, 4));
        assertThat(cycle3.actions()).isEqualTo(new ActionIndicators(10, 0, 0, 0, 7, 2, 1, 10, 6, 0));
        assertThat(cycle3.actions().doneOnScheduleShare().percent()).contains(new BigDecimal("60.0"));
        // the convention, dropped in cycle 1, keeps its need planned and unmet
        assertThat(cycle3.needs()).isEqualTo(new NeedIndicators(6, 0, 6, 3, 2, 5));
        assertThat(cycle3.needs().pdescShare()).isEqualTo(Share.of(3, 6));

        ContributionIndicators paid = cycle3.contributions();
        assertThat(paid.estimatedCost()).isEqualTo(MoneyTotal.xof(35_880_000));
        assertThat(paid.of(MUNICIPALITY)).isEqualTo(contribution(9_400_000, 0, 9_400_000, 0));
        assertThat(paid.of(PROFESSIONAL_ORGANISATION)).isEqualTo(contribution(280_000, 4_250_000, 180_000, 4_250_000));
        assertThat(paid.of(PARTNER)).isEqualTo(contribution(21_000_000, 0, 21_000_000, 0));
        assertThat(paid.of(SUPPORT_PROGRAMME)).isEqualTo(contribution(950_000, 0, 650_000, 0));
        assertThat(paid.of(TECHNICAL_SERVICE)).isEqualTo(Contribution.NONE);
        assertThat(paid.of(NGO)).isEqualTo(Contribution.NONE);
        // all that was never delivered is the dropped convention's 400,000
        assertThat(paid.total().pledged()).isEqualTo(MoneyTotal.xof(35_880_000));
        assertThat(paid.total().delivered()).isEqualTo(MoneyTotal.xof(35_480_000));
        // the scheme (30 M) and the well (4 M), the professionals' labour 4 M of it
        assertThat(paid.infrastructureCost()).isEqualTo(MoneyTotal.xof(34_000_000));
        assertThat(paid.professionalInfrastructure()).isEqualTo(contribution(0, 4_000_000, 0, 4_000_000));
        assertThat(paid.professionalShareOfInfrastructure().percent()).contains(new BigDecimal("11.8"));
        assertThat(paid.communeInvestmentInPrioritySectors()).isEqualTo(contribution(9_000_000, 0, 9_000_000, 0));

        assertThat(cycle3.attendance().meetings()).isEqualTo(4);
        assertThat(cycle3.attendance().total()).isEqualTo(new Headcount(27, 12, 6));
        assertThat(cycle3.attendance().total().womenShare().percent()).contains(new BigDecimal("44.4"));
        assertThat(cycle3.attendance().of(MUNICIPALITY)).isEqualTo(new Headcount(6, 2, 0));
        assertThat(cycle3.attendance().of(PROFESSIONAL_ORGANISATION)).isEqualTo(new Headcount(14, 8, 6));
        assertThat(cycle3.attendance().of(TECHNICAL_SERVICE)).isEqualTo(new Headcount(4, 0, 0));
        assertThat(cycle3.attendance().of(SUPPORT_PROGRAMME)).isEqualTo(new Headcount(2, 2, 0));
        assertThat(cycle3.committee()).isEqualTo(new CommitteeIndicators(1, 3, 2, new Headcount(4, 1, 1)));
        assertThat(cycle3.obstacles()).isEqualTo(new ObstacleIndicators(2, 2, 2));

        // the Ségou cercle has this one framework: its figures are Dioro's
        FrameworkIndicators cercle = Indicators.ofCercle(repositories, segouCercle, day(12, 11));
        assertThat(cercle.frameworks()).containsExactly(framework);
        assertThat(cercle.actions()).isEqualTo(cycle3.actions());
        assertThat(cercle.contributions()).isEqualTo(cycle3.contributions());
        assertThat(cercle.attendance()).isEqualTo(cycle3.attendance());
    }

    // ---- the plans as the meetings negotiate them

    private AdoptActionPlan firstPlanAdoption(Period period, List<ActionSpec> actions) {
        return new AdoptActionPlan(framework, firstMeeting, period, actions, day(2, 28));
    }

    /** The scheme, the market fees, the convention locale and the gardeners' training. */
    private List<ActionSpec> firstPlanActions() {
        return List.of(
                irrigationScheme(List.of(CostShare.pledge(irrigationFund, CASH, xof(21_000_000)),
                        CostShare.pledge(municipality, CASH, xof(6_000_000)),
                        CostShare.pledge(riceGrowers, IN_KIND, xof(3_000_000)))),
                ActionSpec.of("Délibération sur les droits de place des maraîchères", MARKET_GARDENING,
                        ActionKind.BUSINESS_ENVIRONMENT_MEASURE, municipality, day(4, 30), xof(150_000),
                        List.of(CostShare.pledge(municipality, CASH, xof(150_000))))
                        .addressing(List.of(marketFeesNeed)),
                ActionSpec.of("Convention locale de gestion de l'eau et des terres du PIV", IRRIGATION,
                        ActionKind.BUSINESS_ENVIRONMENT_MEASURE, riceGrowers, day(5, 31), xof(400_000), List.of(
                                CostShare.pledge(riceGrowers, CASH, xof(100_000)),
                                CostShare.pledge(pact, CASH, xof(300_000))))
                        .addressing(List.of(conventionNeed)),
                ActionSpec.of("Formation des maraîchères en gestion et techniques maraîchères", MARKET_GARDENING,
                        ActionKind.TRAINING, pact, day(4, 15), xof(500_000), List.of(
                                CostShare.pledge(pact, CASH, xof(350_000)),
                                CostShare.pledge(gardeners, IN_KIND, xof(150_000))))
                        .addressing(List.of(gardenersTrainingNeed)));
    }

    /** A 30 ha village irrigation scheme with its motor pump, which the commune builds and owns. */
    private ActionSpec irrigationScheme(List<CostShare> shares) {
        return ActionSpec.of("Aménagement du PIV de 30 ha avec motopompe", IRRIGATION, ActionKind.INFRASTRUCTURE,
                municipality, day(5, 15), xof(30_000_000), shares)
                .addressing(List.of(schemeNeed))
                .registeredIn(new PdescReference("PDESC 2006-2010, PAI 2008 n° 7", "BP 2008 art. 21"));
    }

    /** The rest of the scheme, the well the gardeners asked for, and their radio reports on prices. */
    private AdoptActionPlan secondPlanAdoption() {
        return new AdoptActionPlan(framework, secondMeeting, SECOND_PLAN, List.of(
                repositories.plans().get(firstPlan).action(scheme).carryOver(day(7, 15)),
                ActionSpec.of("Puits maraîcher à grand diamètre", MARKET_GARDENING, ActionKind.INFRASTRUCTURE,
                        municipality, day(8, 15), xof(4_000_000), List.of(
                                CostShare.pledge(municipality, CASH, xof(3_000_000)),
                                CostShare.pledge(gardeners, IN_KIND, xof(1_000_000))))
                        .addressing(List.of(wellNeed))
                        .registeredIn(new PdescReference("PDESC 2006-2010, PAI 2008 n° 12", "BA 2008 art. 24")),
                ActionSpec.of("Émissions radio sur les prix des légumes", MARKET_GARDENING, ActionKind.COMMUNICATION,
                        gardeners, day(7, 31), xof(180_000), List.of(CostShare.pledge(gardeners, CASH, xof(180_000))))),
                day(5, 29));
    }

    // ---- the steps, through the process

    private OrganisationId registers(String name, OrganisationKind kind, CommuneId commune, Set<Sector> sectors,
            MemberCount members, LegalRegistration registration) {
        return accepted(process.registerOrganisation(new RegisterOrganisation(name, null, kind, commune, sectors,
                members, registration, day(1, 7)))).id();
    }

    private void joins(OrganisationId organisation, List<Sector> sectors, LocalDate from, Person... representatives) {
        accepted(process.admit(new AdmitMember(framework, organisation, sectors, List.of(representatives), from)));
    }

    private NeedId need(OrganisationId raisedBy, Sector sector, NeedKind kind, String description, Integer cost,
            LocalDate on) {
        return accepted(process.recordNeed(new RecordNeed(framework, raisedBy, sector, kind, description,
                cost == null ? null : xof(cost), on))).id();
    }

    private Meeting convenes(LocalDate plannedOn, LocalDate issuedOn, List<AgendaItem> additionalItems,
            Tuple... verdicts) {
        return accepted(process.convene(new ConveneMeeting(framework, plannedOn, "Salle de délibération de la mairie",
                municipality, issuedOn, List.of(), additionalItems)), verdicts);
    }

    private void starts(PlanId plan, ActionId action, LocalDate on) {
        accepted(process.changeActionStatus(new ChangeActionStatus(plan, action, ActionStatus.IN_PROGRESS, null, on)));
    }

    private void blocks(PlanId plan, ActionId action, String reason, LocalDate on) {
        accepted(process.changeActionStatus(new ChangeActionStatus(plan, action, ActionStatus.BLOCKED, reason, on)));
    }

    private void isDone(PlanId plan, ActionId action, LocalDate on) {
        accepted(process.changeActionStatus(new ChangeActionStatus(plan, action, ActionStatus.DONE, null, on)));
    }

    private void delivers(PlanId plan, ActionId action, OrganisationId party, ContributionForm form, long amount,
            LocalDate on) {
        accepted(process.deliver(new DeliverContribution(plan, action, party, form, xof(amount), on)));
    }

    private void committeeReports(String summary, LocalDate on) {
        accepted(process.fileReport(new FileReport(framework, summary, on)));
    }

    private ObstacleId committeeRecordsAnObstacle(PlanId plan, ActionId action, String description, LocalDate on) {
        Outcome<MonitoringCommittee> outcome = process.recordObstacle(new RecordObstacle(framework, plan, action,
                description, on));
        accepted(outcome);
        return outcome.events().stream().filter(CommitteeEvent.ObstacleRecorded.class::isInstance)
                .map(CommitteeEvent.ObstacleRecorded.class::cast).findFirst().orElseThrow().obstacle();
    }

    private NeedStatus needStatus(NeedId need) {
        return repositories.needs().get(need).status();
    }

    private FrameworkIndicators indicatorsOn(LocalDate asOf) {
        return Indicators.of(repositories, framework, asOf);
    }

    private static Contribution contribution(long pledgedCash, long pledgedInKind, long deliveredCash,
            long deliveredInKind) {
        return new Contribution(MoneyTotal.xof(pledgedCash), MoneyTotal.xof(pledgedInKind), MoneyTotal.xof(deliveredCash),
                MoneyTotal.xof(deliveredInKind));
    }

    private static Money xof(long amount) {
        return Money.xof(amount);
    }

    private static LocalDate day(int month, int dayOfMonth) {
        return LocalDate.of(2008, month, dayOfMonth);
    }
}
