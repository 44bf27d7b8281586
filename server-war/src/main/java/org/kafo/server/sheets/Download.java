package org.kafo.server.sheets;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;

/**
 * A sheet as a download: its format's media type, an attachment named for a person ({@code
 * filename} in ASCII, {@code filename*} in UTF-8), never kept by a shared cache.
 */
public final class Download {

    private Download() {
    }

    /** @param title what the file is, as a person would name it ({@code Dioro - Plans et actions}) */
    public static Response of(Sheet sheet, Format format, String title) {
        String name = title + "." + format.extension();
        return Response.ok(format.write(sheet), format.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + ascii(title) + "." + format.extension()
                        + "\"; filename*=UTF-8''" + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"))
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .build();
    }

    /** Lower-case ASCII letters and digits joined by dashes: {@code dioro-plans-et-actions}. */
    static String ascii(String title) {
        String bare = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = bare.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+)|(-+$)", "");
        return slug.isEmpty() ? "kafo" : slug;
    }
}
