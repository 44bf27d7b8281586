package org.kafo.server.documents;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.Locale;
import org.kafo.model.Repositories;
import org.kafo.model.meeting.Meeting;
import org.kafo.model.plan.ActionPlan;
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

    /** A document as a download. */
    public static Response download(Document document) {
        return Response.ok(document.bytes(), document.mediaType())
                .header("Content-Disposition", document.disposition())
                .header("Cache-Control", "private, no-store")
                .header("X-Content-Type-Options", "nosniff").build();
    }
}
