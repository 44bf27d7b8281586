package org.kafo.server.web;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.ConfigProvider;
import org.kafo.rules.RuleBook;
import org.kafo.server.access.Caller;
import org.kafo.server.access.Identity;
import org.kafo.server.http.BodyTooLargeException;
import org.kafo.server.signin.PasswordHashes;
import org.kafo.server.signin.SignIn;

/**
 * Before a page: its language (the {@code kafo_lang} cookie, French by default), who signed in
 * (the {@code kafo_session} cookie holds a sign-in token, checked as the API checks a bearer
 * token), and, for every POST, the form's {@code csrf} field (a part of a form with a file): the digest
 * of the session token once signed in, before that the value of a {@code kafo_csrf} cookie (double
 * submit). A POST without the right one is refused (403) before any resource runs; a form larger than
 * a form of these pages, too (a form with a file larger than its bound: 413). After a page: never cached, in its language.
 */
@Priority(Priorities.AUTHENTICATION)
public class WebFilter implements ContainerRequestFilter, ContainerResponseFilter {

    static final String SESSION = "kafo_session";
    static final String LANGUAGE = "kafo_lang";
    static final String CSRF = "kafo_csrf";

    /** A form larger than this is not a form of these pages. */
    private static final int MAX_FORM_BYTES = 64 * 1024;

    /** A file sent with a form is at most as large as a body the API takes. */
    private static final String MAX_FILE_BYTES = "kafo.request.max-bytes";

    /** How much of a form too large is read (and dropped) before it is answered, in times its bound. */
    private static final int DRAINED_TIMES = 16;

    private static final String NEW_CSRF = "kafo.web.new-csrf";

    @Inject
    Visit visit;

    @Inject
    Caller caller;

    @Inject
    SignIn signIn;

    @Inject
    RuleBook rules;

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        Texts texts = new Texts(language(request.getCookies().get(LANGUAGE)), rules);
        caller.accept(request.getMethod(), List.of(texts.locale()), "/" + request.getUriInfo().getPath());
        String token = value(request.getCookies().get(SESSION));
        Identity who = signIn.token(token).orElse(null);
        String csrf;
        if (who != null) {
            caller.signedIn(who);
            csrf = PasswordHashes.digest("csrf:" + token);
        } else {
            token = null;
            csrf = value(request.getCookies().get(CSRF));
            if (csrf == null || csrf.length() < 20) {
                csrf = PasswordHashes.randomSecret(24);
                request.setProperty(NEW_CSRF, csrf);
            }
        }
        visit.begin(texts, token, who, csrf, "/" + request.getUriInfo().getPath());
        if (HttpMethod.POST.equals(request.getMethod())) {
            checkCsrf(request, csrf);
        }
    }

    /**
     * Reads the form to check its csrf field, then hands the same bytes on to the resource. A form
     * with a file ({@code multipart/form-data}) may be larger, up to {@link #maxMultipartBytes()}: past
     * it, 413.
     */
    private static void checkCsrf(ContainerRequestContext request, String expected) {
        String type = request.getHeaderString(HttpHeaders.CONTENT_TYPE);
        boolean multipart = Multipart.isMultipart(type);
        long limit = multipart ? maxMultipartBytes() : MAX_FORM_BYTES;
        byte[] body;
        try (InputStream in = request.getEntityStream()) {
            if (multipart && request.getLength() > limit) {
                throw tooLarge(in, limit);
            }
            body = in.readNBytes((int) limit + 1);
            if (multipart && body.length > limit) {
                throw tooLarge(in, limit);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (body.length > limit) {
            throw new ForbiddenException();
        }
        request.setEntityStream(new ByteArrayInputStream(body));
        String sent = multipart ? Multipart.parse(type, body).field("csrf")
                : field(new String(body, StandardCharsets.US_ASCII), "csrf");
        if (sent == null || !MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8),
                expected.getBytes(StandardCharsets.UTF_8))) {
            throw new ForbiddenException();
        }
    }

    /**
     * A file too large: the rest of it read and dropped, up to a few times the bound, so that the
     * browser, still sending it, receives the page that says so rather than a connection reset.
     */
    private static BodyTooLargeException tooLarge(InputStream in, long limit) throws IOException {
        byte[] drop = new byte[64 * 1024];
        long left = DRAINED_TIMES * limit;
        for (int n = in.read(drop); n >= 0 && left > 0; n = in.read(drop)) {
            left -= n;
        }
        return new BodyTooLargeException(limit);
    }

    /** The largest file a form may bring: the API's bound on a body ({@code kafo.request.max-bytes}, 1 MiB). */
    static long maxFileBytes() {
        return ConfigProvider.getConfig().getOptionalValue(MAX_FILE_BYTES, Long.class).orElse(1024L * 1024);
    }

    /** The largest form with a file: the file, or, to confirm it, the file again in base 64 (4/3), with the fields. */
    static long maxMultipartBytes() {
        return Math.min(2 * maxFileBytes(), Integer.MAX_VALUE - 1);
    }

    /** A field of an {@code application/x-www-form-urlencoded} body, or null. */
    static String field(String form, String name) {
        for (String pair : form.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0 && URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8).equals(name)) {
                return URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Object fresh = request.getProperty(NEW_CSRF);
        if (fresh != null) {
            response.getHeaders().add(HttpHeaders.SET_COOKIE,
                    Cookies.cookie(CSRF, fresh.toString(), -1, "Strict", request.getSecurityContext().isSecure()));
        }
        if (!response.getHeaders().containsKey(HttpHeaders.CACHE_CONTROL)) {
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
        }
        response.getHeaders().putSingle("X-Content-Type-Options", "nosniff");
        response.getHeaders().putSingle("Referrer-Policy", "same-origin");
        response.getHeaders().putSingle("Content-Security-Policy",
                "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'");
        response.getHeaders().putSingle(HttpHeaders.CONTENT_LANGUAGE, visit.texts().language());
    }

    static Locale language(Cookie cookie) {
        return cookie != null && "en".equals(cookie.getValue()) ? Texts.ENGLISH : Texts.FRENCH;
    }

    private static String value(Cookie cookie) {
        return cookie == null || cookie.getValue().isBlank() ? null : cookie.getValue();
    }
}
