package org.kafo.bench.rules;

import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * Generates consultation frameworks by playing their stories through the process with PACT's rule
 * book ({@link FrameworkStory}): the same seed and count give the same stories. Each framework gets
 * its own random sequence, derived from the seed and its index, and its own in-memory repositories,
 * so they are played in parallel and still come out the same, in index order.
 */
public final class Frameworks {

    /** The seed of every published figure. */
    public static final long SEED = 20_081_203L;

    /** How many frameworks the benchmarks generate. */
    public static final int COUNT = 10_000;

    private Frameworks() {
    }

    /** Frameworks {@code 0 .. count-1} of the seed's set, with their checked commands. */
    public static List<GeneratedFramework> generate(long seed, int count) {
        return generate(seed, count, true);
    }

    /**
     * @param keepChecks whether to keep the checked commands and their situations (the rules
     *                   benchmark) or only the stored aggregates (the persistence benchmark)
     */
    public static List<GeneratedFramework> generate(long seed, int count, boolean keepChecks) {
        return IntStream.range(0, count).parallel().mapToObj(i -> {
            GeneratedFramework framework = one(seed, i);
            return keepChecks ? framework : framework.withoutChecks();
        }).toList();
    }

    /** Framework {@code index} of the seed's set. */
    public static GeneratedFramework one(long seed, int index) {
        return new FrameworkStory(index, new Random(seed * 0x9E3779B97F4A7C15L + index)).play();
    }
}
