package org.kafo.server.resource;

import org.kafo.server.documents.Documents;
import org.kafo.server.documents.Document;
import java.time.LocalDate;
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
import java.util.function.BiFunction;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kafo.model.common.ActionId;
import org.kafo.model.common.Sector;
import org.kafo.model.organisation.OrganisationId;
import org.kafo.model.plan.Action;
import org.kafo.model.plan.ActionKind;
import org.kafo.model.plan.ActionPlan;
import org.kafo.model.plan.ActionStatus;
import org.kafo.model.plan.PlanId;
import org.kafo.rules.process.Outcome;
import org.kafo.server.access.Permission;
import org.kafo.server.api.ActionView;
import org.kafo.server.api.ChangeActionStatusRequest;
import org.kafo.server.api.ContributionRequest;
import org.kafo.server.api.NoteProgressRequest;
import org.kafo.server.api.Page;
import org.kafo.server.api.Paging;
import org.kafo.server.api.PlanView;
import org.kafo.server.api.Problem;
import org.kafo.server.api.RegisterInPdescRequest;
import org.kafo.server.api.ReviewPlanRequest;
import org.kafo.server.write.Precondition;

/** One action plan and its actions; a framework's plans are under {@code /frameworks/{id}/plans}. */
@Path("plans")
@Tag(name = "Plans")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PlanResource extends ProcessResource {

    @Inject
    Documents documents;

    @GET
    @Path("{id}")
    @Operation(summary = "An action plan with its actions")
    public Response plan(@PathParam("id") PlanId id) {
        return Resources.read(access.plan(id, Permission.READ_FRAMEWORK), PlanView::of);
    }

    @GET
    @Path("{id}")
    @Produces(Documents.PDF_SECOND)
    @Operation(summary = "The action plan printed: A4 PDF in French or English (?lang=), as Accept: application/pdf asks")
    public Response planPrinted(@PathParam("id") PlanId id, @QueryParam("lang") String lang) {
        ActionPlan plan = access.plan(id, Permission.READ_FRAMEWORK);
        return Documents.download(documents.papers().plan(plan, Documents.language(lang, caller.locale()), LocalDate.now()));
    }

    @GET
    @Path("{id}.pdf")
    @Produces(Document.PDF)
    @Operation(summary = "The action plan printed, as a link: A4 PDF in French or English (?lang=)")
    public Response planPdf(@PathParam("id") PlanId id, @QueryParam("lang") String lang) {
        access.plan(id, Permission.READ_FRAMEWORK);
        return planPrinted(id, lang);
    }

    @GET
    @Path("{id}/actions")
    @Operation(summary = "The plan's actions; filter by status, kind, sector or responsible party")
    public Page<ActionView> actions(@PathParam("id") PlanId id, @QueryParam("status") ActionStatus status,
            @QueryParam("kind") ActionKind kind, @QueryParam("sector") Sector sector,
            @QueryParam("responsible") OrganisationId responsible, @BeanParam Paging pages) {
        ActionPlan plan = access.plan(id, Permission.READ_FRAMEWORK);
        Page.Request paging = pages.request();
        List<Action> found = plan.actions().stream()
                .filter(a -> status == null || a.status() == status)
                .filter(a -> kind == null || a.kind() == kind)
                .filter(a -> sector == null || a.sector().equals(sector))
                .filter(a -> responsible == null || a.responsible().equals(responsible))
                .toList();
        return paging.of(found, ActionView::of);
    }

    @GET
    @Path("{id}/actions/{action}")
    @Operation(summary = "One action of the plan; the plan's version is the ETag")
    public Response action(@PathParam("id") PlanId id, @PathParam("action") ActionId action) {
        ActionPlan plan = access.plan(id, Permission.READ_FRAMEWORK);
        Action found = plan.findAction(action).orElseThrow(() -> Resources.notFound("action", action));
        return Response.ok(ActionView.of(found)).tag(Long.toString(plan.version())).build();
    }

    @POST
    @Path("{id}/review")
    @Operation(summary = "A held meeting reviews the plan: each action done, carried over or dropped (CYC-1)")
    @APIResponse(responseCode = "200", description = "Reviewed; the plan is closed")
    @APIResponse(responseCode = "422", description = REFUSED,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response review(@PathParam("id") PlanId id, @HeaderParam("If-Match") String ifMatch,
            ReviewPlanRequest request) {
        access.plan(id, Permission.REVIEW_PLAN);
        return writes.change(planAt(ifMatch, id, null),
                () -> process.review(Resources.body(request).toCommand(id)), PlanView::of);
    }

    @POST
    @Path("{id}/actions/{action}/status")
    @Operation(summary = "An open action moves on: started, blocked (with a reason), done")
    public Response changeStatus(@PathParam("id") PlanId id, @PathParam("action") ActionId action,
            @HeaderParam("If-Match") String ifMatch, ChangeActionStatusRequest request) {
        access.action(id, action, Permission.CHANGE_ACTION_STATUS);
        return onAction(id, action, ifMatch,
                (plan, actionId) -> process.changeActionStatus(Resources.body(request).toCommand(plan, actionId)));
    }

    @POST
    @Path("{id}/actions/{action}/progress-notes")
    @Operation(summary = "Note how an action is going")
    public Response noteProgress(@PathParam("id") PlanId id, @PathParam("action") ActionId action,
            @HeaderParam("If-Match") String ifMatch, NoteProgressRequest request) {
        access.action(id, action, Permission.NOTE_PROGRESS,
                request == null ? null : Resources.id(request.author(), OrganisationId::new));
        return onAction(id, action, ifMatch,
                (plan, actionId) -> process.noteProgress(Resources.body(request).toCommand(plan, actionId)));
    }

    @POST
    @Path("{id}/actions/{action}/pledges")
    @Operation(summary = "A party pledges to the action's cost, or raises its pledge (PLAN-4, PLAN-6)")
    @APIResponse(responseCode = "422", description = REFUSED,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response pledge(@PathParam("id") PlanId id, @PathParam("action") ActionId action,
            @HeaderParam("If-Match") String ifMatch, ContributionRequest request) {
        access.plan(id, Permission.PLEDGE, request == null ? null : Resources.id(request.party(), OrganisationId::new));
        return onAction(id, action, ifMatch,
                (plan, actionId) -> process.pledge(Resources.body(request).toPledge(plan, actionId)));
    }

    @POST
    @Path("{id}/actions/{action}/deliveries")
    @Operation(summary = "A party hands over part or all of its pledge")
    public Response deliver(@PathParam("id") PlanId id, @PathParam("action") ActionId action,
            @HeaderParam("If-Match") String ifMatch, ContributionRequest request) {
        access.plan(id, Permission.DELIVER, request == null ? null : Resources.id(request.party(), OrganisationId::new));
        return onAction(id, action, ifMatch,
                (plan, actionId) -> process.deliver(Resources.body(request).toDelivery(plan, actionId)));
    }

    @POST
    @Path("{id}/actions/{action}/pdesc")
    @Operation(summary = "The commune registers the action in its PDESC, and later its budget line (PLAN-7)")
    public Response registerInPdesc(@PathParam("id") PlanId id, @PathParam("action") ActionId action,
            @HeaderParam("If-Match") String ifMatch, RegisterInPdescRequest request) {
        access.plan(id, Permission.REGISTER_IN_PDESC);
        return onAction(id, action, ifMatch,
                (plan, actionId) -> process.registerInPdesc(Resources.body(request).toCommand(plan, actionId)));
    }

    /** A change to one action of a plan, at the plan's If-Match version. */
    private Response onAction(PlanId plan, ActionId action, String ifMatch,
            BiFunction<PlanId, ActionId, Outcome<ActionPlan>> change) {
        return writes.change(planAt(ifMatch, plan, action), () -> change.apply(plan, action), PlanView::of);
    }

    /** The plan at the version of If-Match; with {@code action}, that action must be the plan's (404 otherwise). */
    private Precondition planAt(String ifMatch, PlanId plan, ActionId action) {
        Precondition version = Precondition.ifMatch(ifMatch, repositories.plans(), plan, "plan");
        if (action == null) {
            return version;
        }
        return () -> {
            version.check();
            if (repositories.plans().get(plan).findAction(action).isEmpty()) {
                throw Resources.notFound("action", action);
            }
        };
    }
}
