package org.kafo.persistence.jpa.internal;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A row of {@code region}. */
@Entity(name = "Region")
@Table(name = "region")
public class RegionEntity extends TerritoryEntity {

    @Embedded
    EffectiveColumns effective;
}
