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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kafo.model.committee.CommitteeMember;
import org.kafo.model.committee.MonitoringCommittee;
import org.kafo.model.committee.Obstacle;
import org.kafo.model.committee.ObstacleId;
import org.kafo.model.committee.ObstacleStatus;
import org.kafo.model.committee.ReportId;
import org.kafo.model.common.ActionId;
import org.kafo.model.common.AggregateNotFoundException;
import org.kafo.model.framework.FrameworkId;
import org.kafo.model.plan.PlanId;
import org.kafo.rules.process.Outcome;
import org.kafo.server.access.Permission;
import org.kafo.server.api.AddCommitteeMemberRequest;
import org.kafo.server.api.CommitteeView.MandateValue;
import org.kafo.server.api.CommitteeView.MemberValue;
import org.kafo.server.api.CommitteeView.ObstacleValue;
import org.kafo.server.api.CommitteeView.ReportValue;
import org.kafo.server.api.CommitteeView;
import org.kafo.server.api.FileReportRequest;
import org.kafo.server.api.InstallCommitteeRequest;
import org.kafo.server.api.Page;
import org.kafo.server.api.Paging;
import org.kafo.server.api.Problem;
import org.kafo.server.api.RecordObstacleRequest;
import org.kafo.server.api.RemoveCommitteeMemberRequest;
import org.kafo.server.api.ResolveObstacleRequest;
import org.kafo.server.documents.Document;
import org.kafo.server.documents.Documents;
import org.kafo.server.api.ReviseMandateRequest;
import org.kafo.server.write.Parties;
import org.kafo.server.write.Precondition;

/**
 * A framework's monitoring committee: installation, members joining and leaving, mandate and its revisions, reports,
 * obstacles. Its version is the committee's; installing it checks the framework's.
 */
@Path("frameworks/{framework}/committee")
@Tag(name = "Committee")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CommitteeResource extends ProcessResource {

    @Inject
    Parties parties;

    @Inject
    Documents documents;

    @GET
    @Operation(summary = "The framework's monitoring committee")
    @APIResponse(responseCode = "404", description = "No such framework, or no committee installed yet",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response committee(@PathParam("framework") FrameworkId framework) {
        access.framework(framework, Permission.READ_FRAMEWORK);
        return Resources.read(committeeOf(framework), CommitteeView::of);
    }

    @POST
    @Operation(summary = "A held meeting installs the committee with its first mandate (MON-1, MON-2, MEET-1)")
    @APIResponse(responseCode = "201", description = "Installed")
    @APIResponse(responseCode = "422", description = REFUSED,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response install(@PathParam("framework") FrameworkId framework, @HeaderParam("If-Match") String ifMatch,
            InstallCommitteeRequest request) {
        access.framework(framework, Permission.INSTALL_COMMITTEE);
        return writes.create(Precondition.ifMatch(ifMatch, repositories.frameworks(), framework, "framework"),
                () -> process.install(Resources.body(request).toCommand(framework, parties::categoryOf)), CommitteeView::of,
                c -> uri.getBaseUriBuilder().path("frameworks").path(framework.value().toString()).path("committee").build());
    }

    @GET
    @Path("members")
    @Operation(summary = "Who sits or sat on the committee; filter by current")
    public Page<MemberValue> members(@PathParam("framework") FrameworkId framework, @QueryParam("current") Boolean current,
            @BeanParam Paging pages) {
        access.framework(framework, Permission.READ_FRAMEWORK);
        Page.Request paging = pages.request();
        List<CommitteeMember> found = committeeOf(framework).members().stream()
                .filter(m -> current == null || m.isCurrent() == current).toList();
        return paging.of(found, MemberValue::of);
    }

    @POST
    @Path("members")
    @Operation(summary = "A person joins the installed committee for a current member organisation (MON-4)")
    @APIResponse(responseCode = "422", description = REFUSED,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response addMember(@PathParam("framework") FrameworkId framework, @HeaderParam("If-Match") String ifMatch,
            AddCommitteeMemberRequest request) {
        access.framework(framework, Permission.ADD_COMMITTEE_MEMBER);
        return onCommittee(framework, ifMatch,
                () -> process.addCommitteeMember(Resources.body(request).toCommand(framework)));
    }

    @POST
    @Path("departures")
    @Operation(summary = "A person leaves the committee after their last day; the committee stays inclusive (MON-1)")
    @APIResponse(responseCode = "422", description = REFUSED,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response removeMember(@PathParam("framework") FrameworkId framework, @HeaderParam("If-Match") String ifMatch,
            RemoveCommitteeMemberRequest request) {
        access.framework(framework, Permission.REMOVE_COMMITTEE_MEMBER);
        return onCommittee(framework, ifMatch,
                () -> process.removeCommitteeMember(Resources.body(request).toCommand(framework)));
    }

    @GET
    @Path("mandates")
    @Operation(summary = "Every revision of the mandate, first to latest")
    public Page<MandateValue> mandates(@PathParam("framework") FrameworkId framework, @BeanParam Paging pages) {
        access.framework(framework, Permission.READ_FRAMEWORK);
        return pages.request().of(committeeOf(framework).mandateHistory(), MandateValue::of);
    }

    @POST
    @Path("mandates")
    @Operation(summary = "Revise the mandate: a new revision with its reason, covering the plan in force (MON-2)")
    @APIResponse(responseCode = "422", description = REFUSED,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response reviseMandate(@PathParam("framework") FrameworkId framework, @HeaderParam("If-Match") String ifMatch,
            ReviseMandateRequest request) {
        access.framework(framework, Permission.REVISE_MANDATE);
        return onCommittee(framework, ifMatch,
                () -> process.reviseMandate(Resources.body(request).toCommand(framework)));
    }

    @GET
    @Path("reports")
    @Operation(summary = "The committee's progress reports; filter by plan")
    public Page<ReportValue> reports(@PathParam("framework") FrameworkId framework, @QueryParam("plan") PlanId plan,
            @BeanParam Paging pages) {
        access.framework(framework, Permission.READ_FRAMEWORK);
        Page.Request paging = pages.request();
        return paging.of(committeeOf(framework).reports().stream()
                .filter(r -> plan == null || r.plan().equals(plan)).toList(), ReportValue::of);
    }

    @GET
    @Path("reports/{report}")
    @Operation(summary = "One of the committee's progress reports")
    @APIResponse(responseCode = "404", description = "No such framework, committee or report",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ReportValue report(@PathParam("framework") FrameworkId framework, @PathParam("report") ReportId report) {
        access.framework(framework, Permission.READ_FRAMEWORK);
        return committeeOf(framework).reports().stream().filter(r -> r.id().equals(report)).findFirst()
                .map(ReportValue::of).orElseThrow(() -> Resources.notFound("report", report));
    }

    @GET
    @Path("reports/{report}")
    @Produces(Documents.PDF_SECOND)
    @Operation(summary = "The report printed with the committee, its plan's actions and obstacles: A4 PDF in French"
            + " or English (?lang=), as Accept: application/pdf asks")
    public Response reportPrinted(@PathParam("framework") FrameworkId framework, @PathParam("report") ReportId report,
            @QueryParam("lang") String lang) {
        access.framework(framework, Permission.READ_FRAMEWORK);
        return documents.committeeReport(committeeOf(framework), report, lang, caller.locale());
    }

    @GET
    @Path("reports/{report}.pdf")
    @Produces(Document.PDF)
    @Operation(summary = "The report printed, as a link: A4 PDF in French or English (?lang=)")
    public Response reportPdf(@PathParam("framework") FrameworkId framework, @PathParam("report") ReportId report,
            @QueryParam("lang") String lang) {
        access.framework(framework, Permission.READ_FRAMEWORK);
        return documents.committeeReport(committeeOf(framework), report, lang, caller.locale());
    }

    @POST
    @Path("reports")
    @Operation(summary = "File a progress report on the plan in force")
    public Response fileReport(@PathParam("framework") FrameworkId framework, @HeaderParam("If-Match") String ifMatch,
            FileReportRequest request) {
        access.framework(framework, Permission.FILE_REPORT);
        return onCommittee(framework, ifMatch, () -> process.fileReport(Resources.body(request).toCommand(framework)));
    }

    @GET
    @Path("obstacles")
    @Operation(summary = "The obstacles the committee recorded; filter by status, plan or action")
    public Page<ObstacleValue> obstacles(@PathParam("framework") FrameworkId framework, @QueryParam("status") ObstacleStatus status,
            @QueryParam("plan") PlanId plan, @QueryParam("action") ActionId action, @BeanParam Paging pages) {
        access.framework(framework, Permission.READ_FRAMEWORK);
        Page.Request paging = pages.request();
        List<Obstacle> found = committeeOf(framework).obstacles().stream()
                .filter(o -> status == null || o.status() == status)
                .filter(o -> plan == null || o.plan().equals(plan))
                .filter(o -> action == null || o.action().equals(action))
                .toList();
        return paging.of(found, ObstacleValue::of);
    }

    @POST
    @Path("obstacles")
    @Operation(summary = "Record what blocks an action of the plan in force (MON-3)")
    @APIResponse(responseCode = "422", description = REFUSED,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response recordObstacle(@PathParam("framework") FrameworkId framework, @HeaderParam("If-Match") String ifMatch,
            RecordObstacleRequest request) {
        access.framework(framework, Permission.RECORD_OBSTACLE);
        return onCommittee(framework, ifMatch,
                () -> process.recordObstacle(Resources.body(request).toCommand(framework)));
    }

    @POST
    @Path("obstacles/{obstacle}/resolution")
    @Operation(summary = "An obstacle is solved, and how")
    public Response resolveObstacle(@PathParam("framework") FrameworkId framework, @PathParam("obstacle") ObstacleId obstacle,
            @HeaderParam("If-Match") String ifMatch, ResolveObstacleRequest request) {
        access.framework(framework, Permission.RESOLVE_OBSTACLE);
        Precondition version = committeeAt(ifMatch, framework);
        Precondition known = () -> {
            version.check();
            if (committeeOf(framework).obstacles().stream().noneMatch(o -> o.id().equals(obstacle))) {
                throw Resources.notFound("obstacle", obstacle);
            }
        };
        return writes.change(known, () -> process.resolveObstacle(Resources.body(request).toCommand(framework, obstacle)),
                CommitteeView::of);
    }

    /** @throws AggregateNotFoundException if there is no such framework or it has no committee yet */
    private MonitoringCommittee committeeOf(FrameworkId framework) {
        repositories.frameworks().get(framework);
        return repositories.committees().findByFramework(framework)
                .orElseThrow(() -> new AggregateNotFoundException("committee of framework", framework));
    }

    /** A change to the framework's committee, at the version of If-Match. */
    private Response onCommittee(FrameworkId framework, String ifMatch, Supplier<Outcome<MonitoringCommittee>> change) {
        return writes.change(committeeAt(ifMatch, framework), change, CommitteeView::of);
    }

    private Precondition committeeAt(String ifMatch, FrameworkId framework) {
        return () -> {
            MonitoringCommittee committee = committeeOf(framework);
            Precondition.ifMatch(ifMatch, repositories.committees(), committee.id(), "committee").check();
        };
    }
}
