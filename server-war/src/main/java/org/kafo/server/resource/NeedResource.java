package org.kafo.server.resource;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kafo.model.need.NeedId;
import org.kafo.server.access.Permission;
import org.kafo.server.api.CorrectNeedRequest;
import org.kafo.server.api.NeedView;
import org.kafo.server.api.Problem;
import org.kafo.server.api.WithdrawNeedRequest;
import org.kafo.server.write.Precondition;

/** One need; the framework's needs are under {@code /frameworks/{id}/needs}. */
@Path("needs")
@Tag(name = "Needs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class NeedResource extends ProcessResource {

    @GET
    @Path("{id}")
    @Operation(summary = "A need and the actions that address it")
    public Response need(@PathParam("id") NeedId id) {
        return Resources.read(access.need(id, Permission.READ_FRAMEWORK), NeedView::of);
    }

    @POST
    @Path("{id}/corrections")
    @Operation(summary = "Those who raised an open need correct it, for a reason (NEED-3, NEED-2)")
    @APIResponse(responseCode = "200", description = "Corrected; the answer has the need")
    @APIResponse(responseCode = "422", description = REFUSED,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response correct(@PathParam("id") NeedId id, @HeaderParam("If-Match") String ifMatch,
            CorrectNeedRequest request) {
        access.need(id, Permission.CORRECT_NEED);
        return writes.change(Precondition.ifMatch(ifMatch, repositories.needs(), id, "id"),
                () -> process.correctNeed(Resources.body(request).toCommand(id)), NeedView::of);
    }

    @POST
    @Path("{id}/withdrawal")
    @Operation(summary = "Those who raised the need withdraw it, with a reason")
    public Response withdraw(@PathParam("id") NeedId id, @HeaderParam("If-Match") String ifMatch,
            WithdrawNeedRequest request) {
        access.need(id, Permission.WITHDRAW_NEED);
        return writes.change(Precondition.ifMatch(ifMatch, repositories.needs(), id, "id"),
                () -> process.withdrawNeed(Resources.body(request).toCommand(id)), NeedView::of);
    }
}
