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
import java.util.Locale;
import java.util.Objects;

/**
 * Kafo's API over {@link HttpClient}: JSON-B writes the requests and reads the answers; every request
 * asks for the verdicts' messages in one language ({@code Accept-Language}).
 */
final class KafoApi implements AutoCloseable {

    private final URI api;
    private final Locale language;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final Jsonb jsonb = JsonbBuilder.create();

    /** @param server where the server answers, {@code http://127.0.0.1:8080}; the API is under {@code /api} */
    KafoApi(URI server, Locale language) {
        String base = Objects.requireNonNull(server, "server is required").toString();
        this.api = URI.create(base.endsWith("/") ? base + "api/" : base + "/api/");
        this.language = Objects.requireNonNull(language, "language is required");
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
        HttpRequest request = HttpRequest.newBuilder(api.resolve(path))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header("Accept-Language", language.getLanguage())
                .timeout(Duration.ofSeconds(30))
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

    @Override
    public void close() {
        try {
            jsonb.close();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            http.close();
        }
    }
}
