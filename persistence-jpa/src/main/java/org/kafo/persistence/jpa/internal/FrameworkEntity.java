package org.kafo.persistence.jpa.internal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.kafo.model.common.Sex;
import org.kafo.model.framework.FrameworkStatus;
import org.kafo.model.organisation.PartyCategory;

/**
 * A row of {@code framework}, with its priority sectors, memberships and status history. The
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

    protected FrameworkEntity() {
    }

    FrameworkEntity(String id) {
        super(id);
    }

    @Embeddable
    public static class MembershipRow {
        @Column(name = "organisation_id", length = 36, nullable = false)
        String organisationId;

        @Enumerated(EnumType.STRING)
        @Column(name = "category", nullable = false)
        PartyCategory category;

        @Column(name = "effective_from", nullable = false)
        LocalDate effectiveFrom;

        @Column(name = "effective_to")
        LocalDate effectiveTo;

        protected MembershipRow() {
        }

        MembershipRow(String organisationId, PartyCategory category, LocalDate effectiveFrom, LocalDate effectiveTo) {
            this.organisationId = organisationId;
            this.category = category;
            this.effectiveFrom = effectiveFrom;
            this.effectiveTo = effectiveTo;
        }

        String organisationId() {
            return organisationId;
        }

        PartyCategory category() {
            return category;
        }

        LocalDate effectiveFrom() {
            return effectiveFrom;
        }

        LocalDate effectiveTo() {
            return effectiveTo;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof MembershipRow that && Objects.equals(organisationId, that.organisationId) && Objects.equals(category, that.category) && Objects.equals(effectiveFrom, that.effectiveFrom) && Objects.equals(effectiveTo, that.effectiveTo);
        }

        @Override
        public int hashCode() {
            return Objects.hash(organisationId, category, effectiveFrom, effectiveTo);
        }
    }

    @Embeddable
    public static class MembershipSectorRow {
        @Column(name = "membership_index", nullable = false)
        int membershipIndex;

        @Column(name = "sector_code", nullable = false)
        String sectorCode;

        protected MembershipSectorRow() {
        }

        MembershipSectorRow(int membershipIndex, String sectorCode) {
            this.membershipIndex = membershipIndex;
            this.sectorCode = sectorCode;
        }

        int membershipIndex() {
            return membershipIndex;
        }

        String sectorCode() {
            return sectorCode;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof MembershipSectorRow that && membershipIndex == that.membershipIndex && Objects.equals(sectorCode, that.sectorCode);
        }

        @Override
        public int hashCode() {
            return Objects.hash(membershipIndex, sectorCode);
        }
    }

    @Embeddable
    public static class RepresentativeRow {
        @Column(name = "membership_index", nullable = false)
        int membershipIndex;

        @Column(name = "name", nullable = false)
        String name;

        @Enumerated(EnumType.STRING)
        @Column(name = "sex", nullable = false)
        Sex sex;

        @Column(name = "youth", nullable = false)
        boolean youth;

        @Column(name = "person_role")
        String role;

        protected RepresentativeRow() {
        }

        RepresentativeRow(int membershipIndex, String name, Sex sex, boolean youth, String role) {
            this.membershipIndex = membershipIndex;
            this.name = name;
            this.sex = sex;
            this.youth = youth;
            this.role = role;
        }

        int membershipIndex() {
            return membershipIndex;
        }

        String name() {
            return name;
        }

        Sex sex() {
            return sex;
        }

        boolean youth() {
            return youth;
        }

        String role() {
            return role;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof RepresentativeRow that && membershipIndex == that.membershipIndex && Objects.equals(name, that.name) && Objects.equals(sex, that.sex) && youth == that.youth && Objects.equals(role, that.role);
        }

        @Override
        public int hashCode() {
            return Objects.hash(membershipIndex, name, sex, youth, role);
        }
    }

    @Embeddable
    public static class StatusChangeRow {
        @Enumerated(EnumType.STRING)
        @Column(name = "status", nullable = false)
        FrameworkStatus status;

        @Column(name = "changed_on", nullable = false)
        LocalDate changedOn;

        @Column(name = "reason")
        String reason;

        protected StatusChangeRow() {
        }

        StatusChangeRow(FrameworkStatus status, LocalDate changedOn, String reason) {
            this.status = status;
            this.changedOn = changedOn;
            this.reason = reason;
        }

        FrameworkStatus status() {
            return status;
        }

        LocalDate changedOn() {
            return changedOn;
        }

        String reason() {
            return reason;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof StatusChangeRow that && Objects.equals(status, that.status) && Objects.equals(changedOn, that.changedOn) && Objects.equals(reason, that.reason);
        }

        @Override
        public int hashCode() {
            return Objects.hash(status, changedOn, reason);
        }
    }

    /** A row of {@code framework_sector}. */
    @Entity(name = "FrameworkSector")
    @Table(name = "framework_sector")
    @IdClass(RowKey.class)
    public static class FrameworkSectorRow implements Row<String> {
        @Id
        @ManyToOne
        @JoinColumn(name = "framework_id", nullable = false)
        FrameworkEntity owner;

        @Id
        @Column(name = "position", nullable = false)
        int position;

        @Column(name = "sector_code", nullable = false)
        String value;

        protected FrameworkSectorRow() {
        }

        FrameworkSectorRow(FrameworkEntity owner, int position) {
            this.owner = owner;
            this.position = position;
        }

        @Override
        public String value() {
            return value;
        }

        @Override
        public void value(String value) {
            this.value = value;
        }
    }

    /** A row of {@code framework_membership}. */
    @Entity(name = "FrameworkMembership")
    @Table(name = "framework_membership")
    @IdClass(RowKey.class)
    public static class FrameworkMembershipRow implements Row<MembershipRow> {
        @Id
        @ManyToOne
        @JoinColumn(name = "framework_id", nullable = false)
        FrameworkEntity owner;

        @Id
        @Column(name = "position", nullable = false)
        int position;

        @Embedded
        MembershipRow value;

        protected FrameworkMembershipRow() {
        }

        FrameworkMembershipRow(FrameworkEntity owner, int position) {
            this.owner = owner;
            this.position = position;
        }

        @Override
        public MembershipRow value() {
            return value;
        }

        @Override
        public void value(MembershipRow value) {
            this.value = value;
        }
    }

    /** A row of {@code framework_membership_sector}. */
    @Entity(name = "FrameworkMembershipSector")
    @Table(name = "framework_membership_sector")
    @IdClass(RowKey.class)
    public static class FrameworkMembershipSectorRow implements Row<MembershipSectorRow> {
        @Id
        @ManyToOne
        @JoinColumn(name = "framework_id", nullable = false)
        FrameworkEntity owner;

        @Id
        @Column(name = "position", nullable = false)
        int position;

        @Embedded
        MembershipSectorRow value;

        protected FrameworkMembershipSectorRow() {
        }

        FrameworkMembershipSectorRow(FrameworkEntity owner, int position) {
            this.owner = owner;
            this.position = position;
        }

        @Override
        public MembershipSectorRow value() {
            return value;
        }

        @Override
        public void value(MembershipSectorRow value) {
            this.value = value;
        }
    }

    /** A row of {@code framework_representative}. */
    @Entity(name = "FrameworkRepresentative")
    @Table(name = "framework_representative")
    @IdClass(RowKey.class)
    public static class FrameworkRepresentativeRow implements Row<RepresentativeRow> {
        @Id
        @ManyToOne
        @JoinColumn(name = "framework_id", nullable = false)
        FrameworkEntity owner;

        @Id
        @Column(name = "position", nullable = false)
        int position;

        @Embedded
        RepresentativeRow value;

        protected FrameworkRepresentativeRow() {
        }

        FrameworkRepresentativeRow(FrameworkEntity owner, int position) {
            this.owner = owner;
            this.position = position;
        }

        @Override
        public RepresentativeRow value() {
            return value;
        }

        @Override
        public void value(RepresentativeRow value) {
            this.value = value;
        }
    }

    /** A row of {@code framework_status_change}. */
    @Entity(name = "FrameworkStatusChange")
    @Table(name = "framework_status_change")
    @IdClass(RowKey.class)
    public static class FrameworkStatusChangeRow implements Row<StatusChangeRow> {
        @Id
        @ManyToOne
        @JoinColumn(name = "framework_id", nullable = false)
        FrameworkEntity owner;

        @Id
        @Column(name = "position", nullable = false)
        int position;

        @Embedded
        StatusChangeRow value;

        protected FrameworkStatusChangeRow() {
        }

        FrameworkStatusChangeRow(FrameworkEntity owner, int position) {
            this.owner = owner;
            this.position = position;
        }

        @Override
        public StatusChangeRow value() {
            return value;
        }

        @Override
        public void value(StatusChangeRow value) {
            this.value = value;
        }
    }
}
