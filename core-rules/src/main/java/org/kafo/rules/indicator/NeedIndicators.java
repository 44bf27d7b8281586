package org.kafo.rules.indicator;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.kafo.model.common.ActionId;
import org.kafo.model.need.Need;
import org.kafo.model.need.NeedStatus;
import org.kafo.model.plan.Action;
import org.kafo.model.plan.PdescReference;
import org.kafo.rules.Situation;

/**
 * How far the needs identified on or before the day went: into an action plan, into the commune's
 * PDESC, onto a line of its budget, met. Withdrawn needs are counted apart and left out of the shares.
 *
 * @param identified   every need identified
 * @param withdrawn    of them, withdrawn by those who raised them
 * @param inPlan       needs (not withdrawn) addressed by an action of a plan adopted by the day
 * @param inPdesc      of them, addressed by an action registered in the PDESC
 * @param onBudgetLine of them, addressed by an action with a budget line
 * @param met          needs met by the day: the process marks a need met when it reviews the plans of
 *                     the actions that address it, so it counts once those reviews took place
 */
public record NeedIndicators(long identified, long withdrawn, long inPlan, long inPdesc, long onBudgetLine,
        long met) {

    public static final NeedIndicators NONE = new NeedIndicators(0, 0, 0, 0, 0, 0);

    static NeedIndicators compute(Situation situation, LocalDate day) {
        List<Need> needs = situation.needs().stream().filter(n -> AsOf.onOrBefore(n.identifiedOn(), day)).toList();
        List<Need> standing = needs.stream().filter(n -> n.status() != NeedStatus.WITHDRAWN).toList();
        Map<ActionId, Action> adopted = AsOf.actionsAdopted(situation, day)
                .collect(Collectors.toMap(Action::id, Function.identity()));
        Set<ActionId> reviewed = AsOf.plansAdopted(situation, day).stream()
                .filter(p -> p.review().filter(r -> AsOf.onOrBefore(r.reviewedOn(), day)).isPresent())
                .flatMap(p -> p.actions().stream()).map(Action::id).collect(Collectors.toSet());
        return new NeedIndicators(needs.size(), needs.size() - standing.size(),
                count(standing, adopted, a -> true),
                count(standing, adopted, a -> a.pdescReference().isPresent()),
                count(standing, adopted, a -> a.pdescReference().filter(PdescReference::isBudgeted).isPresent()),
                standing.stream().filter(n -> n.status() == NeedStatus.MET)
                        .filter(n -> reviewed.containsAll(n.addressedBy())).count());
    }

    private static long count(List<Need> needs, Map<ActionId, Action> adopted, Predicate<Action> reached) {
        return needs.stream().filter(n -> n.addressedBy().stream().map(adopted::get)
                .anyMatch(a -> a != null && reached.test(a))).count();
    }

    /** The needs that count in the shares: identified and not withdrawn. */
    public long standing() {
        return identified - withdrawn;
    }

    public Share planShare() {
        return Share.of(inPlan, standing());
    }

    public Share pdescShare() {
        return Share.of(inPdesc, standing());
    }

    public Share budgetShare() {
        return Share.of(onBudgetLine, standing());
    }

    public Share metShare() {
        return Share.of(met, standing());
    }

    public NeedIndicators plus(NeedIndicators o) {
        return new NeedIndicators(identified + o.identified, withdrawn + o.withdrawn, inPlan + o.inPlan,
                inPdesc + o.inPdesc, onBudgetLine + o.onBudgetLine, met + o.met);
    }
}
