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
import org.kafo.model.meeting.AgendaItemKind;
import org.kafo.model.meeting.MeetingStatus;
import org.kafo.model.organisation.PartyCategory;

/** A row of {@code meeting}, with its invitees, agenda, attendance sheet and approvals of the minutes. */
@Entity(name = "Meeting")
@Table(name = "meeting")
public class MeetingEntity extends AggregateEntity {

    @Column(name = "framework_id", length = 36, nullable = false)
    String frameworkId;

    @Column(name = "sequence_no", nullable = false)
    int sequence;

    @Column(name = "planned_on", nullable = false)
    LocalDate plannedOn;

    @Column(name = "venue", nullable = false)
    String venue;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    MeetingStatus status;

    /** Who issued the convocation; null while the meeting is not convened. */
    @Column(name = "convened_by", length = 36)
    String convenedBy;

    @Column(name = "convened_on")
    LocalDate convenedOn;

    @Column(name = "held_on")
    LocalDate heldOn;

    @Column(name = "cancellation_reason")
    String cancellationReason;

    @Column(name = "minutes_text")
    String minutesText;

    @Column(name = "minutes_recorded_on")
    LocalDate minutesRecordedOn;

    @OneToMany(mappedBy = "owner", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    @BatchFetch(BatchFetchType.IN)
    List<MeetingInviteeRow> invitees = new ArrayList<>();

    @OneToMany(mappedBy = "owner", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    @BatchFetch(BatchFetchType.IN)
    List<MeetingAgendaItemRow> agenda = new ArrayList<>();

    @OneToMany(mappedBy = "owner", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    @BatchFetch(BatchFetchType.IN)
    List<MeetingAttendanceRow> attendance = new ArrayList<>();

    @OneToMany(mappedBy = "owner", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    @BatchFetch(BatchFetchType.IN)
    List<MeetingMinutesApprovalRow> approvals = new ArrayList<>();

    protected MeetingEntity() {
    }

    MeetingEntity(String id) {
        super(id);
    }

    @Embeddable
    public static class AgendaItemRow {
        @Column(name = "title", nullable = false)
        String title;

        @Enumerated(EnumType.STRING)
        @Column(name = "kind", nullable = false)
        AgendaItemKind kind;

        @Column(name = "reference_id", length = 36)
        String referenceId;

        protected AgendaItemRow() {
        }

        AgendaItemRow(String title, AgendaItemKind kind, String referenceId) {
            this.title = title;
            this.kind = kind;
            this.referenceId = referenceId;
        }

        String title() {
            return title;
        }

        AgendaItemKind kind() {
            return kind;
        }

        String referenceId() {
            return referenceId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof AgendaItemRow that && Objects.equals(title, that.title) && Objects.equals(kind, that.kind) && Objects.equals(referenceId, that.referenceId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(title, kind, referenceId);
        }
    }

    @Embeddable
    public static class AttendanceRow {
        @Column(name = "organisation_id", length = 36, nullable = false)
        String organisationId;

        @Enumerated(EnumType.STRING)
        @Column(name = "category", nullable = false)
        PartyCategory category;

        @Column(name = "name", nullable = false)
        String name;

        @Enumerated(EnumType.STRING)
        @Column(name = "sex", nullable = false)
        Sex sex;

        @Column(name = "youth", nullable = false)
        boolean youth;

        @Column(name = "person_role")
        String role;

        protected AttendanceRow() {
        }

        AttendanceRow(String organisationId, PartyCategory category, String name, Sex sex, boolean youth, String role) {
            this.organisationId = organisationId;
            this.category = category;
            this.name = name;
            this.sex = sex;
            this.youth = youth;
            this.role = role;
        }

        String organisationId() {
            return organisationId;
        }

        PartyCategory category() {
            return category;
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
            return o instanceof AttendanceRow that && Objects.equals(organisationId, that.organisationId) && Objects.equals(category, that.category) && Objects.equals(name, that.name) && Objects.equals(sex, that.sex) && youth == that.youth && Objects.equals(role, that.role);
        }

        @Override
        public int hashCode() {
            return Objects.hash(organisationId, category, name, sex, youth, role);
        }
    }

    @Embeddable
    public static class ApprovalRow {
        @Column(name = "party_id", length = 36, nullable = false)
        String partyId;

        @Column(name = "approved", nullable = false)
        boolean approved;

        @Column(name = "remark")
        String remark;

        @Column(name = "approved_on", nullable = false)
        LocalDate approvedOn;

        protected ApprovalRow() {
        }

        ApprovalRow(String partyId, boolean approved, String remark, LocalDate approvedOn) {
            this.partyId = partyId;
            this.approved = approved;
            this.remark = remark;
            this.approvedOn = approvedOn;
        }

        String partyId() {
            return partyId;
        }

        boolean approved() {
            return approved;
        }

        String remark() {
            return remark;
        }

        LocalDate approvedOn() {
            return approvedOn;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof ApprovalRow that && Objects.equals(partyId, that.partyId) && approved == that.approved && Objects.equals(remark, that.remark) && Objects.equals(approvedOn, that.approvedOn);
        }

        @Override
        public int hashCode() {
            return Objects.hash(partyId, approved, remark, approvedOn);
        }
    }

    /** A row of {@code meeting_invitee}. */
    @Entity(name = "MeetingInvitee")
    @Table(name = "meeting_invitee")
    @IdClass(RowKey.class)
    public static class MeetingInviteeRow implements Row<String> {
        @Id
        @ManyToOne
        @JoinColumn(name = "meeting_id", nullable = false)
        MeetingEntity owner;

        @Id
        @Column(name = "position", nullable = false)
        int position;

        @Column(name = "organisation_id", nullable = false)
        String value;

        protected MeetingInviteeRow() {
        }

        MeetingInviteeRow(MeetingEntity owner, int position) {
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

    /** A row of {@code meeting_agenda_item}. */
    @Entity(name = "MeetingAgendaItem")
    @Table(name = "meeting_agenda_item")
    @IdClass(RowKey.class)
    public static class MeetingAgendaItemRow implements Row<AgendaItemRow> {
        @Id
        @ManyToOne
        @JoinColumn(name = "meeting_id", nullable = false)
        MeetingEntity owner;

        @Id
        @Column(name = "position", nullable = false)
        int position;

        @Embedded
        AgendaItemRow value;

        protected MeetingAgendaItemRow() {
        }

        MeetingAgendaItemRow(MeetingEntity owner, int position) {
            this.owner = owner;
            this.position = position;
        }

        @Override
        public AgendaItemRow value() {
            return value;
        }

        @Override
        public void value(AgendaItemRow value) {
            this.value = value;
        }
    }

    /** A row of {@code meeting_attendance}. */
    @Entity(name = "MeetingAttendance")
    @Table(name = "meeting_attendance")
    @IdClass(RowKey.class)
    public static class MeetingAttendanceRow implements Row<AttendanceRow> {
        @Id
        @ManyToOne
        @JoinColumn(name = "meeting_id", nullable = false)
        MeetingEntity owner;

        @Id
        @Column(name = "position", nullable = false)
        int position;

        @Embedded
        AttendanceRow value;

        protected MeetingAttendanceRow() {
        }

        MeetingAttendanceRow(MeetingEntity owner, int position) {
            this.owner = owner;
            this.position = position;
        }

        @Override
        public AttendanceRow value() {
            return value;
        }

        @Override
        public void value(AttendanceRow value) {
            this.value = value;
        }
    }

    /** A row of {@code meeting_minutes_approval}. */
    @Entity(name = "MeetingMinutesApproval")
    @Table(name = "meeting_minutes_approval")
    @IdClass(RowKey.class)
    public static class MeetingMinutesApprovalRow implements Row<ApprovalRow> {
        @Id
        @ManyToOne
        @JoinColumn(name = "meeting_id", nullable = false)
        MeetingEntity owner;

        @Id
        @Column(name = "position", nullable = false)
        int position;

        @Embedded
        ApprovalRow value;

        protected MeetingMinutesApprovalRow() {
        }

        MeetingMinutesApprovalRow(MeetingEntity owner, int position) {
            this.owner = owner;
            this.position = position;
        }

        @Override
        public ApprovalRow value() {
            return value;
        }

        @Override
        public void value(ApprovalRow value) {
            this.value = value;
        }
    }
}
