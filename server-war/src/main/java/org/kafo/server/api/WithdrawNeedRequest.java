package org.kafo.server.api;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kafo.model.common.Limits;
import org.kafo.model.need.NeedId;
import org.kafo.rules.command.WithdrawNeed;

/** Those who raised the need withdraw it, with a reason. */
@Schema(example = "{\"reason\": \"Pris en charge par l'Office du Niger\", \"on\": \"2008-06-01\"}")
public record WithdrawNeedRequest(@Schema(maxLength = Limits.TEXT) String reason, LocalDate on) {

    public WithdrawNeed toCommand(NeedId need) {
        return new WithdrawNeed(need, reason, on);
    }
}
