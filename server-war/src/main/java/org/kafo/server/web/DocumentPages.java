package org.kafo.server.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.kafo.model.meeting.MeetingId;
import org.kafo.model.plan.PlanId;
import org.kafo.server.access.Permission;

/**
 * The printed documents, linked from the pages that show what they print: the same papers as the
 * API's, for the signed-in reader, in the page's language unless {@code ?lang=} says otherwise.
 */
@Path("")
public class DocumentPages extends Pages {

    @Inject
    Printing printing;

    @GET
    @Path("plans/{planId}.pdf")
    @Produces(Printing.PDF)
    public Response plan(@PathParam("planId") PlanId id, @QueryParam("lang") String lang) {
        return printing.plan(access.plan(id, Permission.READ_FRAMEWORK), lang, visit.texts().locale());
    }

    @GET
    @Path("meetings/{meetingId}/{paper:" + Printing.MEETING_PAPERS + "}.pdf")
    @Produces(Printing.PDF)
    public Response meeting(@PathParam("meetingId") MeetingId id, @PathParam("paper") String paper,
            @QueryParam("lang") String lang) {
        return printing.meeting(access.meeting(id, Permission.READ_FRAMEWORK), paper, lang, visit.texts().locale());
    }
}
