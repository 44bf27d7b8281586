package org.kafo.server.data;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.kafo.model.committee.CommitteeMember;
import org.kafo.model.committee.ObstacleId;
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
import org.kafo.model.need.Need;
import org.kafo.model.need.NeedKind;
import org.kafo.model.organisation.MemberCount;
import org.kafo.model.organisation.Organisation;
import org.kafo.model.organisation.OrganisationKind;
import org.kafo.model.plan.Action;
import org.kafo.model.plan.ActionKind;
import org.kafo.model.plan.ActionPlan;
import org.kafo.model.plan.ActionReview;
import org.kafo.model.plan.ActionSpec;
import org.kafo.model.plan.ActionStatus;
import org.kafo.model.plan.ContributionForm;
import org.kafo.model.plan.CostShare;
import org.kafo.model.plan.PdescReference;
import org.kafo.model.plan.ReviewOutcome;
import org.kafo.model.territory.Assignment;
import org.kafo.model.territory.Cercle;
import org.kafo.model.territory.Commune;
import org.kafo.model.territory.Region;
import org.kafo.rules.process.AdmitMember;
import org.kafo.rules.process.AdoptActionPlan;
import org.kafo.rules.process.ApproveMinutes;
import org.kafo.rules.process.ChangeActionStatus;
import org.kafo.rules.process.ConsultationProcess;
import org.kafo.rules.process.ConveneMeeting;
import org.kafo.rules.process.DeliverContribution;
import org.kafo.rules.process.EstablishFramework;
import org.kafo.rules.process.FileReport;
import org.kafo.rules.process.HoldMeeting;
import org.kafo.rules.process.InstallCommittee;
import org.kafo.rules.process.ProposeFramework;
import org.kafo.rules.process.RecordAttendance;
import org.kafo.rules.process.RecordMinutes;
import org.kafo.rules.process.RecordNeed;
import org.kafo.rules.process.RecordObstacle;
import org.kafo.rules.process.RegisterCercle;
import org.kafo.rules.process.RegisterCommune;
import org.kafo.rules.process.RegisterOrganisation;
import org.kafo.rules.process.RegisterRegion;
import org.kafo.rules.process.ResolveObstacle;
import org.kafo.rules.process.ReviewPlan;
import org.kafo.rules.process.ReviseMandate;

/**
 * A small demonstration: the consultation framework of Dioro (Ségou) on small-scale irrigation and
 * market gardening, through two plan cycles in 2008, written through the process like any client
 * would: proposal, members, council deliberation, needs, a first meeting that adopts a plan and
 * installs the monitoring committee, an obstacle, a second meeting that reviews the plan, carries
 * the scheme over into the second plan and revises the committee's mandate. The names are
 * illustrative.
 */
public final class DemoData {

    /** Dioro's commune code (région, cercle, arrondissement, commune): how a restart knows the data is there. */
    public static final String DIORO_CODE = "04060101";

    static final Sector IRRIGATION = Sector.of("small-scale-irrigation");
    static final Sector MARKET_GARDENING = Sector.of("market-gardening");

    private final ConsultationProcess process;

    private DemoData(ConsultationProcess process) {
        this.process = Objects.requireNonNull(process, "process is required");
    }

    /**
     * Writes the demonstration through {@code process}.
     *
     * @return the framework written
     * @throws org.kafo.rules.process.CommandRefusedException if the rule book refuses a step
     */
    public static FrameworkId write(ConsultationProcess process) {
        return new DemoData(process).dioro();
    }

    private FrameworkId dioro() {
        Region segou = process.registerRegion(new RegisterRegion("04", "Ségou", Effective.ALWAYS)).orElseThrow();
        Cercle cercle = process.registerCercle(new RegisterCercle("0406", "Ségou", segou.id(), Effective.ALWAYS))
                .orElseThrow();
        Commune dioro = process.registerCommune(new RegisterCommune(DIORO_CODE, "Dioro", List.of(),
                new Assignment(cercle.id(), segou.id(), Effective.ALWAYS), null, null)).orElseThrow();

        LocalDate registered = LocalDate.of(2008, 1, 15);
        Organisation mairie = organisation("Mairie de Dioro", null, OrganisationKind.MUNICIPALITY, dioro, Set.of(),
                null, registered);
        Organisation riziculteurs = organisation("Coopérative des riziculteurs de Dioro", "CRD",
                OrganisationKind.COOPERATIVE, dioro, Set.of(IRRIGATION), new MemberCount(84, 31, 20, registered),
                registered);
        Organisation maraicheres = organisation("Groupement des femmes maraîchères de Dioro", "GFMD",
                OrganisationKind.GROUP, dioro, Set.of(MARKET_GARDENING), new MemberCount(62, 62, 15, registered),
                registered);
        Organisation genieRural = organisation("Service local du génie rural de Dioro", "SLGR",
                OrganisationKind.TECHNICAL_SERVICE, dioro, Set.of(IRRIGATION, MARKET_GARDENING), null, registered);
        Organisation pact = organisation("Programme d'appui aux collectivités territoriales", "PACT",
                OrganisationKind.SUPPORT_PROGRAMME, null, Set.of(IRRIGATION, MARKET_GARDENING), null, registered);

        ConsultationFramework framework = process.propose(new ProposeFramework(dioro.id(),
                "Cadre de concertation de Dioro", List.of(IRRIGATION, MARKET_GARDENING), LocalDate.of(2008, 2, 1)))
                .orElseThrow();
        FrameworkId id = framework.id();
        LocalDate joined = LocalDate.of(2008, 3, 1);
        admit(id, mairie, List.of(), person("Moussa Diarra", Sex.MALE, "maire"), joined);
        admit(id, riziculteurs, List.of(IRRIGATION), person("Bakary Coulibaly", Sex.MALE, "président"), joined);
        admit(id, maraicheres, List.of(MARKET_GARDENING), person("Awa Traoré", Sex.FEMALE, "présidente"), joined);
        admit(id, genieRural, List.of(), person("Issa Sangaré", Sex.MALE, "chef de service"), joined);
        admit(id, pact, List.of(), person("Mariam Dembélé", Sex.FEMALE, "modératrice"), joined);
        process.establish(new EstablishFramework(id, new CouncilDeliberation("2008-014/CR-DIO", LocalDate.of(2008, 3, 15),
                "Le conseil communal crée le cadre de concertation des filières irrigation de proximité et maraîchage."),
                LocalDate.of(2008, 3, 20))).orElseThrow();

        LocalDate identified = LocalDate.of(2008, 3, 25);
        Need scheme = need(id, riziculteurs, IRRIGATION, NeedKind.INVESTMENT,
                "Aménagement d'un périmètre irrigué villageois (PIV) de 30 ha avec motopompe", Money.xof(18_000_000),
                identified);
        Need marketDay = need(id, maraicheres, MARKET_GARDENING, NeedKind.BUSINESS_ENVIRONMENT_MEASURE,
                "Un jour de marché hebdomadaire pour les produits maraîchers", null, identified);
        Need storage = need(id, maraicheres, MARKET_GARDENING, NeedKind.CAPACITY_BUILDING,
                "Formation à la conservation des oignons", Money.xof(300_000), identified);

        // First meeting: the first plan, and the monitoring committee.
        LocalDate first = LocalDate.of(2008, 4, 10);
        Meeting meeting1 = process.convene(new ConveneMeeting(id, first, "Salle de délibération de la mairie de Dioro",
                mairie.id(), LocalDate.of(2008, 3, 31), List.of(), List.of())).orElseThrow();
        List<Attendance> present = List.of(
                new Attendance(mairie.id(), mairie.category(), person("Moussa Diarra", Sex.MALE, "maire")),
                new Attendance(riziculteurs.id(), riziculteurs.category(), person("Bakary Coulibaly", Sex.MALE, "président")),
                new Attendance(maraicheres.id(), maraicheres.category(), person("Awa Traoré", Sex.FEMALE, "présidente")),
                new Attendance(maraicheres.id(), maraicheres.category(),
                        new Person("Fatoumata Keïta", Sex.FEMALE, true, "secrétaire")),
                new Attendance(genieRural.id(), genieRural.category(), person("Issa Sangaré", Sex.MALE, "chef de service")),
                new Attendance(pact.id(), pact.category(), person("Mariam Dembélé", Sex.FEMALE, "modératrice")));
        process.recordAttendance(new RecordAttendance(meeting1.id(), present, first)).orElseThrow();
        process.hold(new HoldMeeting(meeting1.id(), first)).orElseThrow();
        process.recordMinutes(new RecordMinutes(meeting1.id(),
                "Le cadre a examiné les besoins des deux filières et adopté le plan d'action du deuxième trimestre 2008; "
                        + "un comité de suivi a été installé.", LocalDate.of(2008, 4, 12))).orElseThrow();
        process.approveMinutes(new ApproveMinutes(meeting1.id(), riziculteurs.id(), true, null,
                LocalDate.of(2008, 4, 20))).orElseThrow();
        process.approveMinutes(new ApproveMinutes(meeting1.id(), maraicheres.id(), true, null,
                LocalDate.of(2008, 4, 20))).orElseThrow();

        Period quarter1 = Period.ofMonths(first, 3);
        ActionPlan plan1 = process.adopt(new AdoptActionPlan(id, meeting1.id(), quarter1, List.of(
                ActionSpec.of("Aménagement du PIV de 30 ha", IRRIGATION, ActionKind.INFRASTRUCTURE, mairie.id(),
                        LocalDate.of(2008, 7, 1), Money.xof(18_000_000), List.of(
                                CostShare.pledge(mairie.id(), ContributionForm.CASH, Money.xof(16_500_000)),
                                CostShare.pledge(riziculteurs.id(), ContributionForm.IN_KIND, Money.xof(1_500_000))))
                        .registeredIn(new PdescReference("PDESC 2006-2010, axe 2.3", null))
                        .addressing(List.of(scheme.id())),
                ActionSpec.of("Jour de marché hebdomadaire des produits maraîchers", MARKET_GARDENING,
                        ActionKind.BUSINESS_ENVIRONMENT_MEASURE, mairie.id(), LocalDate.of(2008, 5, 31), Money.xof(0),
                        List.of())
                        .registeredIn(new PdescReference("PDESC 2006-2010, axe 3.1", "BP 2008 / 61-10"))
                        .addressing(List.of(marketDay.id())),
                ActionSpec.of("Formation des maraîchères à la conservation des oignons", MARKET_GARDENING,
                        ActionKind.TRAINING, pact.id(), LocalDate.of(2008, 6, 30), Money.xof(300_000), List.of(
                                CostShare.pledge(pact.id(), ContributionForm.CASH, Money.xof(300_000))))
                        .addressing(List.of(storage.id()))),
                first)).orElseThrow();
        Action scheme1 = plan1.actions().get(0);
        process.install(new InstallCommittee(id, meeting1.id(), List.of(
                CommitteeMember.from(first, mairie.id(), mairie.category(), person("Seydou Traoré", Sex.MALE, "secrétaire général")),
                CommitteeMember.from(first, riziculteurs.id(), riziculteurs.category(),
                        person("Bakary Coulibaly", Sex.MALE, "président")),
                CommitteeMember.from(first, maraicheres.id(), maraicheres.category(),
                        person("Awa Traoré", Sex.FEMALE, "présidente"))),
                "Suivi du plan d'action du deuxième trimestre 2008",
                List.of("Vérifier chaque mois l'avancement des actions", "Signaler les obstacles au cadre de concertation"),
                quarter1, first)).orElseThrow();

        // Between the meetings: work, contributions, an obstacle, a report.
        process.changeActionStatus(new ChangeActionStatus(plan1.id(), scheme1.id(), ActionStatus.IN_PROGRESS, null,
                LocalDate.of(2008, 5, 2))).orElseThrow();
        process.deliver(new DeliverContribution(plan1.id(), scheme1.id(), riziculteurs.id(), ContributionForm.IN_KIND,
                Money.xof(500_000), LocalDate.of(2008, 5, 15))).orElseThrow();
        process.deliver(new DeliverContribution(plan1.id(), scheme1.id(), mairie.id(), ContributionForm.CASH,
                Money.xof(8_000_000), LocalDate.of(2008, 5, 20))).orElseThrow();
        process.changeActionStatus(new ChangeActionStatus(plan1.id(), plan1.actions().get(1).id(), ActionStatus.DONE,
                null, LocalDate.of(2008, 5, 24))).orElseThrow();
        ObstacleId pump = process.recordObstacle(new RecordObstacle(id, plan1.id(), scheme1.id(),
                "La motopompe commandée n'est pas livrée", LocalDate.of(2008, 5, 25))).orElseThrow()
                .unresolvedObstacles().get(0).id();
        process.changeActionStatus(new ChangeActionStatus(plan1.id(), scheme1.id(), ActionStatus.BLOCKED,
                "La motopompe commandée n'est pas livrée", LocalDate.of(2008, 5, 25))).orElseThrow();
        process.fileReport(new FileReport(id, "Le jour de marché est en place; la formation est prévue en juin; "
                + "le PIV attend sa motopompe.", LocalDate.of(2008, 6, 1))).orElseThrow();
        process.changeActionStatus(new ChangeActionStatus(plan1.id(), plan1.actions().get(2).id(), ActionStatus.DONE,
                null, LocalDate.of(2008, 6, 20))).orElseThrow();

        // Second meeting: review, the next plan, the mandate revised.
        LocalDate second = LocalDate.of(2008, 7, 5);
        Meeting meeting2 = process.convene(new ConveneMeeting(id, second, "Salle de délibération de la mairie de Dioro",
                mairie.id(), LocalDate.of(2008, 6, 25), List.of(), List.of())).orElseThrow();
        process.recordAttendance(new RecordAttendance(meeting2.id(), List.of(
                new Attendance(mairie.id(), mairie.category(), person("Moussa Diarra", Sex.MALE, "maire")),
                new Attendance(riziculteurs.id(), riziculteurs.category(), person("Bakary Coulibaly", Sex.MALE, "président")),
                new Attendance(maraicheres.id(), maraicheres.category(), person("Awa Traoré", Sex.FEMALE, "présidente")),
                new Attendance(genieRural.id(), genieRural.category(), person("Issa Sangaré", Sex.MALE, "chef de service"))),
                second)).orElseThrow();
        process.hold(new HoldMeeting(meeting2.id(), second)).orElseThrow();
        ActionPlan reviewed = process.review(new ReviewPlan(plan1.id(), meeting2.id(), List.of(
                new ActionReview(scheme1.id(), ReviewOutcome.CARRIED_OVER, "Motopompe livrée en retard"),
                new ActionReview(plan1.actions().get(1).id(), ReviewOutcome.DONE, null),
                new ActionReview(plan1.actions().get(2).id(), ReviewOutcome.DONE, null)), second)).orElseThrow();
        Period quarter2 = Period.ofMonths(second, 3);
        ActionPlan plan2 = process.adopt(new AdoptActionPlan(id, meeting2.id(), quarter2, List.of(
                reviewed.action(scheme1.id()).carryOver(LocalDate.of(2008, 9, 30)),
                ActionSpec.of("Émission de radio rurale sur les prix des produits maraîchers", MARKET_GARDENING,
                        ActionKind.COMMUNICATION, maraicheres.id(), LocalDate.of(2008, 9, 15), Money.xof(150_000),
                        List.of(CostShare.pledge(maraicheres.id(), ContributionForm.CASH, Money.xof(150_000))))),
                second)).orElseThrow();
        process.reviseMandate(new ReviseMandate(id, "Suivi du plan d'action du troisième trimestre 2008",
                List.of("Suivre l'achèvement du PIV reporté", "Signaler les obstacles au cadre de concertation"),
                quarter2, plan2.id(), "Nouveau plan adopté le 5 juillet 2008", second)).orElseThrow();
        process.resolveObstacle(new ResolveObstacle(id, pump,
                "La mairie a relancé le fournisseur; la motopompe est livrée.", LocalDate.of(2008, 7, 20))).orElseThrow();
        return id;
    }

    private Organisation organisation(String name, String acronym, OrganisationKind kind, Commune commune,
            Set<Sector> sectors, MemberCount members, LocalDate on) {
        return process.registerOrganisation(new RegisterOrganisation(name, acronym, kind,
                commune == null ? null : commune.id(), sectors, members, null, on)).orElseThrow();
    }

    private void admit(FrameworkId framework, Organisation organisation, List<Sector> sectors, Person representative,
            LocalDate from) {
        process.admit(new AdmitMember(framework, organisation.id(), sectors, List.of(representative), from)).orElseThrow();
    }

    private Need need(FrameworkId framework, Organisation raisedBy, Sector sector, NeedKind kind, String description,
            Money cost, LocalDate on) {
        return process.recordNeed(new RecordNeed(framework, raisedBy.id(), sector, kind, description, cost, on))
                .orElseThrow();
    }

    private static Person person(String name, Sex sex, String role) {
        return new Person(name, sex, false, role);
    }
}
