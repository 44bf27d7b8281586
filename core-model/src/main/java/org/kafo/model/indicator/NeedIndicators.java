package org.kafo.model.indicator;

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
