package org.kafo.bench.start;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class StartOptionsTest {

    private static final String[] REQUIRED = {"--java", "/jdk/bin/java", "--payara", "p.jar", "--kafo", "kafo.war",
            "--preboot", "preboot.asadmin", "--work", "/tmp/w", "--out", "start.md"};

    @Test
    void the_paths_are_enough_and_the_counts_have_defaults() {
        StartOptions options = StartOptions.parse(REQUIRED);
        assertThat(options.java()).isEqualTo(Path.of("/jdk/bin/java"));
        assertThat(options.port()).isEqualTo(8292);
        assertThat(options.emptyRuns()).isEqualTo(5);
        assertThat(options.restartRuns()).isEqualTo(5);
        assertThat(options.firstRuns()).isEqualTo(2);
        assertThat(options.demoPassword()).isNull();
    }

    @Test
    void counts_and_port_are_read_and_checked() {
        String[] more = {"--port", "8293", "--empty-runs", "3", "--restart-runs", "4", "--first-runs", "1",
                "--demo-password", "pw"};
        String[] args = new String[REQUIRED.length + more.length];
        System.arraycopy(REQUIRED, 0, args, 0, REQUIRED.length);
        System.arraycopy(more, 0, args, REQUIRED.length, more.length);
        StartOptions options = StartOptions.parse(args);
        assertThat(options.port()).isEqualTo(8293);
        assertThat(options.emptyRuns()).isEqualTo(3);
        assertThat(options.restartRuns()).isEqualTo(4);
        assertThat(options.firstRuns()).isEqualTo(1);
        assertThat(options.demoPassword()).isEqualTo("pw");

        assertThatThrownBy(() -> StartOptions.parse("--java", "j")).hasMessageContaining("are required");
        assertThatThrownBy(() -> StartOptions.parse("--empty-runs", "0")).hasMessageContaining("at least 1");
        assertThatThrownBy(() -> StartOptions.parse("--verbose")).hasMessageContaining("every option takes a value");
    }
}
