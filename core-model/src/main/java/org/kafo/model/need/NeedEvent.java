package org.kafo.model.need;

import java.time.LocalDate;
import org.kafo.model.common.ActionId;
import org.kafo.model.common.DomainEvent;
import org.kafo.model.common.Sector;
import org.kafo.model.framework.FrameworkId;
import org.kafo.model.organisation.OrganisationId;

/** What happens to a need. */
public sealed interface NeedEvent extends DomainEvent {

    record Identified(NeedId aggregateId, FrameworkId framework, OrganisationId raisedBy, Sector sector,
            NeedKind kind, LocalDate occurredOn) implements NeedEvent {
    }

    /** Those who raised it corrected its sector, kind, description or estimated cost, for a reason. */
    record Corrected(NeedId aggregateId, Sector sector, NeedKind kind, String reason, LocalDate occurredOn)
            implements NeedEvent {
    }

    record Planned(NeedId aggregateId, ActionId action, LocalDate occurredOn) implements NeedEvent {
    }

    record Met(NeedId aggregateId, LocalDate occurredOn) implements NeedEvent {
    }

    record Withdrawn(NeedId aggregateId, String reason, LocalDate occurredOn) implements NeedEvent {
    }
}
