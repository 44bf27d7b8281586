package org.kafo.server.exchange;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * iCalendar content lines (RFC 5545, section 3.1): each ends with CRLF, and a line longer than 75
 * octets of UTF-8 is folded, a CRLF and a space inserted before the octet that would pass the 75th,
 * never inside a character; text values are escaped (section 3.3.11).
 */
final class ContentLines {

    static final int MAX_OCTETS = 75;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    /** A property whose value is written as given (a date, a code, a value already escaped). */
    ContentLines add(String nameAndParameters, String value) {
        out.writeBytes(fold(nameAndParameters + ":" + value).getBytes(StandardCharsets.UTF_8));
        return this;
    }

    /** A property of type TEXT: its value escaped. */
    ContentLines text(String name, String value) {
        return add(name, escape(value));
    }

    byte[] bytes() {
        return out.toByteArray();
    }

    /** A TEXT value: backslash, semicolon and comma escaped, every line end written {@code \n}, other controls left out. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> escaped.append("\\\\");
                case ';' -> escaped.append("\\;");
                case ',' -> escaped.append("\\,");
                case '\r' -> {
                    escaped.append("\\n");
                    if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                }
                case '\n' -> escaped.append("\\n");
                default -> {
                    if (c == '\t' || c >= 0x20 && c != 0x7F) {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }

    /** One content line with its CRLF, folded at 75 octets without splitting a character. */
    static String fold(String line) {
        StringBuilder folded = new StringBuilder(line.length() + 8);
        int octets = 0;
        for (int i = 0; i < line.length(); ) {
            int codePoint = line.codePointAt(i);
            int size = utf8Length(codePoint);
            if (octets + size > MAX_OCTETS) {
                folded.append("\r\n ");
                octets = 1;
            }
            folded.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        return folded.append("\r\n").toString();
    }

    private static int utf8Length(int codePoint) {
        if (codePoint < 0x80) {
            return 1;
        }
        if (codePoint < 0x800) {
            return 2;
        }
        return codePoint < 0x10000 ? 3 : 4;
    }
}
