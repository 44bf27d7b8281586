package org.kafo.persistence.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/** The root table of a level of the territory (region, cercle, commune): its official code and name. */
@MappedSuperclass
public abstract class TerritoryEntity extends AggregateEntity {

    @Column(name = "code", nullable = false)
    String code;

    @Column(name = "name", nullable = false)
    String name;
}
