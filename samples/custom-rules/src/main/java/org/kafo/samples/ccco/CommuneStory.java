package org.kafo.samples.ccco;

import static org.kafo.model.plan.ContributionForm.CASH;
import static org.kafo.model.plan.ContributionForm.IN_KIND;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.kafo.model.common.Effective;
import org.kafo.model.common.Money;
import org.kafo.model.common.Period;
import org.kafo.model.common.Person;
import org.kafo.model.common.Sector;
import org.kafo.model.common.Sex;
import org.kafo.model.framework.CouncilDeliberation;
import org.kafo.model.framework.FrameworkId;
import org.kafo.model.meeting.Attendance;
import org.kafo.model.meeting.MeetingId;
import org.kafo.model.need.NeedId;
import org.kafo.model.need.NeedKind;
import org.kafo.model.organisation.MemberCount;
import org.kafo.model.organisation.OrganisationId;
import org.kafo.model.organisation.OrganisationKind;
import org.kafo.model.organisation.PartyCategory;
import org.kafo.model.plan.ActionKind;
import org.kafo.model.plan.ActionSpec;
import org.kafo.model.plan.CostShare;
import org.kafo.model.plan.PdescReference;
import org.kafo.model.territory.Assignment;
import org.kafo.model.territory.CercleId;
import org.kafo.model.territory.CommuneId;
import org.kafo.model.territory.RegionId;
import org.kafo.rules.command.AdmitMember;
import org.kafo.rules.command.AdoptActionPlan;
import org.kafo.rules.command.Command;
import org.kafo.rules.command.ConveneMeeting;
import org.kafo.rules.command.EndMembership;
import org.kafo.rules.command.EstablishFramework;
import org.kafo.rules.command.HoldMeeting;
import org.kafo.rules.command.ProposeFramework;
import org.kafo.rules.command.RecordAttendance;
import org.kafo.rules.command.RecordNeed;
import org.kafo.rules.command.RegisterCercle;
import org.kafo.rules.command.RegisterCommune;
import org.kafo.rules.command.RegisterOrganisation;
import org.kafo.rules.command.RegisterRegion;
import org.kafo.rules.process.ConsultationProcess;
import org.kafo.rules.process.Outcome;

/**
 * An illustrative rural commune and its framework, driven through a process step by step: the
 * same steps run on a process with PACT's book and on one with the CCCo book, so that their
 * verdicts can be compared on the same data. Every name, code, count and amount is made up for
 * the example; none describes a real commune. Each step expects the process to accept its commands
 * ({@link org.kafo.rules.process.CommandRefusedException} otherwise).
 */
public final class CommuneStory {

    static final Sector IRRIGATION = Sector.of("small-scale-irrigation");
    static final Sector MARKET_GARDENING = Sector.of("market-gardening");
    static final String VENUE = "Salle du conseil municipal";

    private static final Person MAYOR = new Person("Maire de la commune", Sex.MALE, false, "maire");
    private static final Person IRRIGATORS_CHAIR = new Person("Président de la coopérative des irrigants", Sex.MALE,
            false, "président");
    private static final Person GARDENERS_CHAIR = new Person("Présidente du groupement des maraîchères", Sex.FEMALE,
            false, "présidente");
    private static final Person AGRONOMIST = new Person("Agent du service de l'agriculture", Sex.MALE, false, "agent");
    private static final Person PARTNER_OFFICER = new Person("Chargée de programme du partenaire", Sex.FEMALE, false,
            "chargée de programme");
    private static final Person VILLAGE_A_CHAIR = new Person("Président du CVD du village A", Sex.MALE, false,
            "président");
    private static final Person VILLAGE_B_CHAIR = new Person("Présidente du CVD du village B", Sex.FEMALE, false,
            "présidente");

    private final ConsultationProcess process;

    OrganisationId municipality;
    OrganisationId irrigators;
    OrganisationId gardeners;
    OrganisationId agriculture;
    OrganisationId partner;
    OrganisationId villageA;
    OrganisationId villageB;
    FrameworkId framework;
    NeedId pumpNeed;
    NeedId marketNeed;
    MeetingId firstMeeting;

    private CommuneId commune;

    public CommuneStory(ConsultationProcess process) {
        this.process = Objects.requireNonNull(process, "process is required");
    }

    /** The commune and its parties are registered; the framework is proposed; all but the CVDs join. */
    public CommuneStory proposed() {
        RegionId region = process.registerRegion(new RegisterRegion("R-A", "Région A (exemple)", Effective.ALWAYS))
                .orElseThrow().id();
        CercleId cercle = process.registerCercle(new RegisterCercle("R-A-1", "Circonscription A1 (exemple)", region,
                Effective.ALWAYS)).orElseThrow().id();
        commune = process.registerCommune(new RegisterCommune("R-A-1-01", "Commune rurale A (exemple)", List.of(),
                new Assignment(cercle, region, Effective.ALWAYS), null, null)).orElseThrow().id();
        municipality = registers("Mairie de la commune rurale A", null, OrganisationKind.MUNICIPALITY, commune,
                Set.of(), null);
        irrigators = registers("Coopérative des irrigants du village A", null, OrganisationKind.COOPERATIVE, commune,
                Set.of(IRRIGATION), new MemberCount(80, 20, 25, day(1, 4)));
        gardeners = registers("Groupement des maraîchères du village B", null, OrganisationKind.GROUP, commune,
                Set.of(MARKET_GARDENING), new MemberCount(60, 60, 18, day(1, 4)));
        agriculture = registers("Service de l'agriculture", null, OrganisationKind.TECHNICAL_SERVICE, null,
                Set.of(IRRIGATION, MARKET_GARDENING), null);
        partner = registers("Partenaire de la petite irrigation", null, OrganisationKind.TECHNICAL_FINANCIAL_PARTNER,
                null, Set.of(IRRIGATION), null);
        villageA = registers("Conseil villageois de développement du village A", "CVD", OrganisationKind.NGO, commune,
                Set.of(), null);
        villageB = registers("Conseil villageois de développement du village B", "CVD", OrganisationKind.NGO, commune,
                Set.of(), null);
        framework = process.propose(new ProposeFramework(commune, "Cadre communal de concertation (exemple)",
                List.of(IRRIGATION, MARKET_GARDENING), day(1, 4))).orElseThrow().id();
        admits(municipality, List.of(), MAYOR);
        admits(irrigators, List.of(IRRIGATION), IRRIGATORS_CHAIR);
        admits(gardeners, List.of(MARKET_GARDENING), GARDENERS_CHAIR);
        admits(agriculture, List.of(), AGRONOMIST);
        admits(partner, List.of(), PARTNER_OFFICER);
        return this;
    }

    /** The councils of villages A and B join. */
    public CommuneStory withVillageCouncils() {
        process.admit(villageACouncilJoins()).orElseThrow();
        admits(villageB, List.of(), VILLAGE_B_CHAIR);
        return this;
    }

    /** The council deliberates and the framework is established; the professionals record their needs. */
    public CommuneStory established() {
        process.establish(establishment()).orElseThrow();
        pumpNeed = process.recordNeed(new RecordNeed(framework, irrigators, IRRIGATION, NeedKind.INVESTMENT,
                "Motopompe pour le périmètre irrigué", Money.xof(3_000_000), day(2, 1))).orElseThrow().id();
        marketNeed = process.recordNeed(new RecordNeed(framework, gardeners, MARKET_GARDENING,
                NeedKind.BUSINESS_ENVIRONMENT_MEASURE, "Jour de marché pour les légumes", null, day(2, 1)))
                .orElseThrow().id();
        return this;
    }

    /** The municipality convenes the first meeting; every member comes. */
    public CommuneStory firstMeetingHeld() {
        firstMeeting = process.convene(firstMeetingConvenedBy(municipality)).orElseThrow().id();
        process.recordAttendance(new RecordAttendance(firstMeeting, List.of(
                present(municipality, PartyCategory.MUNICIPALITY, MAYOR),
                present(irrigators, PartyCategory.PROFESSIONAL_ORGANISATION, IRRIGATORS_CHAIR),
                present(gardeners, PartyCategory.PROFESSIONAL_ORGANISATION, GARDENERS_CHAIR),
                present(agriculture, PartyCategory.TECHNICAL_SERVICE, AGRONOMIST),
                present(villageA, PartyCategory.NGO, VILLAGE_A_CHAIR),
                present(villageB, PartyCategory.NGO, VILLAGE_B_CHAIR)), day(3, 1))).orElseThrow();
        process.hold(new HoldMeeting(firstMeeting, day(3, 1))).orElseThrow();
        return this;
    }

    /** The council of village B leaves the framework. */
    public CommuneStory villageBLeft() {
        process.endMembership(villageLeaves(villageB, day(6, 30))).orElseThrow();
        return this;
    }

    /** Runs any command on the story's process. */
    Outcome<?> execute(Command command) {
        return process.execute(command);
    }

    // ---- the commands the comparison puts to both books

    AdmitMember villageACouncilJoins() {
        return new AdmitMember(framework, villageA, List.of(), List.of(VILLAGE_A_CHAIR), day(1, 4));
    }

    EstablishFramework establishment() {
        return new EstablishFramework(framework, new CouncilDeliberation("2010-004/CR-A", day(1, 20),
                "Création du cadre communal de concertation"), day(1, 25));
    }

    ConveneMeeting firstMeetingConvenedBy(OrganisationId party) {
        return new ConveneMeeting(framework, day(3, 1), VENUE, party, day(2, 15), List.of(), List.of());
    }

    /** The first plan, from 1 March for {@code months} months (and {@code extraDays} more). */
    AdoptActionPlan firstPlan(int months, int extraDays) {
        Period period = Period.ofMonths(day(3, 2), months);
        Period asked = Period.of(period.start(), period.end().plusDays(extraDays));
        return new AdoptActionPlan(framework, firstMeeting, asked, List.of(
                ActionSpec.of("Motopompe du périmètre irrigué", IRRIGATION, ActionKind.EQUIPMENT, municipality,
                        day(5, 31), Money.xof(3_000_000), List.of(
                                CostShare.pledge(partner, CASH, Money.xof(2_000_000)),
                                CostShare.pledge(municipality, CASH, Money.xof(700_000)),
                                CostShare.pledge(irrigators, IN_KIND, Money.xof(300_000))))
                        .addressing(List.of(pumpNeed))
                        .registeredIn(new PdescReference("Plan communal de développement, investissements 2010",
                                "Budget 2010")),
                ActionSpec.of("Jour de marché hebdomadaire des légumes", MARKET_GARDENING,
                        ActionKind.BUSINESS_ENVIRONMENT_MEASURE, municipality, day(4, 30), Money.xof(100_000),
                        List.of(CostShare.pledge(municipality, CASH, Money.xof(100_000))))
                        .addressing(List.of(marketNeed))
                        .registeredIn(new PdescReference("Plan communal de développement, mesures 2010",
                                "Budget 2010"))),
                day(3, 1));
    }

    EndMembership villageLeaves(OrganisationId village, LocalDate lastDay) {
        return new EndMembership(framework, village, lastDay, "Le conseil villageois se retire");
    }

    // ---- helpers

    private OrganisationId registers(String name, String acronym, OrganisationKind kind, CommuneId basedIn,
            Set<Sector> sectors, MemberCount members) {
        return process.registerOrganisation(new RegisterOrganisation(name, acronym, kind, basedIn, sectors, members,
                null, day(1, 4))).orElseThrow().id();
    }

    private void admits(OrganisationId organisation, List<Sector> sectors, Person representative) {
        process.admit(new AdmitMember(framework, organisation, sectors, List.of(representative), day(1, 4)))
                .orElseThrow();
    }

    private static Attendance present(OrganisationId organisation, PartyCategory category, Person person) {
        return new Attendance(organisation, category, person);
    }

    static LocalDate day(int month, int dayOfMonth) {
        return LocalDate.of(2010, month, dayOfMonth);
    }
}
