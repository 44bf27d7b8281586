package org.kafo.samples.ccco;

import java.io.PrintStream;
import java.util.Locale;
import org.kafo.rules.RuleBook;
import org.kafo.rules.Verdict;
import org.kafo.rules.process.Outcome;

/**
 * Prints what PACT's book and the CCCo book say of the same commands on the same commune, case by
 * case: {@code java -cp ... org.kafo.samples.ccco.CompareWithPact [--lang fr|en]}.
 */
public final class CompareWithPact {

    private CompareWithPact() {
    }

    public static void main(String[] args) {
        print(Comparison.pactAgainstCcco(), language(args), System.out);
    }

    static void print(Comparison comparison, Locale language, PrintStream out) {
        boolean fr = Locale.FRENCH.getLanguage().equals(language.getLanguage());
        int number = 0;
        for (Comparison.Result result : comparison.runAll()) {
            number++;
            out.println(number + ". " + result.asked().title(language)
                    + (result.differs() ? (fr ? " — les règles diffèrent" : " — the books differ")
                            : (fr ? " — même réponse" : " — same answer")));
            print("PACT", result.pact(), comparison.pactBook(), language, out);
            print("CCCo", result.ccco(), comparison.cccoBook(), language, out);
        }
    }

    private static void print(String name, Outcome<?> outcome, RuleBook book, Locale language, PrintStream out) {
        boolean fr = Locale.FRENCH.getLanguage().equals(language.getLanguage());
        String answer = outcome.accepted() ? (fr ? "accepté" : "accepted") : (fr ? "refusé" : "refused");
        out.println("   " + name + ": " + answer + (outcome.verdicts().isEmpty() ? (fr ? ", sans verdict" : ", no verdict") : ""));
        for (Verdict verdict : outcome.verdicts()) {
            out.println("      " + Comparison.describe(verdict, book, language));
        }
    }

    /** @throws IllegalArgumentException on anything but {@code --lang fr} or {@code --lang en} */
    static Locale language(String[] args) {
        if (args.length == 0) {
            return Locale.ENGLISH;
        }
        if (args.length == 2 && args[0].equals("--lang") && (args[1].equals("fr") || args[1].equals("en"))) {
            return Locale.forLanguageTag(args[1]);
        }
        throw new IllegalArgumentException("usage: CompareWithPact [--lang fr|en], was: " + String.join(" ", args));
    }
}
