package org.kafo.rules.indicator;

import java.time.LocalDate;
import java.util.Objects;
import org.kafo.model.Repositories;
import java.util.EnumMap;
import java.util.Map;
import org.kafo.model.common.MoneyTotal;
import org.kafo.model.framework.FrameworkId;
import org.kafo.model.organisation.PartyCategory;
import org.kafo.model.totals.FrameworkTotals;
import org.kafo.rules.Situation;
import org.kafo.rules.internal.Situations;

/**
 * The indicators of one consultation framework as of a day, computed from its recorded history.
 *
 * @param framework     the framework
 * @param asOf          the day they describe
 * @param meetings      meetings held against meetings due
 * @param actions       actions by status, and done on schedule
 * @param needs         needs carried into plans, the PDESC, the budget, met
 * @param contributions pledges and deliveries by party category
 * @param attendance    who came to the meetings
 * @param committee     the monitoring committee's reports and mandate revisions
 * @param obstacles     obstacles raised, reported, resolved
 */
public record Indicators(FrameworkId framework, LocalDate asOf, MeetingIndicators meetings, ActionIndicators actions,
        NeedIndicators needs, ContributionIndicators contributions, AttendanceIndicators attendance,
        CommitteeIndicators committee, ObstacleIndicators obstacles) {

    public Indicators {
        Objects.requireNonNull(framework, "framework is required");
        Objects.requireNonNull(asOf, "as-of day is required");
        Objects.requireNonNull(meetings, "meetings are required");
        Objects.requireNonNull(actions, "actions are required");
        Objects.requireNonNull(needs, "needs are required");
        Objects.requireNonNull(contributions, "contributions are required");
        Objects.requireNonNull(attendance, "attendance is required");
        Objects.requireNonNull(committee, "committee is required");
        Objects.requireNonNull(obstacles, "obstacles are required");
    }

    /**
     * The indicators of the situation's framework.
     *
     * @throws IllegalStateException if the situation is outside any framework, or a party pledged to
     *                               an action is not among its organisations
     */
    public static Indicators of(Situation situation, LocalDate asOf) {
        Objects.requireNonNull(situation, "situation is required");
        Objects.requireNonNull(asOf, "as-of day is required");
        return new Indicators(situation.framework().id(), asOf, MeetingIndicators.compute(situation, asOf),
                ActionIndicators.compute(situation, asOf), NeedIndicators.compute(situation, asOf),
                ContributionIndicators.compute(situation, asOf), AttendanceIndicators.compute(situation, asOf),
                CommitteeIndicators.compute(situation, asOf), ObstacleIndicators.compute(situation, asOf));
    }

    /**
     * The indicators of a stored framework.
     *
     * @throws org.kafo.model.common.AggregateNotFoundException if there is no such framework
     */
    public static Indicators of(Repositories repositories, FrameworkId framework, LocalDate asOf) {
        return of(new Situations(repositories).of(framework), asOf);
    }

    /**
     * The indicators of a framework from its totals, as a {@link org.kafo.model.totals.TotalsQueries}
     * adapter added them up where they are stored: the same numbers as {@link #of(Situation, LocalDate)}
     * gives from the aggregates.
     */
    public static Indicators of(FrameworkTotals totals) {
        Objects.requireNonNull(totals, "totals are required");
        return new Indicators(totals.framework(), totals.asOf(), meetings(totals.meetings()), actions(totals.actions()),
                needs(totals.needs()), contributions(totals.contributions()), attendance(totals.attendance()),
                committee(totals.committee()), obstacles(totals.obstacles()));
    }

    static MeetingIndicators meetings(FrameworkTotals.Meetings m) {
        return new MeetingIndicators(m.due(), m.held());
    }

    static ActionIndicators actions(FrameworkTotals.Actions a) {
        return new ActionIndicators(a.total(), a.planned(), a.inProgress(), a.blocked(), a.done(), a.carriedOver(),
                a.dropped(), a.due(), a.doneOnSchedule(), a.overdue());
    }

    static NeedIndicators needs(FrameworkTotals.Needs n) {
        return new NeedIndicators(n.identified(), n.withdrawn(), n.inPlan(), n.inPdesc(), n.onBudgetLine(), n.met());
    }

    static ContributionIndicators contributions(FrameworkTotals.Contributions c) {
        Map<PartyCategory, Contribution> pledges = new EnumMap<>(PartyCategory.class);
        c.byCategory().forEach((category, amounts) -> pledges.put(category, contribution(amounts)));
        return new ContributionIndicators(MoneyTotal.xof(c.estimatedCost()), pledges,
                MoneyTotal.xof(c.infrastructureCost()),
                contribution(c.professionalInfrastructure()), contribution(c.communeInvestmentInPrioritySectors()),
                c.actionsInOtherCurrencies());
    }

    static AttendanceIndicators attendance(FrameworkTotals.Attendance t) {
        Map<PartyCategory, Headcount> attendance = new EnumMap<>(PartyCategory.class);
        t.byCategory().forEach((category, people) -> attendance.put(category, headcount(people)));
        Headcount everyone = attendance.values().stream().reduce(Headcount.NONE, Headcount::plus);
        return new AttendanceIndicators(t.meetings(), everyone, attendance);
    }

    static CommitteeIndicators committee(FrameworkTotals.Committee m) {
        return new CommitteeIndicators(m.installed(), m.reportsFiled(), m.mandateRevisions(), headcount(m.members()));
    }

    static ObstacleIndicators obstacles(FrameworkTotals.Obstacles o) {
        return new ObstacleIndicators(o.raised(), o.reported(), o.resolved());
    }

    private static Contribution contribution(FrameworkTotals.Amounts a) {
        return new Contribution(MoneyTotal.xof(a.pledgedCash()), MoneyTotal.xof(a.pledgedInKind()),
                MoneyTotal.xof(a.deliveredCash()), MoneyTotal.xof(a.deliveredInKind()));
    }

    private static Headcount headcount(FrameworkTotals.People p) {
        return new Headcount(p.persons(), p.women(), p.youth());
    }
}
