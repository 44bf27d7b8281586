package org.kafo.rules.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.kafo.model.Repositories;
import org.kafo.model.committee.CommitteeMember;
import org.kafo.model.committee.MonitoringCommittee;
import org.kafo.model.common.Effective;
import org.kafo.model.common.Money;
import org.kafo.model.common.Period;
import org.kafo.model.common.Person;
import org.kafo.model.common.Sector;
import org.kafo.model.common.Sex;
import org.kafo.model.framework.ConsultationFramework;
import org.kafo.model.framework.CouncilDeliberation;
import org.kafo.model.framework.FrameworkId;
import org.kafo.model.meeting.Attendance;
import org.kafo.model.meeting.Meeting;
import org.kafo.model.meeting.MeetingId;
import org.kafo.model.memory.InMemoryRepositories;
import org.kafo.model.need.Need;
import org.kafo.model.need.NeedId;
import org.kafo.model.need.NeedKind;
import org.kafo.model.organisation.MemberCount;
import org.kafo.model.organisation.OrganisationId;
import org.kafo.model.organisation.OrganisationKind;
import org.kafo.model.organisation.PartyCategory;
import org.kafo.model.plan.ActionKind;
import org.kafo.model.plan.ActionPlan;
import org.kafo.model.plan.ActionSpec;
import org.kafo.model.plan.ContributionForm;
import org.kafo.model.plan.CostShare;
import org.kafo.model.plan.PlanId;
import org.kafo.model.territory.Assignment;
import org.kafo.model.territory.CercleId;
import org.kafo.model.territory.CommuneId;
import org.kafo.model.territory.GeoPoint;
import org.kafo.model.territory.Population;
import org.kafo.model.territory.RegionId;
import org.kafo.rules.RuleBook;
import org.kafo.rules.RuleProfile;
import org.kafo.rules.command.AdmitMember;
import org.kafo.rules.command.AdoptActionPlan;
import org.kafo.rules.command.ConveneMeeting;
import org.kafo.rules.command.EstablishFramework;
import org.kafo.rules.command.HoldMeeting;
import org.kafo.rules.command.InstallCommittee;
import org.kafo.rules.command.ProposeFramework;
import org.kafo.rules.command.RecordAttendance;
import org.kafo.rules.command.RecordNeed;
import org.kafo.rules.command.RegisterCercle;
import org.kafo.rules.command.RegisterCommune;
import org.kafo.rules.command.RegisterOrganisation;
import org.kafo.rules.command.RegisterRegion;

/**
 * A commune of the Ségou region, Dioro, with its municipality, an irrigators' cooperative, a women
 * market gardeners' group, the agriculture service and the support programme; and the steps of a
 * framework's life, each run through the process on an empty rule book.
 */
public final class ProcessFixture {

    public static final Sector IRRIGATION = Sector.of("small-scale-irrigation");
    public static final Sector GARDENING = Sector.of("market-gardening");

    public static final LocalDate PROPOSED_ON = LocalDate.of(2008, 1, 7);
    public static final LocalDate DELIBERATED_ON = LocalDate.of(2008, 1, 18);
    public static final LocalDate ESTABLISHED_ON = LocalDate.of(2008, 1, 21);
    public static final LocalDate NEEDS_ON = LocalDate.of(2008, 2, 4);
    public static final LocalDate FIRST_MEETING_ON = LocalDate.of(2008, 2, 28);
    public static final Period FIRST_PLAN = Period.of(LocalDate.of(2008, 3, 1), LocalDate.of(2008, 5, 31));
    public static final LocalDate SECOND_MEETING_ON = LocalDate.of(2008, 5, 29);
    public static final Period SECOND_PLAN = Period.of(LocalDate.of(2008, 6, 1), LocalDate.of(2008, 8, 31));

    public static final Person MAYOR = new Person("Moussa Coulibaly", Sex.MALE, false, "mayor");
    public static final Person IRRIGATORS_PRESIDENT = new Person("Bakary Diarra", Sex.MALE, false, "president");
    public static final Person YOUNG_IRRIGATOR = new Person("Seydou Dembélé", Sex.MALE, true, null);
    public static final Person GARDENERS_PRESIDENT = new Person("Aminata Traoré", Sex.FEMALE, false, "president");
    public static final Person YOUNG_GARDENER = new Person("Fatoumata Keïta", Sex.FEMALE, true, null);
    public static final Person AGRONOMIST = new Person("Issa Sangaré", Sex.MALE, false, "head of sector");

    public final Repositories repositories;
    /** Runs the fixture's own steps: no rule refuses them. */
    public final ConsultationProcess process;

    public final RegionId segou;
    public final CercleId segouCercle;
    public final CommuneId dioro;
    public final OrganisationId municipality;
    public final OrganisationId irrigators;
    public final OrganisationId gardeners;
    public final OrganisationId agriculture;
    public final OrganisationId pact;

    public ProcessFixture() {
        this(new InMemoryRepositories(), Transactions.NONE);
    }

    /** On other repositories (a database), each command in one of the transactions. */
    public ProcessFixture(Repositories repositories, Transactions transactions) {
        this.repositories = repositories;
        this.process = new ConsultationProcess(repositories, emptyBook(), transactions);
        segou = accepted(process.registerRegion(new RegisterRegion("04", "Ségou", Effective.ALWAYS))).id();
        segouCercle = accepted(process.registerCercle(new RegisterCercle("04-06", "Ségou", segou, Effective.ALWAYS)))
                .id();
        dioro = accepted(process.registerCommune(new RegisterCommune("04060101", "Dioro", List.of(),
                new Assignment(segouCercle, segou, Effective.ALWAYS), new Population(38_000, 2009),
                new GeoPoint(13.6667, -5.75)))).id();
        municipality = organisation("Mairie de Dioro", OrganisationKind.MUNICIPALITY, Set.of());
        irrigators = organisation("Coopérative des irrigants de Dioro", OrganisationKind.COOPERATIVE, Set.of(IRRIGATION));
        gardeners = organisation("Groupement des maraîchères de Dioro", OrganisationKind.GROUP, Set.of(GARDENING));
        agriculture = organisation("Service local de l'agriculture", OrganisationKind.TECHNICAL_SERVICE, Set.of());
        pact = organisation("PACT", OrganisationKind.SUPPORT_PROGRAMME, Set.of());
    }

    public static RuleBook emptyBook() {
        return RuleBook.builder(RuleProfile.pact()).build();
    }

    /** The result of an accepted outcome; fails the test if it was refused. */
    public static <T> T accepted(Outcome<T> outcome) {
        assertThat(outcome.accepted()).as("accepted, verdicts %s", outcome.verdicts()).isTrue();
        return outcome.orElseThrow();
    }

    public OrganisationId organisation(String name, OrganisationKind kind, Set<Sector> sectors) {
        return accepted(process.registerOrganisation(new RegisterOrganisation(name, null, kind, dioro, sectors,
                new MemberCount(80, 30, 20, PROPOSED_ON), null, PROPOSED_ON))).id();
    }

    public ProposeFramework proposal() {
        return new ProposeFramework(dioro, "Cadre de concertation de Dioro", List.of(IRRIGATION, GARDENING),
                PROPOSED_ON);
    }

    public FrameworkId proposedFramework() {
        return accepted(process.propose(proposal())).id();
    }

    public static CouncilDeliberation deliberation() {
        return new CouncilDeliberation("2008-003/CR-DIO", DELIBERATED_ON,
                "Création du cadre de concertation commune - secteur privé");
    }

    /** Established, with the municipality, both sectors' organisations and the agriculture service as members. */
    public FrameworkId establishedFramework() {
        FrameworkId framework = proposedFramework();
        accepted(process.establish(new EstablishFramework(framework, deliberation(), ESTABLISHED_ON)));
        admit(framework, municipality, List.of(), MAYOR);
        admit(framework, irrigators, List.of(IRRIGATION), IRRIGATORS_PRESIDENT);
        admit(framework, gardeners, List.of(GARDENING), GARDENERS_PRESIDENT);
        admit(framework, agriculture, List.of(), AGRONOMIST);
        return framework;
    }

    public void admit(FrameworkId framework, OrganisationId organisation, List<Sector> sectors, Person representative) {
        accepted(process.admit(new AdmitMember(framework, organisation, sectors, List.of(representative),
                ESTABLISHED_ON)));
    }

    public NeedId need(FrameworkId framework, OrganisationId raisedBy, Sector sector, NeedKind kind,
            String description) {
        return accepted(process.recordNeed(new RecordNeed(framework, raisedBy, sector, kind, description, null,
                NEEDS_ON))).id();
    }

    public ConveneMeeting convocation(FrameworkId framework, LocalDate plannedOn) {
        return new ConveneMeeting(framework, plannedOn, "Salle de la mairie", municipality, plannedOn.minusDays(10),
                List.of(), List.of());
    }

    public MeetingId convenedMeeting(FrameworkId framework, LocalDate plannedOn) {
        return accepted(process.convene(convocation(framework, plannedOn))).id();
    }

    public static List<Attendance> attendance(ProcessFixture f) {
        return List.of(new Attendance(f.municipality, PartyCategory.MUNICIPALITY, MAYOR),
                new Attendance(f.irrigators, PartyCategory.PROFESSIONAL_ORGANISATION, IRRIGATORS_PRESIDENT),
                new Attendance(f.gardeners, PartyCategory.PROFESSIONAL_ORGANISATION, GARDENERS_PRESIDENT),
                new Attendance(f.gardeners, PartyCategory.PROFESSIONAL_ORGANISATION, YOUNG_GARDENER));
    }

    /** Convened ten days ahead, attended by the mayor and both organisations' people, held on the day. */
    public MeetingId heldMeeting(FrameworkId framework, LocalDate on) {
        MeetingId meeting = convenedMeeting(framework, on);
        accepted(process.recordAttendance(new RecordAttendance(meeting, attendance(this), on)));
        accepted(process.hold(new HoldMeeting(meeting, on)));
        return meeting;
    }

    public PlanId adoptedPlan(FrameworkId framework, MeetingId meeting, Period period, ActionSpec... actions) {
        return accepted(process.adopt(new AdoptActionPlan(framework, meeting, period, Arrays.asList(actions),
                meetingDay(meeting)))).id();
    }

    /** A borehole the commune builds: 6,000,000 XOF, the irrigators bring 1,500,000 in kind. */
    public ActionSpec borehole(LocalDate due) {
        return ActionSpec.of("Forage du périmètre irrigué", IRRIGATION, ActionKind.INFRASTRUCTURE, municipality, due,
                Money.xof(6_000_000), List.of(CostShare.pledge(municipality, ContributionForm.CASH, Money.xof(4_500_000)),
                        CostShare.pledge(irrigators, ContributionForm.IN_KIND, Money.xof(1_500_000))));
    }

    /** Radio reports on market prices by the gardeners: 150,000 XOF, their own cash. */
    public ActionSpec radioReports(LocalDate due) {
        return ActionSpec.of("Émissions radio sur les prix du marché", GARDENING, ActionKind.COMMUNICATION, gardeners,
                due, Money.xof(150_000), List.of(CostShare.pledge(gardeners, ContributionForm.CASH, Money.xof(150_000))));
    }

    /** Training in water management by the agriculture service: 300,000 XOF paid by the support programme. */
    public ActionSpec training(LocalDate due) {
        return ActionSpec.of("Formation à la gestion de l'eau", IRRIGATION, ActionKind.TRAINING, agriculture, due,
                Money.xof(300_000), List.of(CostShare.pledge(pact, ContributionForm.CASH, Money.xof(300_000))));
    }

    public InstallCommittee installation(FrameworkId framework, MeetingId meeting, LocalDate on) {
        return new InstallCommittee(framework, meeting, List.of(
                CommitteeMember.from(on, municipality, PartyCategory.MUNICIPALITY, MAYOR),
                CommitteeMember.from(on, irrigators, PartyCategory.PROFESSIONAL_ORGANISATION, YOUNG_IRRIGATOR),
                CommitteeMember.from(on, gardeners, PartyCategory.PROFESSIONAL_ORGANISATION, GARDENERS_PRESIDENT)),
                "Suivi du plan d'action", List.of("Vérifier l'avancement des actions", "Signaler les obstacles"),
                null, on);
    }

    public MonitoringCommittee installedCommittee(FrameworkId framework, MeetingId meeting) {
        return accepted(process.install(installation(framework, meeting, meetingDay(meeting))));
    }

    public ConsultationFramework framework(FrameworkId id) {
        return repositories.frameworks().get(id);
    }

    public Meeting meeting(MeetingId id) {
        return repositories.meetings().get(id);
    }

    public ActionPlan plan(PlanId id) {
        return repositories.plans().get(id);
    }

    public Need need(NeedId id) {
        return repositories.needs().get(id);
    }

    public MonitoringCommittee committee(FrameworkId framework) {
        return repositories.committees().findByFramework(framework).orElseThrow();
    }

    /** The day the meeting was held, or planned for. */
    public LocalDate meetingDay(MeetingId id) {
        Meeting meeting = meeting(id);
        return meeting.heldOn().orElse(meeting.plannedOn());
    }
}
