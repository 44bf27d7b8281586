package org.kafo.rules.pact;

import org.kafo.model.common.Money;
import org.kafo.model.common.MoneyTotal;
import org.kafo.model.plan.ActionSpec;

/** How verdict facts name what has no id yet, and amounts that may be negative. */
final class Labels {

    private Labels() {
    }

    /** An action of a plan not yet adopted has no id: its title, or its rank in the plan. */
    static String action(ActionSpec spec, int index) {
        return spec.title() == null || spec.title().isBlank() ? "#" + (index + 1) : spec.title().strip();
    }

    /** {@code pledged - estimated}, signed, in the estimate's currency: "-150000 XOF". */
    static String difference(MoneyTotal pledged, Money estimated) {
        return pledged.difference(estimated) + " " + estimated.currency();
    }
}
