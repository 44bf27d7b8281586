package org.kafo.server.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.kafo.model.Repositories;
import org.kafo.model.framework.ConsultationFramework;
import org.kafo.model.framework.FrameworkId;
import org.kafo.model.framework.Membership;
import org.kafo.model.meeting.AgendaItem;
import org.kafo.model.meeting.AgendaItemKind;
import org.kafo.model.meeting.Meeting;
import org.kafo.model.meeting.MeetingId;
import org.kafo.model.organisation.OrganisationId;
import org.kafo.model.organisation.PartyCategory;
import org.kafo.rules.Quorum;
import org.kafo.rules.command.ApproveMinutes;
import org.kafo.rules.command.CancelMeeting;
import org.kafo.rules.command.Command;
import org.kafo.rules.command.ConveneMeeting;
import org.kafo.rules.command.HoldMeeting;
import org.kafo.rules.command.PostponeMeeting;
import org.kafo.rules.command.RecordMinutes;
import org.kafo.rules.process.ConsultationProcess;
import org.kafo.rules.process.Outcome;
import org.kafo.server.access.Allowed;
import org.kafo.server.access.Permission;
import org.kafo.server.api.MeetingView;
import org.kafo.server.api.RecordAttendanceRequest;
import org.kafo.server.write.Parties;
import org.kafo.server.write.Precondition;

/**
 * A framework's meetings and the convening of the next; one meeting: its agenda, the attendance
 * sheet entered on a phone with the quorum as it is entered (MEET-1's own count, recomputed on the
 * server at each change), holding, minutes and each party's word on them, postponement and
 * cancellation.
 */
@Path("")
@Produces(Pages.HTML)
public class MeetingPages extends Pages {

    @Inject
    Repositories repositories;

    @Inject
    Parties parties;

    @Inject
    ConsultationProcess process;

    @GET
    @Path("frameworks/{id}/meetings")
    public Response meetings(@PathParam("id") FrameworkId id, @QueryParam("done") String done) {
        ConsultationFramework framework = access.framework(id, Permission.READ_FRAMEWORK);
        return meetingsPage(200, framework, Sent.none(), done);
    }

    @POST
    @Path("frameworks/{id}/meetings")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response convene(@PathParam("id") FrameworkId id, MultivaluedMap<String, String> form) {
        FormInput in = new FormInput();
        LocalDate plannedOn = in.date("plannedOn", form.getFirst("plannedOn"), true);
        String venue = in.required("venue", form.getFirst("venue"));
        UUID convenedBy = in.id("convenedBy", form.getFirst("convenedBy"), true);
        LocalDate issuedOn = in.date("issuedOn", form.getFirst("issuedOn"), true);
        String items = FormInput.optional(form.getFirst("items"));
        ConsultationFramework framework = in.valid() ? access.framework(id, Permission.CONVENE_MEETING)
                : access.framework(id, Permission.READ_FRAMEWORK);
        List<AgendaItem> additional = items == null ? List.of() : items.lines().map(String::strip)
                .filter(line -> !line.isEmpty()).map(line -> new AgendaItem(line, AgendaItemKind.OTHER, null)).toList();
        return send("convene", null, form, in, Precondition.ifMatch(form.getFirst("version"), repositories.frameworks(),
                id, "framework"), () -> new ConveneMeeting(id, plannedOn, venue, new OrganisationId(convenedBy), issuedOn,
                        List.of(), additional), accepted("meeting.convened"),
                (status, sent) -> meetingsPage(status, framework, sent, null));
    }

    @GET
    @Path("meetings/{meetingId}")
    public Response meeting(@PathParam("meetingId") MeetingId id, @QueryParam("done") String done,
            @QueryParam("count") String count, @QueryParam("file") String file) {
        Meeting meeting = access.meeting(id, Permission.READ_FRAMEWORK);
        String imported = ImportPages.notice(visit.texts(), done, count, file);
        return meetingPage(200, meeting, Sent.none(), Set.of(), imported == null ? done : null, List.of(), imported);
    }

    /** The quorum of those on the sheet and those ticked, as a fragment for htmx to swap in. */
    @POST
    @Path("meetings/{meetingId}/quorum")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response quorum(@PathParam("meetingId") MeetingId id, MultivaluedMap<String, String> form) {
        Meeting meeting = access.meeting(id, Permission.RECORD_ATTENDANCE);
        ConsultationFramework framework = repositories.frameworks().get(meeting.framework());
        AttendanceForm sheet = AttendanceForm.read(form, MeetingSheets.invited(meeting, framework), signed(meeting), new FormInput());
        return Response.ok(templates.render("quorum.jte", Map.of("t", visit.texts(),
                "quorum", quorum(meeting, sheet.ticked()))), HTML).build();
    }

    @POST
    @Path("meetings/{meetingId}/attendance")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response attendance(@PathParam("meetingId") MeetingId id, MultivaluedMap<String, String> form) {
        Meeting read = access.meeting(id, Permission.READ_FRAMEWORK);
        ConsultationFramework framework = repositories.frameworks().get(read.framework());
        FormInput in = new FormInput();
        AttendanceForm sheet = AttendanceForm.read(form, MeetingSheets.invited(read, framework), signed(read), in);
        LocalDate on = in.date("attendedOn", form.getFirst("attendedOn"), true);
        if (form.getFirst("check") != null) {
            return meetingPage(200, read, Sent.of("attendance", null, form, in, List.of()), sheet.ticked(), null,
                    List.of());
        }
        if (in.valid() && sheet.nobodyNew()) {
            in.error("attendance", "meeting.nobody-ticked");
        }
        Meeting meeting = in.valid() ? access.meeting(id, Permission.RECORD_ATTENDANCE) : read;
        return send("attendance", null, form, in, Precondition.ifMatch(form.getFirst("version"), repositories.meetings(),
                id, "meeting"), () -> new RecordAttendanceRequest(sheet.attendees(), on).toCommand(id, parties::categoryOf),
                accepted("meeting.attendance-saved"),
                (status, sent) -> meetingPage(status, meeting, sent, sheet.ticked(), null, List.of()));
    }

    @POST
    @Path("meetings/{meetingId}/holding")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response hold(@PathParam("meetingId") MeetingId id, MultivaluedMap<String, String> form) {
        FormInput in = new FormInput();
        LocalDate on = in.date("heldOn", form.getFirst("heldOn"), true);
        return change("hold", access.meeting(id, Permission.HOLD_MEETING), form, in, () -> new HoldMeeting(id, on), "meeting.held");
    }

    @POST
    @Path("meetings/{meetingId}/minutes")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response minutes(@PathParam("meetingId") MeetingId id, MultivaluedMap<String, String> form) {
        FormInput in = new FormInput();
        String text = in.required("minutesText", form.getFirst("minutesText"));
        LocalDate on = in.date("minutesOn", form.getFirst("minutesOn"), true);
        return change("minutes", access.meeting(id, Permission.RECORD_MINUTES), form, in, () -> new RecordMinutes(id, text, on),
                "meeting.minutes-recorded");
    }

    @POST
    @Path("meetings/{meetingId}/approvals")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response approve(@PathParam("meetingId") MeetingId id, MultivaluedMap<String, String> form) {
        FormInput in = new FormInput();
        UUID party = in.id("party", form.getFirst("party"), true);
        String word = in.required("approved", form.getFirst("approved"));
        String remark = FormInput.optional(form.getFirst("remark"));
        LocalDate on = in.date("approvedOn", form.getFirst("approvedOn"), true);
        boolean approved = "yes".equals(word);
        if (word != null && !approved && !"no".equals(word)) {
            in.error("approved", "form.choice-invalid");
        }
        // a party that cannot be read is said beside its field, to a reader who may read the meeting
        Meeting meeting = party == null ? access.meeting(id, Permission.READ_FRAMEWORK)
                : access.meeting(id, Permission.APPROVE_MINUTES, new OrganisationId(party));
        return change("approve", meeting, form, in,
                () -> new ApproveMinutes(id, new OrganisationId(party), approved, remark, on), "meeting.approved");
    }

    @POST
    @Path("meetings/{meetingId}/postponement")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response postpone(@PathParam("meetingId") MeetingId id, MultivaluedMap<String, String> form) {
        FormInput in = new FormInput();
        LocalDate newDate = in.date("newDate", form.getFirst("newDate"), true);
        String reason = in.required("postponeReason", form.getFirst("postponeReason"));
        LocalDate on = in.date("postponedOn", form.getFirst("postponedOn"), true);
        return change("postpone", access.meeting(id, Permission.POSTPONE_MEETING), form, in,
                () -> new PostponeMeeting(id, newDate, reason, on), "meeting.postponed");
    }

    @POST
    @Path("meetings/{meetingId}/cancellation")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response cancel(@PathParam("meetingId") MeetingId id, MultivaluedMap<String, String> form) {
        FormInput in = new FormInput();
        String reason = in.required("cancelReason", form.getFirst("cancelReason"));
        LocalDate on = in.date("cancelledOn", form.getFirst("cancelledOn"), true);
        return change("cancel", access.meeting(id, Permission.CANCEL_MEETING), form, in, () -> new CancelMeeting(id, reason, on),
                "meeting.cancelled");
    }

    /** One form's change of the meeting, the access policy asked: the meeting's page again, or after. */
    private Response change(String name, Meeting meeting, MultivaluedMap<String, String> form, FormInput in,
            Supplier<Command> command, String key) {
        return send(name, null, form, in, Precondition.ifMatch(form.getFirst("version"), repositories.meetings(),
                meeting.id(), "meeting"), command, accepted(key),
                (status, sent) -> meetingPage(status, meeting, sent, Set.of(), null, List.of()));
    }

    /** Accepted: the meeting's page, with the warnings when there are (MEET-1 on holding), else by a 303. */
    private Function<Outcome<Meeting>, Response> accepted(String key) {
        return outcome -> {
            Meeting after = outcome.result();
            return outcome.verdicts().isEmpty() ? seeOther("/meetings/" + after.id().value() + "?done=" + key)
                    : meetingPage(200, after, Sent.none(), Set.of(), key, lines(outcome.verdicts()));
        };
    }

    private Response meetingsPage(int status, ConsultationFramework framework, Sent sent, String done) {
        List<MeetingView> meetings = repositories.meetings().findByFramework(framework.id()).stream()
                .sorted(Comparator.comparingInt(Meeting::sequence))
                .map(m -> MeetingView.of(m, rules, visit.texts().locale())).toList();
        List<NeedsPage.Choice> conveners = List.of();
        if (access.allowed(framework).may(Permission.CONVENE_MEETING)) {
            Map<UUID, String> names = MeetingSheets.names(repositories,
                    framework.currentMembers().stream().map(m -> m.organisation().value()).toList());
            conveners = framework.currentMembers().stream()
                    .sorted(Comparator.comparing((Membership m) -> m.category() != PartyCategory.MUNICIPALITY))
                    .map(m -> new NeedsPage.Choice(m.organisation().value(), names.get(m.organisation().value())))
                    .toList();
        }
        return page(status, "meetings.jte", "meetings.title", "m", new MeetingsPage(framework.id().value(),
                framework.name(), framework.version(), meetings, conveners, sent, done));
    }

    private Response meetingPage(int status, Meeting meeting, Sent sent, Set<UUID> ticked, String done,
            List<VerdictLine> verdicts) {
        return meetingPage(status, meeting, sent, ticked, done, verdicts, null);
    }

    private Response meetingPage(int status, Meeting meeting, Sent sent, Set<UUID> ticked, String done,
            List<VerdictLine> verdicts, String imported) {
        ConsultationFramework framework = repositories.frameworks().get(meeting.framework());
        MeetingView view = MeetingView.of(meeting, rules, visit.texts().locale());
        List<MeetingPage.Invitee> invitees = MeetingSheets.invitees(repositories, meeting, framework, view);
        Allowed allowed = access.allowed(framework);
        Set<UUID> mine = allowed.organisations(Permission.APPROVE_MINUTES);
        List<MeetingPage.Invitee> approveFor = view.minutes() == null ? List.of()
                : invitees.stream().filter(i -> mine.contains(i.organisation()) && i.approval() == null).toList();
        return page(status, "meeting.jte", "meeting.title", "m", new MeetingPage(view, framework.name(), invitees,
                quorum(meeting, ticked), MeetingPage.Rights.of(allowed, view), approveFor, sent,
                done, verdicts, imported));
    }

    /** MEET-1's count for the sheet and those {@code ticked}, as the process answers it. */
    private Quorum quorum(Meeting meeting, Set<UUID> ticked) {
        return process.quorum(meeting.id(), ticked.stream().map(OrganisationId::new).collect(Collectors.toSet()));
    }

    private static Set<UUID> signed(Meeting meeting) {
        return meeting.organisationsPresent().stream().map(OrganisationId::value).collect(Collectors.toSet());
    }
}
