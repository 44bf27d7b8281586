package org.kafo.rules.process;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.kafo.model.common.ActionId;
import org.kafo.model.framework.ConsultationFramework;
import org.kafo.model.meeting.Meeting;
import org.kafo.model.need.Need;
import org.kafo.model.need.NeedId;
import org.kafo.model.need.NeedStatus;
import org.kafo.model.organisation.OrganisationId;
import org.kafo.model.plan.Action;
import org.kafo.model.plan.ActionPlan;
import org.kafo.model.plan.ActionSpec;
import org.kafo.model.plan.ActionStatus;
import org.kafo.model.plan.CostShare;
import org.kafo.model.plan.PlanId;
import org.kafo.model.plan.ProgressNote;
import org.kafo.rules.Situation;
import org.kafo.rules.command.AdoptActionPlan;
import org.kafo.rules.command.ChangeActionStatus;
import org.kafo.rules.command.Command;
import org.kafo.rules.command.DeliverContribution;
import org.kafo.rules.command.NoteProgress;
import org.kafo.rules.command.PledgeContribution;
import org.kafo.rules.command.RegisterInPdesc;
import org.kafo.rules.command.ReviewPlan;

/** Action plans: adopted at a meeting, followed action by action, reviewed at the next meeting. */
final class PlanUseCases extends UseCases {

    PlanUseCases(ChangeFlow flow) {
        super(flow);
    }

    /**
     * Adopts the plan of the next cycle, following the latest plan, and links every need its
     * actions address to the action that addresses it. The framework is saved with it, so that two
     * plans adopted on the same version of it cannot take the same cycle.
     */
    Outcome<ActionPlan> adopt(AdoptActionPlan command) {
        return flow.run(command, () -> {
            ConsultationFramework framework = repositories.frameworks().get(command.framework());
            Meeting meeting = meetingOf(framework.id(), command.meeting());
            Map<NeedId, Need> needs = new LinkedHashMap<>();
            for (ActionSpec spec : command.actions()) {
                for (NeedId id : spec.addresses()) {
                    Need need = needs.computeIfAbsent(id, repositories.needs()::get);
                    ChangeFlow.requireSameFramework(framework.id(), need.framework(), "need " + id);
                }
            }
            Situation situation = flow.situation(framework, partiesOf(command.actions()));
            return Intent.within(situation, changes -> {
                // The cycle is decided on this version of the framework, saved with the plan.
                changes.add(framework);
                ActionPlan latest = situation.latestPlan().orElse(null);
                ActionPlan plan = ActionPlan.adopt(framework.id(), latest == null ? 1 : latest.cycle() + 1,
                        latest == null ? null : latest.id(), command.period(), meeting.id(), command.on(),
                        command.actions());
                for (Action action : plan.actions()) {
                    for (NeedId id : action.addresses()) {
                        changes.add(needs.get(id)).addressWith(action.id(), command.on());
                    }
                }
                return plan;
            });
        });
    }

    private static List<OrganisationId> partiesOf(List<ActionSpec> specs) {
        List<OrganisationId> parties = new ArrayList<>();
        for (ActionSpec spec : specs) {
            if (spec.responsible() != null) {
                parties.add(spec.responsible());
            }
            spec.costShares().stream().map(CostShare::party).forEach(parties::add);
        }
        return parties;
    }

    /**
     * Reviews the plan. A need whose addressing actions are all done becomes met; an action carried
     * over into a later action that addresses the same need counts through its continuation.
     */
    Outcome<ActionPlan> review(ReviewPlan command) {
        return flow.run(command, () -> {
            ActionPlan plan = repositories.plans().get(command.plan());
            Meeting meeting = meetingOf(plan.framework(), command.meeting());
            ConsultationFramework framework = repositories.frameworks().get(plan.framework());
            Situation situation = flow.situation(framework);
            return Intent.within(situation, changes -> {
                plan.review(meeting.id(), command.on(), command.decisions());
                Map<ActionId, Action> actions = new HashMap<>();
                situation.plans().forEach(p -> p.actions().forEach(a -> actions.put(a.id(), a)));
                plan.actions().forEach(a -> actions.put(a.id(), a));
                Set<ActionId> doneHere = plan.actions().stream().filter(a -> a.status() == ActionStatus.DONE)
                        .map(Action::id).collect(Collectors.toSet());
                for (Need need : repositories.needs().findByFramework(framework.id())) {
                    if (need.status() == NeedStatus.PLANNED && need.addressedBy().stream().anyMatch(doneHere::contains)
                            && isMet(need, actions)) {
                        changes.add(need).markMet(command.on());
                    }
                }
                return plan;
            });
        });
    }

    private static boolean isMet(Need need, Map<ActionId, Action> actions) {
        List<Action> addressing = new ArrayList<>();
        for (ActionId id : need.addressedBy()) {
            Action action = actions.get(id);
            if (action == null) {
                return false;
            }
            addressing.add(action);
        }
        Set<ActionId> continued = addressing.stream().flatMap(a -> a.carriedFromAction().stream())
                .collect(Collectors.toSet());
        List<Action> standing = addressing.stream()
                .filter(a -> !(a.status() == ActionStatus.CARRIED_OVER && continued.contains(a.id()))).toList();
        return !standing.isEmpty() && standing.stream().allMatch(a -> a.status() == ActionStatus.DONE);
    }

    Outcome<ActionPlan> changeActionStatus(ChangeActionStatus command) {
        return onPlan(command, command.plan(), List.of(), plan -> plan.changeActionStatus(command.action(),
                command.status(), command.reason(), command.on()));
    }

    Outcome<ActionPlan> noteProgress(NoteProgress command) {
        return onPlan(command, command.plan(), List.of(command.author()), plan -> plan.noteProgress(command.action(),
                new ProgressNote(command.on(), command.author(), command.text())));
    }

    Outcome<ActionPlan> pledge(PledgeContribution command) {
        return onPlan(command, command.plan(), List.of(command.party()), plan -> plan.pledge(command.action(),
                command.party(), command.form(), command.amount(), command.on()));
    }

    Outcome<ActionPlan> deliver(DeliverContribution command) {
        return onPlan(command, command.plan(), List.of(command.party()), plan -> plan.deliver(command.action(),
                command.party(), command.form(), command.amount(), command.on()));
    }

    Outcome<ActionPlan> registerInPdesc(RegisterInPdesc command) {
        return onPlan(command, command.plan(), List.of(),
                plan -> plan.registerInPdesc(command.action(), command.reference(), command.on()));
    }

    /** A change to one action of a plan, in the situation of the plan's framework. */
    private Outcome<ActionPlan> onPlan(Command command, PlanId id, List<OrganisationId> involved,
            Consumer<ActionPlan> change) {
        return inFrameworkOf(command, () -> repositories.plans().get(id), ActionPlan::framework, involved, change);
    }
}
