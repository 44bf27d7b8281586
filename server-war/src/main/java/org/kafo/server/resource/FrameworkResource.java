package org.kafo.server.resource;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kafo.model.Repositories;
import org.kafo.model.common.Sector;
import org.kafo.model.framework.ConsultationFramework;
import org.kafo.model.framework.FrameworkId;
import org.kafo.model.framework.FrameworkStatus;
import org.kafo.model.framework.Membership;
import org.kafo.model.meeting.Meeting;
import org.kafo.model.meeting.MeetingStatus;
import org.kafo.model.need.Need;
import org.kafo.model.need.NeedKind;
import org.kafo.model.need.NeedStatus;
import org.kafo.model.organisation.OrganisationId;
import org.kafo.model.organisation.PartyCategory;
import org.kafo.model.plan.ActionPlan;
import org.kafo.model.territory.CommuneId;
import org.kafo.model.totals.TotalsQueries;
import org.kafo.rules.indicator.Indicators;
import org.kafo.rules.process.ConsultationProcess;
import org.kafo.rules.process.ProposeFramework;
import org.kafo.server.access.AccessPolicy;
import org.kafo.server.access.Permission;
import org.kafo.server.api.AdmitMemberRequest;
import org.kafo.server.api.AdoptActionPlanRequest;
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
import org.kafo.server.api.PlanView;
import org.kafo.server.api.Problem;
import org.kafo.server.api.ProposeFrameworkRequest;
import org.kafo.server.api.RecordNeedRequest;
import org.kafo.server.core.Precondition;
import org.kafo.server.core.Writes;

/** Consultation frameworks: proposal, establishment, suspension and dissolution, members, needs, meetings, plans, indicators. */
@Path("frameworks")
@Tag(name = "Frameworks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FrameworkResource {

    private static final String REFUSED = "Refused by the rules: the blocking verdicts, messages in the Accept-Language";

    @Inject
    ConsultationProcess process;

    @Inject
    Repositories repositories;

    @Inject
    Writes writes;

    @Inject
    TotalsQueries totals;

    @Inject
    AccessPolicy access;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "Frameworks; filter by commune, status or priority sector")
    public Page<FrameworkView> list(@QueryParam("commune") String commune, @QueryParam("status") String status,
            @QueryParam("sector") String sector, @QueryParam("page") String page, @QueryParam("size") String size) {
        access.signedIn();
        Page.Request paging = Page.Request.parse(page, size);
        CommuneId ofCommune = Resources.id(commune, CommuneId::of);
        FrameworkStatus ofStatus = Resources.choice(status, FrameworkStatus.class, "status");
        Sector inSector = sector == null || sector.isBlank() ? null : Sector.of(sector.strip());
        List<ConsultationFramework> found = (ofCommune == null ? repositories.frameworks().findAll()
                : repositories.frameworks().findByCommune(ofCommune)).stream()
                .filter(access::sees)
                .filter(f -> ofStatus == null || f.status() == ofStatus)
                .filter(f -> inSector == null || f.prioritySectors().contains(inSector))
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
        return writes.create(Precondition.NONE, () -> process.propose(command),
                FrameworkView::of, f -> Resources.location(uri, "frameworks", f.id()));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A framework; its version is the ETag")
    @APIResponse(responseCode = "200", description = "The framework",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FrameworkView.class)))
    @APIResponse(responseCode = "404", description = "No such framework",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response framework(@PathParam("id") String id) {
        return Resources.read(access.framework(FrameworkId.of(id), Permission.READ_FRAMEWORK_SUMMARY), FrameworkView::of);
    }

    @POST
    @Path("{id}/establishment")
    @Operation(summary = "The council's deliberation establishes the framework (EST-1 to EST-4)")
    @APIResponse(responseCode = "200", description = "Established")
    @APIResponse(responseCode = "409", description = "If-Match names an older version; the problem has currentVersion",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = REFUSED,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response establish(@PathParam("id") String id,
            @Parameter(description = "the framework's version, as its ETag") @HeaderParam("If-Match") String ifMatch,
            EstablishFrameworkRequest request) {
        access.framework(FrameworkId.of(id), Permission.ESTABLISH_FRAMEWORK);
        FrameworkId framework = FrameworkId.of(id);
        return writes.change(frameworkAt(ifMatch, framework),
                () -> process.establish(Resources.body(request).toCommand(framework)), FrameworkView::of);
    }

    @POST
    @Path("{id}/suspension")
    @Operation(summary = "The framework pauses, for a reason: read only until it resumes")
    @APIResponse(responseCode = "200", description = "Suspended")
    @APIResponse(responseCode = "400", description = "Not established or active, or no reason given",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response suspend(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            FrameworkStatusRequest request) {
        access.framework(FrameworkId.of(id), Permission.CHANGE_FRAMEWORK_STATUS);
        FrameworkId framework = FrameworkId.of(id);
        return writes.change(frameworkAt(ifMatch, framework),
                () -> process.suspend(Resources.body(request).toSuspension(framework)), FrameworkView::of);
    }

    @POST
    @Path("{id}/resumption")
    @Operation(summary = "A suspended framework resumes: it is active again")
    @APIResponse(responseCode = "200", description = "Resumed")
    @APIResponse(responseCode = "400", description = "Not suspended",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response resume(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            FrameworkStatusRequest request) {
        access.framework(FrameworkId.of(id), Permission.CHANGE_FRAMEWORK_STATUS);
        FrameworkId framework = FrameworkId.of(id);
        return writes.change(frameworkAt(ifMatch, framework),
                () -> process.resume(Resources.body(request).toResumption(framework)), FrameworkView::of);
    }

    @POST
    @Path("{id}/dissolution")
    @Operation(summary = "The framework ends for good, for a reason: it accepts nothing from then on")
    @APIResponse(responseCode = "200", description = "Dissolved")
    @APIResponse(responseCode = "400", description = "Already dissolved, or no reason given",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response dissolve(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            FrameworkStatusRequest request) {
        access.framework(FrameworkId.of(id), Permission.CHANGE_FRAMEWORK_STATUS);
        FrameworkId framework = FrameworkId.of(id);
        return writes.change(frameworkAt(ifMatch, framework),
                () -> process.dissolve(Resources.body(request).toDissolution(framework)), FrameworkView::of);
    }

    @GET
    @Path("{id}/members")
    @Operation(summary = "The framework's memberships, past and current; filter by current, category or sector")
    public Page<MembershipView> members(@PathParam("id") String id, @QueryParam("current") String current,
            @QueryParam("category") String category, @QueryParam("sector") String sector,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        access.framework(FrameworkId.of(id), Permission.READ_FRAMEWORK);
        Page.Request paging = Page.Request.parse(page, size);
        Boolean onlyCurrent = Resources.flag(current, "current");
        PartyCategory ofCategory = Resources.choice(category, PartyCategory.class, "category");
        Sector inSector = sector == null || sector.isBlank() ? null : Sector.of(sector.strip());
        List<Membership> found = repositories.frameworks().get(FrameworkId.of(id)).memberships().stream()
                .filter(m -> onlyCurrent == null || m.isCurrent() == onlyCurrent)
                .filter(m -> ofCategory == null || m.category() == ofCategory)
                .filter(m -> inSector == null || m.represents(inSector))
                .toList();
        return paging.of(found, MembershipView::of);
    }

    @POST
    @Path("{id}/members")
    @Operation(summary = "An organisation joins the framework")
    @APIResponse(responseCode = "200", description = "Admitted; the answer has the framework")
    @APIResponse(responseCode = "422", description = REFUSED,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response admit(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, AdmitMemberRequest request) {
        access.framework(FrameworkId.of(id), Permission.ADMIT_MEMBER);
        FrameworkId framework = FrameworkId.of(id);
        return writes.change(frameworkAt(ifMatch, framework),
                () -> process.admit(Resources.body(request).toCommand(framework)), FrameworkView::of);
    }

    @POST
    @Path("{id}/members/{organisation}/departure")
    @Operation(summary = "An organisation leaves the framework (EST-3 keeps the municipality and every sector represented)")
    public Response endMembership(@PathParam("id") String id, @PathParam("organisation") String organisation,
            @HeaderParam("If-Match") String ifMatch, EndMembershipRequest request) {
        access.framework(FrameworkId.of(id), Permission.END_MEMBERSHIP);
        FrameworkId framework = FrameworkId.of(id);
        OrganisationId member = OrganisationId.of(organisation);
        return writes.change(frameworkAt(ifMatch, framework),
                () -> process.endMembership(Resources.body(request).toCommand(framework, member)), FrameworkView::of);
    }

    @GET
    @Path("{id}/needs")
    @Operation(summary = "The framework's needs, oldest first; filter by status, sector, kind or organisation")
    public Page<NeedView> needs(@PathParam("id") String id, @QueryParam("status") String status,
            @QueryParam("sector") String sector, @QueryParam("kind") String kind,
            @QueryParam("raisedBy") String raisedBy, @QueryParam("page") String page, @QueryParam("size") String size) {
        access.framework(FrameworkId.of(id), Permission.READ_FRAMEWORK);
        Page.Request paging = Page.Request.parse(page, size);
        NeedStatus ofStatus = Resources.choice(status, NeedStatus.class, "status");
        NeedKind ofKind = Resources.choice(kind, NeedKind.class, "kind");
        Sector inSector = sector == null || sector.isBlank() ? null : Sector.of(sector.strip());
        OrganisationId by = Resources.id(raisedBy, OrganisationId::of);
        FrameworkId framework = existing(FrameworkId.of(id));
        List<Need> found = repositories.needs().findByFramework(framework).stream()
                .filter(n -> ofStatus == null || n.status() == ofStatus)
                .filter(n -> ofKind == null || n.kind() == ofKind)
                .filter(n -> inSector == null || n.sector().equals(inSector))
                .filter(n -> by == null || n.raisedBy().equals(by))
                .toList();
        return paging.of(found, NeedView::of);
    }

    @POST
    @Path("{id}/needs")
    @Operation(summary = "Professionals record a need (NEED-2)")
    @APIResponse(responseCode = "201", description = "Recorded; the answer has the need")
    @APIResponse(responseCode = "422", description = REFUSED,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response recordNeed(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            RecordNeedRequest request) {
        access.framework(FrameworkId.of(id), Permission.RECORD_NEED, request == null ? null : Resources.id(request.raisedBy(), OrganisationId::new));
        FrameworkId framework = FrameworkId.of(id);
        return writes.create(frameworkAt(ifMatch, framework),
                () -> process.recordNeed(Resources.body(request).toCommand(framework)), NeedView::of,
                n -> Resources.location(uri, "needs", n.id()));
    }

    @GET
    @Path("{id}/meetings")
    @Operation(summary = "The framework's meetings by sequence; filter by status")
    public Page<MeetingView> meetings(@PathParam("id") String id, @QueryParam("status") String status,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        access.framework(FrameworkId.of(id), Permission.READ_FRAMEWORK);
        Page.Request paging = Page.Request.parse(page, size);
        MeetingStatus ofStatus = Resources.choice(status, MeetingStatus.class, "status");
        List<Meeting> found = repositories.meetings().findByFramework(existing(FrameworkId.of(id))).stream()
                .filter(m -> ofStatus == null || m.status() == ofStatus).toList();
        return paging.of(found, MeetingView::of);
    }

    @POST
    @Path("{id}/meetings")
    @Operation(summary = "Convene the next meeting; the process writes its agenda (CYC-2)")
    @APIResponse(responseCode = "201", description = "Convened; the answer has the meeting with its agenda")
    @APIResponse(responseCode = "422", description = REFUSED,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response convene(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            ConveneMeetingRequest request) {
        access.framework(FrameworkId.of(id), Permission.CONVENE_MEETING);
        FrameworkId framework = FrameworkId.of(id);
        return writes.create(frameworkAt(ifMatch, framework),
                () -> process.convene(Resources.body(request).toCommand(framework)), MeetingView::of,
                m -> Resources.location(uri, "meetings", m.id()));
    }

    @GET
    @Path("{id}/plans")
    @Operation(summary = "The framework's action plans by cycle; filter by inForce")
    public Page<PlanView> plans(@PathParam("id") String id, @QueryParam("inForce") String inForce,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        FrameworkId framework = access.framework(FrameworkId.of(id), Permission.READ_FRAMEWORK).id();
        Page.Request paging = Page.Request.parse(page, size);
        Boolean onlyInForce = Resources.flag(inForce, "inForce");
        // the plan in force is a page's everyday read: the reviewed cycles are not loaded for it
        List<ActionPlan> found = Boolean.TRUE.equals(onlyInForce) ? repositories.plans().findInForce(framework)
                : repositories.plans().findByFramework(framework).stream()
                        .filter(p -> onlyInForce == null || p.isInForce() == onlyInForce).toList();
        return paging.of(found, PlanView::of);
    }

    @POST
    @Path("{id}/plans")
    @Operation(summary = "A held meeting adopts the next action plan (PLAN-1 to PLAN-7, CYC-1, MEET-1)")
    @APIResponse(responseCode = "201", description = "Adopted; the answer has the plan, warnings included")
    @APIResponse(responseCode = "422", description = REFUSED,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response adopt(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            AdoptActionPlanRequest request) {
        access.framework(FrameworkId.of(id), Permission.ADOPT_PLAN);
        FrameworkId framework = FrameworkId.of(id);
        return writes.create(frameworkAt(ifMatch, framework),
                () -> process.adopt(Resources.body(request).toCommand(framework)), PlanView::of,
                p -> Resources.location(uri, "plans", p.id()));
    }

    @GET
    @Path("{id}/indicators")
    @Operation(summary = "The framework's indicators as of a day (default today), computed from its history")
    public IndicatorsView indicators(@PathParam("id") String id,
            @Parameter(description = "ISO-8601 day") @QueryParam("asOf") String asOf) {
        access.framework(FrameworkId.of(id), Permission.READ_FRAMEWORK);
        LocalDate day = Resources.day(asOf, LocalDate.now(), "asOf");
        return IndicatorsView.of(Indicators.of(totals.ofFramework(FrameworkId.of(id), day)));
    }

    private Precondition frameworkAt(String ifMatch, FrameworkId framework) {
        return Precondition.ifMatch(ifMatch, repositories.frameworks(), framework, "framework");
    }

    private FrameworkId existing(FrameworkId framework) {
        return repositories.frameworks().get(framework).id();
    }
}
