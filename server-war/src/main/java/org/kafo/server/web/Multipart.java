package org.kafo.server.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A {@code multipart/form-data} body (RFC 7578) as a browser sends a form with a file: its parts,
 * each with its field's name, the file's name if it is a file, and its bytes. Read whole from
 * memory: the body was read (and bounded) before, by {@link WebFilter}. A body that is not one
 * reads as no part at all.
 */
final class Multipart {

    /** More parts than this is not a form of these pages. */
    static final int MAX_PARTS = 16;

    /** One part: a field's value, or a file (then {@code fileName} is not null). */
    record Part(String name, String fileName, String contentType, byte[] content) {

        String text() {
            return new String(content, StandardCharsets.UTF_8);
        }
    }

    private final List<Part> parts;

    private Multipart(List<Part> parts) {
        this.parts = List.copyOf(parts);
    }

    /** Whether a request's {@code Content-Type} says a multipart form. */
    static boolean isMultipart(String contentType) {
        return contentType != null && contentType.strip().toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
    }

    /**
     * The parts of a body, by the boundary its {@code Content-Type} names; none when the type names
     * no boundary or the body does not follow it.
     */
    static Multipart parse(String contentType, byte[] body) {
        String boundary = parameter(contentType, "boundary");
        if (!isMultipart(contentType) || boundary == null || boundary.isEmpty() || boundary.length() > 70 || body == null) {
            return new Multipart(List.of());
        }
        byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        byte[] next = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        List<Part> parts = new ArrayList<>();
        int at = indexOf(body, delimiter, 0);
        if (at < 0) {
            return new Multipart(List.of());
        }
        at += delimiter.length;
        while (parts.size() < MAX_PARTS) {
            if (startsWith(body, at, "--")) {
                return new Multipart(parts);
            }
            if (!startsWith(body, at, "\r\n")) {
                break;
            }
            int headersEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), at + 2);
            if (headersEnd < 0) {
                break;
            }
            String headers = new String(body, at + 2, headersEnd - at - 2, StandardCharsets.UTF_8);
            int end = indexOf(body, next, headersEnd + 4);
            if (end < 0) {
                break;
            }
            String disposition = header(headers, "content-disposition");
            String name = parameter(disposition, "name");
            if (name != null) {
                parts.add(new Part(name, parameter(disposition, "filename"), header(headers, "content-type"),
                        Arrays.copyOfRange(body, headersEnd + 4, end)));
            }
            at = end + next.length;
        }
        // a body cut short or not closed: not a form that was sent whole
        return new Multipart(List.of());
    }

    List<Part> parts() {
        return parts;
    }

    /** The first part of that name. */
    Optional<Part> part(String name) {
        return parts.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** The text of the first field of that name, or null. */
    String field(String name) {
        return part(name).map(Part::text).orElse(null);
    }

    private static String header(String headers, String name) {
        for (String line : headers.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).strip().equalsIgnoreCase(name)) {
                return line.substring(colon + 1).strip();
            }
        }
        return null;
    }

    /**
     * A parameter of a header's value ({@code form-data; name="file"; filename="a.xlsx"}), quoted or
     * not; a browser writes a quote inside a quoted value as {@code %22} or {@code \"}.
     */
    static String parameter(String value, String name) {
        if (value == null) {
            return null;
        }
        int i = value.indexOf(';');
        while (i >= 0 && i < value.length()) {
            int equals = value.indexOf('=', i);
            if (equals < 0) {
                return null;
            }
            String key = value.substring(i + 1, equals).strip();
            int start = equals + 1;
            String found;
            int after;
            if (start < value.length() && value.charAt(start) == '"') {
                StringBuilder quoted = new StringBuilder();
                int j = start + 1;
                while (j < value.length() && value.charAt(j) != '"') {
                    if (value.charAt(j) == '\\' && j + 1 < value.length()) {
                        j++;
                    }
                    quoted.append(value.charAt(j));
                    j++;
                }
                found = quoted.toString().replace("%22", "\"");
                after = value.indexOf(';', j);
            } else {
                after = value.indexOf(';', start);
                found = value.substring(start, after < 0 ? value.length() : after).strip();
            }
            if (key.equalsIgnoreCase(name)) {
                return found;
            }
            i = after;
        }
        return null;
    }

    private static boolean startsWith(byte[] body, int at, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
        return at >= 0 && at + bytes.length <= body.length
                && Arrays.equals(body, at, at + bytes.length, bytes, 0, bytes.length);
    }

    static int indexOf(byte[] body, byte[] wanted, int from) {
        outer:
        for (int i = Math.max(from, 0); i <= body.length - wanted.length; i++) {
            for (int j = 0; j < wanted.length; j++) {
                if (body[i + j] != wanted[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
