package org.kafo.server.resource;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kafo.model.common.Sector;
import org.kafo.model.framework.ConsultationFramework;
import org.kafo.model.framework.FrameworkId;
import org.kafo.model.framework.FrameworkStatus;
import org.kafo.model.framework.Membership;
import org.kafo.model.indicator.TotalsQueries;
import org.kafo.model.meeting.Meeting;
import org.kafo.model.meeting.MeetingStatus;
import org.kafo.model.need.Need;
import org.kafo.model.need.NeedKind;
import org.kafo.model.need.NeedStatus;
import org.kafo.model.organisation.OrganisationId;
import org.kafo.model.organisation.PartyCategory;
import org.kafo.model.plan.ActionPlan;
import org.kafo.model.territory.CommuneId;
import org.kafo.rules.command.FollowUp;
import org.kafo.rules.command.ProposeFramework;
import org.kafo.rules.process.Outcome;
import org.kafo.server.access.Permission;
import org.kafo.server.api.AdmitMemberRequest;
import org.kafo.server.api.AdoptActionPlanRequest;
import org.kafo.server.api.CheckView;
import org.kafo.server.api.ChangeRepresentativesRequest;
import org.kafo.server.api.Answer;
import org.kafo.server.api.ConveneMeetingRequest;
import org.kafo.server.api.EndMembershipRequest;
import org.kafo.server.api.EstablishFrameworkRequest;
import org.kafo.server.api.FrameworkStatusRequest;
import org.kafo.server.api.FrameworkView;
import org.kafo.server.api.IndicatorsView;
import org.kafo.server.api.MeetingView;
import org.kafo.server.api.MembershipView;
import org.kafo.server.api.NeedView;
import org.kafo.server.api.Page;
import org.kafo.server.api.Paging;
import org.kafo.server.api.PlanView;
import org.kafo.server.api.Problem;
import org.kafo.server.api.ProposeFrameworkRequest;
import org.kafo.server.api.RecordDeliberationRequest;
import org.kafo.server.api.RecordNeedRequest;
import org.kafo.server.api.VerdictView;
import org.kafo.server.documents.Document;
import org.kafo.server.documents.Documents;
import org.kafo.server.write.Precondition;

/**
 * Consultation frameworks: proposal, establishment, suspension and dissolution, later deliberations, members and
 * their representatives, needs, meetings, plans, indicators.
 */
@Path("frameworks")
@Tag(name = "Frameworks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FrameworkResource extends ProcessResource {

    @Inject
    TotalsQueries totals;

    @Inject
    Documents documents;

    @GET
    @Operation(summary = "Frameworks; filter by commune, status or priority sector")
    public Page<FrameworkView> list(@QueryParam("commune") CommuneId commune, @QueryParam("status") FrameworkStatus status,
            @QueryParam("sector") Sector sector, @BeanParam Paging pages) {
        access.signedIn();
        Page.Request paging = pages.request();
        List<ConsultationFramework> found = (commune == null ? repositories.frameworks().findAll()
                : repositories.frameworks().findByCommune(commune)).stream()
                .filter(access::sees)
                .filter(f -> status == null || f.status() == status)
                .filter(f -> sector == null || f.prioritySectors().contains(sector))
                .sorted(Comparator.comparing(ConsultationFramework::proposedOn).thenComparing(f -> f.id().value()))
                .toList();
        return paging.of(found, FrameworkView::of);
    }

    @POST
    @Operation(summary = "A commune proposes a framework for its priority sectors")
    @APIResponse(responseCode = "201", description = "Proposed; the answer has the framework, verdicts and events",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Answer.class)))
    @APIResponse(responseCode = "422", description = REFUSED,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response propose(ProposeFrameworkRequest request) {
        ProposeFramework command = Resources.body(request).toCommand();
        access.commune(command.commune(), Permission.PROPOSE_FRAMEWORK, null);
        return create(Precondition.NONE, () -> process.propose(command), FrameworkView::of, "frameworks");
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A framework, with its follow-up as of today (CYC-3: overdue); its version is the ETag")
    @APIResponse(responseCode = "200", description = "The framework and its follow-up verdicts",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FrameworkView.class)))
    @APIResponse(responseCode = "404", description = "No such framework",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response framework(@PathParam("id") FrameworkId id) {
        ConsultationFramework framework = access.framework(id, Permission.READ_FRAMEWORK_SUMMARY);
        List<VerdictView> followUp = writes.views(process.followUp(new FollowUp(id, LocalDate.now())));
        return Resources.read(framework, f -> FrameworkView.of(f, followUp));
    }

    @POST
    @Path("{id}/establishment")
    @Operation(summary = "The council's deliberation establishes the framework (EST-1 to EST-4)")
    @APIResponse(responseCode = "200", description = "Established")
    @APIResponse(responseCode = "409", description = "If-Match names an older version; the problem has currentVersion",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = REFUSED,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response establish(@PathParam("id") FrameworkId id,
            @Parameter(description = "the framework's version, as its ETag") @HeaderParam("If-Match") String ifMatch,
            EstablishFrameworkRequest request) {
        access.framework(id, Permission.ESTABLISH_FRAMEWORK);
        return onFramework(id, ifMatch, () -> process.establish(Resources.body(request).toCommand(id)));
    }

    @POST
    @Path("{id}/suspension")
    @Operation(summary = "The framework pauses, for a reason: read only until it resumes")
    @APIResponse(responseCode = "200", description = "Suspended")
    @APIResponse(responseCode = "400", description = "Not established or active, or no reason given",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response suspend(@PathParam("id") FrameworkId id, @HeaderParam("If-Match") String ifMatch,
            FrameworkStatusRequest request) {
        access.framework(id, Permission.CHANGE_FRAMEWORK_STATUS);
        return onFramework(id, ifMatch, () -> process.suspend(Resources.body(request).toSuspension(id)));
    }

    @POST
    @Path("{id}/resumption")
    @Operation(summary = "A suspended framework resumes, with a reason if given: it is active again")
    @APIResponse(responseCode = "200", description = "Resumed")
    @APIResponse(responseCode = "400", description = "Not suspended",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response resume(@PathParam("id") FrameworkId id, @HeaderParam("If-Match") String ifMatch,
            FrameworkStatusRequest request) {
        access.framework(id, Permission.CHANGE_FRAMEWORK_STATUS);
        return onFramework(id, ifMatch, () -> process.resume(Resources.body(request).toResumption(id)));
    }

    @POST
    @Path("{id}/dissolution")
    @Operation(summary = "The framework ends for good, for a reason: it accepts nothing from then on")
    @APIResponse(responseCode = "200", description = "Dissolved")
    @APIResponse(responseCode = "400", description = "Already dissolved, or no reason given",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response dissolve(@PathParam("id") FrameworkId id, @HeaderParam("If-Match") String ifMatch,
            FrameworkStatusRequest request) {
        access.framework(id, Permission.CHANGE_FRAMEWORK_STATUS);
        return onFramework(id, ifMatch, () -> process.dissolve(Resources.body(request).toDissolution(id)));
    }

    @POST
    @Path("{id}/deliberations")
    @Operation(summary = "A later deliberation of the council or a special delegation: renewal, change of sectors"
            + " or dissolution (GOV-1, GOV-2, EST-2, EST-3); the framework lists its deliberations")
    @APIResponse(responseCode = "200", description = "Recorded; the answer has the framework, warnings included")
    @APIResponse(responseCode = "409", description = "If-Match names an older version; the problem has currentVersion",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = REFUSED,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response recordDeliberation(@PathParam("id") FrameworkId id, @HeaderParam("If-Match") String ifMatch,
            RecordDeliberationRequest request) {
        access.framework(id, Permission.RECORD_DELIBERATION);
        return onFramework(id, ifMatch, () -> process.recordDeliberation(Resources.body(request).toCommand(id)));
    }

    /** A change to the framework, at the version of If-Match. */
    private Response onFramework(FrameworkId id, String ifMatch, Supplier<Outcome<ConsultationFramework>> change) {
        return writes.change(frameworkAt(ifMatch, id), change, FrameworkView::of);
    }

    @GET
    @Path("{id}/members")
    @Operation(summary = "The framework's memberships, past and current; filter by current, category or sector")
    public Page<MembershipView> members(@PathParam("id") FrameworkId id, @QueryParam("current") Boolean current,
            @QueryParam("category") PartyCategory category, @QueryParam("sector") Sector sector,
            @BeanParam Paging pages) {
        access.framework(id, Permission.READ_FRAMEWORK);
        Page.Request paging = pages.request();
        List<Membership> found = repositories.frameworks().get(id).memberships().stream()
                .filter(m -> current == null || m.isCurrent() == current)
                .filter(m -> category == null || m.category() == category)
                .filter(m -> sector == null || m.represents(sector))
                .toList();
        return paging.of(found, MembershipView::of);
    }

    @POST
    @Path("{id}/members")
    @Operation(summary = "An organisation joins the framework")
    @APIResponse(responseCode = "200", description = "Admitted; the answer has the framework")
    @APIResponse(responseCode = "422", description = REFUSED,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response admit(@PathParam("id") FrameworkId id, @HeaderParam("If-Match") String ifMatch, AdmitMemberRequest request) {
        access.framework(id, Permission.ADMIT_MEMBER);
        return onFramework(id, ifMatch, () -> process.admit(Resources.body(request).toCommand(id)));
    }

    @POST
    @Path("{id}/members/{organisation}/departure")
    @Operation(summary = "An organisation leaves the framework (EST-3 keeps the municipality and every sector represented)")
    public Response endMembership(@PathParam("id") FrameworkId id, @PathParam("organisation") OrganisationId organisation,
            @HeaderParam("If-Match") String ifMatch, EndMembershipRequest request) {
        access.framework(id, Permission.END_MEMBERSHIP);
        return onFramework(id, ifMatch, () -> process.endMembership(Resources.body(request).toCommand(id, organisation)));
    }

    @PUT
    @Path("{id}/members/{organisation}/representatives")
    @Operation(summary = "A current member's representatives, replaced from a day on")
    @APIResponse(responseCode = "200", description = "Changed; the answer has the framework")
    @APIResponse(responseCode = "400", description = "Not a current member, or the framework is suspended or dissolved",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response changeRepresentatives(@PathParam("id") FrameworkId id,
            @PathParam("organisation") OrganisationId organisation, @HeaderParam("If-Match") String ifMatch,
            ChangeRepresentativesRequest request) {
        access.framework(id, Permission.CHANGE_REPRESENTATIVES, organisation);
        return onFramework(id, ifMatch,
                () -> process.changeRepresentatives(Resources.body(request).toCommand(id, organisation)));
    }

    @GET
    @Path("{id}/needs")
    @Operation(summary = "The framework's needs, oldest first; filter by status, sector, kind or organisation")
    public Page<NeedView> needs(@PathParam("id") FrameworkId id, @QueryParam("status") NeedStatus status,
            @QueryParam("sector") Sector sector, @QueryParam("kind") NeedKind kind,
            @QueryParam("raisedBy") OrganisationId raisedBy, @BeanParam Paging pages) {
        access.framework(id, Permission.READ_FRAMEWORK);
        Page.Request paging = pages.request();
        FrameworkId framework = existing(id);
        List<Need> found = repositories.needs().findByFramework(framework).stream()
                .filter(n -> status == null || n.status() == status)
                .filter(n -> kind == null || n.kind() == kind)
                .filter(n -> sector == null || n.sector().equals(sector))
                .filter(n -> raisedBy == null || n.raisedBy().equals(raisedBy))
                .toList();
        return paging.of(found, NeedView::of);
    }

    @POST
    @Path("{id}/needs")
    @Operation(summary = "Professionals record a need (NEED-2)")
    @APIResponse(responseCode = "201", description = "Recorded; the answer has the need")
    @APIResponse(responseCode = "422", description = REFUSED,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response recordNeed(@PathParam("id") FrameworkId id, @HeaderParam("If-Match") String ifMatch,
            RecordNeedRequest request) {
        access.framework(id, Permission.RECORD_NEED, request == null ? null : Resources.id(request.raisedBy(), OrganisationId::new));
        return create(frameworkAt(ifMatch, id),
                () -> process.recordNeed(Resources.body(request).toCommand(id)), NeedView::of, "needs");
    }

    @GET
    @Path("{id}/meetings")
    @Operation(summary = "The framework's meetings by sequence; filter by status")
    public Page<MeetingView> meetings(@PathParam("id") FrameworkId id, @QueryParam("status") MeetingStatus status,
            @BeanParam Paging pages) {
        access.framework(id, Permission.READ_FRAMEWORK);
        Page.Request paging = pages.request();
        List<Meeting> found = repositories.meetings().findByFramework(existing(id)).stream()
                .filter(m -> status == null || m.status() == status).toList();
        return paging.of(found, this::meetingView);
    }

    @POST
    @Path("{id}/meetings")
    @Operation(summary = "Convene the next meeting; the process writes its agenda (CYC-2)")
    @APIResponse(responseCode = "201", description = "Convened; the answer has the meeting with its agenda")
    @APIResponse(responseCode = "422", description = REFUSED,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response convene(@PathParam("id") FrameworkId id, @HeaderParam("If-Match") String ifMatch,
            ConveneMeetingRequest request) {
        access.framework(id, Permission.CONVENE_MEETING);
        return create(frameworkAt(ifMatch, id),
                () -> process.convene(Resources.body(request).toCommand(id)), this::meetingView, "meetings");
    }

    @GET
    @Path("{id}/plans")
    @Operation(summary = "The framework's action plans by cycle; filter by inForce")
    public Page<PlanView> plans(@PathParam("id") FrameworkId id, @QueryParam("inForce") Boolean inForce,
            @BeanParam Paging pages) {
        FrameworkId framework = access.framework(id, Permission.READ_FRAMEWORK).id();
        Page.Request paging = pages.request();
        // the plan in force is a page's everyday read: the reviewed cycles are not loaded for it
        List<ActionPlan> found = Boolean.TRUE.equals(inForce) ? repositories.plans().findInForce(framework)
                : repositories.plans().findByFramework(framework).stream()
                        .filter(p -> inForce == null || p.isInForce() == inForce).toList();
        return paging.of(found, PlanView::of);
    }

    @POST
    @Path("{id}/plans")
    @Operation(summary = "A held meeting adopts the next action plan (PLAN-1 to PLAN-7, CYC-1, MEET-1)")
    @APIResponse(responseCode = "201", description = "Adopted; the answer has the plan, warnings included")
    @APIResponse(responseCode = "422", description = REFUSED,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response adopt(@PathParam("id") FrameworkId id, @HeaderParam("If-Match") String ifMatch,
            AdoptActionPlanRequest request) {
        access.framework(id, Permission.ADOPT_PLAN);
        return create(frameworkAt(ifMatch, id),
                () -> process.adopt(Resources.body(request).toCommand(id)), PlanView::of, "plans");
    }

    @POST
    @Path("{id}/plans/check")
    @Operation(summary = "The verdicts a plan would get if it were adopted now, saving nothing (for a plan being written)")
    @APIResponse(responseCode = "200", description = "The verdicts; nothing was adopted",
            content = @Content(schema = @Schema(implementation = CheckView.class)))
    public CheckView checkPlan(@PathParam("id") FrameworkId id, AdoptActionPlanRequest request) {
        access.framework(id, Permission.ADOPT_PLAN);
        return writes.checkView(Resources.body(request).toCommand(id));
    }

    @GET
    @Path("{id}/indicators")
    @Operation(summary = "The framework's indicators as of a day (default today), computed from its history")
    public IndicatorsView indicators(@PathParam("id") FrameworkId id,
            @Parameter(description = "ISO-8601 day") @QueryParam("asOf") LocalDate asOf) {
        access.framework(id, Permission.READ_FRAMEWORK);
        LocalDate day = asOf == null ? LocalDate.now() : asOf;
        return IndicatorsView.of(totals.ofFramework(id, day));
    }

    @GET
    @Path("{id}/reports/{year}.pdf")
    @Produces(Document.PDF)
    @Operation(summary = "The framework's yearly report: members, meetings and attendance, plans, contributions, needs,"
            + " the committee's reports and obstacles, and the indicators with their charts; A4 PDF in French or English"
            + " (?lang=)")
    public Response yearlyReport(@PathParam("id") FrameworkId id,
            @Parameter(description = "a calendar year, e.g. 2026") @PathParam("year") String year,
            @QueryParam("lang") String lang) {
        return documents.yearly(access.framework(id, Permission.READ_FRAMEWORK), year, lang, caller.locale());
    }

    private Precondition frameworkAt(String ifMatch, FrameworkId framework) {
        return Precondition.ifMatch(ifMatch, repositories.frameworks(), framework, "framework");
    }

    private FrameworkId existing(FrameworkId framework) {
        return repositories.frameworks().get(framework).id();
    }
}
