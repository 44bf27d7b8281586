import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The clients of reliability/kill-drill, a JDK 21+ source file (no build, no library). Two commands:
 * <pre>
 * java KillDrillClient.java write BASE USER PASSWORD FRAMEWORK ORGANISATION CLIENTS RUN_ID DIR
 * java KillDrillClient.java verify BASE USER PASSWORD FRAMEWORK RUN_ID DIR
 * </pre>
 * {@code write}: CLIENTS threads record needs in FRAMEWORK, raised by ORGANISATION, each need's description
 * carrying a marker of its own ({@code kd-RUN_ID-cC-N}, never sent twice). Each thread notes in
 * {@code DIR/client-C.log} {@code sent MARKER} before a request and {@code ack MARKER} once answered 201
 * (flushed at once); a refused connection (the server is down) is noted {@code down MARKER} and retried
 * with the next marker a little later. It runs until the file {@code DIR/stop} exists, and prints how many
 * writes were acknowledged every few seconds in {@code DIR/acknowledged}.
 * <p>{@code verify}: reads every need of FRAMEWORK back and prints {@code acknowledged N, lost N, duplicated N}
 * (a marker found twice or more) and, for information, the unacknowledged writes that landed anyway.
 * Exit code 1 when any acknowledged write was lost or duplicated.
 */
public final class KillDrillClient {

    private static final Pattern MARKER = Pattern.compile("kd-[A-Za-z0-9]+-c[0-9]+-[0-9]+");

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(3)).build();
    private final String base;
    private final String authorization;

    private KillDrillClient(String base, String user, String password) {
        this.base = base;
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 9 && args[0].equals("write")) {
            new KillDrillClient(args[1], args[2], args[3])
                    .write(args[4], args[5], Integer.parseInt(args[6]), args[7], Path.of(args[8]));
        } else if (args.length == 7 && args[0].equals("verify")) {
            System.exit(new KillDrillClient(args[1], args[2], args[3]).verify(args[4], args[5], Path.of(args[6])));
        } else {
            System.err.println("usage: KillDrillClient write BASE USER PASSWORD FRAMEWORK ORGANISATION CLIENTS RUN_ID DIR");
            System.err.println("       KillDrillClient verify BASE USER PASSWORD FRAMEWORK RUN_ID DIR");
            System.exit(2);
        }
    }

    private void write(String framework, String organisation, int clients, String run, Path dir)
            throws Exception {
        // A bearer token for the writes: a password costs a PBKDF2 derivation on every request, which
        // would make the signing in, not the writing, what the drill measures. Tokens live in the
        // database, so it survives the kills.
        String token = token();
        String bearer = "Bearer " + token;
        AtomicInteger acknowledged = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        for (int c = 1; c <= clients; c++) {
            int client = c;
            threads.add(Thread.ofPlatform().name("client-" + c).start(() -> {
                try {
                    writeLoop(bearer, framework, organisation, client, run, dir, acknowledged);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }));
        }
        Path stop = dir.resolve("stop");
        while (!Files.exists(stop)) {
            Files.writeString(dir.resolve("acknowledged"), acknowledged.get() + "\n");
            Thread.sleep(1000);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        Files.writeString(dir.resolve("acknowledged"), acknowledged.get() + "\n");
    }

    private String token() throws InterruptedException {
        Pattern token = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");
        for (int attempt = 1; ; attempt++) {
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/auth/tokens"))
                        .timeout(Duration.ofSeconds(60)).header("Authorization", authorization)
                        .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
                Matcher found = token.matcher(response.body());
                if (response.statusCode() / 100 == 2 && found.find()) {
                    return found.group(1);
                }
            } catch (IOException e) {
                // the server is down: it comes back
            }
            Thread.sleep(1000);
        }
    }

    private void writeLoop(String bearer, String framework, String organisation, int client, String run, Path dir,
            AtomicInteger acknowledged) throws IOException {
        Path stop = dir.resolve("stop");
        URI needs = URI.create(base + "/api/frameworks/" + framework + "/needs");
        try (PrintWriter log = new PrintWriter(Files.newBufferedWriter(dir.resolve("client-" + client + ".log")))) {
            for (int n = 1; !Files.exists(stop); n++) {
                String marker = "kd-" + run + "-c" + client + "-" + n;
                String body = "{\"raisedBy\": \"" + organisation + "\", \"sector\": \"small-scale-irrigation\","
                        + " \"kind\": \"INVESTMENT\", \"description\": \"Besoin d'essai " + marker + "\","
                        + " \"estimatedCost\": {\"amount\": 150000, \"currency\": \"XOF\"}, \"on\": \"2009-06-15\"}";
                log.println("sent " + marker);
                log.flush();
                HttpRequest request = HttpRequest.newBuilder(needs).timeout(Duration.ofSeconds(30))
                        .header("Authorization", bearer).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
                try {
                    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() == 201) {
                        log.println("ack " + marker);
                        acknowledged.incrementAndGet();
                    } else {
                        log.println("status " + response.statusCode() + " " + marker + " "
                                + response.body().replaceAll("\\s+", " ").substring(0, Math.min(200, response.body().length())));
                        pause(200);
                    }
                } catch (java.net.ConnectException e) {
                    log.println("down " + marker);
                    pause(250);
                } catch (IOException e) {
                    log.println("error " + marker + " " + e);
                    pause(250);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                log.flush();
            }
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private int verify(String framework, String run, Path dir) throws Exception {
        Set<String> acknowledged = new HashSet<>();
        Set<String> sent = new HashSet<>();
        try (var logs = Files.newDirectoryStream(dir, "client-*.log")) {
            for (Path log : logs) {
                for (String line : Files.readAllLines(log)) {
                    if (line.startsWith("ack ")) {
                        acknowledged.add(line.substring(4).strip());
                    } else if (line.startsWith("sent ")) {
                        sent.add(line.substring(5).strip());
                    }
                }
            }
        }
        Map<String, Integer> found = new HashMap<>();
        String prefix = "kd-" + run + "-";
        for (int page = 0; ; page++) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/frameworks/" + framework
                            + "/needs?size=100&page=" + page)).timeout(Duration.ofSeconds(60))
                    .header("Authorization", authorization).header("Accept", "application/json").GET().build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET needs page " + page + ": " + response.statusCode() + " " + response.body());
            }
            Matcher markers = MARKER.matcher(response.body());
            while (markers.find()) {
                if (markers.group().startsWith(prefix)) {
                    found.merge(markers.group(), 1, Integer::sum);
                }
            }
            Matcher pages = Pattern.compile("\"totalPages\"\\s*:\\s*([0-9]+)").matcher(response.body());
            if (!pages.find() || page + 1 >= Integer.parseInt(pages.group(1))) {
                break;
            }
        }
        long lost = acknowledged.stream().filter(m -> !found.containsKey(m)).count();
        long duplicated = found.values().stream().filter(count -> count > 1).count();
        long landedUnacknowledged = found.keySet().stream().filter(m -> !acknowledged.contains(m)).count();
        long strangers = found.keySet().stream().filter(m -> !sent.contains(m)).count();
        System.out.printf("acknowledged %d, lost %d, duplicated %d%n", acknowledged.size(), lost, duplicated);
        System.out.printf("(sent %d; unacknowledged but stored %d; stored but never sent %d)%n", sent.size(),
                landedUnacknowledged, strangers);
        acknowledged.stream().filter(m -> !found.containsKey(m)).sorted().limit(20)
                .forEach(m -> System.out.println("lost: " + m));
        return lost == 0 && duplicated == 0 && strangers == 0 ? 0 : 1;
    }
}
