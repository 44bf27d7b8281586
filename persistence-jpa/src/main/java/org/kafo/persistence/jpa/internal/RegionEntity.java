package org.kafo.persistence.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A row of {@code region}. */
@Entity(name = "Region")
@Table(name = "region")
public class RegionEntity extends AggregateEntity {

    @Column(name = "code", nullable = false)
    String code;

    @Column(name = "name", nullable = false)
    String name;

    @Column(name = "effective_from")
    LocalDate effectiveFrom;

    @Column(name = "effective_to")
    LocalDate effectiveTo;

    protected RegionEntity() {
    }

    RegionEntity(String id) {
        super(id);
    }
}
