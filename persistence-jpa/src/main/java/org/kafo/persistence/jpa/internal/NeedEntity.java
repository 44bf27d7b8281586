package org.kafo.persistence.jpa.internal;

import jakarta.persistence.AssociationOverride;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.kafo.model.need.NeedKind;
import org.kafo.model.need.NeedStatus;

/** A row of {@code need}, with the actions that address it. */
@Entity(name = "Need")
@Table(name = "need")
public class NeedEntity extends FrameworkScopedEntity {

    @Column(name = "raised_by", length = 36, nullable = false)
    String raisedBy;

    @Column(name = "sector_code", nullable = false)
    String sectorCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    NeedKind kind;

    @Column(name = "description", nullable = false)
    String description;

    @Column(name = "estimated_amount")
    Long estimatedAmount;

    @Column(name = "estimated_currency", length = 3)
    String estimatedCurrency;

    @Column(name = "identified_on", nullable = false)
    LocalDate identifiedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    NeedStatus status;

    @Column(name = "withdrawal_reason")
    String withdrawalReason;

    @OneToMany(mappedBy = "owner", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    @BatchFetch(BatchFetchType.IN)
    List<NeedActionRow> addressedBy = new ArrayList<>();

    /** A row of {@code need_action}. */
    @Entity
    @Table(name = "need_action")
    @AssociationOverride(name = "owner", joinColumns = @JoinColumn(name = "need_id"))
    @AttributeOverride(name = "value", column = @Column(name = "action_id", nullable = false))
    public static class NeedActionRow extends Row<NeedEntity, String> {
    }
}
