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
import org.kafo.model.meeting.AgendaItemKind;
import org.kafo.model.meeting.MeetingStatus;
import org.kafo.model.organisation.PartyCategory;

/** A row of {@code meeting}, with its invitees, agenda, attendance sheet, approvals of the minutes and postponements. */
@Entity(name = "Meeting")
@Table(name = "meeting")
public class MeetingEntity extends FrameworkScopedEntity {

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

    @Column(name = "cancelled_on")
    LocalDate cancelledOn;

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

    /** Joined to the meeting's own row (few meetings are postponed): no statement of its own when loading. */
    @OneToMany(mappedBy = "owner", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    @JoinFetch(JoinFetchType.OUTER)
    List<MeetingPostponementRow> postponements = new ArrayList<>();

    @Embeddable
    public record PostponementRow(
            @Column(name = "postponed_from", nullable = false) LocalDate from,
            @Column(name = "postponed_to", nullable = false) LocalDate to,
            @Column(name = "reason") String reason,
            @Column(name = "decided_on", nullable = false) LocalDate on) {
    }

    @Embeddable
    public record AgendaItemRow(
            @Column(name = "title", nullable = false) String title,
            @Enumerated(EnumType.STRING) @Column(name = "kind", nullable = false) AgendaItemKind kind,
            @Column(name = "reference_id", length = 36) String referenceId,
            @Column(name = "subject") String subject) {
    }

    @Embeddable
    public record AttendanceRow(
            @Column(name = "organisation_id", length = 36, nullable = false) String organisationId,
            @Enumerated(EnumType.STRING) @Column(name = "category", nullable = false) PartyCategory category,
            @Embedded PersonColumns person) {
    }

    @Embeddable
    public record ApprovalRow(
            @Column(name = "party_id", length = 36, nullable = false) String partyId,
            @Column(name = "approved", nullable = false) boolean approved,
            @Column(name = "remark") String remark,
            @Column(name = "approved_on", nullable = false) LocalDate approvedOn) {
    }

    /** A row of {@code meeting_invitee}. */
    @Entity
    @Table(name = "meeting_invitee")
    @AssociationOverride(name = "owner", joinColumns = @JoinColumn(name = "meeting_id"))
    @AttributeOverride(name = "value", column = @Column(name = "organisation_id", nullable = false))
    public static class MeetingInviteeRow extends Row<MeetingEntity, String> {
    }

    /** A row of {@code meeting_agenda_item}. */
    @Entity
    @Table(name = "meeting_agenda_item")
    @AssociationOverride(name = "owner", joinColumns = @JoinColumn(name = "meeting_id"))
    public static class MeetingAgendaItemRow extends Row<MeetingEntity, AgendaItemRow> {
    }

    /** A row of {@code meeting_attendance}. */
    @Entity
    @Table(name = "meeting_attendance")
    @AssociationOverride(name = "owner", joinColumns = @JoinColumn(name = "meeting_id"))
    public static class MeetingAttendanceRow extends Row<MeetingEntity, AttendanceRow> {
    }

    /** A row of {@code meeting_minutes_approval}. */
    @Entity
    @Table(name = "meeting_minutes_approval")
    @AssociationOverride(name = "owner", joinColumns = @JoinColumn(name = "meeting_id"))
    public static class MeetingMinutesApprovalRow extends Row<MeetingEntity, ApprovalRow> {
    }

    /** A row of {@code meeting_postponement}. */
    @Entity
    @Table(name = "meeting_postponement")
    @AssociationOverride(name = "owner", joinColumns = @JoinColumn(name = "meeting_id"))
    public static class MeetingPostponementRow extends Row<MeetingEntity, PostponementRow> {
    }
}
