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
 * KAFO_PASSWORD=... java ... org.kafo.samples.restclient.RestClientSample --url http://127.0.0.1:8080 --user admin --lang fr
 * </pre>
 *
 * <p>It signs in as the server's administrator ({@code --user}, {@code admin} by default), whose
 * password it reads from {@code KAFO_PASSWORD} (never from the command line, where other users of
 * the machine could read it): the server writes it to {@code initial-credentials.txt} in its data
 * directory at its first start, unless {@code KAFO_ADMIN_PASSWORD} gave it one.
 */
public final class RestClientSample {

    private RestClientSample() {
    }

    public static void main(String[] args) {
        URI url = URI.create("http://127.0.0.1:8080");
        Locale language = Locale.ENGLISH;
        String user = "admin";
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (i + 1 >= args.length) {
                usage("missing value after " + option);
            }
            String value = args[++i];
            switch (option) {
                case "--url" -> url = URI.create(value);
                case "--user" -> user = value;
                case "--lang" -> language = switch (value) {
                    case "fr" -> Locale.FRENCH;
                    case "en" -> Locale.ENGLISH;
                    default -> usage("--lang is fr or en, was " + value);
                };
                default -> usage("unknown option " + option);
            }
        }
        String password = System.getenv("KAFO_PASSWORD");
        if (password == null || password.isBlank()) {
            usage("set KAFO_PASSWORD to the password of " + user);
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try {
            OneCycle.Outcome outcome = OneCycle.run(url, user, password, language, out);
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
        System.err.println("usage: KAFO_PASSWORD=... RestClientSample [--url http://127.0.0.1:8080] [--user admin] [--lang en|fr]");
        System.exit(2);
        return null;
    }
}
