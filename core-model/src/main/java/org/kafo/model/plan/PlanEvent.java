package org.kafo.model.plan;

import java.time.LocalDate;
import java.util.List;
import org.kafo.model.common.ActionId;
import org.kafo.model.common.DomainEvent;
import org.kafo.model.common.Money;
import org.kafo.model.common.Period;
import org.kafo.model.framework.FrameworkId;
import org.kafo.model.meeting.MeetingId;
import org.kafo.model.organisation.OrganisationId;

/** What happens to an action plan and its actions. */
public sealed interface PlanEvent extends DomainEvent {

    record Adopted(PlanId aggregateId, FrameworkId framework, int cycle, Period period, MeetingId meeting,
            List<ActionId> actions, LocalDate occurredOn) implements PlanEvent {
    }

    record ActionStatusChanged(PlanId aggregateId, ActionId action, ActionStatus from, ActionStatus to, String reason,
            LocalDate occurredOn) implements PlanEvent {
    }

    record ProgressNoted(PlanId aggregateId, ActionId action, ProgressNote note) implements PlanEvent {
        @Override
        public LocalDate occurredOn() {
            return note.on();
        }
    }

    record ContributionPledged(PlanId aggregateId, ActionId action, OrganisationId party, ContributionForm form,
            Money pledged, LocalDate occurredOn) implements PlanEvent {
    }

    record ContributionDelivered(PlanId aggregateId, ActionId action, OrganisationId party, ContributionForm form,
            Money amount, LocalDate occurredOn) implements PlanEvent {
    }

    record RegisteredInPdesc(PlanId aggregateId, ActionId action, PdescReference reference, LocalDate occurredOn)
            implements PlanEvent {
    }

    record Reviewed(PlanId aggregateId, MeetingId meeting, List<ActionReview> decisions, LocalDate occurredOn)
            implements PlanEvent {
    }
}
