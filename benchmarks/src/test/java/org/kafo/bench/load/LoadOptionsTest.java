package org.kafo.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class LoadOptionsTest {

    @Test
    void the_base_and_the_output_are_enough_and_the_rest_has_defaults() {
        LoadOptions options = LoadOptions.parse("--base", "http://127.0.0.1:8291/", "--out", "server.md");
        assertThat(options.base()).isEqualTo(URI.create("http://127.0.0.1:8291"));
        assertThat(options.scenarios()).containsExactly("ping", "read", "write");
        assertThat(options.connections()).isEqualTo(10);
        assertThat(options.warmup()).isEqualTo(10);
        assertThat(options.duration()).isEqualTo(20);
        assertThat(options.runs()).isEqualTo(3);
        assertThat(options.user()).isNull();
        assertThat(options.serverPid()).isZero();
        assertThat(options.out()).isEqualTo(Path.of("server.md"));
    }

    @Test
    void every_option_is_read() {
        LoadOptions options = LoadOptions.parse("--base", "http://127.0.0.1:8292", "--scenarios", "write, ping",
                "--connections", "16", "--warmup", "0", "--duration", "5", "--runs", "1", "--user", "dioro.mairie",
                "--password", "s3cret", "--server-pid", "4242", "--out", "/tmp/x.md");
        assertThat(options.scenarios()).isEqualTo(List.of("write", "ping"));
        assertThat(options.connections()).isEqualTo(16);
        assertThat(options.warmup()).isZero();
        assertThat(options.duration()).isEqualTo(5);
        assertThat(options.runs()).isEqualTo(1);
        assertThat(options.user()).isEqualTo("dioro.mairie");
        assertThat(options.password()).isEqualTo("s3cret");
        assertThat(options.serverPid()).isEqualTo(4242);
    }

    @Test
    void a_blank_user_means_no_credentials() {
        assertThat(LoadOptions.parse("--base", "http://127.0.0.1:8291", "--out", "o", "--user", "", "--password", "")
                .user()).isNull();
    }

    @Test
    void mistakes_are_refused_with_the_usage() {
        assertThatThrownBy(() -> LoadOptions.parse("--out", "o")).hasMessageContaining("--base and --out are required")
                .hasMessageContaining("usage:");
        assertThatThrownBy(() -> LoadOptions.parse("--base", "http://127.0.0.1:8291", "--out", "o", "--scenarios",
                "ping,delete")).hasMessageContaining("unknown scenario delete");
        assertThatThrownBy(() -> LoadOptions.parse("--base", "http://127.0.0.1:8291", "--out", "o", "--connections",
                "0")).hasMessageContaining("--connections is at least 1");
        assertThatThrownBy(() -> LoadOptions.parse("--base", "http://127.0.0.1:8291", "--out", "o", "--runs",
                "three")).hasMessageContaining("--runs is a whole number");
        assertThatThrownBy(() -> LoadOptions.parse("--base", "https://127.0.0.1:8291", "--out", "o"))
                .hasMessageContaining("--base is http://host:port");
        assertThatThrownBy(() -> LoadOptions.parse("--base", "http://127.0.0.1:8291", "--out", "o", "--user", "u"))
                .hasMessageContaining("--user needs --password");
        assertThatThrownBy(() -> LoadOptions.parse("--base", "http://127.0.0.1:8291", "--out"))
                .hasMessageContaining("every option takes a value");
        assertThatThrownBy(() -> LoadOptions.parse("--base", "http://127.0.0.1:8291", "--out", "o", "--rate", "5"))
                .hasMessageContaining("unknown option --rate");
    }
}
