package org.kafo.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.kafo.model.committee.CommitteeMember;
import org.kafo.model.committee.MonitoringCommittee;
import org.kafo.model.common.Effective;
import org.kafo.model.common.InvariantViolationException;
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
import org.kafo.model.meeting.MeetingId;
import org.kafo.model.need.Need;
import org.kafo.model.need.NeedKind;
import org.kafo.model.organisation.OrganisationId;
import org.kafo.model.organisation.PartyCategory;
import org.kafo.model.plan.ActionKind;
import org.kafo.model.plan.ActionPlan;
import org.kafo.model.plan.ActionSpec;
import org.kafo.model.plan.ContributionForm;
import org.kafo.model.plan.CostShare;
import org.kafo.model.plan.PdescReference;
import org.kafo.model.plan.PlanId;
import org.kafo.model.territory.Assignment;
import org.kafo.model.territory.Cercle;
import org.kafo.model.territory.CercleId;
import org.kafo.model.territory.Commune;
import org.kafo.model.territory.CommuneId;
import org.kafo.model.territory.GeoPoint;
import org.kafo.model.territory.Region;
import org.kafo.model.territory.RegionId;

/**
 * The Dioro framework's first cycle, in pieces: each factory returns a new aggregate in the state
 * its name says, so tests share meaning but never an instance.
 */
public final class Fixtures {

    private Fixtures() {
    }

    // The priority sectors of the seed's communes.

    public static final Sector SMALL_SCALE_IRRIGATION = Sector.of("small-scale-irrigation");
    public static final Sector MARKET_GARDENING = Sector.of("market-gardening");
    public static final Sector FISHING = Sector.of("fishing");
    public static final List<Sector> PRIORITY_SECTORS = List.of(SMALL_SCALE_IRRIGATION, MARKET_GARDENING);

    // The calendar of a first plan cycle, in the PACT years.

    public static final LocalDate PROPOSED_ON = LocalDate.of(2008, 2, 4);
    public static final LocalDate DELIBERATED_ON = LocalDate.of(2008, 2, 28);
    public static final LocalDate ESTABLISHED_ON = LocalDate.of(2008, 3, 3);
    public static final LocalDate NEEDS_IDENTIFIED_ON = LocalDate.of(2008, 3, 20);
    public static final LocalDate CONVENED_ON = LocalDate.of(2008, 3, 24);
    public static final LocalDate FIRST_MEETING_ON = LocalDate.of(2008, 4, 8);
    public static final Period FIRST_PLAN_PERIOD = Period.ofMonths(FIRST_MEETING_ON, 3);
    public static final LocalDate SECOND_MEETING_ON = LocalDate.of(2008, 7, 3);

    // The 2023 territorial reform took effect on this day.

    public static final LocalDate REFORM_IN_FORCE = LocalDate.of(2024, 9, 24);

    // The parties of the Dioro framework, by id.

    public static final CommuneId DIORO = CommuneId.newId();
    public static final OrganisationId MUNICIPALITY = OrganisationId.newId();
    public static final OrganisationId RICE_GROWERS = OrganisationId.newId();
    public static final OrganisationId WOMEN_GARDENERS = OrganisationId.newId();
    public static final OrganisationId RURAL_ENGINEERING = OrganisationId.newId();
    public static final OrganisationId PARTNER = OrganisationId.newId();
    public static final OrganisationId SUPPORT_PROGRAMME = OrganisationId.newId();

    // The people who sit for them.

    public static final Person MAYOR = new Person("Bakary Coulibaly", Sex.MALE, false, "mayor");
    public static final Person COUNCILLOR = new Person("Mariam Touré", Sex.FEMALE, false, "councillor");
    public static final Person RICE_GROWERS_PRESIDENT = new Person("Seydou Traoré", Sex.MALE, false, "president");
    public static final Person YOUNG_RICE_GROWER = new Person("Adama Dembélé", Sex.MALE, true, "member");
    public static final Person GARDENERS_PRESIDENT = new Person("Aminata Diarra", Sex.FEMALE, false, "president");
    public static final Person YOUNG_GARDENER = new Person("Fatoumata Kané", Sex.FEMALE, true, "secretary");
    public static final Person RURAL_ENGINEER = new Person("Moussa Sangaré", Sex.MALE, false, "head of service");

    /** The message code of the invariant violation the command throws; fails if it throws none. */
    public static String violationCode(ThrowingCallable command) {
        InvariantViolationException violation = catchThrowableOfType(InvariantViolationException.class, command);
        assertThat(violation).as("the command is refused with an invariant violation").isNotNull();
        return violation.code();
    }

    public static Money xof(long amount) {
        return Money.xof(amount);
    }

    // Territory

    public static Region segouRegion() {
        return Region.register("04", "Ségou", Effective.ALWAYS);
    }

    public static Cercle segouCercle(RegionId region) {
        return Cercle.register("0406", "Ségou", region, Effective.ALWAYS);
    }

    /** A commune of the Ségou cercle, as it was before the reform. */
    public static Commune communeOfSegouCercle(String code, String name, CercleId cercle, RegionId region) {
        return Commune.register(code, name, new Assignment(cercle, region, Effective.ALWAYS), null, null);
    }

    public static Commune dioro(CercleId cercle, RegionId region) {
        return Commune.register("04060101", "Dioro", new Assignment(cercle, region, Effective.ALWAYS), null,
                new GeoPoint(15.01713, -4.19919));
    }

    // Framework

    public static CouncilDeliberation theDeliberation() {
        return new CouncilDeliberation("2008-014/CR-DIO", DELIBERATED_ON,
                "Establishes the consultation framework of the commune for small-scale irrigation and market gardening");
    }

    public static ConsultationFramework aProposedFramework() {
        return ConsultationFramework.propose(DIORO, "Cadre de concertation de Dioro", PRIORITY_SECTORS, PROPOSED_ON);
    }

    public static ConsultationFramework anEstablishedFramework() {
        ConsultationFramework framework = aProposedFramework();
        framework.establish(theDeliberation(), ESTABLISHED_ON);
        return framework;
    }

    public static ConsultationFramework anActiveFramework() {
        ConsultationFramework framework = anEstablishedFramework();
        framework.activate(FIRST_MEETING_ON);
        return framework;
    }

    /** Established, with the municipality, one organisation per sector and the rural engineering service. */
    public static ConsultationFramework anEstablishedFrameworkWithItsMembers() {
        ConsultationFramework framework = anEstablishedFramework();
        framework.admit(MUNICIPALITY, PartyCategory.MUNICIPALITY, List.of(), List.of(MAYOR, COUNCILLOR),
                ESTABLISHED_ON);
        framework.admit(RICE_GROWERS, PartyCategory.PROFESSIONAL_ORGANISATION, List.of(SMALL_SCALE_IRRIGATION),
                List.of(RICE_GROWERS_PRESIDENT), ESTABLISHED_ON);
        framework.admit(WOMEN_GARDENERS, PartyCategory.PROFESSIONAL_ORGANISATION, List.of(MARKET_GARDENING),
                List.of(GARDENERS_PRESIDENT, YOUNG_GARDENER), ESTABLISHED_ON);
        framework.admit(RURAL_ENGINEERING, PartyCategory.TECHNICAL_SERVICE, PRIORITY_SECTORS,
                List.of(RURAL_ENGINEER), ESTABLISHED_ON);
        return framework;
    }

    // Needs

    public static Need aMotorPumpNeed(FrameworkId framework) {
        return Need.identify(framework, RICE_GROWERS, SMALL_SCALE_IRRIGATION, NeedKind.INVESTMENT,
                "A motor pump for the 30-hectare village irrigation scheme (PIV)", xof(4_500_000),
                NEEDS_IDENTIFIED_ON);
    }

    public static Need aMarketFeeNeed(FrameworkId framework) {
        return Need.identify(framework, WOMEN_GARDENERS, MARKET_GARDENING, NeedKind.BUSINESS_ENVIRONMENT_MEASURE,
                "A lower market fee for vegetable sellers at the weekly market", null, NEEDS_IDENTIFIED_ON);
    }

    // Meetings

    public static Meeting aPlannedFirstMeeting(FrameworkId framework) {
        return Meeting.plan(framework, 1, FIRST_MEETING_ON, "Salle de délibération de la mairie de Dioro");
    }

    public static Convocation theFirstConvocation() {
        return new Convocation(MUNICIPALITY, CONVENED_ON,
                List.of(MUNICIPALITY, RICE_GROWERS, WOMEN_GARDENERS, RURAL_ENGINEERING, PARTNER, SUPPORT_PROGRAMME));
    }

    public static List<AgendaItem> theFirstAgenda() {
        return List.of(AgendaItem.of("Needs identified by the professionals", AgendaItemKind.NEEDS),
                AgendaItem.of("Adoption of the first action plan", AgendaItemKind.PLAN_ADOPTION),
                AgendaItem.of("Installation of the monitoring committee", AgendaItemKind.COMMITTEE));
    }

    public static Meeting aConvenedFirstMeeting() {
        Meeting meeting = aPlannedFirstMeeting(FrameworkId.newId());
        meeting.convene(theFirstConvocation(), theFirstAgenda());
        return meeting;
    }

    /** Held with the mayor and both sector organisations' presidents present. */
    public static Meeting aHeldFirstMeeting() {
        Meeting meeting = aConvenedFirstMeeting();
        meeting.recordAttendance(new Attendance(MUNICIPALITY, PartyCategory.MUNICIPALITY, MAYOR), FIRST_MEETING_ON);
        meeting.recordAttendance(new Attendance(RICE_GROWERS, PartyCategory.PROFESSIONAL_ORGANISATION,
                RICE_GROWERS_PRESIDENT), FIRST_MEETING_ON);
        meeting.recordAttendance(new Attendance(WOMEN_GARDENERS, PartyCategory.PROFESSIONAL_ORGANISATION,
                GARDENERS_PRESIDENT), FIRST_MEETING_ON);
        meeting.hold(FIRST_MEETING_ON);
        return meeting;
    }

    // Actions and plans

    public static PdescReference pdescLine() {
        return new PdescReference("PDESC 2006-2010, annual investment plan 2008, item 2.3", "Budget 2008, article 23");
    }

    /** 4,500,000 F: the commune pays 30% in cash, the rice growers 15% in kind, the partner 55% in cash. */
    public static ActionSpec aMotorPumpAction() {
        return ActionSpec.of("Buy and install a motor pump for the village irrigation scheme",
                SMALL_SCALE_IRRIGATION, ActionKind.EQUIPMENT, MUNICIPALITY, LocalDate.of(2008, 6, 30),
                xof(4_500_000), List.of(
                        CostShare.pledge(MUNICIPALITY, ContributionForm.CASH, xof(1_350_000)),
                        CostShare.pledge(RICE_GROWERS, ContributionForm.IN_KIND, xof(675_000)),
                        CostShare.pledge(PARTNER, ContributionForm.CASH, xof(2_475_000))))
                .registeredIn(pdescLine());
    }

    public static ActionSpec aMarketFeeAction() {
        return ActionSpec.of("Council deliberation lowering the market fee for vegetable sellers", MARKET_GARDENING,
                ActionKind.BUSINESS_ENVIRONMENT_MEASURE, MUNICIPALITY, LocalDate.of(2008, 5, 30), xof(75_000),
                List.of(CostShare.pledge(MUNICIPALITY, ContributionForm.CASH, xof(75_000))));
    }

    public static ActionSpec aGardenersTrainingAction() {
        return ActionSpec.of("Train the group's members in nursery techniques and vegetable storage",
                MARKET_GARDENING, ActionKind.TRAINING, WOMEN_GARDENERS, LocalDate.of(2008, 6, 15), xof(600_000),
                List.of(CostShare.pledge(SUPPORT_PROGRAMME, ContributionForm.CASH, xof(400_000)),
                        CostShare.pledge(WOMEN_GARDENERS, ContributionForm.IN_KIND, xof(200_000))));
    }

    public static ActionPlan aFirstPlan(List<ActionSpec> actions) {
        return ActionPlan.adopt(FrameworkId.newId(), 1, null, FIRST_PLAN_PERIOD,
                MeetingId.newId(), FIRST_MEETING_ON, actions);
    }

    /** Motor pump, market fee and training, adopted at the first meeting. */
    public static ActionPlan aFirstPlan() {
        return aFirstPlan(List.of(aMotorPumpAction(), aMarketFeeAction(), aGardenersTrainingAction()));
    }

    // Committee

    public static List<CommitteeMember> theFirstCommitteeMembers() {
        return List.of(
                CommitteeMember.from(FIRST_MEETING_ON, MUNICIPALITY, PartyCategory.MUNICIPALITY, COUNCILLOR),
                CommitteeMember.from(FIRST_MEETING_ON, RICE_GROWERS, PartyCategory.PROFESSIONAL_ORGANISATION,
                        YOUNG_RICE_GROWER),
                CommitteeMember.from(FIRST_MEETING_ON, WOMEN_GARDENERS, PartyCategory.PROFESSIONAL_ORGANISATION,
                        YOUNG_GARDENER),
                CommitteeMember.from(FIRST_MEETING_ON, RURAL_ENGINEERING, PartyCategory.TECHNICAL_SERVICE,
                        RURAL_ENGINEER));
    }

    public static List<String> theFirstDuties() {
        return List.of("Check every action of the plan against its due date",
                "Record the obstacles and report them to the framework",
                "File a progress report every month");
    }

    public static MonitoringCommittee anInstalledCommittee(PlanId plan) {
        return MonitoringCommittee.install(FrameworkId.newId(), MeetingId.newId(),
                FIRST_MEETING_ON, theFirstCommitteeMembers(), "Follow the action plan of April to July 2008",
                theFirstDuties(), FIRST_PLAN_PERIOD, plan);
    }

    public static MonitoringCommittee anInstalledCommittee() {
        return anInstalledCommittee(PlanId.newId());
    }
}
