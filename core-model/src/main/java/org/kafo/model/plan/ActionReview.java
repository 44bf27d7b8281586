package org.kafo.model.plan;

import org.kafo.model.common.ActionId;
import org.kafo.model.common.Limits;
import org.kafo.model.common.Require;

/**
 * The meeting's decision on one action of the plan it reviews.
 *
 * @param reason why it is dropped (required) or carried over (optional)
 */
public record ActionReview(ActionId action, ReviewOutcome outcome, String reason) {

    public ActionReview {
        Require.present(action, "action");
        Require.present(outcome, "outcome");
        reason = Require.optionalText(reason, "reason", Limits.TEXT);
        Require.state(outcome != ReviewOutcome.DROPPED || reason != null, "review.drop-reason",
                "an action is dropped with a reason");
    }
}
