package org.kafo.server.documents;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;

/**
 * A printed document: its bytes, its media type and the name it is saved under.
 *
 * @param name its file name, ASCII, with its extension
 */
public record Document(String name, String mediaType, byte[] bytes) {

    public static final String PDF = "application/pdf";

    /** A PDF named from words (accents dropped, spaces to dashes): "Plan d'action, Dioro" → plan-d-action-dioro.pdf. */
    public static Document pdf(String words, byte[] bytes) {
        return new Document(slug(words) + ".pdf", PDF, bytes);
    }

    /** The {@code Content-Disposition} of a download: the ASCII name, and the same in UTF-8 for those who read it. */
    public String disposition() {
        return "attachment; filename=\"" + name + "\"; filename*=UTF-8''"
                + java.net.URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static String slug(String words) {
        String plain = Normalizer.normalize(words, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? "document" : slug;
    }
}
