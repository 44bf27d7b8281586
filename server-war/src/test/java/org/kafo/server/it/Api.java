package org.kafo.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A small HTTP client for the tests: JSON in, status, headers and JSON out. */
final class Api {

    /**
     * HTTP/1.1, as browsers speak plain HTTP: Java's client would otherwise upgrade to HTTP/2 (h2c),
     * where a request refused before its body was read breaks the connection, and where a stream was
     * once reset under load in the middle of a story (an {@code RST_STREAM} on an ordinary POST).
     */
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final HttpClient http;
    private final URI base;
    private final String authorization;

    /**
     * @param deployment the URL Arquillian injects, which names the machine's own address: the tests
     *                   talk to the same port on loopback, so that nothing leaves 127.0.0.1
     */
    Api(URL deployment) {
        this(URI.create("http://127.0.0.1:" + deployment.getPort() + (deployment.getPath().endsWith("/")
                ? deployment.getPath() : deployment.getPath() + "/") + "api/"), null, HTTP);
    }

    private Api(URI base, String authorization, HttpClient http) {
        this.base = base;
        this.authorization = authorization;
        this.http = http;
    }

    /** The same server, every request with this {@code Authorization} header (none for null). */
    Api as(String authorization) {
        return new Api(base, authorization, http);
    }

    /** The same server as {@code user}: signs in with the password once, then sends the token. */
    Api signedIn(String user, String password) {
        Reply token = as(basic(user, password)).send(HttpRequest.newBuilder(resolve("auth/tokens"))
                .POST(HttpRequest.BodyPublishers.noBody()), null).expect(201);
        return as("Bearer " + token.json().getString("token"));
    }

    static String basic(String user, String password) {
        return "Basic " + java.util.Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    Reply delete(String path) {
        return send(HttpRequest.newBuilder(resolve(path)).DELETE(), null);
    }

    /** The answer to one request. */
    record Reply(int status, HttpResponse<String> response) {

        String contentType() {
            return response.headers().firstValue("Content-Type").orElse("");
        }

        String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        String text() {
            return response.body();
        }

        JsonObject json() {
            try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
                JsonStructure structure = reader.read();
                return structure.asJsonObject();
            }
        }

        /** The result of an accepted write. */
        JsonObject result() {
            return json().getJsonObject("result");
        }

        String id() {
            return result().getString("id");
        }

        Reply expect(int expected) {
            assertThat(status).as("status of %s %s, body %s", response.request().method(), response.request().uri(),
                    response.body()).isEqualTo(expected);
            return this;
        }
    }

    Reply get(String path) {
        return send(HttpRequest.newBuilder(resolve(path)).GET(), null);
    }

    Reply get(String path, String language) {
        return send(HttpRequest.newBuilder(resolve(path)).GET().header("Accept-Language", language), null);
    }

    Reply post(String path, String json) {
        return send(json(path, json), null);
    }

    Reply post(String path, String json, String header, String value) {
        return send(json(path, json).header(header, value), null);
    }

    Reply put(String path, String json) {
        return send(json(path, json).PUT(HttpRequest.BodyPublishers.ofString(json)), null);
    }

    Reply put(String path, String json, String header, String value) {
        return send(json(path, json).PUT(HttpRequest.BodyPublishers.ofString(json)).header(header, value), null);
    }

    Reply send(HttpRequest.Builder request, HttpResponse.BodyHandler<String> handler) {
        try {
            if (authorization != null) {
                request.setHeader("Authorization", authorization);
            }
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(60)).build(),
                    handler == null ? HttpResponse.BodyHandlers.ofString() : handler);
            return new Reply(response.statusCode(), response);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpRequest.Builder json(String path, String json) {
        return HttpRequest.newBuilder(resolve(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
    }

    URI resolve(String path) {
        return base.resolve(path.startsWith("/") ? path.substring(1) : path);
    }
}
