package org.kafo.rules.indicator;

import static org.kafo.rules.process.ProcessFixture.AGRONOMIST;
import static org.kafo.rules.process.ProcessFixture.FIRST_MEETING_ON;
import static org.kafo.rules.process.ProcessFixture.FIRST_PLAN;
import static org.kafo.rules.process.ProcessFixture.GARDENERS_PRESIDENT;
import static org.kafo.rules.process.ProcessFixture.GARDENING;
import static org.kafo.rules.process.ProcessFixture.IRRIGATION;
import static org.kafo.rules.process.ProcessFixture.MAYOR;
import static org.kafo.rules.process.ProcessFixture.SECOND_MEETING_ON;
import static org.kafo.rules.process.ProcessFixture.SECOND_PLAN;
import static org.kafo.rules.process.ProcessFixture.accepted;

import java.time.LocalDate;
import java.util.List;
import org.kafo.model.committee.CommitteeEvent;
import org.kafo.model.committee.ObstacleId;
import org.kafo.model.common.ActionId;
import org.kafo.model.common.Money;
import org.kafo.model.framework.FrameworkId;
import org.kafo.model.meeting.Attendance;
import org.kafo.model.meeting.MeetingId;
import org.kafo.model.need.NeedId;
import org.kafo.model.need.NeedKind;
import org.kafo.model.organisation.OrganisationId;
import org.kafo.model.organisation.PartyCategory;
import org.kafo.model.plan.ActionKind;
import org.kafo.model.plan.ActionReview;
import org.kafo.model.plan.ActionSpec;
import org.kafo.model.plan.ActionStatus;
import org.kafo.model.plan.ContributionForm;
import org.kafo.model.plan.CostShare;
import org.kafo.model.plan.PdescReference;
import org.kafo.model.plan.PlanId;
import org.kafo.model.plan.ReviewOutcome;
import org.kafo.rules.command.ChangeActionStatus;
import org.kafo.rules.command.DeliverContribution;
import org.kafo.rules.command.FileReport;
import org.kafo.rules.command.HoldMeeting;
import org.kafo.rules.command.RecordAttendance;
import org.kafo.rules.command.RecordNeed;
import org.kafo.rules.command.RecordObstacle;
import org.kafo.rules.command.RegisterInPdesc;
import org.kafo.rules.command.ResolveObstacle;
import org.kafo.rules.command.ReviewPlan;
import org.kafo.rules.command.ReviseMandate;
import org.kafo.rules.command.WithdrawNeed;
import org.kafo.rules.process.ConsultationProcess;
import org.kafo.rules.process.ProcessFixture;

/**
 * Two cycles of the Dioro framework, recorded through the process. The numbers the indicator
 * tests expect are worked out by hand in their comments from this story.
 *
 * <pre>
 * 2008-01-21 established; members: municipality, irrigators (irrigation), gardeners (gardening), agriculture
 * 2008-02-04 needs: N1 borehole, N2 price information, N3 market shed, N4 market day (withdrawn 02-20)
 * 2008-02-28 meeting 1 held: mayor, irrigators' president, gardeners' president, a young gardener
 *            plan 1 (03-01..05-31): A1 borehole (due 05-15, N1, 6 M: commune 4.5 M cash, irrigators 1.5 M in kind)
 *                                   A2 radio reports (due 04-30, N2, 150 k gardeners' cash)
 *                                   A3 training (due 04-15, 300 k the support programme's cash)
 *            committee installed: mayor, a young irrigator, gardeners' president
 * 2008-03-10 A1 in the PDESC with its budget line
 * 2008-04-01 report 1 filed
 * 2008-04-10 obstacle O1 on A3; A3 blocked
 * 2008-04-20 obstacle O2 on A1, resolved 04-25
 * 2008-04-30 irrigators deliver 1 M in kind; 05-05 commune delivers 4.5 M, gardeners 150 k
 * 2008-05-05 A2 done (late); 05-10 A1 done (on time)
 * 2008-05-29 meeting 2 held: mayor, gardeners' president, agronomist (O1 on its agenda: reported)
 *            plan 1 reviewed: A1 done, A2 done, A3 carried over -> N1 and N2 met
 *            plan 2 (06-01..08-31): A4 = A3 carried over (due 07-15, 300 k)
 *                                   A5 market shed (due 08-20, N3, in the PDESC without budget line,
 *                                      2.5 M: commune 2 M cash, gardeners 500 k in kind)
 *            mandate revised over plan 2
 * 2008-06-10 A4 in progress
 * 2008-07-01 report 2 filed
 * 2008-08-05 O1 resolved
 * 2008-09-10 need N5 (capacity building) identified
 * </pre>
 */
final class DioroHistory {

    final ProcessFixture given = new ProcessFixture();
    final FrameworkId framework;
    final NeedId borehole;
    final NeedId priceInformation;
    final NeedId marketShed;
    final NeedId marketDay;
    final MeetingId first;
    final MeetingId second;
    final PlanId firstPlan;
    final PlanId secondPlan;

    DioroHistory() {
        ConsultationProcess process = given.process;
        framework = given.establishedFramework();
        borehole = given.need(framework, given.irrigators, IRRIGATION, NeedKind.INVESTMENT, "Forage");
        priceInformation = given.need(framework, given.gardeners, GARDENING, NeedKind.BUSINESS_ENVIRONMENT_MEASURE,
                "Information sur les prix");
        marketShed = given.need(framework, given.gardeners, GARDENING, NeedKind.INVESTMENT, "Hangar de marché");
        marketDay = given.need(framework, given.gardeners, GARDENING, NeedKind.BUSINESS_ENVIRONMENT_MEASURE,
                "Jour de marché");
        accepted(process.withdrawNeed(new WithdrawNeed(marketDay, "obtenu du conseil communal", day(2, 20))));

        first = given.heldMeeting(framework, FIRST_MEETING_ON);
        firstPlan = given.adoptedPlan(framework, first, FIRST_PLAN,
                given.borehole(day(5, 15)).addressing(List.of(borehole)),
                given.radioReports(day(4, 30)).addressing(List.of(priceInformation)),
                given.training(day(4, 15)));
        ActionId a1 = action(firstPlan, 0);
        ActionId a2 = action(firstPlan, 1);
        ActionId a3 = action(firstPlan, 2);
        given.installedCommittee(framework, first);
        accepted(process.registerInPdesc(new RegisterInPdesc(firstPlan, a1,
                new PdescReference("PDESC 2008-2012, PAI 2008 n° 14", "BP 2008 art. 23"), day(3, 10))));
        accepted(process.fileReport(new FileReport(framework, "Le forage est commandé", day(4, 1))));
        ObstacleId trainer = recordObstacle(firstPlan, a3, "Formateur indisponible", day(4, 10));
        accepted(process.changeActionStatus(new ChangeActionStatus(firstPlan, a3, ActionStatus.BLOCKED,
                "Formateur indisponible", day(4, 10))));
        ObstacleId cement = recordObstacle(firstPlan, a1, "Ciment en rupture", day(4, 20));
        accepted(process.resolveObstacle(new ResolveObstacle(framework, cement, "Ciment acheté à Ségou",
                day(4, 25))));
        deliver(firstPlan, a1, given.irrigators, ContributionForm.IN_KIND, 1_000_000, day(4, 30));
        deliver(firstPlan, a1, given.municipality, ContributionForm.CASH, 4_500_000, day(5, 5));
        deliver(firstPlan, a2, given.gardeners, ContributionForm.CASH, 150_000, day(5, 5));
        accepted(process.changeActionStatus(new ChangeActionStatus(firstPlan, a2, ActionStatus.DONE, null,
                day(5, 5))));
        accepted(process.changeActionStatus(new ChangeActionStatus(firstPlan, a1, ActionStatus.DONE, null,
                day(5, 10))));

        second = given.convenedMeeting(framework, SECOND_MEETING_ON);
        accepted(process.recordAttendance(new RecordAttendance(second, List.of(
                new Attendance(given.municipality, PartyCategory.MUNICIPALITY, MAYOR),
                new Attendance(given.gardeners, PartyCategory.PROFESSIONAL_ORGANISATION, GARDENERS_PRESIDENT),
                new Attendance(given.agriculture, PartyCategory.TECHNICAL_SERVICE, AGRONOMIST)), SECOND_MEETING_ON)));
        accepted(process.hold(new HoldMeeting(second, SECOND_MEETING_ON)));
        accepted(process.review(new ReviewPlan(firstPlan, second, List.of(
                new ActionReview(a1, ReviewOutcome.DONE, null),
                new ActionReview(a2, ReviewOutcome.DONE, null),
                new ActionReview(a3, ReviewOutcome.CARRIED_OVER, "formateur indisponible")), SECOND_MEETING_ON)));
        secondPlan = given.adoptedPlan(framework, second, SECOND_PLAN,
                given.plan(firstPlan).action(a3).carryOver(day(7, 15)),
                marketShed(day(8, 20)).addressing(List.of(marketShed))
                        .registeredIn(new PdescReference("PDESC 2008-2012, PAI 2008 n° 15", null)));
        accepted(process.reviseMandate(new ReviseMandate(framework, "Suivi du plan 2",
                List.of("Vérifier l'avancement", "Suivre le chantier du hangar"), SECOND_PLAN, secondPlan,
                "nouveau plan", SECOND_MEETING_ON)));
        accepted(process.changeActionStatus(new ChangeActionStatus(secondPlan, action(secondPlan, 0),
                ActionStatus.IN_PROGRESS, null, day(6, 10))));
        accepted(process.fileReport(new FileReport(framework, "La formation a repris", day(7, 1))));
        accepted(process.resolveObstacle(new ResolveObstacle(framework, trainer, "Nouveau formateur", day(8, 5))));
        accepted(process.recordNeed(new RecordNeed(framework, given.irrigators, IRRIGATION,
                NeedKind.CAPACITY_BUILDING, "Gestion de la coopérative", null, day(9, 10))));
    }

    static LocalDate day(int month, int dayOfMonth) {
        return LocalDate.of(2008, month, dayOfMonth);
    }

    private ActionSpec marketShed(LocalDate due) {
        return ActionSpec.of("Hangar du marché", GARDENING, ActionKind.INFRASTRUCTURE, given.municipality, due,
                Money.xof(2_500_000), List.of(
                        CostShare.pledge(given.municipality, ContributionForm.CASH, Money.xof(2_000_000)),
                        CostShare.pledge(given.gardeners, ContributionForm.IN_KIND, Money.xof(500_000))));
    }

    private ActionId action(PlanId plan, int index) {
        return given.plan(plan).actions().get(index).id();
    }

    private ObstacleId recordObstacle(PlanId plan, ActionId action, String description, LocalDate on) {
        var outcome = given.process.recordObstacle(new RecordObstacle(framework, plan, action, description, on));
        accepted(outcome);
        return ((CommitteeEvent.ObstacleRecorded) outcome.events().get(0)).obstacle();
    }

    private void deliver(PlanId plan, ActionId action, OrganisationId party,
            ContributionForm form, long amount, LocalDate on) {
        accepted(given.process.deliver(new DeliverContribution(plan, action, party, form, Money.xof(amount), on)));
    }
}
