package org.kafo.server.problem;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.kafo.server.access.Caller;
import org.kafo.server.api.Problem;
import org.kafo.server.http.BadInputException;
import org.kafo.server.http.JsonConfig;

/**
 * The web application's error page (WEB-INF/web.xml) for every status: what the container answers
 * itself, outside the REST API or before it (a path no servlet serves, a {@code Content-Type} it
 * cannot parse, ...), as {@code application/problem+json} instead of the container's HTML page.
 * Asked for directly, it is a path like any unknown one: 404.
 */
@WebServlet(ErrorPage.PATH)
public class ErrorPage extends HttpServlet {

    static final String PATH = "/kafo-error";

    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        int status = code instanceof Integer number && number >= 400 && number < 600 ? number : 404;
        Locale locale = Locale.ENGLISH;
        for (Locale language : Caller.languages(request.getHeader("Accept-Language"))) {
            if (language.getLanguage().equals("fr") || language.getLanguage().equals("en")) {
                locale = language.getLanguage().equals("fr") ? Locale.FRENCH : Locale.ENGLISH;
                break;
            }
        }
        String key = "http." + status;
        String detail = status >= 500 ? Messages.text(locale, "http.other", status)
                : Messages.bundle(locale).containsKey(key) ? Messages.text(locale, key) : Messages.text(locale, "http.other", status);
        Problem problem = new Problem(Problems.type("http-" + status), title(status, locale), status, detail,
                BadInputException.echo(uri == null ? request.getRequestURI() : uri), key, null, null);
        if (!response.isCommitted()) {
            response.resetBuffer();
        }
        response.setStatus(status);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getOutputStream().write(JsonConfig.JSONB.toJson(problem).getBytes(StandardCharsets.UTF_8));
    }

    /** {@code title.http-<status>}: "Bad Request", "Not Found", ...; "Server error" or "Refused" for the others. */
    private static String title(int status, Locale locale) {
        String other = status >= 500 ? "http-5xx" : "http-other";
        String fallback = Messages.title(locale, other, status >= 500 ? "Server error" : "Refused");
        return Messages.title(locale, "http-" + status, fallback);
    }
}
