package org.kafo.samples.restclient;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Drives one plan cycle of a new framework against a running Kafo server and prints each step with
 * the rules' verdicts.
 *
 * <pre>
 * java ... org.kafo.samples.restclient.RestClientSample --url http://127.0.0.1:8080 --lang fr
 * </pre>
 */
public final class RestClientSample {

    private RestClientSample() {
    }

    public static void main(String[] args) {
        URI url = URI.create("http://127.0.0.1:8080");
        Locale language = Locale.ENGLISH;
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (i + 1 >= args.length) {
                usage("missing value after " + option);
            }
            String value = args[++i];
            switch (option) {
                case "--url" -> url = URI.create(value);
                case "--lang" -> language = switch (value) {
                    case "fr" -> Locale.FRENCH;
                    case "en" -> Locale.ENGLISH;
                    default -> usage("--lang is fr or en, was " + value);
                };
                default -> usage("unknown option " + option);
            }
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try {
            OneCycle.Outcome outcome = OneCycle.run(url, language, out);
            out.printf("Framework %s is %s; plan %s (cycle %d, %d actions); committee %s.%n", outcome.framework(),
                    outcome.frameworkStatus(), outcome.plan(), outcome.planCycle(), outcome.actions(),
                    outcome.committee());
        } catch (UncheckedIOException | IllegalStateException e) {
            System.err.println(e.getMessage());
            System.exit(1);
        }
    }

    private static Locale usage(String problem) {
        System.err.println(problem);
        System.err.println("usage: RestClientSample [--url http://127.0.0.1:8080] [--lang en|fr]");
        System.exit(2);
        return null;
    }
}
