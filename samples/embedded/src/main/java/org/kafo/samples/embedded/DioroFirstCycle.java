package org.kafo.samples.embedded;

import static org.kafo.model.plan.ContributionForm.CASH;
import static org.kafo.model.plan.ContributionForm.IN_KIND;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.kafo.model.committee.CommitteeMember;
import org.kafo.model.committee.MonitoringCommittee;
import org.kafo.model.committee.ObstacleId;
import org.kafo.model.common.ActionId;
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
import org.kafo.model.need.Need;
import org.kafo.model.need.NeedId;
import org.kafo.model.need.NeedKind;
import org.kafo.model.organisation.MemberCount;
import org.kafo.model.organisation.Organisation;
import org.kafo.model.organisation.OrganisationId;
import org.kafo.model.organisation.OrganisationKind;
import org.kafo.model.organisation.PartyCategory;
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
import org.kafo.model.territory.Cercle;
import org.kafo.model.territory.CercleId;
import org.kafo.model.territory.Commune;
import org.kafo.model.territory.CommuneId;
import org.kafo.model.territory.Region;
import org.kafo.model.territory.RegionId;
import org.kafo.rules.command.AdmitMember;
import org.kafo.rules.command.AdoptActionPlan;
import org.kafo.rules.command.ChangeActionStatus;
import org.kafo.rules.command.Command;
import org.kafo.rules.command.ConveneMeeting;
import org.kafo.rules.command.DeliverContribution;
import org.kafo.rules.command.EstablishFramework;
import org.kafo.rules.command.FileReport;
import org.kafo.rules.command.HoldMeeting;
import org.kafo.rules.command.InstallCommittee;
import org.kafo.rules.command.ProposeFramework;
import org.kafo.rules.command.RecordAttendance;
import org.kafo.rules.command.RecordNeed;
import org.kafo.rules.command.RecordObstacle;
import org.kafo.rules.command.RegisterCercle;
import org.kafo.rules.command.RegisterCommune;
import org.kafo.rules.command.RegisterInPdesc;
import org.kafo.rules.command.RegisterOrganisation;
import org.kafo.rules.command.RegisterRegion;
import org.kafo.rules.command.ResolveObstacle;
import org.kafo.rules.command.ReviewPlan;
import org.kafo.rules.process.Outcome;

/**
 * One plan cycle of the consultation framework of Dioro (Ségou), command after command: the commune
 * and its parties are registered, the framework is proposed and, after a first attempt without a
 * council deliberation, established; the professionals identify their needs; the first meeting
 * adopts a three-month plan and installs the monitoring committee; the plan runs (a delivery of
 * cement is late: an obstacle); the second meeting reviews the plan.
 *
 * <p>The commands name what earlier commands created: after running each one, hand its outcome to
 * {@link #takeNote(Outcome)}. The people and organisations are a story, not records of Dioro.
 */
public final class DioroFirstCycle {

    private static final Sector IRRIGATION = Sector.of("small-scale-irrigation");
    private static final Sector MARKET_GARDENING = Sector.of("market-gardening");
    private static final Period PLAN = Period.of(day(3, 1), day(5, 31));
    private static final String TOWN_HALL = "Salle de délibération de la mairie de Dioro";

    private static final Person MAYOR = new Person("Moussa Coulibaly", Sex.MALE, false, "maire");
    private static final Person DEPUTY_MAYOR = new Person("Kadiatou Sidibé", Sex.FEMALE, false, "adjointe au maire");
    private static final Person RICE_GROWERS = new Person("Bakary Diarra", Sex.MALE, false, "président");
    private static final Person YOUNG_RICE_GROWER = new Person("Seydou Dembélé", Sex.MALE, true, "secrétaire");
    private static final Person GARDENERS = new Person("Aminata Traoré", Sex.FEMALE, false, "présidente");
    private static final Person YOUNG_GARDENER = new Person("Fatoumata Keïta", Sex.FEMALE, true, "trésorière");
    private static final Person ENGINEER = new Person("Issa Sangaré", Sex.MALE, false, "chef du service local");
    private static final Person FACILITATOR = new Person("Mariam Konaté", Sex.FEMALE, false, "animatrice");

    /** A command, and what to remember of the aggregate it returns when accepted. */
    private record Step(Supplier<Command> command, Consumer<Object> remember) {
    }

    private final List<Step> steps = new ArrayList<>();
    private int next;

    private RegionId region;
    private CercleId cercle;
    private CommuneId commune;
    private OrganisationId municipality;
    private OrganisationId riceGrowers;
    private OrganisationId gardeners;
    private OrganisationId ruralEngineering;
    private OrganisationId pact;
    private FrameworkId framework;
    private NeedId warehouseNeed;
    private NeedId marketFeesNeed;
    private MeetingId firstMeeting;
    private MeetingId secondMeeting;
    private PlanId plan;
    private ActionId warehouse;
    private ActionId marketFees;
    private ActionId radio;
    private ObstacleId cementLate;

    public DioroFirstCycle() {
        registerTheTerritoryAndTheParties();
        proposeAndEstablishTheFramework();
        identifyTheNeeds();
        holdTheFirstMeeting();
        runThePlan();
        reviewThePlanAtTheSecondMeeting();
    }

    public boolean hasNext() {
        return next < steps.size();
    }

    /**
     * The next command, naming what the earlier ones created.
     *
     * @throws NoSuchElementException after the last command
     */
    public Command next() {
        if (!hasNext()) {
            throw new NoSuchElementException("the cycle is over");
        }
        return steps.get(next++).command().get();
    }

    /** Remembers what the last command created, if it was accepted. */
    public void takeNote(Outcome<?> outcome) {
        Objects.requireNonNull(outcome, "outcome is required");
        if (next == 0) {
            throw new IllegalStateException("no command was given yet");
        }
        outcome.value().ifPresent(steps.get(next - 1).remember());
    }

    /** The framework of Dioro, once proposed. */
    public FrameworkId framework() {
        return Objects.requireNonNull(framework, "the framework is not proposed yet");
    }

    /** The last day of the cycle: the end of its plan. */
    public LocalDate lastDay() {
        return PLAN.end();
    }

    private void registerTheTerritoryAndTheParties() {
        // Dioro's code is 04060101: region 04 (Ségou), cercle 06 of the region (Ségou)
        step(() -> new RegisterRegion("04", "Ségou", Effective.ALWAYS), Region.class, r -> region = r.id());
        step(() -> new RegisterCercle("0406", "Ségou", region, Effective.ALWAYS), Cercle.class, c -> cercle = c.id());
        step(() -> new RegisterCommune("04060101", "Dioro", List.of(),
                new Assignment(cercle, region, Effective.ALWAYS), null, null), Commune.class, c -> commune = c.id());
        organisation("Mairie de Dioro", OrganisationKind.MUNICIPALITY, Set.of(), null, o -> municipality = o);
        organisation("Coopérative des riziculteurs de Dioro", OrganisationKind.COOPERATIVE, Set.of(IRRIGATION),
                new MemberCount(90, 14, 31, day(1, 7)), o -> riceGrowers = o);
        organisation("Groupement des femmes maraîchères de Dioro", OrganisationKind.GROUP, Set.of(MARKET_GARDENING),
                new MemberCount(65, 65, 22, day(1, 7)), o -> gardeners = o);
        organisation("Service local du génie rural de Ségou", OrganisationKind.TECHNICAL_SERVICE,
                Set.of(IRRIGATION, MARKET_GARDENING), null, o -> ruralEngineering = o);
        organisation("PACT", OrganisationKind.SUPPORT_PROGRAMME, Set.of(), null, o -> pact = o);
    }

    private void proposeAndEstablishTheFramework() {
        step(() -> new ProposeFramework(commune, "Cadre de concertation de Dioro",
                List.of(IRRIGATION, MARKET_GARDENING), day(1, 7)), ConsultationFramework.class, f -> framework = f.id());
        admit(() -> municipality, List.of(), MAYOR, DEPUTY_MAYOR);
        admit(() -> riceGrowers, List.of(IRRIGATION), RICE_GROWERS);
        admit(() -> gardeners, List.of(MARKET_GARDENING), GARDENERS);
        admit(() -> ruralEngineering, List.of(), ENGINEER);
        admit(() -> pact, List.of(), FACILITATOR);
        // the mayor would install it before the council has deliberated: EST-1 refuses
        step(() -> new EstablishFramework(framework, null, day(1, 14)));
        step(() -> new EstablishFramework(framework, new CouncilDeliberation("2008-003/CR-DIO", day(1, 18),
                "Création du cadre de concertation de la petite irrigation et du maraîchage"), day(1, 21)));
    }

    private void identifyTheNeeds() {
        step(() -> new RecordNeed(framework, riceGrowers, IRRIGATION, NeedKind.INVESTMENT,
                "Magasin de stockage du paddy près du périmètre irrigué", xof(8_000_000), day(2, 4)),
                Need.class, n -> warehouseNeed = n.id());
        step(() -> new RecordNeed(framework, gardeners, MARKET_GARDENING, NeedKind.BUSINESS_ENVIRONMENT_MEASURE,
                "Droits de place au marché adaptés aux vendeuses de légumes", null, day(2, 4)),
                Need.class, n -> marketFeesNeed = n.id());
    }

    private void holdTheFirstMeeting() {
        step(() -> new ConveneMeeting(framework, day(2, 28), TOWN_HALL, municipality, day(2, 18), List.of(), List.of()),
                Meeting.class, m -> firstMeeting = m.id());
        step(() -> new RecordAttendance(firstMeeting, List.of(
                present(municipality, PartyCategory.MUNICIPALITY, MAYOR),
                present(municipality, PartyCategory.MUNICIPALITY, DEPUTY_MAYOR),
                present(riceGrowers, PartyCategory.PROFESSIONAL_ORGANISATION, RICE_GROWERS),
                present(riceGrowers, PartyCategory.PROFESSIONAL_ORGANISATION, YOUNG_RICE_GROWER),
                present(gardeners, PartyCategory.PROFESSIONAL_ORGANISATION, GARDENERS),
                present(ruralEngineering, PartyCategory.TECHNICAL_SERVICE, ENGINEER),
                present(pact, PartyCategory.SUPPORT_PROGRAMME, FACILITATOR)), day(2, 28)));
        step(() -> new HoldMeeting(firstMeeting, day(2, 28)));
        // the market fees are the commune's own action, not yet in its PDESC: PLAN-7 warns
        step(() -> new AdoptActionPlan(framework, firstMeeting, PLAN, List.of(
                ActionSpec.of("Magasin de stockage du paddy", IRRIGATION, ActionKind.INFRASTRUCTURE, municipality,
                        day(5, 15), xof(8_000_000), List.of(CostShare.pledge(municipality, CASH, xof(6_000_000)),
                                CostShare.pledge(riceGrowers, IN_KIND, xof(2_000_000))))
                        .addressing(List.of(warehouseNeed))
                        .registeredIn(new PdescReference("PDESC 2006-2010, PAI 2008", "BP 2008")),
                ActionSpec.of("Délibération sur les droits de place des maraîchères", MARKET_GARDENING,
                        ActionKind.BUSINESS_ENVIRONMENT_MEASURE, municipality, day(4, 30), xof(150_000),
                        List.of(CostShare.pledge(municipality, CASH, xof(150_000))))
                        .addressing(List.of(marketFeesNeed)),
                ActionSpec.of("Émissions radio sur les prix des légumes", MARKET_GARDENING, ActionKind.COMMUNICATION,
                        gardeners, day(4, 15), xof(180_000), List.of(CostShare.pledge(gardeners, CASH, xof(180_000))))),
                day(2, 28)), ActionPlan.class, p -> {
                    plan = p.id();
                    warehouse = p.actions().get(0).id();
                    marketFees = p.actions().get(1).id();
                    radio = p.actions().get(2).id();
                });
        step(() -> new InstallCommittee(framework, firstMeeting, List.of(
                CommitteeMember.from(day(2, 28), municipality, PartyCategory.MUNICIPALITY, DEPUTY_MAYOR),
                CommitteeMember.from(day(2, 28), riceGrowers, PartyCategory.PROFESSIONAL_ORGANISATION, YOUNG_RICE_GROWER),
                CommitteeMember.from(day(2, 28), gardeners, PartyCategory.PROFESSIONAL_ORGANISATION, GARDENERS),
                CommitteeMember.from(day(2, 28), ruralEngineering, PartyCategory.TECHNICAL_SERVICE, ENGINEER)),
                "Suivi du plan d'action du cycle 1",
                List.of("Vérifier que les actions avancent au calendrier", "Identifier les obstacles",
                        "Les signaler au cadre de concertation"), null, day(2, 28)));
    }

    private void runThePlan() {
        status(() -> warehouse, ActionStatus.IN_PROGRESS, null, day(3, 10));
        // PLAN-7 notes that the market fees are in the PDESC without a budget line yet
        step(() -> new RegisterInPdesc(plan, marketFees, new PdescReference("PDESC 2006-2010, PAI 2008", null),
                day(3, 15)));
        deliver(() -> warehouse, () -> municipality, CASH, 6_000_000, day(3, 20));
        deliver(() -> radio, () -> gardeners, CASH, 180_000, day(4, 1));
        status(() -> radio, ActionStatus.DONE, null, day(4, 5));
        step(() -> new RecordObstacle(framework, plan, warehouse,
                "Le ciment commandé n'est pas livré par le fournisseur", day(4, 15)),
                MonitoringCommittee.class, c -> cementLate = c.obstacles().get(c.obstacles().size() - 1).id());
        status(() -> warehouse, ActionStatus.BLOCKED, "En attente du ciment", day(4, 15));
        step(() -> new FileReport(framework, "Émissions radio diffusées ; le magasin attend son ciment", day(4, 20)));
        deliver(() -> marketFees, () -> municipality, CASH, 150_000, day(5, 5));
        status(() -> marketFees, ActionStatus.DONE, null, day(5, 5));
        step(() -> new ResolveObstacle(framework, cementLate, "La mairie fait venir le ciment de Ségou", day(5, 8)));
        status(() -> warehouse, ActionStatus.IN_PROGRESS, null, day(5, 8));
        deliver(() -> warehouse, () -> riceGrowers, IN_KIND, 2_000_000, day(5, 10));
        status(() -> warehouse, ActionStatus.DONE, null, day(5, 24));
    }

    private void reviewThePlanAtTheSecondMeeting() {
        step(() -> new ConveneMeeting(framework, day(5, 29), TOWN_HALL, municipality, day(5, 19), List.of(), List.of()),
                Meeting.class, m -> secondMeeting = m.id());
        step(() -> new RecordAttendance(secondMeeting, List.of(
                present(municipality, PartyCategory.MUNICIPALITY, MAYOR),
                present(riceGrowers, PartyCategory.PROFESSIONAL_ORGANISATION, RICE_GROWERS),
                present(gardeners, PartyCategory.PROFESSIONAL_ORGANISATION, GARDENERS),
                present(gardeners, PartyCategory.PROFESSIONAL_ORGANISATION, YOUNG_GARDENER),
                present(ruralEngineering, PartyCategory.TECHNICAL_SERVICE, ENGINEER)), day(5, 29)));
        step(() -> new HoldMeeting(secondMeeting, day(5, 29)));
        step(() -> new ReviewPlan(plan, secondMeeting, List.of(
                new ActionReview(warehouse, ReviewOutcome.DONE, null),
                new ActionReview(marketFees, ReviewOutcome.DONE, null),
                new ActionReview(radio, ReviewOutcome.DONE, null)), day(5, 29)));
    }

    // ---- steps

    private void step(Supplier<Command> command) {
        steps.add(new Step(command, result -> { }));
    }

    private <T> void step(Supplier<Command> command, Class<T> type, Consumer<T> remember) {
        steps.add(new Step(command, result -> remember.accept(type.cast(result))));
    }

    private void organisation(String name, OrganisationKind kind, Set<Sector> sectors, MemberCount members,
            Consumer<OrganisationId> remember) {
        step(() -> new RegisterOrganisation(name, null, kind, kind == OrganisationKind.MUNICIPALITY
                        || kind.isProfessional() ? commune : null, sectors, members, null, day(1, 7)),
                Organisation.class, o -> remember.accept(o.id()));
    }

    private void admit(Supplier<OrganisationId> organisation, List<Sector> sectors, Person... representatives) {
        step(() -> new AdmitMember(framework, organisation.get(), sectors, List.of(representatives), day(1, 7)));
    }

    private void status(Supplier<ActionId> action, ActionStatus status, String reason, LocalDate on) {
        step(() -> new ChangeActionStatus(plan, action.get(), status, reason, on));
    }

    private void deliver(Supplier<ActionId> action, Supplier<OrganisationId> party, ContributionForm form, long amount,
            LocalDate on) {
        step(() -> new DeliverContribution(plan, action.get(), party.get(), form, xof(amount), on));
    }

    private static Attendance present(OrganisationId organisation, PartyCategory category, Person person) {
        return new Attendance(organisation, category, person);
    }

    private static Money xof(long amount) {
        return Money.xof(amount);
    }

    private static LocalDate day(int month, int dayOfMonth) {
        return LocalDate.of(2008, month, dayOfMonth);
    }
}
