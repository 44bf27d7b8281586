package org.kafo.server.it;


import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Generated malformed requests against every operation of the server's OpenAPI document, from a
 * seeded random source so that a failure can be replayed: bodies of the wrong shape, types, length
 * and encoding, bad ids and query parameters, bad headers, wrong methods. Every answer must be a
 * problem (or a success), never a 5xx, never HTML, never an empty error, never a Java name, and an
 * error never echoes more than a couple of hundred characters of the input.
 */
final class Fuzz {

    /** A long run of one letter in the generated input: the answer must not echo much of it. */
    static final String MARK = "Q";

    private static final List<String> JAVA_NAMES = List.of("org.kafo", "java.", "jakarta.", "Exception", "No enum constant",
            "AccountRequests", "$Change", "org.glassfish", "fish.payara");

    private final Api api;
    private final URI openapi;
    private final Random random;
    private final Map<Integer, Integer> statuses = new TreeMap<>();
    private final List<String> failures = new ArrayList<>();
    private int sent;

    Fuzz(Api api, URI openapi, long seed) {
        this.api = api;
        this.openapi = openapi;
        this.random = new Random(seed);
    }

    int sent() {
        return sent;
    }

    Map<Integer, Integer> statuses() {
        return statuses;
    }

    List<String> failures() {
        return failures;
    }

    /** Sends {@code perOperation} requests to each operation of the document. */
    Fuzz run(int perOperation) {
        JsonObject document = read(api.send(HttpRequest.newBuilder(openapi).header("Accept", "application/json").GET(), null)
                .expect(200).text());
        JsonObject schemas = document.getJsonObject("components").getJsonObject("schemas");
        for (Map.Entry<String, JsonValue> path : document.getJsonObject("paths").entrySet()) {
            for (Map.Entry<String, JsonValue> operation : path.getValue().asJsonObject().entrySet()) {
                String method = operation.getKey().toUpperCase(java.util.Locale.ROOT);
                if (!List.of("GET", "POST", "PUT", "DELETE", "PATCH").contains(method)) {
                    continue;
                }
                if (method.equals("DELETE") && path.getKey().equals("/api/auth/tokens/current")) {
                    continue; // it would sign the fuzz out: every later request would only meet 401
                }
                JsonObject described = operation.getValue().asJsonObject();
                for (int i = 0; i < perOperation; i++) {
                    one(path.getKey(), method, described, schemas);
                }
            }
        }
        return this;
    }

    /* Not sent: bodies with GET or DELETE (see below). */
    private void one(String template, String method, JsonObject operation, JsonObject schemas) {
        JsonArray parameters = operation.getJsonArray("parameters");
        JsonObject body = body(operation, schemas);
        int kind = random.nextInt(10);
        String path = template;
        StringBuilder query = new StringBuilder();
        boolean badPath = kind == 0;
        boolean badQuery = kind == 1;
        if (parameters != null) {
            for (JsonObject parameter : parameters.getValuesAs(JsonObject.class)) {
                String in = parameter.getString("in", "");
                String name = parameter.getString("name", "");
                if (in.equals("path")) {
                    path = path.replace("{" + name + "}", badPath && random.nextBoolean() ? badSegment() : UUID.randomUUID().toString());
                } else if (in.equals("query") && (badQuery ? random.nextInt(2) == 0 : random.nextInt(4) == 0)) {
                    query.append(query.isEmpty() ? "?" : "&").append(name).append('=')
                            .append(URLEncoder.encode(badQuery ? badText() : sample(parameter.getJsonObject("schema"), schemas, 0).toString()
                                    .replace("\"", ""), StandardCharsets.UTF_8));
                }
            }
        }
        if (badPath && !path.contains("%") && !template.contains("{")) {
            path = path + "/" + badSegment();
        }
        path = path.replaceAll("\\{[^}]*}", UUID.randomUUID().toString());
        HttpRequest.Builder request = HttpRequest.newBuilder(api.resolve("/").resolve(path + query));
        String contentType = "application/json";
        byte[] payload = null;
        String sentMethod = method;
        switch (kind) {
            case 2 -> sentMethod = method.equals("POST") ? pick("PUT", "PATCH", "POST") : pick("PUT", "DELETE", "PATCH", "OPTIONS", "HEAD", "TRACE", "GET", "POST");
            case 3 -> contentType = pick("text/plain", ";;;garbage", "application/json; charset=ISO-8859-1", "application/xml",
                    "application/x-www-form-urlencoded", "multipart/form-data", "application/json;;", "*/*", "application/");
            case 4 -> {
                String header = pick("Accept-Language", "Accept", "If-Match", "Accept-Charset", "Content-Language");
                request.header(header, pick("fr;q=abc", ";;;,,,", "*/*;q=x", "text/html", "\"", "\"-1\"", "W/\"9\"",
                        "x".repeat(2000), "fr-ML, fr;q=0.9, en;q=1.5", "application/xml", "en;q=", "q=1;fr"));
            }
            default -> {
            }
        }
        // bodies only where HTTP gives them a meaning: the container answers a GET or DELETE with a body
        // with a bare 400 and reads the unread body as the next request on the connection
        if (method.equals("POST") || method.equals("PUT") || method.equals("PATCH")) {
            payload = kind >= 5 || body == null ? badBody(body) : body.toString().getBytes(StandardCharsets.UTF_8);
        }
        request.header("Content-Type", contentType);
        request.method(sentMethod.equals("HEAD") && payload != null ? "POST" : sentMethod,
                payload == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(payload));
        Api.Reply reply;
        try {
            reply = api.send(request, null);
        } catch (IllegalStateException e) {
            // the server closed the connection before its answer could be read: no answer is a failure too
            sent++;
            statuses.merge(0, 1, Integer::sum);
            if (failures.size() < 20) {
                failures.add(sentMethod + " " + path + query + " got no answer: " + e.getCause());
            }
            return;
        }
        check(sentMethod + " " + path + query, payload, reply);
    }

    private void check(String what, byte[] payload, Api.Reply reply) {
        sent++;
        statuses.merge(reply.status(), 1, Integer::sum);
        String text = reply.text() == null ? "" : reply.text();
        String type = reply.contentType();
        List<String> wrong = new ArrayList<>();
        if (reply.status() >= 500) {
            wrong.add("a server error");
        }
        if (type.contains("html") || text.stripLeading().startsWith("<")) {
            wrong.add("HTML");
        }
        if (reply.status() >= 400 && !reply.response().request().method().equals("HEAD")) {
            if (text.isBlank()) {
                wrong.add("an empty error");
            } else if (!type.startsWith("application/problem+json")) {
                wrong.add("an error of type " + type);
            }
        }
        for (String name : JAVA_NAMES) {
            if (text.contains(name)) {
                wrong.add("the Java name " + name);
            }
        }
        // a problem quotes at most 200 characters of the input; a success returns what it stored (a name
        // may be 500 characters long), so the echo is an error's fault only
        if (reply.status() >= 400 && text.contains(MARK.repeat(260))) {
            wrong.add("more than 260 characters of the input echoed");
        }
        if (!wrong.isEmpty() && (failures.size() < 20 || reply.status() >= 500 && failures.size() < 40)) {
            String sentText = payload == null ? "" : new String(payload, StandardCharsets.UTF_8);
            failures.add(reply.status() >= 500 ? 0 : failures.size(), what + " with " + (sentText.length() > 300 ? sentText.substring(0, 300) + "..." : sentText)
                    + " answered " + reply.status() + " " + type + " " + wrong + ": "
                    + (text.length() > 300 ? text.substring(0, 300) + "..." : text));
        }
    }

    private JsonObject body(JsonObject operation, JsonObject schemas) {
        JsonObject requestBody = operation.getJsonObject("requestBody");
        if (requestBody == null || !requestBody.containsKey("content")) {
            return null;
        }
        JsonObject content = requestBody.getJsonObject("content");
        JsonObject json = content.getJsonObject("application/json");
        if (json == null || !json.containsKey("schema")) {
            return null;
        }
        JsonValue sample = sample(json.getJsonObject("schema"), schemas, 0);
        return sample.getValueType() == JsonValue.ValueType.OBJECT ? sample.asJsonObject() : null;
    }

    /** A value of the schema's shape, to be broken in one place. */
    private JsonValue sample(JsonObject schema, JsonObject schemas, int depth) {
        if (schema == null || depth > 6) {
            return Json.createValue("x");
        }
        if (schema.containsKey("$ref")) {
            String name = schema.getString("$ref").substring(schema.getString("$ref").lastIndexOf('/') + 1);
            return sample(schemas.getJsonObject(name), schemas, depth + 1);
        }
        if (schema.containsKey("allOf")) {
            return sample(schema.getJsonArray("allOf").getJsonObject(0), schemas, depth + 1);
        }
        if (schema.containsKey("enum")) {
            JsonArray values = schema.getJsonArray("enum");
            return values.get(random.nextInt(values.size()));
        }
        String type = schema.getString("type", schema.containsKey("properties") ? "object" : "string");
        return switch (type) {
            case "object" -> {
                JsonObjectBuilder object = Json.createObjectBuilder();
                JsonObject properties = schema.getJsonObject("properties");
                if (properties != null) {
                    properties.forEach((name, property) -> object.add(name, sample(property.asJsonObject(), schemas, depth + 1)));
                }
                yield object.build();
            }
            case "array" -> Json.createArrayBuilder().add(sample(schema.getJsonObject("items"), schemas, depth + 1)).build();
            case "integer" -> Json.createValue(1 + random.nextInt(1000));
            case "number" -> Json.createValue(12.5);
            case "boolean" -> JsonValue.TRUE;
            default -> switch (schema.getString("format", "")) {
                case "uuid" -> Json.createValue(UUID.randomUUID().toString());
                case "date" -> Json.createValue("2008-04-10");
                case "date-time" -> Json.createValue("2008-04-10T10:00:00Z");
                default -> Json.createValue("fuzz " + random.nextInt(1000));
            };
        };
    }

    private byte[] badBody(JsonObject valid) {
        JsonObject base = valid == null ? Json.createObjectBuilder().add("x", 1).build() : valid;
        String json = base.toString();
        return switch (random.nextInt(14)) {
            case 0 -> json.substring(0, random.nextInt(Math.max(1, json.length()))).getBytes(StandardCharsets.UTF_8);
            case 1 -> ("[" + json + "," + json + "]").getBytes(StandardCharsets.UTF_8);
            case 2 -> (json + pick(" x", "{}", "]", " 1", "\u0000")).getBytes(StandardCharsets.UTF_8);
            case 3 -> json.length() > 2 ? ("{\"a\":1,\"a\":2," + json.substring(1)).getBytes(StandardCharsets.UTF_8)
                    : "{\"a\":1,\"a\":2}".getBytes(StandardCharsets.UTF_8);
            case 4 -> json.replace("é", "e").replace("fuzz", "Ségou").getBytes(StandardCharsets.ISO_8859_1);
            case 5 -> pick("", "null", "1", "\"text\"", "[]", "true", "{", "}", "{}}", "\uFEFF{}", "[null]")
                    .getBytes(StandardCharsets.UTF_8);
            case 6 -> ("{\"x\": " + "[".repeat(5000) + "]".repeat(5000) + "}").getBytes(StandardCharsets.UTF_8);
            case 7 -> ("{\"" + MARK.repeat(40_000) + "\": 1}").getBytes(StandardCharsets.UTF_8);
            default -> mutate(base).toString().getBytes(StandardCharsets.UTF_8);
        };
    }

    /** The body with one field (at any depth) replaced by a value of another type, length or character. */
    private JsonValue mutate(JsonObject base) {
        List<String> pointers = new ArrayList<>();
        pointers(base, "", pointers);
        if (pointers.isEmpty()) {
            return Json.createObjectBuilder().add(MARK.repeat(1000), 1).build();
        }
        String pointer = pointers.get(random.nextInt(pointers.size()));
        JsonValue bad = badValue();
        return Json.createPointer(pointer).replace(base, bad);
    }

    private void pointers(JsonValue value, String at, List<String> into) {
        if (!at.isEmpty()) {
            into.add(at);
        }
        if (value.getValueType() == JsonValue.ValueType.OBJECT) {
            value.asJsonObject().forEach((key, field) -> pointers(field, at + "/" + key.replace("~", "~0").replace("/", "~1"), into));
        } else if (value.getValueType() == JsonValue.ValueType.ARRAY) {
            JsonArray array = value.asJsonArray();
            for (int i = 0; i < array.size(); i++) {
                pointers(array.get(i), at + "/" + i, into);
            }
        }
    }

    private JsonValue badValue() {
        List<Supplier<JsonValue>> values = List.of(
                () -> Json.createValue(MARK.repeat(random.nextBoolean() ? 1_000 : 100_000)),
                () -> Json.createValue(1.5), () -> Json.createValue(new java.math.BigDecimal("1e308")),
                () -> Json.createValue(new java.math.BigInteger("9223372036854775808")), () -> Json.createValue(-1),
                () -> Json.createValue(Long.MAX_VALUE), () -> Json.createValue("1500000"), () -> JsonValue.TRUE,
                () -> JsonValue.NULL, () -> Json.createValue(12), () -> Json.createArrayBuilder().addNull().build(),
                () -> Json.createObjectBuilder().add("unknown", MARK.repeat(500)).build(),
                () -> Json.createValue("\u0000\u0007\u001b"), () -> Json.createValue("\ud800"), () -> Json.createValue("‮😀ǅ\uFFFF"),
                () -> Json.createValue("x"), () -> Json.createValue(MARK.repeat(300) + ".x"), () -> Json.createValue("2008-02-30"),
                () -> Json.createValue("+999999999-12-31"), () -> Json.createValue("1-1-1-1-1"),
                () -> Json.createValue("org.kafo.Fake"));
        JsonValue value = values.get(random.nextInt(values.size())).get();
        if (value.getValueType() == JsonValue.ValueType.STRING && ((jakarta.json.JsonString) value).getString().startsWith("org.")) {
            return Json.createValue("X" + MARK); // not a Java name in the input: the answer may echo input
        }
        return value;
    }

    private String badSegment() {
        return pick("not-a-uuid", "%2F", "%2e%2e", "a%2Fb", "1-1-1-1-1", MARK.repeat(3000), "%C3%A9t%C3%A9", "00000000-0000-0000-0000-000000000000",
                "%20", "null", "-1", "3a0f6f58-3c1d-4a5f-8d2f-2f1a7b9e0c1", "3A0F6F58-3C1D-4A5F-8D2F-2F1A7B9E0C11x");
    }

    private String badText() {
        return pick("x", "-1", "99999999999999999999", "1.5", "true1", "2008-02-30", "2008-2-1", MARK.repeat(3000), "é", "\u0000",
                "1-1-1-1-1", "SLEEPING", "", " ", "1e3", "0x10");
    }

    private String pick(String... choices) {
        return choices[random.nextInt(choices.length)];
    }

    private static JsonObject read(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
