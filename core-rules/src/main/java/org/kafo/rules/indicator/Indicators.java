package org.kafo.rules.indicator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.kafo.model.Repositories;
import org.kafo.model.committee.CommitteeMember;
import org.kafo.model.committee.MonitoringCommittee;
import org.kafo.model.committee.Obstacle;
import org.kafo.model.common.ActionId;
import org.kafo.model.common.Money;
import org.kafo.model.common.MoneyTotal;
import org.kafo.model.common.Person;
import org.kafo.model.framework.ConsultationFramework;
import org.kafo.model.framework.FrameworkId;
import org.kafo.model.indicator.ActionIndicators;
import org.kafo.model.indicator.AttendanceIndicators;
import org.kafo.model.indicator.CommitteeIndicators;
import org.kafo.model.indicator.Contribution;
import org.kafo.model.indicator.ContributionIndicators;
import org.kafo.model.indicator.FrameworkIndicators;
import org.kafo.model.indicator.Headcount;
import org.kafo.model.indicator.MeetingIndicators;
import org.kafo.model.indicator.NeedIndicators;
import org.kafo.model.indicator.ObstacleIndicators;
import org.kafo.model.indicator.TotalsQueries;
import org.kafo.model.meeting.Attendance;
import org.kafo.model.meeting.Meeting;
import org.kafo.model.need.Need;
import org.kafo.model.need.NeedStatus;
import org.kafo.model.organisation.PartyCategory;
import org.kafo.model.plan.Action;
import org.kafo.model.plan.ActionKind;
import org.kafo.model.plan.ActionStatus;
import org.kafo.model.plan.ContributionForm;
import org.kafo.model.plan.CostShare;
import org.kafo.model.plan.PdescReference;
import org.kafo.model.territory.Assignment;
import org.kafo.model.territory.CercleId;
import org.kafo.model.territory.Commune;
import org.kafo.model.territory.RegionId;
import org.kafo.rules.Situation;
import org.kafo.rules.internal.Overdue;
import org.kafo.rules.internal.Situations;

/**
 * The indicators of consultation frameworks computed from their recorded history: of one framework
 * from its situation, or of the frameworks of a cercle, a region or the country, loaded one after the
 * other and added up. A {@link TotalsQueries} adapter gives the same {@link FrameworkIndicators}
 * without loading the aggregates.
 */
public final class Indicators {

    private Indicators() {
    }

    /**
     * The indicators of the situation's framework.
     *
     * @throws IllegalStateException if the situation is outside any framework, or a party pledged to
     *                               an action is not among its organisations
     */
    public static FrameworkIndicators of(Situation situation, LocalDate asOf) {
        Objects.requireNonNull(situation, "situation is required");
        Objects.requireNonNull(asOf, "as-of day is required");
        return new FrameworkIndicators(List.of(situation.framework().id()), asOf, meetings(situation, asOf),
                actions(situation, asOf), needs(situation, asOf), contributions(situation, asOf),
                attendance(situation, asOf), committee(situation, asOf), obstacles(situation, asOf));
    }

    /**
     * The indicators of a stored framework.
     *
     * @throws org.kafo.model.common.AggregateNotFoundException if there is no such framework
     */
    public static FrameworkIndicators of(Repositories repositories, FrameworkId framework, LocalDate asOf) {
        return of(new Situations(repositories).of(framework), asOf);
    }

    /** Every framework proposed by the day; {@link TotalsQueries#sumOfCountry} adds them up where they are stored. */
    public static FrameworkIndicators ofCountry(Repositories repositories, LocalDate asOf) {
        return ofCommunes(repositories, asOf, commune -> true);
    }

    /** The frameworks of the communes that belonged to the region on the day. */
    public static FrameworkIndicators ofRegion(Repositories repositories, RegionId region, LocalDate asOf) {
        Objects.requireNonNull(region, "region is required");
        return ofCommunes(repositories, asOf, commune -> commune.assignmentOn(asOf).map(Assignment::region)
                .filter(region::equals).isPresent());
    }

    /** The frameworks of the communes that belonged to the cercle on the day. */
    public static FrameworkIndicators ofCercle(Repositories repositories, CercleId cercle, LocalDate asOf) {
        Objects.requireNonNull(cercle, "cercle is required");
        return ofCommunes(repositories, asOf, commune -> commune.assignmentOn(asOf).map(Assignment::cercle)
                .filter(cercle::equals).isPresent());
    }

    private static FrameworkIndicators ofCommunes(Repositories repositories, LocalDate asOf,
            Predicate<Commune> selected) {
        Objects.requireNonNull(repositories, "repositories are required");
        Objects.requireNonNull(asOf, "as-of day is required");
        List<FrameworkIndicators> parts = repositories.communes().findAll().stream().filter(selected)
                .flatMap(commune -> repositories.frameworks().findByCommune(commune.id()).stream())
                .filter(framework -> AsOf.onOrBefore(framework.proposedOn(), asOf))
                .map(ConsultationFramework::id)
                .map(framework -> of(repositories, framework, asOf))
                .toList();
        return FrameworkIndicators.sum(asOf, parts);
    }

    private static MeetingIndicators meetings(Situation situation, LocalDate day) {
        long first = situation.framework().establishedOn().filter(d -> AsOf.onOrBefore(d, day)).isPresent() ? 1 : 0;
        long planDeadlines = AsOf.plansAdopted(situation, day).stream()
                .filter(p -> AsOf.onOrBefore(p.period().end(), day)).count();
        return new MeetingIndicators(first + planDeadlines, AsOf.meetingsHeld(situation, day).size(),
                Overdue.planOverdue(situation, day).isPresent() ? 1 : 0);
    }

    private static ActionIndicators actions(Situation situation, LocalDate day) {
        List<Action> actions = AsOf.actionsAdopted(situation, day).toList();
        List<Action> due = actions.stream().filter(a -> AsOf.onOrBefore(a.dueDate(), day)).toList();
        return new ActionIndicators(actions.size(), count(actions, ActionStatus.PLANNED),
                count(actions, ActionStatus.IN_PROGRESS), count(actions, ActionStatus.BLOCKED),
                count(actions, ActionStatus.DONE), count(actions, ActionStatus.CARRIED_OVER),
                count(actions, ActionStatus.DROPPED), due.size(), due.stream().filter(Action::isDoneOnSchedule).count(),
                actions.stream().filter(a -> a.isOverdueOn(day)).count());
    }

    private static long count(List<Action> actions, ActionStatus status) {
        return actions.stream().filter(a -> a.status() == status).count();
    }

    private static NeedIndicators needs(Situation situation, LocalDate day) {
        List<Need> needs = situation.needs().stream().filter(n -> AsOf.onOrBefore(n.identifiedOn(), day)).toList();
        List<Need> standing = needs.stream().filter(n -> n.status() != NeedStatus.WITHDRAWN).toList();
        Map<ActionId, Action> adopted = AsOf.actionsAdopted(situation, day)
                .collect(Collectors.toMap(Action::id, Function.identity()));
        Set<ActionId> reviewed = AsOf.plansAdopted(situation, day).stream()
                .filter(p -> p.review().filter(r -> AsOf.onOrBefore(r.reviewedOn(), day)).isPresent())
                .flatMap(p -> p.actions().stream()).map(Action::id).collect(Collectors.toSet());
        return new NeedIndicators(needs.size(), needs.size() - standing.size(),
                reached(standing, adopted, a -> true),
                reached(standing, adopted, a -> a.pdescReference().isPresent()),
                reached(standing, adopted, a -> a.pdescReference().filter(PdescReference::isBudgeted).isPresent()),
                standing.stream().filter(n -> n.status() == NeedStatus.MET)
                        .filter(n -> reviewed.containsAll(n.addressedBy())).count());
    }

    private static long reached(List<Need> needs, Map<ActionId, Action> adopted, Predicate<Action> reached) {
        return needs.stream().filter(n -> n.addressedBy().stream().map(adopted::get)
                .anyMatch(a -> a != null && reached.test(a))).count();
    }

    /**
     * @throws IllegalStateException if a party pledged to an action is not among the situation's organisations
     */
    private static ContributionIndicators contributions(Situation situation, LocalDate day) {
        List<Action> actions = AsOf.actionsAdopted(situation, day).toList();
        List<Action> inXof = actions.stream().filter(a -> a.estimatedCost().currency().equals(Money.XOF)).toList();
        MoneyTotal estimated = MoneyTotal.xof();
        MoneyTotal infrastructure = MoneyTotal.xof();
        Map<PartyCategory, Contribution> byCategory = new EnumMap<>(PartyCategory.class);
        Contribution professional = Contribution.NONE;
        Contribution commune = Contribution.NONE;
        for (Action action : inXof) {
            boolean carriedOver = action.status() == ActionStatus.CARRIED_OVER;
            Money cost = carriedOver ? action.delivered() : action.estimatedCost();
            estimated = estimated.plus(cost);
            boolean isInfrastructure = action.kind() == ActionKind.INFRASTRUCTURE;
            if (isInfrastructure) {
                infrastructure = infrastructure.plus(cost);
            }
            boolean communeInvestment = action.kind().isCapitalInvestment()
                    && situation.framework().prioritySectors().contains(action.sector());
            for (CostShare share : action.costShares()) {
                PartyCategory category = categoryOf(situation, share, action);
                Contribution part = contribution(carriedOver
                        ? new CostShare(share.party(), share.form(), share.delivered(), share.delivered())
                        : share);
                byCategory.merge(category, part, Contribution::plus);
                if (isInfrastructure && category == PartyCategory.PROFESSIONAL_ORGANISATION) {
                    professional = professional.plus(part);
                }
                if (communeInvestment && category == PartyCategory.MUNICIPALITY) {
                    commune = commune.plus(part);
                }
            }
        }
        return new ContributionIndicators(estimated, byCategory, infrastructure, professional, commune,
                actions.size() - inXof.size());
    }

    private static PartyCategory categoryOf(Situation situation, CostShare share, Action action) {
        return situation.categoryOf(share.party()).orElseThrow(() -> new IllegalStateException("party "
                + share.party() + " of action '" + action.title() + "' is not in the situation"));
    }

    private static Contribution contribution(CostShare share) {
        MoneyTotal zero = MoneyTotal.zero(share.pledged().currency());
        MoneyTotal pledged = MoneyTotal.of(share.pledged());
        MoneyTotal delivered = MoneyTotal.of(share.delivered());
        return share.form() == ContributionForm.CASH
                ? new Contribution(pledged, zero, delivered, zero)
                : new Contribution(zero, pledged, zero, delivered);
    }

    private static AttendanceIndicators attendance(Situation situation, LocalDate day) {
        List<Meeting> held = AsOf.meetingsHeld(situation, day);
        Map<PartyCategory, List<Person>> people = new EnumMap<>(PartyCategory.class);
        for (Meeting meeting : held) {
            for (Attendance attendance : meeting.attendance()) {
                people.computeIfAbsent(attendance.category(), c -> new ArrayList<>()).add(attendance.person());
            }
        }
        Map<PartyCategory, Headcount> byCategory = new EnumMap<>(PartyCategory.class);
        people.forEach((category, persons) -> byCategory.put(category, Headcount.of(persons)));
        return new AttendanceIndicators(held.size(), byCategory);
    }

    private static CommitteeIndicators committee(Situation situation, LocalDate day) {
        return situation.committee().filter(c -> AsOf.onOrBefore(c.installedOn(), day))
                .map(c -> committee(c, day)).orElse(CommitteeIndicators.NONE);
    }

    private static CommitteeIndicators committee(MonitoringCommittee committee, LocalDate day) {
        return new CommitteeIndicators(1,
                committee.reports().stream().filter(r -> AsOf.onOrBefore(r.filedOn(), day)).count(),
                committee.mandateHistory().stream().filter(m -> m.revision() > 1)
                        .filter(m -> AsOf.onOrBefore(m.adoptedOn(), day)).count(),
                Headcount.of(committee.members().stream().filter(m -> m.isOn(day)).map(CommitteeMember::person)
                        .toList()));
    }

    private static ObstacleIndicators obstacles(Situation situation, LocalDate day) {
        List<Obstacle> raised = situation.committee().map(MonitoringCommittee::obstacles).orElse(List.of()).stream()
                .filter(o -> AsOf.onOrBefore(o.raisedOn(), day)).toList();
        long reported = raised.stream().filter(o -> o.reportedToMeeting().flatMap(situation::meeting)
                .flatMap(Meeting::heldOn).filter(held -> AsOf.onOrBefore(held, day)).isPresent()).count();
        long resolved = raised.stream().filter(o -> AsOf.onOrBefore(o.resolvedOn(), day)).count();
        return new ObstacleIndicators(raised.size(), reported, resolved);
    }
}
