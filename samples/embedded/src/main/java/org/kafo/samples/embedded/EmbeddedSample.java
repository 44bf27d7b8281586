package org.kafo.samples.embedded;

import java.io.PrintStream;
import java.util.Locale;
import org.kafo.model.memory.InMemoryRepositories;
import org.kafo.rules.RuleBook;
import org.kafo.rules.Verdict;
import org.kafo.rules.command.Command;
import org.kafo.rules.indicator.Indicators;
import org.kafo.rules.pact.PactRules;
import org.kafo.rules.process.ConsultationProcess;
import org.kafo.rules.process.Outcome;

/**
 * Kafo in a plain Java program: Dioro's framework through one plan cycle on the in-memory
 * repositories with PACT's rule book, printing every verdict the rules give and the indicators at
 * the end of the cycle.
 *
 * <pre>
 * java -cp ... org.kafo.samples.embedded.EmbeddedSample [--lang fr|en]
 * </pre>
 *
 * The lines between {@code core: begin} and {@code core: end} are the README's embedding example,
 * line for line (a test compares them).
 */
public final class EmbeddedSample {

    private EmbeddedSample() {
    }

    public static void main(String[] args) {
        run(language(args), System.out);
    }

    /** Runs the cycle and prints to {@code out}, the verdicts and indicators in {@code language}. */
    public static void run(Locale language, PrintStream out) {
        // core: begin
        RuleBook rules = PactRules.book();
        InMemoryRepositories repositories = new InMemoryRepositories();
        ConsultationProcess process = new ConsultationProcess(repositories, rules);
        DioroFirstCycle dioro = new DioroFirstCycle();   // Dioro's commands, from registration to the plan's review

        while (dioro.hasNext()) {
            Command command = dioro.next();
            Outcome<?> outcome = process.execute(command);
            dioro.takeNote(outcome);                      // the next commands name what this one created
            for (Verdict verdict : outcome.verdicts()) {
                out.println(command.getClass().getSimpleName() + ": " + verdict.severity() + " " + verdict.ruleId()
                        + " " + rules.message(verdict, language));
            }
        }
        IndicatorLines.of(Indicators.of(repositories, dioro.framework(), dioro.lastDay()), language).forEach(out::println);
        // core: end
    }

    /**
     * {@code --lang fr} or {@code --lang en} (the default).
     *
     * @throws IllegalArgumentException on any other argument
     */
    static Locale language(String[] args) {
        if (args.length == 0) {
            return Locale.ENGLISH;
        }
        if (args.length == 2 && args[0].equals("--lang") && (args[1].equals("fr") || args[1].equals("en"))) {
            return Locale.forLanguageTag(args[1]);
        }
        throw new IllegalArgumentException("usage: EmbeddedSample [--lang fr|en], was: " + String.join(" ", args));
    }
}
