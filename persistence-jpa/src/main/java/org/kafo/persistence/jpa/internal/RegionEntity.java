package org.kafo.persistence.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A row of {@code region}. */
@Entity(name = "Region")
@Table(name = "region")
public class RegionEntity extends AggregateEntity {

    @Column(name = "code", nullable = false)
    String code;

    @Column(name = "name", nullable = false)
    String name;

    @Embedded
    EffectiveColumns effective;
}
