package org.kafo.server.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import org.kafo.model.Repositories;
import org.kafo.model.committee.MonitoringCommittee;
import org.kafo.model.committee.ReportId;
import org.kafo.model.common.AggregateNotFoundException;
import org.kafo.model.framework.ConsultationFramework;
import org.kafo.model.framework.FrameworkId;
import org.kafo.model.plan.ActionPlan;
import org.kafo.model.plan.PlanId;
import org.kafo.server.access.Permission;
import org.kafo.server.documents.Document;
import org.kafo.server.documents.Documents;

/**
 * The printed documents, linked from the pages that show what they print: the same papers as the
 * API's, for the signed-in reader, in the page's language unless {@code ?lang=} says otherwise.
 */
@Path("")
public class DocumentPages extends Pages {

    @Inject
    Documents documents;

    @Inject
    Repositories repositories;

    @GET
    @Path("plans/{planId}.pdf")
    @Produces(Document.PDF)
    public Response plan(@PathParam("planId") PlanId id, @QueryParam("lang") String lang) {
        ActionPlan plan = access.plan(id, Permission.READ_FRAMEWORK);
        return Documents.download(documents.papers().plan(plan, Documents.language(lang, visit.texts().locale()),
                LocalDate.now()));
    }

    /**
     * The committee's report, for the readers of its framework. Not under {@code frameworks/{id}/committee/}:
     * that path is the committee page's, and the first resource whose path matches answers alone.
     */
    @GET
    @Path("frameworks/{id}/committee-reports/{report}.pdf")
    @Produces(Document.PDF)
    public Response committeeReport(@PathParam("id") FrameworkId id, @PathParam("report") ReportId report,
            @QueryParam("lang") String lang) {
        access.framework(id, Permission.READ_FRAMEWORK);
        MonitoringCommittee committee = repositories.committees().findByFramework(id)
                .orElseThrow(() -> new AggregateNotFoundException("committee of framework", id));
        return Documents.download(documents.reports().committeeReport(committee, report,
                Documents.language(lang, visit.texts().locale()), LocalDate.now()));
    }

    /** The framework's report of a year ({@code ?year=}, the current one by default). */
    @GET
    @Path("frameworks/{id}/report.pdf")
    @Produces(Document.PDF)
    public Response yearlyReport(@PathParam("id") FrameworkId id, @QueryParam("year") String year,
            @QueryParam("lang") String lang) {
        ConsultationFramework framework = access.framework(id, Permission.READ_FRAMEWORK);
        LocalDate today = LocalDate.now();
        return Documents.download(documents.reports().yearly(framework, Documents.year(year, today),
                Documents.language(lang, visit.texts().locale()), today));
    }
}
