package org.kafo.samples.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The README's embedding example is the sample's core, line for line: the lines between
 * {@code // core: begin} and {@code // core: end} of {@link EmbeddedSample}, without their
 * indentation, are the first Java block of the README's "Embedding the library" section.
 */
class ReadmeShowsTheSampleCoreTest {

    private static final Path README = Path.of(System.getProperty("kafo.readme", "../../README.md"));
    private static final Path SAMPLE = Path.of(System.getProperty("kafo.sample.source",
            "src/main/java/org/kafo/samples/embedded/EmbeddedSample.java"));

    @Test
    void the_core_of_the_sample_fits_in_fifteen_lines() throws IOException {
        assertThat(sampleCore()).isNotEmpty().hasSizeLessThanOrEqualTo(15);
    }

    @Test
    void the_readme_embedding_example_is_the_core_of_the_sample() throws IOException {
        assertThat(readmeExample()).containsExactlyElementsOf(sampleCore());
    }

    @Test
    void a_changed_line_would_be_noticed() throws IOException {
        List<String> core = sampleCore();
        List<String> changed = core.stream().map(line -> line.replace("PactRules.book()", "RuleBook.custom()")).toList();

        assertThat(changed).isNotEqualTo(core);
        assertThat(readmeExample()).isNotEqualTo(changed);
    }

    /** The marked lines of the sample, less the indentation they share. */
    static List<String> sampleCore() throws IOException {
        List<String> lines = Files.readAllLines(SAMPLE, StandardCharsets.UTF_8);
        int begin = indexOfTrimmed(lines, "// core: begin", 0);
        int end = indexOfTrimmed(lines, "// core: end", begin + 1);
        List<String> core = lines.subList(begin + 1, end);
        int indent = core.stream().filter(line -> !line.isBlank())
                .mapToInt(line -> line.length() - line.stripLeading().length()).min().orElse(0);
        return core.stream().map(line -> line.isBlank() ? "" : line.substring(indent).stripTrailing()).toList();
    }

    /** The first {@code ```java} block after the README's "Embedding the library" heading. */
    static List<String> readmeExample() throws IOException {
        List<String> lines = Files.readAllLines(README, StandardCharsets.UTF_8);
        int section = indexOfTrimmed(lines, "## Embedding the library", 0);
        int open = indexOfTrimmed(lines, "```java", section + 1);
        int close = indexOfTrimmed(lines, "```", open + 1);
        return lines.subList(open + 1, close).stream().map(String::stripTrailing).toList();
    }

    private static int indexOfTrimmed(List<String> lines, String wanted, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (lines.get(i).strip().equals(wanted)) {
                return i;
            }
        }
        throw new AssertionError("no line '" + wanted + "' after line " + from);
    }
}
