package org.kafo.rules.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import org.kafo.model.framework.ConsultationFramework;
import org.kafo.model.framework.FrameworkStatus;
import org.kafo.model.framework.StatusChange;
import org.kafo.model.meeting.Meeting;
import org.kafo.model.meeting.MeetingId;
import org.kafo.model.meeting.MeetingStatus;
import org.kafo.model.plan.ActionPlan;
import org.kafo.rules.Situation;

/**
 * Whether a framework is overdue for its next meeting on a day, as its history stood that day: the
 * question of PACT's CYC-3 and of the indicator "meetings overdue", answered the same way for both
 * (and by the JPA totals queries in SQL). Overdue on day D when all of these hold:
 * <ol>
 * <li>on D the framework is established or active (its latest status change on or before D): a
 * suspended or dissolved framework is not followed up;</li>
 * <li>the latest plan adopted on or before D ended before D (its last day is before D): the
 * framework has no plan in force, whether or not that plan was reviewed since;</li>
 * <li>no meeting numbered after the one that adopted that plan was known on D and still to take
 * place, or took place on D itself: a meeting counts from the day its convocation was issued (a
 * meeting never convened, from the start) unless it was cancelled on or before D (a cancellation
 * whose day is unknown counts from the start). A meeting held before D that adopted no plan (it
 * reviewed the plan, the parties did not agree on the next) leaves the framework overdue: the next
 * plan needs another meeting.</li>
 * </ol>
 */
public final class Overdue {

    private Overdue() {
    }

    /** The plan whose end the framework has let pass with no meeting, if it is overdue on {@code day}. */
    public static Optional<ActionPlan> planOverdue(Situation situation, LocalDate day) {
        return planOverdue(situation, day, null);
    }

    /**
     * As {@link #planOverdue(Situation, LocalDate)}, as if meeting {@code without} were not there: what
     * cancelling it would leave (MEET-2).
     */
    public static Optional<ActionPlan> planOverdue(Situation situation, LocalDate day, MeetingId without) {
        Objects.requireNonNull(situation, "situation is required");
        Objects.requireNonNull(day, "day is required");
        ConsultationFramework framework = situation.framework();
        FrameworkStatus status = statusOn(framework, day);
        if (status != FrameworkStatus.ESTABLISHED && status != FrameworkStatus.ACTIVE) {
            return Optional.empty();
        }
        Optional<ActionPlan> latest = situation.plans().stream().filter(p -> !p.adoptedOn().isAfter(day))
                .max(Comparator.comparingInt(ActionPlan::cycle));
        if (latest.isEmpty()) {
            return Optional.empty();
        }
        ActionPlan plan = latest.get();
        if (!plan.period().end().isBefore(day)) {
            return Optional.empty();
        }
        int adoptedAt = situation.meeting(plan.adoptedAt()).map(Meeting::sequence).orElse(0);
        boolean next = situation.meetings().stream()
                .filter(m -> m.sequence() > adoptedAt && !m.id().equals(without))
                .anyMatch(m -> knownOn(m, day) && !cancelledBy(m, day) && !heldBefore(m, day));
        return next ? Optional.empty() : Optional.of(plan);
    }

    private static FrameworkStatus statusOn(ConsultationFramework framework, LocalDate day) {
        FrameworkStatus status = null;
        for (StatusChange change : framework.history()) {
            if (!change.on().isAfter(day)) {
                status = change.status();
            }
        }
        return status;
    }

    private static boolean knownOn(Meeting meeting, LocalDate day) {
        return meeting.convocation().map(c -> !c.issuedOn().isAfter(day)).orElse(true);
    }

    private static boolean heldBefore(Meeting meeting, LocalDate day) {
        return meeting.heldOn().filter(held -> held.isBefore(day)).isPresent();
    }

    private static boolean cancelledBy(Meeting meeting, LocalDate day) {
        return meeting.status() == MeetingStatus.CANCELLED
                && meeting.cancelledOn().map(on -> !on.isAfter(day)).orElse(true);
    }
}
