package org.kafo.server.web;

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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.kafo.model.committee.CommitteeMember;
import org.kafo.model.committee.MonitoringCommittee;
import org.kafo.model.committee.ObstacleId;
import org.kafo.model.common.ActionId;
import org.kafo.model.common.AggregateNotFoundException;
import org.kafo.model.common.Period;
import org.kafo.model.common.Person;
import org.kafo.model.framework.ConsultationFramework;
import org.kafo.model.framework.FrameworkId;
import org.kafo.model.framework.FrameworkStatus;
import org.kafo.model.framework.Membership;
import org.kafo.model.meeting.Meeting;
import org.kafo.model.meeting.MeetingId;
import org.kafo.model.organisation.OrganisationId;
import org.kafo.model.plan.ActionPlan;
import org.kafo.model.plan.PlanId;
import org.kafo.rules.command.AddCommitteeMember;
import org.kafo.rules.command.Command;
import org.kafo.rules.command.FileReport;
import org.kafo.rules.command.InstallCommittee;
import org.kafo.rules.command.RecordObstacle;
import org.kafo.rules.command.RemoveCommitteeMember;
import org.kafo.rules.command.ResolveObstacle;
import org.kafo.rules.command.ReviseMandate;
import org.kafo.server.access.Permission;
import org.kafo.server.api.CommitteeView;
import org.kafo.server.api.CommitteeView.MandateValue;
import org.kafo.server.api.CommitteeView.MemberValue;
import org.kafo.server.api.CommitteeView.ObstacleValue;
import org.kafo.server.api.CommitteeView.ReportValue;
import org.kafo.server.api.FrameworkView;
import org.kafo.server.api.MembershipView;
import org.kafo.server.write.Precondition;

/**
 * A framework's monitoring committee: installed at a held meeting with its members and first mandate
 * (MON-1, MON-2), its members joining and leaving, its mandate's revisions side by side, its
 * reports, and the obstacles it records and resolves (MON-3), with the meeting each was reported to.
 */
@Path("frameworks/{id}/committee")
@Produces(Pages.HTML)
public class CommitteePages extends FrameworkLifePages {

    @GET
    public Response committee(@PathParam("id") FrameworkId id, @QueryParam("done") String done,
            @QueryParam("warned") String warned) {
        return render(200, access.framework(id, Permission.READ_FRAMEWORK), Sent.none(), done, warnings(warned));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response install(@PathParam("id") FrameworkId id, MultivaluedMap<String, String> form) {
        ConsultationFramework framework = access.framework(id, Permission.INSTALL_COMMITTEE);
        FormInput input = new FormInput();
        UUID meeting = input.id("meeting", first(form, "meeting"), true);
        LocalDate on = input.date("on", first(form, "on"), true);
        String scope = input.required("scope", first(form, "scope"));
        List<String> duties = duties(input, form);
        Period period = period(input, form, false);
        List<CommitteeMember> members = new ArrayList<>();
        List<Membership> current = framework.currentMembers();
        for (int i = 0; i < current.size(); i++) {
            Person person = person(input, form, "m" + i, false);
            if (person != null && on != null) {
                members.add(CommitteeMember.from(on, current.get(i).organisation(), current.get(i).category(), person));
            }
        }
        return run(frameworkAt(form, id), framework, "install", null, form, input,
                () -> new InstallCommittee(id, new MeetingId(meeting), members, scope, duties, period, on),
                "committee.installed");
    }

    @POST
    @Path("members")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addMember(@PathParam("id") FrameworkId id, MultivaluedMap<String, String> form) {
        ConsultationFramework framework = access.framework(id, Permission.ADD_COMMITTEE_MEMBER);
        FormInput input = new FormInput();
        UUID organisation = input.id("organisation", first(form, "organisation"), true);
        Person person = person(input, form, "", true);
        LocalDate from = input.date("from", first(form, "from"), true);
        return onCommittee(framework, "add", null, form, input,
                () -> new AddCommitteeMember(id, new OrganisationId(organisation), person, from), "committee.member-added");
    }

    @POST
    @Path("departures")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response removeMember(@PathParam("id") FrameworkId id, MultivaluedMap<String, String> form) {
        ConsultationFramework framework = access.framework(id, Permission.REMOVE_COMMITTEE_MEMBER);
        FormInput input = new FormInput();
        UUID organisation = input.id("organisation", first(form, "organisation"), true);
        String person = input.required("person", first(form, "person"));
        LocalDate lastDay = input.date("lastDay", first(form, "lastDay"), true);
        String reason = FormInput.optional(first(form, "reason"));
        return onCommittee(framework, "remove", first(form, "seat"), form, input,
                () -> new RemoveCommitteeMember(id, new OrganisationId(organisation), person, lastDay, reason),
                "committee.member-removed");
    }

    @POST
    @Path("mandates")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reviseMandate(@PathParam("id") FrameworkId id, MultivaluedMap<String, String> form) {
        ConsultationFramework framework = access.framework(id, Permission.REVISE_MANDATE);
        FormInput input = new FormInput();
        String scope = input.required("scope", first(form, "scope"));
        List<String> duties = duties(input, form);
        Period period = period(input, form, true);
        UUID plan = input.id("plan", first(form, "plan"), true);
        String reason = input.required("reason", first(form, "reason"));
        LocalDate on = input.date("on", first(form, "on"), true);
        return onCommittee(framework, "revise", null, form, input,
                () -> new ReviseMandate(id, scope, duties, period, new PlanId(plan), reason, on), "committee.revised");
    }

    @POST
    @Path("reports")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response fileReport(@PathParam("id") FrameworkId id, MultivaluedMap<String, String> form) {
        ConsultationFramework framework = access.framework(id, Permission.FILE_REPORT);
        FormInput input = new FormInput();
        String summary = input.required("summary", first(form, "summary"));
        LocalDate on = input.date("on", first(form, "on"), true);
        return onCommittee(framework, "report", null, form, input, () -> new FileReport(id, summary, on),
                "committee.report-filed");
    }

    @POST
    @Path("obstacles")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response recordObstacle(@PathParam("id") FrameworkId id, MultivaluedMap<String, String> form) {
        ConsultationFramework framework = access.framework(id, Permission.RECORD_OBSTACLE);
        FormInput input = new FormInput();
        String[] planAndAction = first(form, "action") == null ? new String[0] : first(form, "action").split("/", 2);
        UUID plan = input.id("action", planAndAction.length == 2 ? planAndAction[0] : null, true);
        UUID action = plan == null ? null : input.id("action", planAndAction[1], true);
        String description = input.required("description", first(form, "description"));
        LocalDate on = input.date("on", first(form, "on"), true);
        return onCommittee(framework, "obstacle", null, form, input,
                () -> new RecordObstacle(id, new PlanId(plan), new ActionId(action), description, on),
                "committee.obstacle-recorded");
    }

    @POST
    @Path("obstacles/{obstacle}/resolution")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response resolveObstacle(@PathParam("id") FrameworkId id, @PathParam("obstacle") ObstacleId obstacle,
            MultivaluedMap<String, String> form) {
        ConsultationFramework framework = access.framework(id, Permission.RESOLVE_OBSTACLE);
        FormInput input = new FormInput();
        String resolution = input.required("resolution", first(form, "resolution"));
        LocalDate on = input.date("on", first(form, "on"), true);
        return onCommittee(framework, "resolve", obstacle.value(), form, input,
                () -> new ResolveObstacle(id, obstacle, resolution, on), "committee.obstacle-resolved");
    }

    /** The duties, one a line; at least one. */
    private static List<String> duties(FormInput input, MultivaluedMap<String, String> form) {
        String typed = input.required("duties", first(form, "duties"));
        return typed == null ? List.of()
                : Arrays.stream(typed.split("\\R")).map(String::strip).filter(d -> !d.isEmpty()).toList();
    }

    /** A period from {@code start} to {@code end}: both, or (when not required) neither. */
    private static Period period(FormInput input, MultivaluedMap<String, String> form, boolean required) {
        boolean typed = FormInput.optional(first(form, "start")) != null || FormInput.optional(first(form, "end")) != null;
        LocalDate start = input.date("start", first(form, "start"), required || typed);
        LocalDate end = input.date("end", first(form, "end"), required || typed);
        if (start != null && end != null && end.isBefore(start)) {
            input.error("end", "committee.end-before-start");
            return null;
        }
        return start == null || end == null ? null : new Period(start, end);
    }

    private Response onCommittee(ConsultationFramework framework, String name, Object key,
            MultivaluedMap<String, String> form, FormInput input, Supplier<Command> command, String done) {
        FrameworkId id = framework.id();
        Precondition version = () -> {
            MonitoringCommittee committee = repositories.committees().findByFramework(id)
                    .orElseThrow(() -> new AggregateNotFoundException("committee of framework", id));
            Precondition.ifMatch(first(form, "version"), repositories.committees(), committee.id(), "committee").check();
        };
        return run(version, framework, name, key, form, input, command, done);
    }

    private Response run(Precondition precondition, ConsultationFramework framework, String name, Object key,
            MultivaluedMap<String, String> form, FormInput input, Supplier<Command> command, String done) {
        return run(precondition, name, key, form, input, command, "/frameworks/" + framework.id().value() + "/committee",
                done, (status, sent) -> render(status, framework, sent, null, List.of()));
    }

    private Response render(int status, ConsultationFramework framework, Sent sent, String done, List<VerdictLine> warned) {
        FrameworkId id = framework.id();
        MonitoringCommittee committee = repositories.committees().findByFramework(id).orElse(null);
        List<ActionPlan> plans = repositories.plans().findByFramework(id);
        ActionPlan inForce = plans.stream().filter(ActionPlan::isInForce).findFirst().orElse(null);
        Map<UUID, String> labels = new HashMap<>();
        plans.forEach(p -> {
            labels.put(p.id().value(), visit.texts().get("committee.plan-label", p.cycle()));
            p.actions().forEach(a -> labels.put(a.id().value(), a.title()));
        });
        List<Meeting> meetings = repositories.meetings().findByFramework(id);
        meetings.forEach(m -> labels.put(m.id().value(), visit.texts().get("committee.meeting-label", m.sequence(),
                visit.texts().date(m.heldOn().orElse(m.plannedOn())))));
        Set<UUID> organisations = new HashSet<>();
        framework.memberships().forEach(m -> organisations.add(m.organisation().value()));
        Committee data = null;
        if (committee != null) {
            committee.members().forEach(m -> organisations.add(m.organisation().value()));
            data = new Committee(CommitteeView.of(committee), committee.members().stream().map(MemberValue::of).toList(),
                    MandateVersion.of(committee.mandateHistory().stream().map(MandateValue::of).toList()),
                    committee.reports().stream().map(ReportValue::of).toList(),
                    committee.obstacles().stream().map(ObstacleValue::of).toList());
        }
        labels.putAll(names(organisations));
        return page(status, "committee.jte", "committee.title", "f", FrameworkView.of(framework), "c", data,
                "members", framework.currentMembers().stream().map(MembershipView::of).toList(),
                "held", meetings.stream().filter(Meeting::isHeld).toList(),
                "plans", plans, "inForce", inForce, "labels", labels, "allowed", access.allowed(framework),
                "working", framework.status() == FrameworkStatus.ESTABLISHED || framework.status() == FrameworkStatus.ACTIVE,
                "sent", sent, "done", done, "warned", warned, "today", LocalDate.now());
    }

    /**
     * An installed committee as its page shows it: every seat, past ones included, the mandate's
     * revisions side by side, the reports and the obstacles.
     */
    public record Committee(CommitteeView view, List<MemberValue> seats, List<MandateVersion> mandates,
            List<ReportValue> reports, List<ObstacleValue> obstacles) {

        /** The latest revision of the mandate. */
        public MandateValue mandate() {
            return view.currentMandate();
        }
    }
}
