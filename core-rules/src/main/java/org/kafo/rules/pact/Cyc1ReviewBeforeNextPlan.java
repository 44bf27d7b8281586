package org.kafo.rules.pact;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.kafo.model.common.ActionId;
import org.kafo.model.framework.FrameworkId;
import org.kafo.model.meeting.Meeting;
import org.kafo.model.plan.Action;
import org.kafo.model.plan.ActionPlan;
import org.kafo.model.plan.ActionReview;
import org.kafo.model.plan.ActionSpec;
import org.kafo.model.plan.ActionStatus;
import org.kafo.model.plan.PlanReview;
import org.kafo.rules.RuleDefinition;
import org.kafo.rules.RuleProfile;
import org.kafo.rules.Situation;
import org.kafo.rules.Verdict;
import org.kafo.rules.command.AdoptActionPlan;
import org.kafo.rules.command.ReviewPlan;

/**
 * CYC-1: a new plan is adopted only at a meeting that reviewed the previous plan, each of its
 * actions closed as done, carried over, or dropped with a reason. "The successive nature of the
 * consultation framework meetings means that progress can be measured, required adjustments made
 * and new activities programmed."
 *
 * <p>On {@link AdoptActionPlan} of a later cycle (the framework already has a plan), blocking when
 * the previous plan was not reviewed ({@code CYC-1.previous-not-reviewed}), or when the adopting
 * meeting comes before the one that reviewed it: numbered before it or held before the review's day
 * ({@code CYC-1.adopted-before-review}). A plan may be adopted at a later held meeting than the one
 * that reviewed the previous plan (a review with no agreement on the next plan, the adoption at the
 * next meeting): that is said as an info ({@code CYC-1.adopted-at-later-meeting}) naming both
 * meetings, so the gap between review and adoption shows in the record. A warning for
 * each action the review carried over that no action of the new plan continues
 * ({@code CYC-1.carried-over-missing}, through {@link ActionSpec#carriedFrom()}).
 *
 * <p>On {@link ReviewPlan}, blocking when:
 * <ul>
 *   <li>the reviewing meeting is not a meeting of the framework ({@code CYC-1.meeting-unknown}) or
 *       was not held ({@code CYC-1.meeting-not-held});</li>
 *   <li>the plan is not one of the framework's ({@code CYC-1.unknown-plan}), was already reviewed
 *       ({@code CYC-1.already-reviewed}), or is reviewed at the very meeting that adopted it
 *       ({@code CYC-1.reviewed-at-adopting-meeting}): progress is measured after the work;</li>
 *   <li>an action of the plan gets no decision ({@code CYC-1.action-undecided}), two decisions
 *       ({@code CYC-1.action-decided-twice}), or a decision names an action the plan does not have
 *       ({@code CYC-1.unknown-action}). A drop without a reason cannot even be written
 *       ({@link ActionReview} refuses it).</li>
 * </ul>
 */
public final class Cyc1ReviewBeforeNextPlan {

    public static final String ID = "CYC-1";

    private Cyc1ReviewBeforeNextPlan() {
    }

    public static RuleDefinition definition() {
        return RuleDefinition.of(ID)
                .on(AdoptActionPlan.class, Cyc1ReviewBeforeNextPlan::onNextPlan)
                .on(ReviewPlan.class, Cyc1ReviewBeforeNextPlan::onReview)
                .build();
    }

    private static List<Verdict> onNextPlan(AdoptActionPlan command, Situation situation, RuleProfile profile) {
        Optional<ActionPlan> latest = situation.latestPlan();
        if (latest.isEmpty()) {
            return List.of();
        }
        FrameworkId framework = situation.framework().id();
        String frameworkName = situation.framework().name();
        ActionPlan previous = latest.get();
        Optional<PlanReview> review = previous.review();
        if (review.isEmpty()) {
            return List.of(Verdict.blocking(ID, ID + ".previous-not-reviewed", "framework", frameworkName,
                    "frameworkId", framework,
                    "plan", previous.cycle(), "planId", previous.id(),
                    "meeting", Labels.meeting(command.meeting(), situation), "meetingId", command.meeting()));
        }
        List<Verdict> verdicts = new ArrayList<>();
        if (!review.get().meeting().equals(command.meeting())) {
            Optional<Meeting> adopting = situation.meeting(command.meeting());
            Optional<Meeting> reviewing = situation.meeting(review.get().meeting());
            if (adopting.isPresent() && reviewing.isPresent()) {
                Meeting at = adopting.get();
                boolean before = at.sequence() < reviewing.get().sequence()
                        || at.heldOn().filter(held -> held.isBefore(review.get().reviewedOn())).isPresent();
                Object[] facts = {"framework", frameworkName, "plan", previous.cycle(),
                        "meeting", at.sequence(), "reviewedAt", reviewing.get().sequence(),
                        "reviewedOn", review.get().reviewedOn(), "frameworkId", framework, "planId", previous.id(),
                        "meetingId", at.id(), "reviewedAtId", reviewing.get().id()};
                if (before) {
                    return List.of(Verdict.blocking(ID, ID + ".adopted-before-review", facts));
                }
                verdicts.add(Verdict.info(ID, ID + ".adopted-at-later-meeting", facts));
            }
        }
        Set<ActionId> continued = new HashSet<>();
        for (ActionSpec spec : command.actions()) {
            if (spec.carriedFrom() != null) {
                continued.add(spec.carriedFrom());
            }
        }
        for (Action action : previous.actions()) {
            if (action.status() == ActionStatus.CARRIED_OVER && !continued.contains(action.id())) {
                verdicts.add(Verdict.warning(ID, ID + ".carried-over-missing", "framework", frameworkName,
                        "frameworkId", framework,
                        "action", action.title(), "actionId", action.id(), "cycle", previous.cycle() + 1));
            }
        }
        return verdicts;
    }

    private static List<Verdict> onReview(ReviewPlan command, Situation situation, RuleProfile profile) {
        FrameworkId framework = situation.framework().id();
        String frameworkName = situation.framework().name();
        List<Verdict> verdicts = new ArrayList<>();
        DecidingMeeting.refusal(ID, command.meeting(), situation).ifPresent(verdicts::add);
        Optional<ActionPlan> found = situation.plan(command.plan()).filter(p -> p.framework().equals(framework));
        if (found.isEmpty()) {
            verdicts.add(Verdict.blocking(ID, ID + ".unknown-plan", "framework", frameworkName,
                    "frameworkId", framework,
                    "planId", command.plan()));
            return verdicts;
        }
        ActionPlan plan = found.get();
        if (plan.review().isPresent()) {
            verdicts.add(Verdict.blocking(ID, ID + ".already-reviewed", "framework", frameworkName,
                    "frameworkId", framework,
                    "plan", plan.cycle(), "planId", plan.id(), "reviewedOn", plan.review().get().reviewedOn()));
            return verdicts;
        }
        if (plan.adoptedAt().equals(command.meeting())) {
            verdicts.add(Verdict.blocking(ID, ID + ".reviewed-at-adopting-meeting", "framework", frameworkName,
                    "frameworkId", framework,
                    "plan", plan.cycle(), "planId", plan.id(),
                    "meeting", Labels.meeting(command.meeting(), situation), "meetingId", command.meeting()));
        }
        Set<ActionId> decided = new HashSet<>();
        for (ActionReview decision : command.decisions()) {
            Optional<Action> action = plan.findAction(decision.action());
            if (action.isEmpty()) {
                verdicts.add(Verdict.blocking(ID, ID + ".unknown-action", "framework", frameworkName,
                        "frameworkId", framework,
                        "plan", plan.cycle(), "planId", plan.id(), "actionId", decision.action()));
            } else if (!decided.add(decision.action())) {
                verdicts.add(Verdict.blocking(ID, ID + ".action-decided-twice", "framework", frameworkName,
                        "frameworkId", framework,
                        "plan", plan.cycle(), "planId", plan.id(), "action", action.get().title(),
                        "actionId", decision.action()));
            }
        }
        for (Action action : plan.actions()) {
            if (!decided.contains(action.id())) {
                verdicts.add(Verdict.blocking(ID, ID + ".action-undecided", "framework", frameworkName,
                        "frameworkId", framework,
                        "plan", plan.cycle(), "planId", plan.id(), "action", action.title(), "actionId", action.id()));
            }
        }
        return verdicts;
    }
}
