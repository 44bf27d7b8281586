package org.kafo.model.meeting;

import java.time.LocalDate;
import org.kafo.model.common.Limits;
import org.kafo.model.common.Require;

/**
 * A meeting moved from one day to a later one, decided on {@code on}, for a reason (optional while
 * no convocation was issued; the rule book says when it is required).
 *
 * @param from   the day the meeting was planned for
 * @param to     the new day, after {@code from}
 * @param reason why, as the members are told
 * @param on     the day the postponement was decided
 */
public record Postponement(LocalDate from, LocalDate to, String reason, LocalDate on) {

    public Postponement {
        Require.day(from, "postponed from");
        Require.day(to, "postponed to");
        Require.state(to.isAfter(from), "meeting.postponed-earlier",
                "a meeting is postponed to a later day than " + from + ", not to " + to);
        reason = Require.optionalText(reason, "reason", Limits.TEXT);
        Require.day(on, "postponed on");
    }
}
