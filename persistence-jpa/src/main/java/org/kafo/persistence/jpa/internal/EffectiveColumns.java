package org.kafo.persistence.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import org.kafo.model.common.Effective;

/** The columns of an {@link Effective} period, either end open (null), the same in every table that has one. */
@Embeddable
public record EffectiveColumns(
        @Column(name = "effective_from") LocalDate from,
        @Column(name = "effective_to") LocalDate to) {

    static EffectiveColumns of(Effective effective) {
        return new EffectiveColumns(effective.from(), effective.to());
    }

    /** The period; the provider may give no columns at all (null) for a period open at both ends. */
    static Effective effective(EffectiveColumns columns) {
        return columns == null ? Effective.ALWAYS : new Effective(columns.from, columns.to);
    }
}
