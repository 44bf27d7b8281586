package org.kafo.server.api;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kafo.model.common.MoneyTotal;
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
import org.kafo.model.indicator.Share;
import org.kafo.model.organisation.PartyCategory;

/**
 * The indicators of one framework, or of several added up (a cercle, a region, the country), as of a
 * day: computed from the recorded history, never typed in. A share keeps both counts; its
 * {@code percent} is absent when there is no whole to take a part of.
 */
@Schema(name = "Indicators")
public record IndicatorsView(List<UUID> frameworks, LocalDate asOf, Meetings meetings, Actions actions, Needs needs,
        Contributions contributions, Attendance attendance, Committee committee, Obstacles obstacles) {

    @Schema(name = "Share", example = "{\"numerator\": 2, \"denominator\": 3, \"percent\": 66.7}")
    public record ShareValue(BigInteger numerator, BigInteger denominator, BigDecimal percent) {
        static ShareValue of(Share share) {
            return new ShareValue(share.numerator(), share.denominator(), share.percent().orElse(null));
        }
    }

    /**
     * Amounts added up over many actions or frameworks, exact at any size: unlike a single
     * {@code Money}, a total has no upper bound and may exceed a 64-bit integer.
     */
    @Schema(name = "MoneyTotal", example = "{\"amount\": 28050000, \"currency\": \"XOF\"}")
    public record TotalValue(@Schema(minimum = "0") BigInteger amount, String currency) {
        static TotalValue of(MoneyTotal total) {
            return new TotalValue(total.amount(), total.currency());
        }
    }

    @Schema(name = "Headcount")
    public record HeadcountValue(long persons, long women, long youth, ShareValue womenShare, ShareValue youthShare) {
        static HeadcountValue of(Headcount h) {
            return new HeadcountValue(h.persons(), h.women(), h.youth(), ShareValue.of(h.womenShare()),
                    ShareValue.of(h.youthShare()));
        }
    }

    /** Meetings held against due; {@code overdue}: the frameworks overdue for their next meeting on the day (CYC-3). */
    @Schema(name = "MeetingIndicators")
    public record Meetings(long due, long held, ShareValue heldOfDue, long overdue) {
        static Meetings of(MeetingIndicators m) {
            return new Meetings(m.due(), m.held(), ShareValue.of(m.heldOfDue()), m.overdue());
        }
    }

    /** {@code notStarted} counts the actions whose status is {@code PLANNED}: the API's name for them. */
    @Schema(name = "ActionIndicators")
    public record Actions(long total, long notStarted, long inProgress, long blocked, long done, long carriedOver,
            long dropped, long due, long doneOnSchedule, long overdue, ShareValue doneOnScheduleShare) {
        static Actions of(ActionIndicators a) {
            return new Actions(a.total(), a.planned(), a.inProgress(), a.blocked(), a.done(), a.carriedOver(),
                    a.dropped(), a.due(), a.doneOnSchedule(), a.overdue(), ShareValue.of(a.doneOnScheduleShare()));
        }
    }

    @Schema(name = "NeedIndicators")
    public record Needs(long identified, long withdrawn, long standing, long inPlan, long inPdesc, long onBudgetLine,
            long met, ShareValue planShare, ShareValue pdescShare, ShareValue budgetShare, ShareValue metShare) {
        static Needs of(NeedIndicators n) {
            return new Needs(n.identified(), n.withdrawn(), n.standing(), n.inPlan(), n.inPdesc(), n.onBudgetLine(),
                    n.met(), ShareValue.of(n.planShare()), ShareValue.of(n.pdescShare()),
                    ShareValue.of(n.budgetShare()), ShareValue.of(n.metShare()));
        }
    }

    @Schema(name = "Contribution")
    public record ContributionValue(TotalValue pledgedCash, TotalValue pledgedInKind, TotalValue deliveredCash,
            TotalValue deliveredInKind, TotalValue pledged, TotalValue delivered, ShareValue deliveredShare) {
        static ContributionValue of(Contribution c) {
            return new ContributionValue(TotalValue.of(c.pledgedCash()), TotalValue.of(c.pledgedInKind()),
                    TotalValue.of(c.deliveredCash()), TotalValue.of(c.deliveredInKind()), TotalValue.of(c.pledged()),
                    TotalValue.of(c.delivered()), ShareValue.of(c.deliveredShare()));
        }
    }

    @Schema(name = "ContributionIndicators")
    public record Contributions(TotalValue estimatedCost, ContributionValue total,
            Map<PartyCategory, ContributionValue> byCategory, TotalValue infrastructureCost,
            ContributionValue professionalInfrastructure, ShareValue professionalShareOfInfrastructure,
            ContributionValue communeInvestmentInPrioritySectors, long actionsInOtherCurrencies) {
        static Contributions of(ContributionIndicators c) {
            Map<PartyCategory, ContributionValue> byCategory = new TreeMap<>();
            c.byCategory().forEach((category, contribution) -> byCategory.put(category, ContributionValue.of(contribution)));
            return new Contributions(TotalValue.of(c.estimatedCost()), ContributionValue.of(c.total()), byCategory,
                    TotalValue.of(c.infrastructureCost()), ContributionValue.of(c.professionalInfrastructure()),
                    ShareValue.of(c.professionalShareOfInfrastructure()),
                    ContributionValue.of(c.communeInvestmentInPrioritySectors()), c.actionsInOtherCurrencies());
        }
    }

    @Schema(name = "AttendanceIndicators")
    public record Attendance(long meetings, HeadcountValue total, Map<PartyCategory, HeadcountValue> byCategory) {
        static Attendance of(AttendanceIndicators a) {
            Map<PartyCategory, HeadcountValue> byCategory = new TreeMap<>();
            a.byCategory().forEach((category, headcount) -> byCategory.put(category, HeadcountValue.of(headcount)));
            return new Attendance(a.meetings(), HeadcountValue.of(a.total()), byCategory);
        }
    }

    @Schema(name = "CommitteeIndicators")
    public record Committee(long installed, long reportsFiled, long mandateRevisions, HeadcountValue members) {
        static Committee of(CommitteeIndicators c) {
            return new Committee(c.installed(), c.reportsFiled(), c.mandateRevisions(), HeadcountValue.of(c.members()));
        }
    }

    @Schema(name = "ObstacleIndicators")
    public record Obstacles(long raised, long reported, long resolved, long open, ShareValue resolvedShare) {
        static Obstacles of(ObstacleIndicators o) {
            return new Obstacles(o.raised(), o.reported(), o.resolved(), o.open(), ShareValue.of(o.resolvedShare()));
        }
    }

    public static IndicatorsView of(FrameworkIndicators i) {
        return new IndicatorsView(i.frameworks().stream().map(f -> f.value()).toList(), i.asOf(),
                Meetings.of(i.meetings()), Actions.of(i.actions()), Needs.of(i.needs()),
                Contributions.of(i.contributions()), Attendance.of(i.attendance()), Committee.of(i.committee()),
                Obstacles.of(i.obstacles()));
    }
}
