package org.kafo.bench.start;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmptyWarTest {

    @Test
    void the_empty_war_holds_its_two_classes_and_nothing_of_kafo(@TempDir Path directory) throws IOException {
        Path war = directory.resolve("empty.war");

        EmptyWar.write(war);

        try (ZipFile zip = new ZipFile(war.toFile())) {
            List<String> names = Collections.list(zip.entries()).stream().map(ZipEntry::getName).toList();
            assertThat(names).containsExactly("META-INF/MANIFEST.MF",
                    "WEB-INF/classes/org/kafo/bench/start/empty/EmptyApplication.class",
                    "WEB-INF/classes/org/kafo/bench/start/empty/Ping.class");
            assertThat(zip.getEntry("WEB-INF/classes/org/kafo/bench/start/empty/Ping.class").getSize()).isPositive();
        }
    }
}
