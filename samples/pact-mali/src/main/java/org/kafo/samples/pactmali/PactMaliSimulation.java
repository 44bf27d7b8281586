package org.kafo.samples.pactmali;

import java.io.PrintStream;
import java.util.Locale;
import org.kafo.demo.PactMaliDataset;
import org.kafo.demo.SimulationResult;
import org.kafo.model.memory.InMemoryRepositories;
import org.kafo.rules.pact.PactRules;
import org.kafo.rules.process.ConsultationProcess;

/**
 * The PACT Mali dataset played in memory with PACT's rule book, printed:
 * {@code java -cp ... org.kafo.samples.pactmali.PactMaliSimulation --cycles 4 --seed 42 --lang en}.
 * The same options print the same text.
 */
public final class PactMaliSimulation {

    static final String USAGE = "usage: PactMaliSimulation [--cycles N (1 or more, default 4)] [--seed S (default 42)]"
            + " [--lang fr|en (default en)]";

    private PactMaliSimulation() {
    }

    /** The options of the command line. */
    record Options(int cycles, long seed, Locale language) {

        /** @throws IllegalArgumentException with the usage, for an unknown option or a bad value */
        static Options parse(String[] args) {
            int cycles = 4;
            long seed = 42;
            Locale language = Locale.ENGLISH;
            if (args.length % 2 != 0) {
                throw new IllegalArgumentException(USAGE);
            }
            for (int i = 0; i < args.length; i += 2) {
                String value = args[i + 1];
                try {
                    switch (args[i]) {
                        case "--cycles" -> cycles = Integer.parseInt(value);
                        case "--seed" -> seed = Long.parseLong(value);
                        case "--lang" -> language = switch (value) {
                            case "fr" -> Locale.FRENCH;
                            case "en" -> Locale.ENGLISH;
                            default -> throw new IllegalArgumentException(USAGE);
                        };
                        default -> throw new IllegalArgumentException(USAGE);
                    }
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(USAGE, e);
                }
            }
            if (cycles < 1) {
                throw new IllegalArgumentException(USAGE);
            }
            return new Options(cycles, seed, language);
        }
    }

    public static void main(String[] args) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        run(options, System.out);
    }

    static void run(Options options, PrintStream out) {
        InMemoryRepositories repositories = new InMemoryRepositories();
        ConsultationProcess process = new ConsultationProcess(repositories, PactRules.book());
        SimulationResult result = PactMaliDataset.load().playInto(process, options.cycles(), options.seed());
        new SimulationReport(repositories, result, options.language()).lines().forEach(out::println);
    }
}
