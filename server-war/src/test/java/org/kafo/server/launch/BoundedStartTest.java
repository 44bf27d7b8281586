package org.kafo.server.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher of the run command and of the scripts ({@code src/main/launcher/BoundedStart.java}), run
 * as they run it, on a stand-in server that never answers or answers at once.
 */
class BoundedStartTest {

    private static final Path LAUNCHER = Path.of("src/main/launcher/BoundedStart.java");

    @TempDir
    Path dir;

    @Test
    void a_start_that_never_answers_has_its_threads_dumped_is_killed_and_started_again_then_given_up() throws Exception {
        // given a server that never answers, two starts of two seconds each
        // when
        Run run = launch(2, 2, "hangs");

        // then
        assertThat(run.exit()).isEqualTo(3);
        assertThat(run.log()).contains("bounded-start: server pid", "(start 1 of 2)", "(start 2 of 2)",
                "within 2 s: the start hangs; thread dump follows", "bounded-start: server killed; starting again",
                "bounded-start: gave up after 2 starts that hung");
        // the dump is the server's: its main thread waits in the stand-in's main
        assertThat(run.log()).contains("Full thread dump", "org.kafo.server.launch.FakeServer.main");
        long pid = Long.parseLong(Files.readString(dir.resolve("server.pid")).strip());
        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
    }

    @Test
    void a_server_that_answers_is_left_running_and_its_exit_code_is_the_launcher_s() throws Exception {
        // given a server that answers at once, then stops by itself with exit code 7
        // when
        Run run = launch(60, 3, "answers");

        // then
        assertThat(run.exit()).isEqualTo(7);
        assertThat(run.log()).contains("(start 1 of 3)", "bounded-start: ready after").doesNotContain("thread dump");
    }

    /** How a launch ended: the launcher's exit code and the server's log. */
    private record Run(int exit, String log) {
    }

    private Run launch(int boundSeconds, int attempts, String behaviour) throws Exception {
        Path log = dir.resolve("server.log");
        int port = freePort();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), LAUNCHER.toString(),
                "--ready", "http://127.0.0.1:" + port + "/health/ready", "--bound", Integer.toString(boundSeconds),
                "--attempts", Integer.toString(attempts), "--log", log.toString(),
                "--pid-file", dir.resolve("server.pid").toString(),
                "--", "-cp", System.getProperty("java.class.path"), FakeServer.class.getName(), behaviour));
        if (behaviour.equals("answers")) {
            command.addAll(List.of(Integer.toString(port), "7"));
        }
        Process launcher = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("launcher.out").toFile()).start();
        assertThat(launcher.waitFor(120, TimeUnit.SECONDS)).as("the launcher ends").isTrue();
        return new Run(launcher.exitValue(), Files.readString(log));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
