package org.kafo.model.totals;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.kafo.model.framework.FrameworkId;
import org.kafo.model.organisation.PartyCategory;

/**
 * What one framework's recorded history adds up to as of a day: the counts and sums its indicators
 * are made of, as a database adds them up without loading the aggregates. The rule engine's
 * indicators give them their meaning, which every adapter of {@link TotalsQueries} follows: only what
 * was identified, adopted, held, filed or raised on or before the day counts. Amounts are whole CFA
 * francs (XOF), exact at any size: a sum of bounded amounts over many actions has no bound. Counts
 * are {@code long}s and added without a check: each counts stored records, and no store holds
 * anywhere near 2^63 of them.
 *
 * @param framework     the framework
 * @param asOf          the day they describe
 * @param meetings      meetings due and held
 * @param actions       the actions of the plans adopted, by status and schedule
 * @param needs         needs identified and how far they went
 * @param contributions who pledged and delivered what
 * @param attendance    who came to the meetings held
 * @param committee     the monitoring committee's work
 * @param obstacles     the obstacles the committee raised
 */
public record FrameworkTotals(FrameworkId framework, LocalDate asOf, Meetings meetings, Actions actions, Needs needs,
        Contributions contributions, Attendance attendance, Committee committee, Obstacles obstacles) {

    public FrameworkTotals {
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
     * @param due  the first meeting once the framework is established, then one per adopted plan whose
     *             last day has come
     * @param held meetings held
     */
    public record Meetings(long due, long held) {

        public static final Meetings NONE = new Meetings(0, 0);

        public Meetings plus(Meetings o) {
            return new Meetings(due + o.due, held + o.held);
        }
    }

    /**
     * @param total          every action of the plans adopted
     * @param due            actions whose due date has come
     * @param doneOnSchedule of those, done no later than their due date
     * @param overdue        actions still open after their due date
     */
    public record Actions(long total, long planned, long inProgress, long blocked, long done, long carriedOver,
            long dropped, long due, long doneOnSchedule, long overdue) {

        public static final Actions NONE = new Actions(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

        public Actions plus(Actions o) {
            return new Actions(total + o.total, planned + o.planned, inProgress + o.inProgress, blocked + o.blocked,
                    done + o.done, carriedOver + o.carriedOver, dropped + o.dropped, due + o.due,
                    doneOnSchedule + o.doneOnSchedule, overdue + o.overdue);
        }
    }

    /**
     * @param inPlan       needs not withdrawn that an action of an adopted plan addresses
     * @param inPdesc      of them, through an action registered in the PDESC
     * @param onBudgetLine of them, through an action with a budget line
     * @param met          needs met whose every addressing action belongs to a plan reviewed by the day
     */
    public record Needs(long identified, long withdrawn, long inPlan, long inPdesc, long onBudgetLine, long met) {

        public static final Needs NONE = new Needs(0, 0, 0, 0, 0, 0);

        public Needs plus(Needs o) {
            return new Needs(identified + o.identified, withdrawn + o.withdrawn, inPlan + o.inPlan,
                    inPdesc + o.inPdesc, onBudgetLine + o.onBudgetLine, met + o.met);
        }
    }

    /** Pledged and delivered amounts, in cash and in kind. */
    public record Amounts(BigInteger pledgedCash, BigInteger pledgedInKind, BigInteger deliveredCash,
            BigInteger deliveredInKind) {

        public static final Amounts NONE = new Amounts(BigInteger.ZERO, BigInteger.ZERO, BigInteger.ZERO,
                BigInteger.ZERO);

        public Amounts {
            Objects.requireNonNull(pledgedCash, "pledged cash is required");
            Objects.requireNonNull(pledgedInKind, "pledged in kind is required");
            Objects.requireNonNull(deliveredCash, "delivered cash is required");
            Objects.requireNonNull(deliveredInKind, "delivered in kind is required");
        }

        public static Amounts of(long pledgedCash, long pledgedInKind, long deliveredCash, long deliveredInKind) {
            return new Amounts(BigInteger.valueOf(pledgedCash), BigInteger.valueOf(pledgedInKind),
                    BigInteger.valueOf(deliveredCash), BigInteger.valueOf(deliveredInKind));
        }

        public Amounts plus(Amounts o) {
            return new Amounts(pledgedCash.add(o.pledgedCash), pledgedInKind.add(o.pledgedInKind),
                    deliveredCash.add(o.deliveredCash), deliveredInKind.add(o.deliveredInKind));
        }
    }

    /**
     * The actions costed in XOF; a carried-over action counts for what was delivered on it.
     *
     * @param byCategory                         by the category a party plays in the framework; absent categories are zero
     * @param actionsInOtherCurrencies           actions left out of every amount
     */
    public record Contributions(BigInteger estimatedCost, Map<PartyCategory, Amounts> byCategory,
            BigInteger infrastructureCost,
            Amounts professionalInfrastructure, Amounts communeInvestmentInPrioritySectors,
            long actionsInOtherCurrencies) {

        public Contributions {
            Objects.requireNonNull(estimatedCost, "estimated cost is required");
            byCategory = copy(byCategory, Amounts.NONE);
            Objects.requireNonNull(infrastructureCost, "infrastructure cost is required");
            Objects.requireNonNull(professionalInfrastructure, "professional infrastructure is required");
            Objects.requireNonNull(communeInvestmentInPrioritySectors, "commune investment is required");
        }

        public static final Contributions NONE = new Contributions(BigInteger.ZERO, Map.of(), BigInteger.ZERO,
                Amounts.NONE, Amounts.NONE, 0);

        public Contributions plus(Contributions o) {
            Map<PartyCategory, Amounts> sum = new EnumMap<>(byCategory);
            o.byCategory.forEach((category, amounts) -> sum.merge(category, amounts, Amounts::plus));
            return new Contributions(estimatedCost.add(o.estimatedCost), sum, infrastructureCost.add(o.infrastructureCost),
                    professionalInfrastructure.plus(o.professionalInfrastructure),
                    communeInvestmentInPrioritySectors.plus(o.communeInvestmentInPrioritySectors),
                    actionsInOtherCurrencies + o.actionsInOtherCurrencies);
        }
    }

    /** People counted, with the women and the youth among them. */
    public record People(long persons, long women, long youth) {

        public static final People NONE = new People(0, 0, 0);

        public People plus(People o) {
            return new People(persons + o.persons, women + o.women, youth + o.youth);
        }
    }

    /**
     * @param meetings   meetings held
     * @param byCategory attendances at them by the category of the party attended for; absent categories are zero
     */
    public record Attendance(long meetings, Map<PartyCategory, People> byCategory) {

        public Attendance {
            byCategory = copy(byCategory, People.NONE);
        }

        public static final Attendance NONE = new Attendance(0, Map.of());

        public Attendance plus(Attendance o) {
            Map<PartyCategory, People> sum = new EnumMap<>(byCategory);
            o.byCategory.forEach((category, people) -> sum.merge(category, people, People::plus));
            return new Attendance(meetings + o.meetings, sum);
        }
    }

    /**
     * All zero unless the committee was installed by the day.
     *
     * @param members the people sitting on it on the day
     */
    public record Committee(long installed, long reportsFiled, long mandateRevisions, People members) {

        public Committee {
            Objects.requireNonNull(members, "members are required");
        }

        public static final Committee NONE = new Committee(0, 0, 0, People.NONE);

        public Committee plus(Committee o) {
            return new Committee(installed + o.installed, reportsFiled + o.reportsFiled,
                    mandateRevisions + o.mandateRevisions, members.plus(o.members));
        }
    }

    /**
     * @param reported of the obstacles raised, those put before a meeting of the framework held by the day
     * @param resolved of them, those resolved by the day
     */
    public record Obstacles(long raised, long reported, long resolved) {

        public static final Obstacles NONE = new Obstacles(0, 0, 0);

        public Obstacles plus(Obstacles o) {
            return new Obstacles(raised + o.raised, reported + o.reported, resolved + o.resolved);
        }
    }

    private static <V> Map<PartyCategory, V> copy(Map<PartyCategory, V> given, V none) {
        Map<PartyCategory, V> all = new EnumMap<>(PartyCategory.class);
        for (PartyCategory category : PartyCategory.values()) {
            all.put(category, Objects.requireNonNull(given, "totals by category are required").getOrDefault(category, none));
        }
        return Collections.unmodifiableMap(all);
    }
}
