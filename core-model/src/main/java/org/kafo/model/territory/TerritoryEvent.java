package org.kafo.model.territory;

import java.time.LocalDate;
import org.kafo.model.common.DomainEvent;
import org.kafo.model.common.Effective;

/** What happens to the territory: regions, cercles and communes registered, retired, reassigned. */
public sealed interface TerritoryEvent extends DomainEvent {

    /** @param effective when the region exists; {@link #occurredOn()} is its first day, null if unknown */
    record RegionRegistered(RegionId aggregateId, String code, String name, Effective effective) implements TerritoryEvent {
        @Override
        public LocalDate occurredOn() {
            return effective.from();
        }
    }

    record RegionRetired(RegionId aggregateId, LocalDate occurredOn) implements TerritoryEvent {
    }

    /** @param effective when the cercle exists; {@link #occurredOn()} is its first day, null if unknown */
    record CercleRegistered(CercleId aggregateId, String code, String name, RegionId region, Effective effective)
            implements TerritoryEvent {
        @Override
        public LocalDate occurredOn() {
            return effective.from();
        }
    }

    record CercleRetired(CercleId aggregateId, LocalDate occurredOn) implements TerritoryEvent {
    }

    /** @param assignment the commune's first assignment; {@link #occurredOn()} is its first day, null if unknown */
    record CommuneRegistered(CommuneId aggregateId, String code, String name, Assignment assignment)
            implements TerritoryEvent {
        @Override
        public LocalDate occurredOn() {
            return assignment.effective().from();
        }
    }

    record CommuneReassigned(CommuneId aggregateId, Assignment previous, Assignment current) implements TerritoryEvent {
        @Override
        public LocalDate occurredOn() {
            return current.effective().from();
        }
    }

    record CensusRecorded(CommuneId aggregateId, Population population, LocalDate occurredOn) implements TerritoryEvent {
    }
}
