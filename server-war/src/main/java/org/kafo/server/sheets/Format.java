package org.kafo.server.sheets;

import java.util.Locale;
import java.util.Optional;

/** The two formats of every sheet: the same {@link Sheet}, written as CSV or as XLSX. */
public enum Format {

    CSV("csv", Csv.MEDIA_TYPE + ";charset=UTF-8"),
    XLSX("xlsx", Xlsx.MEDIA_TYPE);

    private final String extension;
    private final String mediaType;

    Format(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public String extension() {
        return extension;
    }

    /** The media type of the answer ({@code text/csv;charset=UTF-8}, or XLSX's). */
    public String mediaType() {
        return mediaType;
    }

    public byte[] write(Sheet sheet) {
        return this == CSV ? Csv.write(sheet) : Xlsx.write(sheet);
    }

    /** The format of a file name's extension ({@code csv}, {@code xlsx}), case aside. */
    public static Optional<Format> ofExtension(String extension) {
        String typed = extension == null ? "" : extension.toLowerCase(Locale.ROOT);
        for (Format format : values()) {
            if (format.extension.equals(typed)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /** The format of a media type ({@code text/csv}, XLSX's), parameters aside. */
    public static Optional<Format> ofMediaType(String mediaType) {
        String typed = mediaType == null ? "" : mediaType.split(";")[0].strip().toLowerCase(Locale.ROOT);
        if (typed.equals(Csv.MEDIA_TYPE)) {
            return Optional.of(CSV);
        }
        return typed.equals(Xlsx.MEDIA_TYPE) ? Optional.of(XLSX) : Optional.empty();
    }

    /** Whether the bytes are this format's: a ZIP container for XLSX, anything else for CSV. */
    boolean isItsContent(byte[] body) {
        boolean zip = body.length > 3 && body[0] == 'P' && body[1] == 'K' && body[2] == 3 && body[3] == 4;
        return this == XLSX ? zip : !zip;
    }
}
