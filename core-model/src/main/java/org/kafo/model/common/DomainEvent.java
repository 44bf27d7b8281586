package org.kafo.model.common;

import java.time.LocalDate;

/** Something that happened to an aggregate, on a day of the framework's life. */
public interface DomainEvent {

    /** The aggregate the event happened to. */
    Identifier aggregateId();

    /** The day it happened (the business date, not the time it was recorded). */
    LocalDate occurredOn();
}
