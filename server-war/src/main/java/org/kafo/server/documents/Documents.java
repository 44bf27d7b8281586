package org.kafo.server.documents;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.Locale;
import org.kafo.model.Repositories;
import org.kafo.model.committee.MonitoringCommittee;
import org.kafo.model.committee.ReportId;
import org.kafo.model.framework.ConsultationFramework;
import org.kafo.model.meeting.Meeting;
import org.kafo.model.plan.ActionPlan;
import org.kafo.model.common.Limits;
import org.kafo.model.indicator.TotalsQueries;
import org.kafo.rules.RuleBook;
import org.kafo.rules.process.ConsultationProcess;
import org.kafo.server.http.BadInputException;
import org.kafo.server.web.Printing;
import org.kafo.server.web.Templates;

/**
 * The papers as the API and the pages serve them: the same {@link Papers} for both, each download
 * in the language asked for ({@code ?lang=fr|en}, else the request's), never kept by a shared cache.
 * The resource asked the access policy first, as it does for the data the paper shows.
 */
@ApplicationScoped
public class Documents implements Printing {

    /**
     * PDF for a resource that answers JSON by default: chosen when Accept asks for it, never when
     * Accept is {@code *}{@code /*}.
     */
    public static final String PDF_SECOND = "application/pdf;qs=0.5";

    @Inject
    Repositories repositories;

    @Inject
    Templates templates;

    @Inject
    RuleBook rules;

    @Inject
    ConsultationProcess process;

    @Inject
    TotalsQueries totals;

    public Papers papers() {
        return new Papers(repositories, templates, rules);
    }

    /** A meeting's convocation, attendance sheet and minutes. */
    public MeetingPapers meetingPapers() {
        return new MeetingPapers(papers(), rules, process);
    }

    @Override
    public Response plan(ActionPlan plan, String lang, Locale reader) {
        return download(papers().plan(plan, language(lang, reader), LocalDate.now()));
    }

    @Override
    public Response meeting(Meeting meeting, String paper, String lang, Locale reader) {
        return download(MeetingPapers.linked(paper).of(meetingPapers(), meeting, language(lang, reader), LocalDate.now()));
    }

    /** The committee's reports and the yearly reports. */
    public ReportPapers reports() {
        return new ReportPapers(papers(), totals);
    }

    @Override
    public Response committeeReport(MonitoringCommittee committee, ReportId report, String lang, Locale reader) {
        return download(reports().committeeReport(committee, report, language(lang, reader), LocalDate.now()));
    }

    @Override
    public Response yearly(ConsultationFramework framework, String year, String lang, Locale reader) {
        LocalDate today = LocalDate.now();
        return download(reports().yearly(framework, year(year, today), language(lang, reader), today));
    }

    /** The language a document is asked in: {@code fr} or {@code en}; none, the request's; another, 400. */
    public static Locale language(String asked, Locale request) {
        if (asked == null || asked.isBlank()) {
            return "en".equals(request.getLanguage()) ? Locale.ENGLISH : Locale.FRENCH;
        }
        return switch (asked.strip()) {
            case "fr" -> Locale.FRENCH;
            case "en" -> Locale.ENGLISH;
            default -> throw new BadInputException("param.invalid", "param.invalid", "lang", asked);
        };
    }

    /**
     * The calendar year a yearly report is asked for: none, the current one; another than a year of
     * {@link Limits#FIRST_DAY}..{@link Limits#LAST_DAY}, 400.
     */
    public static int year(String asked, LocalDate today) {
        if (asked == null || asked.isBlank()) {
            return today.getYear();
        }
        try {
            int year = Integer.parseInt(asked.strip());
            if (year >= Limits.FIRST_DAY.getYear() && year <= Limits.LAST_DAY.getYear()) {
                return year;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new BadInputException("param.invalid", "param.invalid", "year", asked);
    }

    /** A document as a download. */
    public static Response download(Document document) {
        return Response.ok(document.bytes(), document.mediaType())
                .header("Content-Disposition", document.disposition())
                .header("Cache-Control", "private, no-store")
                .header("X-Content-Type-Options", "nosniff").build();
    }
}
