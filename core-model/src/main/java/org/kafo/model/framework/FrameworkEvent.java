package org.kafo.model.framework;

import java.time.LocalDate;
import java.util.List;
import org.kafo.model.common.DomainEvent;
import org.kafo.model.common.Person;
import org.kafo.model.common.Sector;
import org.kafo.model.organisation.OrganisationId;
import org.kafo.model.territory.CommuneId;

/** What happens to a consultation framework. */
public sealed interface FrameworkEvent extends DomainEvent {

    record Proposed(FrameworkId aggregateId, CommuneId commune, List<Sector> prioritySectors, LocalDate occurredOn)
            implements FrameworkEvent {
    }

    record PrioritySectorsChanged(FrameworkId aggregateId, List<Sector> prioritySectors, LocalDate occurredOn)
            implements FrameworkEvent {
    }

    record Established(FrameworkId aggregateId, CouncilDeliberation deliberation, LocalDate occurredOn)
            implements FrameworkEvent {
    }

    /** A deliberation after the establishing one; its effect (resumption, new sectors, dissolution) is recorded with it. */
    record DeliberationRecorded(FrameworkId aggregateId, CouncilDeliberation deliberation, DeliberationOutcome outcome,
            LocalDate occurredOn) implements FrameworkEvent {
    }

    record Activated(FrameworkId aggregateId, LocalDate occurredOn) implements FrameworkEvent {
    }

    record Suspended(FrameworkId aggregateId, String reason, LocalDate occurredOn) implements FrameworkEvent {
    }

    record Resumed(FrameworkId aggregateId, LocalDate occurredOn) implements FrameworkEvent {
    }

    record Dissolved(FrameworkId aggregateId, String reason, LocalDate occurredOn) implements FrameworkEvent {
    }

    record MemberAdmitted(FrameworkId aggregateId, Membership membership) implements FrameworkEvent {
        @Override
        public LocalDate occurredOn() {
            return membership.effective().from();
        }
    }

    record MembershipEnded(FrameworkId aggregateId, OrganisationId organisation, String reason, LocalDate occurredOn)
            implements FrameworkEvent {
    }

    record RepresentativesChanged(FrameworkId aggregateId, OrganisationId organisation, List<Person> representatives,
            LocalDate occurredOn) implements FrameworkEvent {
    }
}
