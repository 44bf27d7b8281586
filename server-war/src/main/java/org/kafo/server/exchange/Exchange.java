package org.kafo.server.exchange;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.kafo.model.Repositories;
import org.kafo.model.framework.ConsultationFramework;
import org.kafo.rules.RuleBook;
import org.kafo.server.http.BadInputException;

/**
 * The exchange formats of a framework as downloads, for the API ({@link ExchangeResource}) and the
 * pages alike: one source each. The caller asked the access policy first; this reads the framework's
 * dossier and answers the document with its media type, a file name, and no caching by shared caches.
 * The IATI reporting organisation comes from configuration: {@code kafo.iati.reporting-org.ref},
 * {@code .type} and {@code .name}.
 */
@ApplicationScoped
public class Exchange {

    /** The defaults say that no organisation was configured: set yours before you publish. */
    static final String DEFAULT_REF = "XX-KAFO";
    static final String DEFAULT_TYPE = "90";
    static final String DEFAULT_NAME = "Kafo";

    @Inject
    Repositories repositories;

    @Inject
    RuleBook rules;

    @Inject
    @ConfigProperty(name = "kafo.iati.reporting-org.ref", defaultValue = DEFAULT_REF)
    String reportingRef;

    @Inject
    @ConfigProperty(name = "kafo.iati.reporting-org.type", defaultValue = DEFAULT_TYPE)
    String reportingType;

    @Inject
    @ConfigProperty(name = "kafo.iati.reporting-org.name", defaultValue = DEFAULT_NAME)
    String reportingName;

    /** The framework's plans as an IATI 2.03 activity. */
    public Response iati(ConsultationFramework framework) {
        IatiActivities iati = new IatiActivities(new IatiActivities.ReportingOrganisation(reportingRef, reportingType,
                reportingName), rules);
        byte[] xml = iati.write(List.of(Dossier.load(repositories, framework.id())), LocalDate.now(),
                OffsetDateTime.now(ZoneOffset.UTC));
        return download(xml, IatiActivities.MEDIA_TYPE, framework.name() + " - IATI", "xml");
    }

    /** The framework as a WOCAT approach record. */
    public Response wocat(ConsultationFramework framework) {
        byte[] json = new WocatApproach(rules).write(Dossier.load(repositories, framework.id()));
        return download(json, WocatApproach.MEDIA_TYPE, framework.name() + " - WOCAT", "json");
    }

    /** The framework's meetings as an iCalendar feed, in {@code language}. */
    public Response calendar(ConsultationFramework framework, Locale language) {
        byte[] ics = new MeetingCalendar(rules).write(Dossier.load(repositories, framework.id()), language, Instant.now());
        return download(ics, MeetingCalendar.MEDIA_TYPE, framework.name(), "ics");
    }

    /**
     * The language a request asks for: {@code fr} or {@code en}, else {@code fallback}.
     *
     * @throws BadInputException (400) for another value
     */
    public static Locale language(String lang, Locale fallback) {
        if (lang == null || lang.isEmpty()) {
            return fallback.getLanguage().equals("fr") ? Locale.FRENCH : Locale.ENGLISH;
        }
        return switch (lang) {
            case "fr" -> Locale.FRENCH;
            case "en" -> Locale.ENGLISH;
            default -> throw new BadInputException("param.invalid", "param.enum", "lang", "fr, en", lang);
        };
    }

    private static Response download(byte[] body, String mediaType, String title, String extension) {
        return Response.ok(body, mediaType).header("Content-Disposition", disposition(title, extension))
                .header("Cache-Control", "private, no-store").build();
    }

    /** {@code attachment} with an ASCII file name and the name as written ({@code filename*}, RFC 6266). */
    static String disposition(String title, String extension) {
        String ascii = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        String written = title.replaceAll("[\\p{Cntrl}/\\\\\"]", " ").strip() + "." + extension;
        return "attachment; filename=\"" + (ascii.isEmpty() ? "kafo" : ascii) + "." + extension + "\"; filename*=UTF-8''"
                + percentEncoded(written);
    }

    private static String percentEncoded(String text) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(String.format("%02X", c));
            }
        }
        return encoded.toString();
    }
}
