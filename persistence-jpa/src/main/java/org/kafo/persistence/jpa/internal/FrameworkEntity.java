package org.kafo.persistence.jpa.internal;

import jakarta.persistence.AssociationOverride;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
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
import org.eclipse.persistence.annotations.JoinFetch;
import org.eclipse.persistence.annotations.JoinFetchType;
import org.kafo.model.framework.DeliberatingBody;
import org.kafo.model.framework.DeliberationOutcome;
import org.kafo.model.framework.FrameworkStatus;
import org.kafo.model.organisation.PartyCategory;

/**
 * A row of {@code framework}, with its priority sectors, memberships, status history and later
 * deliberations. The
 * sectors and representatives of a membership are kept by the membership's position.
 */
@Entity(name = "Framework")
@Table(name = "framework")
public class FrameworkEntity extends AggregateEntity {

    @Column(name = "commune_id", length = 36, nullable = false)
    String communeId;

    @Column(name = "name", nullable = false)
    String name;

    /** The current status, the last of the history: for queries by status. */
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    FrameworkStatus status;

    @Column(name = "proposed_on", nullable = false)
    LocalDate proposedOn;

    @Column(name = "deliberation_number")
    String deliberationNumber;

    @Column(name = "deliberation_date")
    LocalDate deliberationDate;

    @Column(name = "deliberation_decision")
    String deliberationDecision;

    @Enumerated(EnumType.STRING)
    @Column(name = "deliberation_body")
    DeliberatingBody deliberationBody;

    @OneToMany(mappedBy = "owner", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    @BatchFetch(BatchFetchType.IN)
    List<FrameworkSectorRow> prioritySectors = new ArrayList<>();

    @OneToMany(mappedBy = "owner", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    @BatchFetch(BatchFetchType.IN)
    List<FrameworkMembershipRow> memberships = new ArrayList<>();

    @OneToMany(mappedBy = "owner", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    @BatchFetch(BatchFetchType.IN)
    List<FrameworkMembershipSectorRow> membershipSectors = new ArrayList<>();

    @OneToMany(mappedBy = "owner", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    @BatchFetch(BatchFetchType.IN)
    List<FrameworkRepresentativeRow> representatives = new ArrayList<>();

    @OneToMany(mappedBy = "owner", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    @BatchFetch(BatchFetchType.IN)
    List<FrameworkStatusChangeRow> history = new ArrayList<>();

    /**
     * A framework has few later deliberations (one per council mandate, or a special delegation's):
     * they are read with the framework's own row, by an outer join, rather than by a statement of
     * their own.
     */
    @OneToMany(mappedBy = "owner", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    @JoinFetch(JoinFetchType.OUTER)
    List<FrameworkDeliberationRow> laterDeliberations = new ArrayList<>();

    @Embeddable
    public record MembershipRow(
            @Column(name = "organisation_id", length = 36, nullable = false) String organisationId,
            @Enumerated(EnumType.STRING) @Column(name = "category", nullable = false) PartyCategory category,
            @Embedded EffectiveColumns effective) {
    }

    @Embeddable
    public record MembershipSectorRow(
            @Column(name = "membership_index", nullable = false) int membershipIndex,
            @Column(name = "sector_code", nullable = false) String sectorCode) {
    }

    @Embeddable
    public record RepresentativeRow(
            @Column(name = "membership_index", nullable = false) int membershipIndex,
            @Embedded PersonColumns person) {
    }

    @Embeddable
    public record StatusChangeRow(
            @Enumerated(EnumType.STRING) @Column(name = "status", nullable = false) FrameworkStatus status,
            @Column(name = "changed_on", nullable = false) LocalDate changedOn,
            @Column(name = "reason") String reason) {
    }

    @Embeddable
    public record DeliberationRow(
            @Column(name = "deliberation_number", nullable = false) String number,
            @Column(name = "deliberation_date", nullable = false) LocalDate date,
            @Column(name = "deliberation_decision", nullable = false) String decision,
            @Enumerated(EnumType.STRING) @Column(name = "deliberation_body", nullable = false) DeliberatingBody body,
            @Enumerated(EnumType.STRING) @Column(name = "outcome", nullable = false) DeliberationOutcome outcome,
            @Column(name = "recorded_on", nullable = false) LocalDate recordedOn) {
    }

    /** A row of {@code framework_sector}. */
    @Entity
    @Table(name = "framework_sector")
    @AssociationOverride(name = "owner", joinColumns = @JoinColumn(name = "framework_id"))
    @AttributeOverride(name = "value", column = @Column(name = "sector_code", nullable = false))
    public static class FrameworkSectorRow extends Row<FrameworkEntity, String> {
    }

    /** A row of {@code framework_membership}. */
    @Entity
    @Table(name = "framework_membership")
    @AssociationOverride(name = "owner", joinColumns = @JoinColumn(name = "framework_id"))
    public static class FrameworkMembershipRow extends Row<FrameworkEntity, MembershipRow> {
    }

    /** A row of {@code framework_membership_sector}. */
    @Entity
    @Table(name = "framework_membership_sector")
    @AssociationOverride(name = "owner", joinColumns = @JoinColumn(name = "framework_id"))
    public static class FrameworkMembershipSectorRow extends Row<FrameworkEntity, MembershipSectorRow> {
    }

    /** A row of {@code framework_representative}. */
    @Entity
    @Table(name = "framework_representative")
    @AssociationOverride(name = "owner", joinColumns = @JoinColumn(name = "framework_id"))
    public static class FrameworkRepresentativeRow extends Row<FrameworkEntity, RepresentativeRow> {
    }

    /** A row of {@code framework_deliberation}. */
    @Entity
    @Table(name = "framework_deliberation")
    @AssociationOverride(name = "owner", joinColumns = @JoinColumn(name = "framework_id"))
    public static class FrameworkDeliberationRow extends Row<FrameworkEntity, DeliberationRow> {
    }

    /** A row of {@code framework_status_change}. */
    @Entity
    @Table(name = "framework_status_change")
    @AssociationOverride(name = "owner", joinColumns = @JoinColumn(name = "framework_id"))
    public static class FrameworkStatusChangeRow extends Row<FrameworkEntity, StatusChangeRow> {
    }
}
