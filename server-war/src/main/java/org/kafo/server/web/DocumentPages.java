package org.kafo.server.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.kafo.model.meeting.MeetingId;
import org.kafo.model.Repositories;
import org.kafo.model.committee.ReportId;
import org.kafo.model.common.AggregateNotFoundException;
import org.kafo.model.framework.FrameworkId;
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

    @Inject
    Repositories repositories;

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

    /**
     * The committee's report, for the readers of its framework. Not under {@code frameworks/{id}/committee/}:
     * that path is the committee page's, and the first resource whose path matches answers alone.
     */
    @GET
    @Path("frameworks/{id}/committee-reports/{report}.pdf")
    @Produces(Printing.PDF)
    public Response committeeReport(@PathParam("id") FrameworkId id, @PathParam("report") ReportId report,
            @QueryParam("lang") String lang) {
        access.framework(id, Permission.READ_FRAMEWORK);
        return printing.committeeReport(repositories.committees().findByFramework(id)
                .orElseThrow(() -> new AggregateNotFoundException("committee of framework", id)), report, lang,
                visit.texts().locale());
    }

    /** The framework's report of a year ({@code ?year=}, the current one by default). */
    @GET
    @Path("frameworks/{id}/report.pdf")
    @Produces(Printing.PDF)
    public Response yearlyReport(@PathParam("id") FrameworkId id, @QueryParam("year") String year,
            @QueryParam("lang") String lang) {
        return printing.yearly(access.framework(id, Permission.READ_FRAMEWORK), year, lang, visit.texts().locale());
    }
}
