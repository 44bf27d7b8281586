package org.kafo.samples.restclient;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.Objects;

/**
 * Kafo's API over {@link HttpClient}: JSON-B writes the requests and reads the answers; every request
 * asks for the verdicts' messages in one language ({@code Accept-Language}).
 */
final class KafoApi implements AutoCloseable {

    private final URI api;
    private final Locale language;
    private final HttpClient http;
    private final Jsonb jsonb;
    private final String authorization;

    /** @param server where the server answers, {@code http://127.0.0.1:8080}; the API is under {@code /api} */
    KafoApi(URI server, Locale language) {
        String base = Objects.requireNonNull(server, "server is required").toString();
        this.api = URI.create(base.endsWith("/") ? base + "api/" : base + "/api/");
        this.language = Objects.requireNonNull(language, "language is required");
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        this.jsonb = JsonbBuilder.create();
        this.authorization = null;
    }

    private KafoApi(KafoApi other, String authorization) {
        this.api = other.api;
        this.language = other.language;
        this.http = other.http;
        this.jsonb = other.jsonb;
        this.authorization = authorization;
    }

    /**
     * The same server as {@code user}: signs in with the password (HTTP Basic) once, and sends the
     * token it receives with every request.
     *
     * @throws IllegalStateException if the server refuses the credentials
     */
    KafoApi signIn(String user, String password) {
        String basic = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = send(request("auth/tokens", basic).POST(HttpRequest.BodyPublishers.noBody()).build());
        if (response.statusCode() != 201) {
            throw new IllegalStateException("the server refused to sign " + user + " in: " + response.statusCode() + " "
                    + response.body());
        }
        return new KafoApi(this, "Bearer " + jsonb.fromJson(response.body(), Wire.Token.class).token());
    }

    /** POSTs {@code body} as JSON and expects {@code 2xx}: for requests that are not commands (accounts, roles). */
    void postExpecting2xx(String path, Object body) {
        HttpResponse<String> response = send(request(path, authorization)
                .POST(HttpRequest.BodyPublishers.ofString(jsonb.toJson(body), StandardCharsets.UTF_8)).build());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("the server answered " + response.statusCode() + " to " + path + ": "
                    + response.body());
        }
    }

    private HttpRequest.Builder request(String path, String credentials) {
        HttpRequest.Builder request = HttpRequest.newBuilder(api.resolve(path))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header("Accept-Language", language.getLanguage())
                .timeout(Duration.ofSeconds(30));
        if (credentials != null) {
            request.header("Authorization", credentials);
        }
        return request;
    }

    /** What the server answered to a write: an accepted change or a problem. */
    record Reply(int status, Wire.Answer answer, Wire.Problem problem) {

        boolean accepted() {
            return answer != null;
        }

        /** The accepted change, or an {@link IllegalStateException} naming the problem. */
        Wire.Answer orElseThrow() {
            if (answer == null) {
                throw new IllegalStateException("the server answered " + status + " " + problem.code() + ": "
                        + problem.detail() + (problem.verdicts().isEmpty() ? "" : " " + problem.verdicts()));
            }
            return answer;
        }
    }

    /** POSTs {@code body} as JSON to {@code path} (relative to {@code /api}). */
    Reply post(String path, Object body) {
        HttpRequest request = request(path, authorization)
                .POST(HttpRequest.BodyPublishers.ofString(jsonb.toJson(body), StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> response = send(request);
        String json = response.body();
        if (response.statusCode() / 100 == 2) {
            return new Reply(response.statusCode(), jsonb.fromJson(json, Wire.Answer.class), null);
        }
        boolean problem = response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json");
        return new Reply(response.statusCode(), null, problem ? jsonb.fromJson(json, Wire.Problem.class)
                : new Wire.Problem(null, "HTTP " + response.statusCode(), response.statusCode(), json, null, null));
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("no answer from " + request.uri() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while calling " + request.uri(), e);
        }
    }

    /** Closes the connection of the client it was made from, and of every client signed in from it. */
    @Override
    public void close() {
        if (authorization != null) {
            return;
        }
        try {
            jsonb.close();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            http.close();
        }
    }
}
