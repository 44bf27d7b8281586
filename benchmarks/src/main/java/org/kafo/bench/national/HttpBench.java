package org.kafo.bench.national;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times the national figures over HTTP against a running Kafo server: the country's indicators
 * ({@code GET /api/indicators?asOf=}) and one commune's page, which is four calls in a row for a
 * commune drawn at random: the commune, its frameworks, the plan in force with its actions, the
 * framework's indicators. Prints Markdown table rows.
 *
 * <p>Credentials: with {@code --user} and {@code --password}, a token from
 * {@code POST /api/auth/tokens} (HTTP Basic) is sent as {@code Authorization: Bearer}; a server that
 * answers that call 404 has no authentication, and the calls go without.
 */
public final class HttpBench {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;
    private String authorization;

    private HttpBench(String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = Options.parse(args);
        HttpBench bench = new HttpBench(Options.required(options, "base"));
        String asOf = options.getOrDefault("as-of", NationalData.AS_OF.toString());
        String auth = bench.signIn(options.get("user"), options.get("password"));

        List<String> communes = bench.communes();
        int countryWarmup = Integer.parseInt(options.getOrDefault("country-warmup", "3"));
        int countryRuns = Integer.parseInt(options.getOrDefault("country-runs", "10"));
        String country = "/api/indicators?asOf=" + asOf;
        for (int i = 0; i < countryWarmup; i++) {
            bench.get(country);
        }
        long[] countryNanos = new long[countryRuns];
        int frameworks = 0;
        for (int i = 0; i < countryRuns; i++) {
            long start = System.nanoTime();
            String body = bench.get(country);
            countryNanos[i] = System.nanoTime() - start;
            frameworks = body.split("\"frameworks\"")[1].split("]")[0].split(",").length;
        }

        int pageWarmup = Integer.parseInt(options.getOrDefault("page-warmup", "50"));
        int pageRuns = Integer.parseInt(options.getOrDefault("page-runs", "300"));
        Random random = new Random(Long.parseLong(options.getOrDefault("seed", "7")));
        for (int i = 0; i < pageWarmup; i++) {
            bench.page(communes.get(random.nextInt(communes.size())), asOf, new long[4]);
        }
        long[] pageNanos = new long[pageRuns];
        long[][] callNanos = new long[4][pageRuns];
        for (int i = 0; i < pageRuns; i++) {
            long[] calls = new long[4];
            pageNanos[i] = bench.page(communes.get(random.nextInt(communes.size())), asOf, calls);
            for (int c = 0; c < 4; c++) {
                callNanos[c][i] = calls[c];
            }
        }
        System.out.printf("| country over HTTP: `GET /api/indicators?asOf=%s` (%s) | %s | %d frameworks in the answer |%n",
                asOf, auth, new Timings(countryNanos).cells(), frameworks);
        System.out.printf("| commune page over HTTP: the 4 calls below in a row, random commune of %d | %s | |%n",
                communes.size(), new Timings(pageNanos).cells());
        String[] names = {"`GET /api/communes/{id}`", "`GET /api/frameworks?commune={id}`",
            "`GET /api/frameworks/{fid}/plans?inForce=true`", "`GET /api/frameworks/{fid}/indicators?asOf=" + asOf + "`"};
        for (int c = 0; c < 4; c++) {
            System.out.printf("| &nbsp;&nbsp;of which %s | %s | |%n", names[c], new Timings(callNanos[c]).cells());
        }
    }

    /** The page of one commune; returns its duration and puts each call's in {@code calls}. */
    private long page(String commune, String asOf, long[] calls) throws Exception {
        long start = System.nanoTime();
        get("/api/communes/" + commune);
        long t1 = System.nanoTime();
        String frameworks = get("/api/frameworks?commune=" + commune);
        long t2 = System.nanoTime();
        Matcher framework = ID.matcher(frameworks);
        if (!framework.find()) {
            throw new IllegalStateException("commune " + commune + " has no framework: " + frameworks);
        }
        get("/api/frameworks/" + framework.group(1) + "/plans?inForce=true");
        long t3 = System.nanoTime();
        get("/api/frameworks/" + framework.group(1) + "/indicators?asOf=" + asOf);
        long t4 = System.nanoTime();
        calls[0] = t1 - start;
        calls[1] = t2 - t1;
        calls[2] = t3 - t2;
        calls[3] = t4 - t3;
        return t4 - start;
    }

    /** Every commune's id, page after page. */
    private List<String> communes() throws Exception {
        List<String> ids = new ArrayList<>();
        for (int page = 0;; page++) {
            String body = get("/api/communes?size=100&page=" + page);
            int before = ids.size();
            Matcher items = ID.matcher(body.substring(0, body.lastIndexOf("\"page\"")));
            while (items.find()) {
                ids.add(items.group(1));
            }
            if (ids.size() == before) {
                return ids;
            }
        }
    }

    /** Signs in when credentials are given and the server has authentication; says how the calls go. */
    private String signIn(String user, String password) throws Exception {
        if (user == null) {
            return "no credentials given";
        }
        String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(base + "/api/auth/tokens"))
                .header("Authorization", "Basic " + basic).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() == 404) {
            return "the server has no /api/auth/tokens: calls without credentials";
        }
        Matcher token = TOKEN.matcher(answer.body());
        if (answer.statusCode() != 201 || !token.find()) {
            throw new IllegalStateException("sign-in refused: " + answer.statusCode() + " " + answer.body());
        }
        authorization = "Bearer " + token.group(1);
        return "with a bearer token of user " + user;
    }

    private String get(String path) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120))
                .header("Accept", "application/json");
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        HttpResponse<String> answer = http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + answer.statusCode() + ": " + answer.body());
        }
        return answer.body();
    }
}
