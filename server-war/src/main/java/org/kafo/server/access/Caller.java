package org.kafo.server.access;

import jakarta.enterprise.context.RequestScoped;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * What the current request says about its caller: who signed in (none for an anonymous request),
 * the language of messages (the first of {@code Accept-Language} that is French or English,
 * English otherwise), the method and path it asked for (problems name the path as their
 * {@code instance}), the body as it arrived, and the access policy's decision once made.
 */
@RequestScoped
public class Caller {

    /** What the access policy allowed: the operation, in which framework (null outside frameworks). */
    public record Decision(Permission operation, UUID framework) {
    }

    private Locale locale = Locale.ENGLISH;
    private String method = "GET";
    private String path;
    private Identity identity;
    private Decision decision;
    private ByteArrayOutputStream body;

    public Locale locale() {
        return locale;
    }

    public String method() {
        return method;
    }

    public String path() {
        return path;
    }

    /** The signed-in caller, or null. */
    public Identity identity() {
        return identity;
    }

    /** The policy's decision for this request, or null before it was asked. */
    public Decision decision() {
        return decision;
    }

    /** The request body as the client sent it (UTF-8), empty if it had none or it was not read. */
    public String body() {
        return body == null ? "" : body.toString(StandardCharsets.UTF_8);
    }

    /**
     * The languages of an {@code Accept-Language} header, most wanted first, read leniently: a range
     * that is not a language tag, or whose {@code q} is not a number from 0 to 1, counts as not
     * wanted, so that a malformed header means the default language instead of a failed request.
     * At most the first 32 ranges are read.
     */
    public static List<Locale> languages(String header) {
        if (header == null || header.isBlank()) {
            return List.of();
        }
        record Range(Locale language, double q) {
        }
        List<Range> ranges = new java.util.ArrayList<>();
        String[] parts = header.split(",", 33);
        for (int i = 0; i < Math.min(parts.length, 32); i++) {
            String[] tagAndParameters = parts[i].split(";", -1);
            String tag = tagAndParameters[0].strip();
            double q = 1;
            for (int p = 1; p < tagAndParameters.length; p++) {
                String parameter = tagAndParameters[p].strip();
                if (parameter.regionMatches(true, 0, "q=", 0, 2)) {
                    q = quality(parameter.substring(2).strip());
                }
            }
            if (q > 0 && tag.length() <= 35 && !tag.isEmpty() && !tag.equals("*") && tag.chars().allMatch(
                    c -> c == '-' || (c < 128 && Character.isLetterOrDigit(c)))) {
                ranges.add(new Range(Locale.forLanguageTag(tag), q));
            }
        }
        ranges.sort(java.util.Comparator.comparingDouble(Range::q).reversed());
        return ranges.stream().map(Range::language).toList();
    }

    /** RFC 9110's qvalue: 0 to 1 with at most three decimals; anything else counts as 0. */
    private static double quality(String text) {
        if (!text.matches("0(\\.[0-9]{0,3})?|1(\\.0{0,3})?")) {
            return 0;
        }
        return Double.parseDouble(text);
    }

    public void accept(String requestMethod, List<Locale> acceptable, String requestPath) {
        this.method = requestMethod;
        this.path = requestPath;
        this.locale = Locale.ENGLISH;
        for (Locale candidate : acceptable) {
            String language = candidate.getLanguage();
            if (language.equals(Locale.FRENCH.getLanguage()) || language.equals(Locale.ENGLISH.getLanguage())) {
                this.locale = language.equals("fr") ? Locale.FRENCH : Locale.ENGLISH;
                return;
            }
        }
    }

    public void signedIn(Identity who) {
        this.identity = who;
    }

    void decided(Permission operation, UUID framework) {
        this.decision = new Decision(operation, framework);
    }

    /** Where the request's body is copied as it is read. */
    public void receiving(ByteArrayOutputStream copy) {
        this.body = copy;
    }
}
