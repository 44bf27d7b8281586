package org.kafo.server.resource;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kafo.model.meeting.Attendance;
import org.kafo.model.meeting.Meeting;
import org.kafo.model.meeting.MeetingId;
import org.kafo.model.organisation.OrganisationId;
import org.kafo.model.organisation.PartyCategory;
import org.kafo.rules.process.Outcome;
import org.kafo.server.access.Permission;
import org.kafo.server.api.AgendaItemValue;
import org.kafo.server.api.ApproveMinutesRequest;
import org.kafo.server.api.CancelMeetingRequest;
import org.kafo.server.api.HoldMeetingRequest;
import org.kafo.server.api.MeetingView.AttendanceValue;
import org.kafo.server.api.MeetingView;
import org.kafo.server.api.Page;
import org.kafo.server.api.Paging;
import org.kafo.server.api.PostponeMeetingRequest;
import org.kafo.server.api.Problem;
import org.kafo.server.api.RecordAttendanceRequest;
import org.kafo.server.api.RecordMinutesRequest;
import org.kafo.server.documents.Document;
import org.kafo.server.documents.Documents;
import org.kafo.server.web.Printing;
import org.kafo.server.write.Parties;
import org.kafo.server.write.Precondition;

/** One meeting: agenda, attendance, holding, postponement or cancellation, minutes; a framework's meetings are under {@code /frameworks/{id}/meetings}. */
@Path("meetings")
@Tag(name = "Meetings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MeetingResource extends ProcessResource {

    @Inject
    Parties parties;

    @Inject
    Documents documents;

    @GET
    @Path("{id}")
    @Operation(summary = "A meeting, with its convocation, agenda, attendance and minutes")
    public Response meeting(@PathParam("id") MeetingId id) {
        return Resources.read(access.meeting(id, Permission.READ_FRAMEWORK), this::meetingView);
    }

    @GET
    @Path("{id}")
    @Produces(Documents.PDF_SECOND)
    @Operation(summary = "The convocation printed with its agenda: A4 PDF in French or English (?lang=), as Accept: application/pdf asks")
    public Response convocation(@PathParam("id") MeetingId id, @QueryParam("lang") String lang) {
        return documents.meeting(access.meeting(id, Permission.READ_FRAMEWORK), "convocation", lang, caller.locale());
    }

    @GET
    @Path("{id}/agenda")
    @Operation(summary = "The meeting's agenda, in order; the items the process wrote in the Accept-Language")
    public List<AgendaItemValue> agenda(@PathParam("id") MeetingId id) {
        return access.meeting(id, Permission.READ_FRAMEWORK).agenda().stream()
                .map(item -> AgendaItemValue.of(item, rules, caller.locale())).toList();
    }

    @GET
    @Path("{id}/attendance")
    @Operation(summary = "Who signed the attendance sheet; filter by category")
    public Page<AttendanceValue> attendance(@PathParam("id") MeetingId id, @QueryParam("category") PartyCategory category,
            @BeanParam Paging pages) {
        Meeting meeting = access.meeting(id, Permission.READ_FRAMEWORK);
        Page.Request paging = pages.request();
        List<Attendance> found = meeting.attendance().stream()
                .filter(a -> category == null || a.category() == category).toList();
        return paging.of(found, AttendanceValue::of);
    }

    @GET
    @Path("{id}/attendance")
    @Produces(Documents.PDF_SECOND)
    @Operation(summary = "The attendance sheet to print and sign, pre-filled with the members and their representatives by"
            + " category: A4 PDF in French or English (?lang=), as Accept: application/pdf asks")
    public Response attendanceSheet(@PathParam("id") MeetingId id, @QueryParam("lang") String lang) {
        return documents.meeting(access.meeting(id, Permission.READ_FRAMEWORK), "attendance-sheet", lang,
                caller.locale());
    }

    @POST
    @Path("{id}/attendance")
    @Operation(summary = "People sign the attendance sheet of the convened meeting")
    public Response recordAttendance(@PathParam("id") MeetingId id, @HeaderParam("If-Match") String ifMatch,
            RecordAttendanceRequest request) {
        access.meeting(id, Permission.RECORD_ATTENDANCE);
        return onMeeting(id, ifMatch,
                () -> process.recordAttendance(Resources.body(request).toCommand(id, parties::categoryOf)));
    }

    @POST
    @Path("{id}/holding")
    @Operation(summary = "The meeting took place (NEED-1, MEET-1 quorum as a warning, MON-3 obstacles on the agenda)")
    @APIResponse(responseCode = "200", description = "Held; the answer has the meeting and its verdicts")
    @APIResponse(responseCode = "422", description = REFUSED,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response hold(@PathParam("id") MeetingId id, @HeaderParam("If-Match") String ifMatch, HoldMeetingRequest request) {
        access.meeting(id, Permission.HOLD_MEETING);
        return onMeeting(id, ifMatch, () -> process.hold(Resources.body(request).toCommand(id)));
    }

    @POST
    @Path("{id}/postponements")
    @Operation(summary = "The planned or convened meeting moves to a later day; it keeps its number (MEET-2, CYC-2)")
    @APIResponse(responseCode = "200", description = "Postponed; the answer has the meeting, its postponements and the verdicts")
    @APIResponse(responseCode = "422", description = REFUSED,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response postpone(@PathParam("id") MeetingId id, @HeaderParam("If-Match") String ifMatch,
            PostponeMeetingRequest request) {
        access.meeting(id, Permission.POSTPONE_MEETING);
        return onMeeting(id, ifMatch, () -> process.postpone(Resources.body(request).toCommand(id)));
    }

    @POST
    @Path("{id}/cancellation")
    @Operation(summary = "The planned or convened meeting will not take place; it keeps its number (MEET-2)")
    @APIResponse(responseCode = "200", description = "Cancelled; the answer has the meeting and the verdicts")
    @APIResponse(responseCode = "422", description = REFUSED,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response cancel(@PathParam("id") MeetingId id, @HeaderParam("If-Match") String ifMatch,
            CancelMeetingRequest request) {
        access.meeting(id, Permission.CANCEL_MEETING);
        return onMeeting(id, ifMatch, () -> process.cancel(Resources.body(request).toCommand(id)));
    }

    @GET
    @Path("{id}/minutes")
    @Operation(summary = "The minutes of the held meeting and the parties' word on them")
    public Response minutes(@PathParam("id") MeetingId id) {
        Meeting meeting = access.meeting(id, Permission.READ_FRAMEWORK);
        if (meeting.minutes().isEmpty()) {
            throw new jakarta.ws.rs.NotFoundException();
        }
        MeetingView view = meetingView(meeting);
        return Response.ok(new MinutesAnswer(view.minutes(), view.approvals())).tag(Long.toString(meeting.version()))
                .build();
    }

    @GET
    @Path("{id}/minutes")
    @Produces(Documents.PDF_SECOND)
    @Operation(summary = "The minutes printed (procès-verbal): attendance, quorum, deliberations, the plan adopted, the"
            + " parties' approvals; A4 PDF in French or English (?lang=), as Accept: application/pdf asks; 404 before the"
            + " minutes are recorded")
    public Response minutesPrinted(@PathParam("id") MeetingId id, @QueryParam("lang") String lang) {
        return documents.meeting(access.meeting(id, Permission.READ_FRAMEWORK), "minutes", lang, caller.locale());
    }

    @GET
    @Path("{id}/{paper:" + Printing.MEETING_PAPERS + "}.pdf")
    @Produces(Document.PDF)
    @Operation(summary = "One of the meeting's papers printed, as a link: convocation.pdf, attendance-sheet.pdf or"
            + " minutes.pdf (404 before the minutes are recorded); A4 PDF in French or English (?lang=)")
    public Response paperPdf(@PathParam("id") MeetingId id,
            @Parameter(schema = @Schema(enumeration = {"convocation", "attendance-sheet", "minutes"}))
            @PathParam("paper") String paper, @QueryParam("lang") String lang) {
        return documents.meeting(access.meeting(id, Permission.READ_FRAMEWORK), paper, lang, caller.locale());
    }

    /** The minutes and their approvals. */
    @Schema(name = "MinutesWithApprovals")
    public record MinutesAnswer(MeetingView.MinutesValue minutes, List<MeetingView.ApprovalValue> approvals) {
    }

    @POST
    @Path("{id}/minutes")
    @Operation(summary = "Record the minutes of the held meeting")
    public Response recordMinutes(@PathParam("id") MeetingId id, @HeaderParam("If-Match") String ifMatch,
            RecordMinutesRequest request) {
        access.meeting(id, Permission.RECORD_MINUTES);
        return onMeeting(id, ifMatch, () -> process.recordMinutes(Resources.body(request).toCommand(id)));
    }

    @POST
    @Path("{id}/minutes/approvals")
    @Operation(summary = "A party approves the minutes, or states its reservation")
    public Response approveMinutes(@PathParam("id") MeetingId id, @HeaderParam("If-Match") String ifMatch,
            ApproveMinutesRequest request) {
        access.meeting(id, Permission.APPROVE_MINUTES, request == null ? null : Resources.id(request.party(), OrganisationId::new));
        return onMeeting(id, ifMatch, () -> process.approveMinutes(Resources.body(request).toCommand(id)));
    }

    /** A change to the meeting, at the version of If-Match. */
    private Response onMeeting(MeetingId meeting, String ifMatch, Supplier<Outcome<Meeting>> change) {
        return writes.change(Precondition.ifMatch(ifMatch, repositories.meetings(), meeting, "meeting"), change,
                this::meetingView);
    }
}
