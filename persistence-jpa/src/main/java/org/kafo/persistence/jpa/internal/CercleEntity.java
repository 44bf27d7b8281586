package org.kafo.persistence.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A row of {@code cercle}. */
@Entity(name = "Cercle")
@Table(name = "cercle")
public class CercleEntity extends TerritoryEntity {

    @Column(name = "region_id", length = 36, nullable = false)
    String regionId;

    @Embedded
    EffectiveColumns effective;
}
