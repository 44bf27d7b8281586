package org.kafo.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.kafo.rules.process.ConsultationProcess;

/**
 * Plays quarterly plan cycles in every commune of a loaded dataset, one commune after the other,
 * each with its own random sequence drawn from the seed: the same seed plays the same story.
 *
 * <p>The calendar: the first plan runs from the first day of the second month after the dataset's
 * start (March 2008), each next plan the following quarter; the meeting that adopts a plan is due two
 * days before it starts, and the meeting after the last plan reviews it without adopting another.
 */
final class Simulation {

    private final PactMaliDataset dataset;
    private final ConsultationProcess process;
    private final int cycles;
    private final long seed;

    Simulation(PactMaliDataset dataset, ConsultationProcess process, int cycles, long seed) {
        this.dataset = dataset;
        this.process = process;
        this.cycles = cycles;
        this.seed = seed;
    }

    SimulationResult play(LoadedDataset loaded) {
        List<SimulationResult.Commune> results = new ArrayList<>();
        for (int i = 0; i < loaded.communes().size(); i++) {
            Random random = new Random(commune(seed, i));
            results.add(new CommuneRun(dataset, process, loaded, loaded.communes().get(i), random, cycles,
                    firstPlanStart(dataset)).play());
        }
        return new SimulationResult(cycles, seed, asOf(dataset, cycles), results);
    }

    /** The first day of the first plan: the first of the second month after the dataset starts. */
    static LocalDate firstPlanStart(PactMaliDataset dataset) {
        return dataset.startsOn().withDayOfMonth(1).plusMonths(2);
    }

    /**
     * The day the indicators describe: the end of the second month of the quarter after the last
     * plan, when every framework has held the meeting that reviews it, however late.
     */
    static LocalDate asOf(PactMaliDataset dataset, int cycles) {
        return firstPlanStart(dataset).plusMonths(3L * cycles).plusMonths(2).minusDays(1);
    }

    /** The seed of commune {@code index}'s own sequence. */
    private static long commune(long seed, int index) {
        return seed ^ (0x9E3779B97F4A7C15L * (index + 1));
    }
}
