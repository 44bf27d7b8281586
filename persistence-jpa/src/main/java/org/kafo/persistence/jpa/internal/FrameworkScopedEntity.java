package org.kafo.persistence.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/** The root table of an aggregate that belongs to one framework: the framework's id beside its own. */
@MappedSuperclass
public abstract class FrameworkScopedEntity extends AggregateEntity {

    @Column(name = "framework_id", length = 36, nullable = false)
    String frameworkId;
}
