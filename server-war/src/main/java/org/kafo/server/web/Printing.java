package org.kafo.server.web;

import jakarta.ws.rs.core.Response;
import java.util.Locale;
import org.kafo.model.committee.MonitoringCommittee;
import org.kafo.model.committee.ReportId;
import org.kafo.model.framework.ConsultationFramework;
import org.kafo.model.meeting.Meeting;
import org.kafo.model.plan.ActionPlan;

/**
 * The printed papers, as a download in the language asked for ({@code ?lang=fr|en}; none, the
 * reader's; another, 400), never kept by a shared cache. The pages and the API name what to print,
 * after asking the access policy; the papers are printed in {@code org.kafo.server.documents}, whose
 * {@code Documents} bean answers this, so that the pages, whose partials and data the papers share,
 * do not depend on the package that depends on them.
 */
public interface Printing {

    /** A PDF's media type. */
    String PDF = "application/pdf";

    /** A meeting's papers, as their links name them: {@code /meetings/{id}/minutes.pdf}. */
    String MEETING_PAPERS = "convocation|attendance-sheet|minutes";

    /** The action plan. */
    Response plan(ActionPlan plan, String lang, Locale reader);

    /**
     * One of a meeting's papers, one of {@link #MEETING_PAPERS}.
     *
     * @throws org.kafo.model.common.AggregateNotFoundException if the meeting does not have it yet (404)
     */
    Response meeting(Meeting meeting, String paper, String lang, Locale reader);

    /**
     * A report the monitoring committee filed, with its committee, its plan's actions and obstacles.
     *
     * @throws org.kafo.model.common.AggregateNotFoundException if the committee has no such report (404)
     */
    Response committeeReport(MonitoringCommittee committee, ReportId report, String lang, Locale reader);

    /** A framework's report of a calendar year ({@code year}: none, the current one; not a year, 400). */
    Response yearly(ConsultationFramework framework, String year, String lang, Locale reader);
}
