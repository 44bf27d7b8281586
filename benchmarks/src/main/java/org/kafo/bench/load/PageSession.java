package org.kafo.bench.load;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Signing in to the web application as a browser does: {@code POST /signin} with the form's
 * {@code csrf} field equal to the {@code kafo_csrf} cookie (the pages' double submit; a value of 20
 * characters or more is taken as the browser's), which answers a redirection setting the
 * {@code kafo_session} cookie. The pages are then asked with that cookie.
 */
final class PageSession {

    static final String SESSION = "kafo_session";

    private PageSession() {
    }

    /**
     * The {@code Cookie} header line (with its CRLF) of a page session of {@code user}.
     *
     * @throws IllegalStateException if the server does not sign the user in
     */
    static String cookie(URI base, String user, String password) throws IOException, InterruptedException {
        String csrf = UUID.randomUUID().toString().replace("-", "");
        String form = "username=" + encode(user) + "&password=" + encode(password) + "&csrf=" + encode(csrf);
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/signin"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", "kafo_csrf=" + csrf)
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        HttpResponse<String> answer;
        try (HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()) {
            answer = http.send(request, HttpResponse.BodyHandlers.ofString());
        }
        Optional<String> session = sessionCookie(answer.headers().allValues("Set-Cookie"));
        if (answer.statusCode() / 100 != 3 || session.isEmpty()) {
            throw new IllegalStateException("POST /signin as " + user + " answered " + answer.statusCode()
                    + " without a " + SESSION + " cookie");
        }
        return "Cookie: " + SESSION + "=" + session.get() + "\r\n";
    }

    /** The value of the {@code kafo_session} cookie among {@code Set-Cookie} values, unless it is emptied. */
    static Optional<String> sessionCookie(List<String> setCookies) {
        for (String setCookie : setCookies) {
            String pair = setCookie.split(";", 2)[0].strip();
            if (pair.startsWith(SESSION + "=")) {
                String value = pair.substring(SESSION.length() + 1);
                return value.isEmpty() ? Optional.empty() : Optional.of(value);
            }
        }
        return Optional.empty();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
