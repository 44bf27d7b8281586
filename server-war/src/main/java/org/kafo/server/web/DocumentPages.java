package org.kafo.server.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import org.kafo.model.meeting.Meeting;
import org.kafo.model.meeting.MeetingId;
import org.kafo.model.plan.ActionPlan;
import org.kafo.model.plan.PlanId;
import org.kafo.server.access.Permission;
import org.kafo.server.documents.Document;
import org.kafo.server.documents.Documents;
import org.kafo.server.documents.MeetingPapers;

/**
 * The printed documents, linked from the pages that show what they print: the same papers as the
 * API's, for the signed-in reader, in the page's language unless {@code ?lang=} says otherwise.
 */
@Path("")
public class DocumentPages extends Pages {

    @Inject
    Documents documents;

    @GET
    @Path("plans/{planId}.pdf")
    @Produces(Document.PDF)
    public Response plan(@PathParam("planId") PlanId id, @QueryParam("lang") String lang) {
        ActionPlan plan = access.plan(id, Permission.READ_FRAMEWORK);
        return Documents.download(documents.papers().plan(plan, Documents.language(lang, visit.texts().locale()),
                LocalDate.now()));
    }

    @GET
    @Path("meetings/{meetingId}/convocation.pdf")
    @Produces(Document.PDF)
    public Response convocation(@PathParam("meetingId") MeetingId id, @QueryParam("lang") String lang) {
        return meeting(id, lang, MeetingPapers::convocation);
    }

    @GET
    @Path("meetings/{meetingId}/attendance-sheet.pdf")
    @Produces(Document.PDF)
    public Response attendanceSheet(@PathParam("meetingId") MeetingId id, @QueryParam("lang") String lang) {
        return meeting(id, lang, MeetingPapers::attendanceSheet);
    }

    @GET
    @Path("meetings/{meetingId}/minutes.pdf")
    @Produces(Document.PDF)
    public Response minutes(@PathParam("meetingId") MeetingId id, @QueryParam("lang") String lang) {
        return meeting(id, lang, MeetingPapers::minutes);
    }

    private Response meeting(MeetingId id, String lang, MeetingPapers.Printer paper) {
        Meeting meeting = access.meeting(id, Permission.READ_FRAMEWORK);
        return Documents.download(paper.of(documents.meetingPapers(), meeting,
                Documents.language(lang, visit.texts().locale()), LocalDate.now()));
    }
}
