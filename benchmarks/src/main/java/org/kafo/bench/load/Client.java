package org.kafo.bench.load;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Kafo's API over one {@link HttpConnection}, with the caller's credentials (a token, or a page session's
 * cookie) on every request but the bare ping.
 */
final class Client implements Closeable {

    private static final String JSON = "Accept: application/json\r\n";

    private final HttpConnection connection;
    private final String authorization;

    /** @param authorization an {@code Authorization} (or {@code Cookie}) header line with its CRLF, or {@code ""} */
    Client(URI base, String authorization) {
        this.connection = new HttpConnection(base.getHost(), base.getPort());
        this.authorization = authorization;
    }

    HttpConnection.Response ping() throws IOException {
        return connection.send("GET", "/api/ping", "", null);
    }

    /** A GET of {@code path} from the root ({@code /api/ping}, {@code /frameworks/ID}) with this client's header lines only. */
    HttpConnection.Response fetch(String path) throws IOException {
        return connection.send("GET", path, authorization, null);
    }

    HttpConnection.Response get(String path) throws IOException {
        return connection.send("GET", "/api/" + path, JSON + authorization, null);
    }

    HttpConnection.Response post(String path, byte[] body) throws IOException {
        return connection.send("POST", "/api/" + path, JSON + authorization, body);
    }

    /** A GET that must answer 200, read as a JSON object. */
    JsonObject read(String path) {
        try {
            HttpConnection.Response response = get(path);
            if (response.status() != 200) {
                throw new IllegalStateException("GET /api/" + path + " answered " + response.status() + ": "
                        + response.text());
            }
            return json(response);
        } catch (IOException e) {
            throw new UncheckedIOException("GET /api/" + path + ": " + e.getMessage(), e);
        }
    }

    static JsonObject json(HttpConnection.Response response) {
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(response.body()))) {
            return reader.readObject();
        }
    }

    int opened() {
        return connection.opened();
    }

    /**
     * The {@code Authorization} line for {@code user}: a token from {@code POST /api/auth/tokens}
     * (HTTP Basic), or {@code ""} when no user is given or the server has no such endpoint (404).
     *
     * @throws IllegalStateException if the server refuses the credentials
     */
    static String authorization(URI base, String user, String password) throws IOException {
        if (user == null) {
            return "";
        }
        String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        try (HttpConnection connection = new HttpConnection(base.getHost(), base.getPort())) {
            HttpConnection.Response response = connection.send("POST", "/api/auth/tokens",
                    JSON + "Authorization: Basic " + basic + "\r\n", new byte[0]);
            if (response.status() == 404) {
                return "";
            }
            if (response.status() != 201 && response.status() != 200) {
                throw new IllegalStateException("POST /api/auth/tokens as " + user + " answered " + response.status()
                        + ": " + response.text());
            }
            return "Authorization: Bearer " + json(response).getString("token") + "\r\n";
        }
    }

    @Override
    public void close() {
        connection.close();
    }
}
