package org.kafo.bench.load;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.HdrHistogram.Histogram;

/**
 * The cross-check: Debian's {@code wrk} on the same endpoints as {@link LoadMain}
 * ({@code wrk -t2 -cN -dD --latency -s SCRIPT -H HEADER URL}), with a Lua script written here that turns
 * over the same paths (or posts the prepared adoptions) and, when wrk is done, prints its summary and
 * every latency it recorded, so that its percentiles are taken as {@link LoadMain}'s are. wrk runs a
 * closed loop (each connection sends when answered); its latencies are its own, after its correction of
 * the slowest ones ({@code stats_correct}: for every latency of at least twice the mean interval between a
 * connection's requests, it adds the ones the connection would have seen had it sent on time).
 */
final class Wrk {

    private static final String MARK = "kafo-wrk";

    /** A request of a write round: its path and JSON body. */
    record Post(String path, String body) {
    }

    /**
     * What one wrk process reported.
     *
     * @param answers the first answer out of 2xx of each wrk thread that posts (status and body's start)
     */
    record Output(double seconds, long requests, long statusErrors, long socketErrors, Histogram latencies,
            List<String> answers) {
    }

    private final Path executable;
    private final Path work;
    private final URI base;
    private final int connections;

    Wrk(Path executable, Path work, URI base, int connections) {
        this.executable = executable;
        this.work = work;
        this.base = base;
        this.connections = connections;
    }

    /** Requests of {@code paths} in turn for {@code seconds}, with {@code header} (a header line, or empty). */
    Output get(List<String> paths, String header, int seconds) throws IOException, InterruptedException {
        return run(getScript(paths), header, seconds);
    }

    /**
     * Each post once, spread over wrk's two threads, then the threads stop; wrk itself ends after
     * {@code seconds} whatever (its run time is not the posts' time).
     */
    Output posts(List<Post> posts, String header, int seconds) throws IOException, InterruptedException {
        return run(postScript(posts), header, seconds);
    }

    private Output run(String script, String header, int seconds) throws IOException, InterruptedException {
        Files.createDirectories(work);
        Path file = Files.createTempFile(work, "wrk", ".lua");
        Files.writeString(file, script);
        List<String> command = new ArrayList<>(List.of(executable.toString(), "-t2", "-c" + connections,
                "-d" + seconds + "s", "--latency", "--timeout", "60s", "-s", file.toString()));
        for (String line : header.split("\r\n")) {
            if (!line.isBlank()) {
                command.addAll(List.of("-H", line));
            }
        }
        command.add(base.toString() + "/");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = process.waitFor();
        Files.delete(file);
        if (exit != 0) {
            throw new IOException("wrk exited with " + exit + ": " + out);
        }
        return parse(out);
    }

    /** Lua: GET the paths in turn (each thread from a different one). */
    static String getScript(List<String> paths) {
        StringBuilder lua = new StringBuilder("-- org.kafo.bench.load.Wrk: GET the paths in turn\n");
        lua.append("local paths = {");
        paths.forEach(p -> lua.append(lua(p)).append(", "));
        lua.append("}\n");
        lua.append(NUMBERED).append("""
                local i = 0
                function request()
                  i = i + 1
                  return wrk.format("GET", paths[((i + (id or 0) * 7) % #paths) + 1])
                end
                """);
        return lua.append(DONE).toString();
    }

    /**
     * Lua: each post once. Thread {@code t} takes the posts {@code t}, {@code t + threads}...; a connection
     * reserves the next post in {@code delay()} (called before each {@code request()}), and waits a minute
     * when none is left; a thread stops once all its posts are answered. (wrk also calls {@code request()}
     * once before the run to check the request: nothing is reserved then, and nothing is sent.)
     */
    static String postScript(List<Post> posts) {
        StringBuilder lua = new StringBuilder("-- org.kafo.bench.load.Wrk: each post once\n");
        lua.append("local posts = {");
        posts.forEach(p -> lua.append("{").append(lua(p.path())).append(", ").append(lua(p.body())).append("}, "));
        lua.append("}\n");
        lua.append(NUMBERED).append("""
                local mine, reserved, sent, answered = nil, 0, 0, 0
                local function take()
                  if mine == nil then
                    mine = {}
                    for k = (id or 0) + 1, #posts, 2 do mine[#mine + 1] = posts[k] end
                  end
                  return mine
                end
                function delay()
                  if reserved < #take() then
                    reserved = reserved + 1
                    return 0
                  end
                  return 60000
                end
                local headers = nil
                function request()
                  if headers == nil then
                    -- wrk.format takes these headers instead of wrk.headers (the -H ones): all of them, then.
                    headers = {["Content-Type"] = "application/json"}
                    for name, value in pairs(wrk.headers) do headers[name] = value end
                  end
                  if sent < reserved then sent = sent + 1 end
                  local post = take()[math.max(sent, 1)]
                  return wrk.format("POST", post[1], headers, post[2])
                end
                local told = false
                function response(status, headers, body)
                  answered = answered + 1
                  if status >= 300 and not told then
                    told = true
                    io.write(string.format("%s answer %d %s\\n", "kafo-wrk", status, (body:sub(1, 300):gsub("%s+", " "))))
                  end
                  if answered >= #take() then wrk.thread:stop() end
                end
                """);
        return lua.append(DONE).toString();
    }

    /** Each thread gets its number (0, 1) as the global {@code id}, from the setup's environment. */
    private static final String NUMBERED = """
            local counter = 0
            function setup(thread)
              thread:set("id", counter)
              counter = counter + 1
            end
            """;

    private static final String DONE = """
            function done(summary, latency, requests)
              local e = summary.errors
              io.write(string.format("%s summary %d %d %d %d\\n", "kafo-wrk", summary.duration, summary.requests,
                e.status, e.connect + e.read + e.write + e.timeout))
              for i = 1, #latency do
                local value, count = latency(i)
                io.write(string.format("%s latency %d %d\\n", "kafo-wrk", value, count))
              end
            end
            """;

    /** A Lua string literal (long brackets: nothing is escaped in them). */
    static String lua(String text) {
        String level = "=";
        while (text.contains("]" + level + "]")) {
            level += "=";
        }
        return "[" + level + "[" + text + "]" + level + "]";
    }

    /**
     * The lines {@link #DONE} printed: {@code kafo-wrk summary DURATION_US REQUESTS STATUS_ERRORS SOCKET_ERRORS}
     * and {@code kafo-wrk latency MICROSECONDS COUNT}; the rest of wrk's output is ignored.
     *
     * @throws IOException if there is no summary line
     */
    static Output parse(String out) throws IOException {
        Histogram latencies = new Histogram(3);
        double seconds = -1;
        long requests = 0;
        long status = 0;
        long socket = 0;
        List<String> answers = new ArrayList<>();
        for (String line : out.split("\n")) {
            if (line.startsWith(MARK + " answer ")) {
                answers.add(line.substring(MARK.length() + 8).strip());
                continue;
            }
            String[] f = line.strip().split("\\s+");
            if (f.length < 4 || !f[0].equals(MARK)) {
                continue;
            }
            if (f[1].equals("summary") && f.length >= 6) {
                seconds = Long.parseLong(f[2]) / 1e6;
                requests = Long.parseLong(f[3]);
                status = Long.parseLong(f[4]);
                socket = Long.parseLong(f[5]);
            } else if (f[1].equals("latency")) {
                latencies.recordValueWithCount(Math.max(1, Long.parseLong(f[2])) * 1000, Long.parseLong(f[3]));
            }
        }
        if (seconds < 0) {
            throw new IOException("no summary in wrk's output: " + out);
        }
        return new Output(seconds, requests, status, socket, latencies, List.copyOf(answers));
    }
}
