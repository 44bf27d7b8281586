package org.kafo.model.organisation;

import java.time.LocalDate;
import org.kafo.model.common.DomainEvent;

/** What happens to an organisation. */
public sealed interface OrganisationEvent extends DomainEvent {

    record Registered(OrganisationId aggregateId, String name, OrganisationKind kind, LocalDate occurredOn)
            implements OrganisationEvent {
    }

    record MembersCounted(OrganisationId aggregateId, MemberCount count) implements OrganisationEvent {
        @Override
        public LocalDate occurredOn() {
            return count.countedOn();
        }
    }

    /** The organisation obtained legal existence: one of the approach's effects. */
    record Formalised(OrganisationId aggregateId, LegalRegistration registration) implements OrganisationEvent {
        @Override
        public LocalDate occurredOn() {
            return registration.registeredOn();
        }
    }
}
