package org.kafo.rules.command;

import java.time.LocalDate;
import org.kafo.model.common.Require;
import org.kafo.model.need.NeedId;

/** Those who raised a need withdraw it, with a reason. */
public record WithdrawNeed(NeedId need, String reason, LocalDate on) implements Command {

    public WithdrawNeed {
        Require.present(need, "need");
        Require.present(on, "on");
    }
}
