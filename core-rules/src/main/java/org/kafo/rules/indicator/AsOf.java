package org.kafo.rules.indicator;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.kafo.model.meeting.Meeting;
import org.kafo.model.plan.Action;
import org.kafo.model.plan.ActionPlan;
import org.kafo.rules.Situation;

/** What of a framework's history had happened on a day. */
final class AsOf {

    private AsOf() {
    }

    static boolean onOrBefore(LocalDate date, LocalDate day) {
        return date != null && !date.isAfter(day);
    }

    static List<ActionPlan> plansAdopted(Situation situation, LocalDate day) {
        return situation.plans().stream().filter(p -> onOrBefore(p.adoptedOn(), day)).toList();
    }

    static Stream<Action> actionsAdopted(Situation situation, LocalDate day) {
        return plansAdopted(situation, day).stream().flatMap(p -> p.actions().stream());
    }

    static List<Meeting> meetingsHeld(Situation situation, LocalDate day) {
        return situation.meetings().stream().filter(m -> m.heldOn().filter(held -> onOrBefore(held, day)).isPresent())
                .toList();
    }
}
