package org.kafo.server.web;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import org.kafo.model.need.NeedKind;
import org.kafo.server.api.NeedView;

/**
 * One need, who raised it, its corrections as the history keeps them, and the forms of those who
 * raised it (withdraw, correct) when the reader is one of them.
 *
 * @param sectors  the sectors a correction may choose: the framework's priority sectors and the need's own
 * @param sent     the form sent back (correct, withdraw), if any
 * @param verdicts the rules' warnings about a change just accepted
 */
public record NeedPage(NeedView need, String frameworkName, String raisedByName, List<Correction> corrections,
        boolean mayWithdraw, boolean mayCorrect, List<String> sectors, Sent sent, String done,
        List<VerdictLine> verdicts) {

    /** A correction of the need: when, by whom, to which sector and kind, and why. */
    public record Correction(LocalDate on, String user, String sector, NeedKind kind, String reason) {

        /** From a {@code need.corrected} event of the history. */
        static Correction of(JsonObject event, String user) {
            JsonObject facts = event.getJsonObject("facts");
            return new Correction(LocalDate.parse(event.getString("occurredOn")), user, facts.getString("sector", ""),
                    NeedKind.valueOf(facts.getString("kind")), facts.getString("reason", ""));
        }
    }

    /** Whether the need is still open to a correction or a withdrawal. */
    public boolean standing() {
        return need.status() == org.kafo.model.need.NeedStatus.OPEN || need.status() == org.kafo.model.need.NeedStatus.PLANNED;
    }
}
