package org.kafo.rules.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.kafo.model.organisation.PartyCategory.MUNICIPALITY;
import static org.kafo.model.organisation.PartyCategory.PROFESSIONAL_ORGANISATION;
import static org.kafo.model.organisation.PartyCategory.TECHNICAL_SERVICE;
import static org.kafo.model.plan.ContributionForm.CASH;
import static org.kafo.model.plan.ContributionForm.IN_KIND;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.kafo.model.committee.CommitteeMember;
import org.kafo.model.common.ActionId;
import org.kafo.model.common.Effective;
import org.kafo.model.common.InvariantViolationException;
import org.kafo.model.common.Money;
import org.kafo.model.common.Period;
import org.kafo.model.common.Person;
import org.kafo.model.common.Sector;
import org.kafo.model.common.Sex;
import org.kafo.model.framework.ConsultationFramework;
import org.kafo.model.framework.CouncilDeliberation;
import org.kafo.model.framework.DeliberatingBody;
import org.kafo.model.framework.DeliberationOutcome;
import org.kafo.model.framework.FrameworkId;
import org.kafo.model.framework.FrameworkStatus;
import org.kafo.model.indicator.MeetingIndicators;
import org.kafo.model.meeting.Attendance;
import org.kafo.model.meeting.Meeting;
import org.kafo.model.meeting.MeetingId;
import org.kafo.model.meeting.MeetingStatus;
import org.kafo.model.need.NeedId;
import org.kafo.model.need.NeedKind;
import org.kafo.model.organisation.OrganisationId;
import org.kafo.model.organisation.OrganisationKind;
import org.kafo.model.plan.ActionKind;
import org.kafo.model.plan.ActionPlan;
import org.kafo.model.plan.ActionReview;
import org.kafo.model.plan.ActionSpec;
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
import org.kafo.rules.Verdict;
import org.kafo.rules.command.AddCommitteeMember;
import org.kafo.rules.command.AdmitMember;
import org.kafo.rules.command.AdoptActionPlan;
import org.kafo.rules.command.CancelMeeting;
import org.kafo.rules.command.ChangeRepresentatives;
import org.kafo.rules.command.ConveneMeeting;
import org.kafo.rules.command.CorrectNeed;
import org.kafo.rules.command.EstablishFramework;
import org.kafo.rules.command.FollowUp;
import org.kafo.rules.command.HoldMeeting;
import org.kafo.rules.command.InstallCommittee;
import org.kafo.rules.command.PostponeMeeting;
import org.kafo.rules.command.ProposeFramework;
import org.kafo.rules.command.RecordDeliberation;
import org.kafo.rules.command.RecordNeed;
import org.kafo.rules.command.RegisterCercle;
import org.kafo.rules.command.RegisterCommune;
import org.kafo.rules.command.RegisterOrganisation;
import org.kafo.rules.command.RegisterRegion;
import org.kafo.rules.command.RemoveCommitteeMember;
import org.kafo.rules.command.ReviewPlan;
import org.kafo.rules.command.ReviseMandate;
import org.kafo.rules.command.SuspendFramework;
import org.kafo.rules.indicator.Indicators;

/**
 * Togou's framework (Ségou cercle) lives through what real communes go through, told through the
 * public process with PACT's rule book: a postponed meeting, a review that does not end in a plan, a
 * committee member who leaves, a cancelled meeting, a missed cycle, a suspension when the council's
 * mandate ran out, the special delegation that renews the framework and changes its sectors, and the
 * catch-up meeting that puts the framework back on track.
 *
 * <pre>
 * 2019-01-21 established on the council's deliberation (irrigation, market gardening)
 * 2019-02-26 meeting 1 held; plan 1 (03-01..05-31) adopted; committee installed
 * 2019-03-10 the rice growers' new president represents them
 * 2019-03-12 the gardeners ask for a storage shed; 03-20 they correct its cost; the planned pump
 *            repair cannot be corrected (NEED-3)
 * 2019-05-25 meeting 2 postponed from 05-28 to 06-04 (vaccination campaign): after plan 1's end (CYC-2)
 * 2019-06-04 meeting 2 reviews plan 1; the parties do not agree on plan 2: overdue until meeting 3 is convened
 * 2019-06-20 meeting 3 adopts plan 2 (07-01..09-30): the review of another meeting no longer locks it
 * 2019-07-15 the gardeners' committee member cannot leave alone (MON-1); another gardener joins, she leaves
 * 2019-09-24 meeting 4 cancelled: the prefect forbids gatherings on the roads
 * 2019-10-15 plan 2 has ended and no meeting is convened: overdue (CYC-3)
 * 2019-11-04 suspended: the council's mandate has run out; nothing is convened while suspended
 * 2020-02-10 the special delegation renews the framework: it resumes, and is overdue again
 * 2020-02-27 catch-up meeting 5 reviews plan 2 and adopts plan 3 (03-01..05-31): back on track
 * 2020-03-20 the special delegation adds fishing as a priority sector (GOV-2, EST-3); the fishers join
 * </pre>
 */
@DisplayName("Togou's framework through a postponement, a missed cycle, a suspension and a special delegation")
public abstract class TogouLifeScenario extends ScenarioSteps {

    private static final Sector IRRIGATION = Sector.of("small-scale-irrigation");
    private static final Sector MARKET_GARDENING = Sector.of("market-gardening");
    private static final Sector FISHING = Sector.of("fishing");

    private static final Person MAYOR = new Person("Soumaïla Traoré", Sex.MALE, false, "maire");
    private static final Person SPECIAL_DELEGATE = new Person("Hawa Diallo", Sex.FEMALE, false, "présidente de la délégation spéciale");
    private static final Person RICE_PRESIDENT = new Person("Mamadou Kané", Sex.MALE, false, "président");
    private static final Person NEW_RICE_PRESIDENT = new Person("Boubacar Sissoko", Sex.MALE, false, "président");
    private static final Person GARDENER = new Person("Fatoumata Coulibaly", Sex.FEMALE, true, "secrétaire");
    private static final Person OTHER_GARDENER = new Person("Awa Dembélé", Sex.FEMALE, false, "présidente");
    private static final Person ENGINEER = new Person("Drissa Sanogo", Sex.MALE, false, "chef du service local");
    private static final Person FACILITATOR = new Person("Kadidia Touré", Sex.FEMALE, false, "animatrice");
    private static final Person FISHERS_CHIEF = new Person("Sékou Kanta", Sex.MALE, false, "président");

    private RegionId segou;
    private CercleId segouCercle;
    private CommuneId togou;
    private OrganisationId municipality;
    private OrganisationId riceGrowers;
    private OrganisationId gardeners;
    private OrganisationId ruralEngineering;
    private OrganisationId pact;
    private OrganisationId fishers;

    private FrameworkId framework;
    private NeedId pumpNeed;
    private NeedId radioNeed;
    private NeedId shedNeed;
    private PlanId firstPlan;
    private ActionId pumpRepair;
    private ActionId radio;
    private PlanId secondPlan;
    private ActionId radioContinued;
    private ActionId shed;

    @Test
    public void the_framework_lives_through_a_suspension_a_special_delegation_and_a_missed_cycle() {
        theCommuneEstablishesItsFramework();
        theFirstCycleStarts();
        theRiceGrowersHaveANewPresident();
        theGardenersCorrectANeedButAPlannedOneStaysAsNegotiated();
        theSecondMeetingIsPostponedPastThePlansEnd();
        theSecondMeetingReviewsWithoutAgreeingOnAPlan();
        theThirdMeetingAdoptsThePlanTheSecondCouldNot();
        aCommitteeMemberLeavesOnlyOnceAnotherGardenerJoins();
        theFourthMeetingIsCancelled();
        theMissedCycleShowsWithoutWaitingForAConvocation();
        theFrameworkIsSuspendedWhenTheCouncilsMandateRunsOut();
        theSpecialDelegationRenewsTheFramework();
        aCatchUpMeetingPutsTheFrameworkBackOnTrack();
        theSpecialDelegationAddsFishing();

        everyVerdictReadsInFrenchAndInEnglish();
    }

    private void theCommuneEstablishesItsFramework() {
        segou = accepted(process.registerRegion(new RegisterRegion("04", "Ségou", Effective.ALWAYS))).id();
        segouCercle = accepted(process.registerCercle(new RegisterCercle("0406", "Ségou", segou, Effective.ALWAYS))).id();
        togou = accepted(process.registerCommune(new RegisterCommune("04060105", "Togou", List.of(),
                new Assignment(segouCercle, segou, Effective.ALWAYS), new Population(24_000, 2009),
                new GeoPoint(13.83, -5.9)))).id();
        municipality = registers("Mairie de Togou", OrganisationKind.MUNICIPALITY, togou, Set.of());
        riceGrowers = registers("Coopérative rizicole de Togou", OrganisationKind.COOPERATIVE, togou, Set.of(IRRIGATION));
        gardeners = registers("Groupement des maraîchères de Togou", OrganisationKind.GROUP, togou, Set.of(MARKET_GARDENING));
        ruralEngineering = registers("Service local du génie rural de Ségou", OrganisationKind.TECHNICAL_SERVICE, null,
                Set.of(IRRIGATION, MARKET_GARDENING));
        pact = registers("PACT", OrganisationKind.SUPPORT_PROGRAMME, null, Set.of());
        fishers = registers("Association des pêcheurs bozo de Togou", OrganisationKind.ASSOCIATION, togou, Set.of(FISHING));

        framework = accepted(process.propose(new ProposeFramework(togou, "Cadre de concertation de Togou",
                List.of(IRRIGATION, MARKET_GARDENING), day(2019, 1, 7)))).id();
        joins(municipality, List.of(), MAYOR);
        joins(riceGrowers, List.of(IRRIGATION), RICE_PRESIDENT);
        joins(gardeners, List.of(MARKET_GARDENING), GARDENER, OTHER_GARDENER);
        joins(ruralEngineering, List.of(), ENGINEER);
        joins(pact, List.of(), FACILITATOR);
        accepted(process.establish(new EstablishFramework(framework, new CouncilDeliberation("2019-002/CR-TGU",
                day(2019, 1, 18), "Création du cadre de concertation de la petite irrigation et du maraîchage"),
                day(2019, 1, 21))));
        pumpNeed = need(riceGrowers, IRRIGATION, NeedKind.INVESTMENT, "Réparation de la motopompe du PIV", 2_500_000,
                day(2019, 2, 4));
        radioNeed = need(gardeners, MARKET_GARDENING, NeedKind.BUSINESS_ENVIRONMENT_MEASURE,
                "Information sur les prix des légumes à la radio rurale", null, day(2019, 2, 4));
    }

    private void theFirstCycleStarts() {
        MeetingId first = convenes(day(2019, 2, 26), day(2019, 2, 15)).id();
        attendAndHold(first, day(2019, 2, 26), present(municipality, MAYOR), present(riceGrowers, RICE_PRESIDENT),
                present(gardeners, GARDENER), present(ruralEngineering, ENGINEER), present(pact, FACILITATOR));
        ActionPlan plan = accepted(process.adopt(new AdoptActionPlan(framework, first, Period.of(day(2019, 3, 1),
                day(2019, 5, 31)), List.of(
                ActionSpec.of("Réparation de la motopompe du PIV", IRRIGATION, ActionKind.INFRASTRUCTURE, municipality,
                        day(2019, 4, 30), xof(2_500_000), List.of(CostShare.pledge(municipality, CASH, xof(2_000_000)),
                                CostShare.pledge(riceGrowers, IN_KIND, xof(500_000))))
                        .addressing(List.of(pumpNeed))
                        .registeredIn(new PdescReference("PDESC 2017-2021, PAI 2019 n° 4", "BP 2019 art. 12")),
                ActionSpec.of("Émissions radio sur les prix des légumes", MARKET_GARDENING, ActionKind.COMMUNICATION,
                        gardeners, day(2019, 5, 15), xof(120_000), List.of(CostShare.pledge(gardeners, CASH, xof(120_000))))
                        .addressing(List.of(radioNeed))), day(2019, 2, 26))));
        firstPlan = plan.id();
        pumpRepair = plan.actions().get(0).id();
        radio = plan.actions().get(1).id();
        accepted(process.install(new InstallCommittee(framework, first, List.of(
                CommitteeMember.from(day(2019, 2, 26), municipality, MUNICIPALITY, MAYOR),
                CommitteeMember.from(day(2019, 2, 26), riceGrowers, PROFESSIONAL_ORGANISATION, RICE_PRESIDENT),
                CommitteeMember.from(day(2019, 2, 26), gardeners, PROFESSIONAL_ORGANISATION, GARDENER),
                CommitteeMember.from(day(2019, 2, 26), ruralEngineering, TECHNICAL_SERVICE, ENGINEER)),
                "Suivi du plan d'action du cycle 1", List.of("Suivre le calendrier", "Signaler les obstacles"), null,
                day(2019, 2, 26))));
    }

    private void theRiceGrowersHaveANewPresident() {
        ConsultationFramework changed = accepted(process.changeRepresentatives(new ChangeRepresentatives(framework,
                riceGrowers, List.of(NEW_RICE_PRESIDENT), day(2019, 3, 10))));
        assertThat(changed.currentMembership(riceGrowers).orElseThrow().representatives())
                .containsExactly(NEW_RICE_PRESIDENT);
    }

    private void theGardenersCorrectANeedButAPlannedOneStaysAsNegotiated() {
        shedNeed = need(gardeners, MARKET_GARDENING, NeedKind.INVESTMENT, "Hangar de stockage des légumes", 3_000_000,
                day(2019, 3, 12));
        accepted(process.correctNeed(new CorrectNeed(shedNeed, MARKET_GARDENING, NeedKind.INVESTMENT,
                "Hangar de stockage des légumes avec claies de séchage", xof(3_600_000),
                "Devis du menuisier reçu", day(2019, 3, 20))));
        assertThat(repositories.needs().get(shedNeed).estimatedCost()).contains(xof(3_600_000));

        refused(process.correctNeed(new CorrectNeed(pumpNeed, IRRIGATION, NeedKind.INVESTMENT,
                "Remplacement de la motopompe", xof(6_000_000), "La pompe est hors d'usage", day(2019, 3, 20))),
                blocking("NEED-3", "not-open"));
    }

    private MeetingId second;

    private void theSecondMeetingIsPostponedPastThePlansEnd() {
        second = convenes(day(2019, 5, 28), day(2019, 5, 10)).id();
        Meeting postponed = accepted(process.postpone(new PostponeMeeting(second, day(2019, 6, 4),
                "Campagne de vaccination dans les villages le 28 mai", day(2019, 5, 25))),
                warning("CYC-2", "postponed-after-plan-end"), info("MEET-2", "tell-invitees-postponed"));
        assertThat(postponed.plannedOn()).isEqualTo(day(2019, 6, 4));
        assertThat(postponed.sequence()).isEqualTo(2);
    }

    private void theSecondMeetingReviewsWithoutAgreeingOnAPlan() {
        attendAndHold(second, day(2019, 6, 4), present(municipality, MAYOR), present(riceGrowers, NEW_RICE_PRESIDENT),
                present(gardeners, GARDENER), present(ruralEngineering, ENGINEER));
        accepted(process.review(new ReviewPlan(firstPlan, second, List.of(
                new ActionReview(pumpRepair, ReviewOutcome.DONE, null),
                new ActionReview(radio, ReviewOutcome.CARRIED_OVER, "La radio rurale était en panne")), day(2019, 6, 4))));
        // the rice growers and the gardeners do not agree on who pays for the shed: no plan today, and
        // with plan 1 over and no meeting ahead, the framework is overdue until the next is convened
        assertThat(followUp(day(2019, 6, 6))).extracting(Verdict::messageKey).containsExactly("CYC-3.overdue");
    }

    private void theThirdMeetingAdoptsThePlanTheSecondCouldNot() {
        MeetingId third = convenes(day(2019, 6, 20), day(2019, 6, 10)).id();
        attendAndHold(third, day(2019, 6, 20), present(municipality, MAYOR), present(riceGrowers, NEW_RICE_PRESIDENT),
                present(gardeners, OTHER_GARDENER), present(ruralEngineering, ENGINEER), present(pact, FACILITATOR));
        ActionPlan plan = accepted(process.adopt(new AdoptActionPlan(framework, third, Period.of(day(2019, 7, 1),
                day(2019, 9, 30)), List.of(
                repositories.plans().get(firstPlan).action(radio).carryOver(day(2019, 7, 31)),
                ActionSpec.of("Hangar de stockage des légumes", MARKET_GARDENING, ActionKind.INFRASTRUCTURE, municipality,
                        day(2019, 9, 15), xof(3_600_000), List.of(CostShare.pledge(municipality, CASH, xof(3_000_000)),
                                CostShare.pledge(gardeners, IN_KIND, xof(600_000))))
                        .addressing(List.of(shedNeed))
                        .registeredIn(new PdescReference("PDESC 2017-2021, PAI 2019 n° 9", "BA 2019 art. 3"))),
                day(2019, 6, 20))), warning("MON-2", "revise-mandate"), info("CYC-1", "adopted-at-later-meeting"));
        secondPlan = plan.id();
        radioContinued = plan.actions().get(0).id();
        shed = plan.actions().get(1).id();
        accepted(process.reviseMandate(new ReviseMandate(framework, "Suivi du plan d'action du cycle 2",
                List.of("Suivre le calendrier", "Suivre la construction du hangar"), plan.period(), secondPlan,
                "Nouveau plan adopté", day(2019, 6, 20))));
    }

    private void aCommitteeMemberLeavesOnlyOnceAnotherGardenerJoins() {
        refused(process.removeCommitteeMember(new RemoveCommitteeMember(framework, gardeners, GARDENER.name(),
                day(2019, 7, 15), "Elle part étudier à Bamako")), blocking("MON-1", "last-of-sector-leaving"));
        accepted(process.addCommitteeMember(new AddCommitteeMember(framework, gardeners, OTHER_GARDENER,
                day(2019, 7, 15))));
        accepted(process.removeCommitteeMember(new RemoveCommitteeMember(framework, gardeners, GARDENER.name(),
                day(2019, 7, 15), "Elle part étudier à Bamako")));
    }

    private void theFourthMeetingIsCancelled() {
        MeetingId fourth = convenes(day(2019, 9, 26), day(2019, 9, 10)).id();
        Meeting cancelled = accepted(process.cancel(new CancelMeeting(fourth,
                "Le préfet interdit les rassemblements : routes peu sûres", day(2019, 9, 24))),
                info("MEET-2", "tell-invitees-cancelled"));
        assertThat(cancelled.status()).isEqualTo(MeetingStatus.CANCELLED);
    }

    private void theMissedCycleShowsWithoutWaitingForAConvocation() {
        assertThat(followUp(day(2019, 9, 30))).isEmpty();
        assertThat(followUp(day(2019, 10, 15))).extracting(v -> v.ruleId(), v -> v.messageKey())
                .containsExactly(tuple("CYC-3", "CYC-3.overdue"));
        // three meetings held of the three due: the first, and one by the end of each plan; one framework overdue
        assertThat(Indicators.of(repositories, framework, day(2019, 10, 15)).meetings())
                .isEqualTo(new MeetingIndicators(3, 3, 1));
    }

    private void theFrameworkIsSuspendedWhenTheCouncilsMandateRunsOut() {
        ConsultationFramework suspended = accepted(process.suspend(new SuspendFramework(framework,
                "Le mandat du conseil communal a expiré ; la délégation spéciale n'est pas encore installée",
                day(2019, 11, 4))));
        assertThat(suspended.status()).isEqualTo(FrameworkStatus.SUSPENDED);
        assertThatThrownBy(() -> convenes(day(2019, 12, 5), day(2019, 11, 20)))
                .isInstanceOf(InvariantViolationException.class).hasMessageContaining("suspended");
        // a suspended framework is not overdue: nobody may convene it
        assertThat(followUp(day(2019, 12, 15))).isEmpty();
        assertThat(Indicators.of(repositories, framework, day(2019, 12, 15)).meetings())
                .isEqualTo(new MeetingIndicators(3, 3, 0));
    }

    private void theSpecialDelegationRenewsTheFramework() {
        ConsultationFramework renewed = accepted(process.recordDeliberation(new RecordDeliberation(framework,
                new CouncilDeliberation("2020-001/DS-TGU", day(2020, 2, 10),
                        "Maintien du cadre de concertation de la petite irrigation et du maraîchage",
                        DeliberatingBody.SPECIAL_DELEGATION),
                DeliberationOutcome.RENEWAL, List.of(), day(2020, 2, 10))));
        assertThat(renewed.status()).isEqualTo(FrameworkStatus.ACTIVE);
        assertThat(renewed.deliberations()).hasSize(2);
        assertThat(followUp(day(2020, 2, 12))).extracting(v -> v.messageKey()).containsExactly("CYC-3.overdue");
    }

    private void aCatchUpMeetingPutsTheFrameworkBackOnTrack() {
        MeetingId fifth = convenes(day(2020, 2, 27), day(2020, 2, 14), warning("CYC-2", "meeting-after-plan-end")).id();
        assertThat(followUp(day(2020, 2, 15))).isEmpty();
        attendAndHold(fifth, day(2020, 2, 27), present(municipality, SPECIAL_DELEGATE),
                present(riceGrowers, NEW_RICE_PRESIDENT), present(gardeners, OTHER_GARDENER),
                present(ruralEngineering, ENGINEER));
        accepted(process.review(new ReviewPlan(secondPlan, fifth, List.of(
                new ActionReview(radioContinued, ReviewOutcome.DONE, null),
                new ActionReview(shed, ReviewOutcome.CARRIED_OVER, "Travaux arrêtés pendant la suspension")),
                day(2020, 2, 27))));
        ActionPlan third = accepted(process.adopt(new AdoptActionPlan(framework, fifth, Period.of(day(2020, 3, 1),
                day(2020, 5, 31)), List.of(repositories.plans().get(secondPlan).action(shed).carryOver(day(2020, 5, 15))),
                day(2020, 2, 27))), warning("MON-2", "revise-mandate"));
        assertThat(third.cycle()).isEqualTo(3);
        assertThat(followUp(day(2020, 3, 15))).isEmpty();
        // the catch-up meeting counts as held, late; the next is due by the end of plan 3
        assertThat(Indicators.of(repositories, framework, day(2020, 3, 15)).meetings())
                .isEqualTo(new MeetingIndicators(3, 4, 0));
    }

    private void theSpecialDelegationAddsFishing() {
        ConsultationFramework changed = accepted(process.recordDeliberation(new RecordDeliberation(framework,
                new CouncilDeliberation("2020-004/DS-TGU", day(2020, 3, 20),
                        "Ajout de la pêche aux filières prioritaires du cadre", DeliberatingBody.SPECIAL_DELEGATION),
                DeliberationOutcome.SECTORS_CHANGE, List.of(IRRIGATION, MARKET_GARDENING, FISHING), day(2020, 3, 20))),
                warning("EST-3", "new-sector-unrepresented"), warning("GOV-2", "to-confirm"));
        assertThat(changed.prioritySectors()).containsExactly(IRRIGATION, MARKET_GARDENING, FISHING);
        accepted(process.admit(new AdmitMember(framework, fishers, List.of(FISHING), List.of(FISHERS_CHIEF),
                day(2020, 3, 25))));
    }

    // ---- steps

    private OrganisationId registers(String name, OrganisationKind kind, CommuneId commune, Set<Sector> sectors) {
        return accepted(process.registerOrganisation(new RegisterOrganisation(name, null, kind, commune, sectors,
                null, null, day(2019, 1, 7)))).id();
    }

    private void joins(OrganisationId organisation, List<Sector> sectors, Person... representatives) {
        accepted(process.admit(new AdmitMember(framework, organisation, sectors, List.of(representatives),
                day(2019, 1, 7))));
    }

    private NeedId need(OrganisationId raisedBy, Sector sector, NeedKind kind, String description, Integer cost,
            LocalDate on) {
        return accepted(process.recordNeed(new RecordNeed(framework, raisedBy, sector, kind, description,
                cost == null ? null : xof(cost), on))).id();
    }

    private Meeting convenes(LocalDate plannedOn, LocalDate issuedOn, Tuple... verdicts) {
        return accepted(process.convene(new ConveneMeeting(framework, plannedOn, "Salle de la mairie de Togou",
                municipality, issuedOn, List.of(), List.of())), verdicts);
    }

    private void attendAndHold(MeetingId meeting, LocalDate on, Attendance... attendees) {
        attend(meeting, on, attendees);
        accepted(process.hold(new HoldMeeting(meeting, on)));
    }

    private List<Verdict> followUp(LocalDate on) {
        return said(process.followUp(new FollowUp(framework, on)));
    }

    private static Money xof(long amount) {
        return Money.xof(amount);
    }

    private static LocalDate day(int year, int month, int dayOfMonth) {
        return LocalDate.of(year, month, dayOfMonth);
    }
}
