package org.kafo.rules.pact;

import org.kafo.model.common.ActionId;
import org.kafo.model.common.Money;
import org.kafo.model.common.MoneyTotal;
import org.kafo.model.meeting.MeetingId;
import org.kafo.model.organisation.Organisation;
import org.kafo.model.organisation.OrganisationId;
import org.kafo.model.plan.Action;
import org.kafo.model.plan.ActionSpec;
import org.kafo.model.plan.PlanId;
import org.kafo.rules.SignedAmount;
import org.kafo.rules.Situation;

/**
 * How verdict facts name things for people (the ids go under {@code <x>Id} beside them): an
 * organisation by its name, a meeting by its sequence number, a plan by its cycle, an action by its
 * title. What the situation does not describe is named by its id: a scenario whose messages show an
 * id has a situation that misses something.
 */
final class Labels {

    /** The role of an organisation that is not a member: reads "not a member" ({@code NotAMember.NONE}). */
    enum NotAMember {
        NONE
    }

    static final NotAMember NONE = NotAMember.NONE;

    private Labels() {
    }

    /** The organisation's name, or its id if the situation does not know it. */
    static String organisation(OrganisationId id, Situation situation) {
        return situation.organisation(id).map(Organisation::name).orElse(String.valueOf(id));
    }

    /** The meeting's sequence number, or its id if it is not a meeting of the situation. */
    static Object meeting(MeetingId id, Situation situation) {
        return situation.meeting(id).map(m -> (Object) m.sequence()).orElse(String.valueOf(id));
    }

    /** The plan's cycle, or its id if it is not a plan of the situation. */
    static Object plan(PlanId id, Situation situation) {
        return situation.plan(id).map(p -> (Object) p.cycle()).orElse(String.valueOf(id));
    }

    /** The action's title, or its id if the situation knows neither the plan nor the action. */
    static String action(PlanId plan, ActionId action, Situation situation) {
        return PlanActions.find(situation, plan, action).map(Action::title).orElse(String.valueOf(action));
    }

    /** An action of a plan not yet adopted has no id: its title, or its rank in the plan. */
    static String action(ActionSpec spec, int index) {
        return spec.title() == null || spec.title().isBlank() ? "#" + (index + 1) : spec.title().strip();
    }

    /** {@code pledged - estimated}, signed, in the estimate's currency: "-150000 XOF" as text. */
    static SignedAmount difference(MoneyTotal pledged, Money estimated) {
        return new SignedAmount(pledged.difference(estimated), estimated.currency());
    }
}
