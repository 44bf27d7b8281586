package org.kafo.persistence.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A row of {@code cercle}. */
@Entity(name = "Cercle")
@Table(name = "cercle")
public class CercleEntity extends AggregateEntity {

    @Column(name = "code", nullable = false)
    String code;

    @Column(name = "name", nullable = false)
    String name;

    @Column(name = "region_id", length = 36, nullable = false)
    String regionId;

    @Embedded
    EffectiveColumns effective;
}
