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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kafo.model.Repositories;
import org.kafo.model.committee.CommitteeMember;
import org.kafo.model.committee.MonitoringCommittee;
import org.kafo.model.committee.Obstacle;
import org.kafo.model.committee.ObstacleId;
import org.kafo.model.committee.ObstacleStatus;
import org.kafo.model.common.AggregateNotFoundException;
import org.kafo.model.framework.FrameworkId;
import org.kafo.model.plan.ActionId;
import org.kafo.model.plan.PlanId;
import org.kafo.rules.process.ConsultationProcess;
import org.kafo.server.access.AccessPolicy;
import org.kafo.server.access.Permission;
import org.kafo.server.api.CommitteeView.MandateValue;
import org.kafo.server.api.CommitteeView.MemberValue;
import org.kafo.server.api.CommitteeView.ObstacleValue;
import org.kafo.server.api.CommitteeView.ReportValue;
import org.kafo.server.api.CommitteeView;
import org.kafo.server.api.FileReportRequest;
import org.kafo.server.api.InstallCommitteeRequest;
import org.kafo.server.api.Page;
import org.kafo.server.api.Problem;
import org.kafo.server.api.RecordObstacleRequest;
import org.kafo.server.api.ResolveObstacleRequest;
import org.kafo.server.api.ReviseMandateRequest;
import org.kafo.server.core.Parties;
import org.kafo.server.core.Precondition;
import org.kafo.server.core.Writes;

/**
 * A framework's monitoring committee: installation, members, mandate and its revisions, reports,
 * obstacles. Its version is the committee's; installing it checks the framework's.
 */
@Path("frameworks/{framework}/committee")
@Tag(name = "Committee")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CommitteeResource {

    private static final String REFUSED = "Refused by the rules: the blocking verdicts, messages in the Accept-Language";

    @Inject
    ConsultationProcess process;

    @Inject
    Repositories repositories;

    @Inject
    Parties parties;

    @Inject
    Writes writes;

    @Inject
    AccessPolicy access;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "The framework's monitoring committee")
    @APIResponse(responseCode = "404", description = "No such framework, or no committee installed yet",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response committee(@PathParam("framework") String framework) {
        access.framework(FrameworkId.of(framework), Permission.READ_FRAMEWORK);
        return Resources.read(committeeOf(FrameworkId.of(framework)), CommitteeView::of);
    }

    @POST
    @Operation(summary = "A held meeting installs the committee with its first mandate (MON-1, MON-2, MEET-1)")
    @APIResponse(responseCode = "201", description = "Installed")
    @APIResponse(responseCode = "422", description = REFUSED,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response install(@PathParam("framework") String framework, @HeaderParam("If-Match") String ifMatch,
            InstallCommitteeRequest request) {
        access.framework(FrameworkId.of(framework), Permission.INSTALL_COMMITTEE);
        FrameworkId id = FrameworkId.of(framework);
        return writes.create(Precondition.ifMatch(ifMatch, repositories.frameworks(), id, "framework"),
                () -> process.install(Resources.body(request).toCommand(id, parties::categoryOf)), CommitteeView::of,
                c -> uri.getBaseUriBuilder().path("frameworks").path(id.value().toString()).path("committee").build());
    }

    @GET
    @Path("members")
    @Operation(summary = "Who sits or sat on the committee; filter by current")
    public Page<MemberValue> members(@PathParam("framework") String framework, @QueryParam("current") String current,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        access.framework(FrameworkId.of(framework), Permission.READ_FRAMEWORK);
        Page.Request paging = Page.Request.parse(page, size);
        Boolean onlyCurrent = Resources.flag(current, "current");
        List<CommitteeMember> found = committeeOf(FrameworkId.of(framework)).members().stream()
                .filter(m -> onlyCurrent == null || m.isCurrent() == onlyCurrent).toList();
        return paging.of(found, MemberValue::of);
    }

    @GET
    @Path("mandates")
    @Operation(summary = "Every revision of the mandate, first to latest")
    public Page<MandateValue> mandates(@PathParam("framework") String framework, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        access.framework(FrameworkId.of(framework), Permission.READ_FRAMEWORK);
        return Page.Request.parse(page, size).of(committeeOf(FrameworkId.of(framework)).mandateHistory(), MandateValue::of);
    }

    @POST
    @Path("mandates")
    @Operation(summary = "Revise the mandate: a new revision with its reason, covering the plan in force (MON-2)")
    @APIResponse(responseCode = "422", description = REFUSED,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response reviseMandate(@PathParam("framework") String framework, @HeaderParam("If-Match") String ifMatch,
            ReviseMandateRequest request) {
        access.framework(FrameworkId.of(framework), Permission.REVISE_MANDATE);
        FrameworkId id = FrameworkId.of(framework);
        return writes.change(committeeAt(ifMatch, id),
                () -> process.reviseMandate(Resources.body(request).toCommand(id)), CommitteeView::of);
    }

    @GET
    @Path("reports")
    @Operation(summary = "The committee's progress reports; filter by plan")
    public Page<ReportValue> reports(@PathParam("framework") String framework, @QueryParam("plan") String plan,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        access.framework(FrameworkId.of(framework), Permission.READ_FRAMEWORK);
        Page.Request paging = Page.Request.parse(page, size);
        PlanId ofPlan = Resources.id(plan, PlanId::of);
        return paging.of(committeeOf(FrameworkId.of(framework)).reports().stream()
                .filter(r -> ofPlan == null || r.plan().equals(ofPlan)).toList(), ReportValue::of);
    }

    @POST
    @Path("reports")
    @Operation(summary = "File a progress report on the plan in force")
    public Response fileReport(@PathParam("framework") String framework, @HeaderParam("If-Match") String ifMatch,
            FileReportRequest request) {
        access.framework(FrameworkId.of(framework), Permission.FILE_REPORT);
        FrameworkId id = FrameworkId.of(framework);
        return writes.change(committeeAt(ifMatch, id),
                () -> process.fileReport(Resources.body(request).toCommand(id)), CommitteeView::of);
    }

    @GET
    @Path("obstacles")
    @Operation(summary = "The obstacles the committee recorded; filter by status, plan or action")
    public Page<ObstacleValue> obstacles(@PathParam("framework") String framework, @QueryParam("status") String status,
            @QueryParam("plan") String plan, @QueryParam("action") String action, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        access.framework(FrameworkId.of(framework), Permission.READ_FRAMEWORK);
        Page.Request paging = Page.Request.parse(page, size);
        ObstacleStatus ofStatus = Resources.choice(status, ObstacleStatus.class, "status");
        PlanId ofPlan = Resources.id(plan, PlanId::of);
        ActionId ofAction = Resources.id(action, ActionId::of);
        List<Obstacle> found = committeeOf(FrameworkId.of(framework)).obstacles().stream()
                .filter(o -> ofStatus == null || o.status() == ofStatus)
                .filter(o -> ofPlan == null || o.plan().equals(ofPlan))
                .filter(o -> ofAction == null || o.action().equals(ofAction))
                .toList();
        return paging.of(found, ObstacleValue::of);
    }

    @POST
    @Path("obstacles")
    @Operation(summary = "Record what blocks an action of the plan in force (MON-3)")
    @APIResponse(responseCode = "422", description = REFUSED,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response recordObstacle(@PathParam("framework") String framework, @HeaderParam("If-Match") String ifMatch,
            RecordObstacleRequest request) {
        access.framework(FrameworkId.of(framework), Permission.RECORD_OBSTACLE);
        FrameworkId id = FrameworkId.of(framework);
        return writes.change(committeeAt(ifMatch, id),
                () -> process.recordObstacle(Resources.body(request).toCommand(id)), CommitteeView::of);
    }

    @POST
    @Path("obstacles/{obstacle}/resolution")
    @Operation(summary = "An obstacle is solved, and how")
    public Response resolveObstacle(@PathParam("framework") String framework, @PathParam("obstacle") String obstacle,
            @HeaderParam("If-Match") String ifMatch, ResolveObstacleRequest request) {
        access.framework(FrameworkId.of(framework), Permission.RESOLVE_OBSTACLE);
        FrameworkId id = FrameworkId.of(framework);
        ObstacleId obstacleId = ObstacleId.of(obstacle);
        Precondition version = committeeAt(ifMatch, id);
        Precondition known = () -> {
            version.check();
            if (committeeOf(id).obstacles().stream().noneMatch(o -> o.id().equals(obstacleId))) {
                throw Resources.notFound("obstacle", obstacleId);
            }
        };
        return writes.change(known, () -> process.resolveObstacle(Resources.body(request).toCommand(id, obstacleId)),
                CommitteeView::of);
    }

    /** @throws AggregateNotFoundException if there is no such framework or it has no committee yet */
    private MonitoringCommittee committeeOf(FrameworkId framework) {
        repositories.frameworks().get(framework);
        return repositories.committees().findByFramework(framework)
                .orElseThrow(() -> new AggregateNotFoundException("committee of framework", framework));
    }

    private Precondition committeeAt(String ifMatch, FrameworkId framework) {
        return () -> {
            MonitoringCommittee committee = committeeOf(framework);
            Precondition.ifMatch(ifMatch, repositories.committees(), committee.id(), "committee").check();
        };
    }
}
