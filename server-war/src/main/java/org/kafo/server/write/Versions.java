package org.kafo.server.write;

import org.kafo.model.common.InvariantViolationException;

/** Aggregate versions as entity tags: {@code "3"}. */
public final class Versions {

    private Versions() {
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /** @throws InvariantViolationException ({@code if-match.malformed}) if the text is not a version */
    public static long parse(String entityTag) {
        String text = entityTag.strip();
        if (text.startsWith("W/")) {
            text = text.substring(2);
        }
        if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
            text = text.substring(1, text.length() - 1);
        }
        try {
            long version = Long.parseLong(text);
            if (version >= 0) {
                return version;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvariantViolationException("if-match.malformed",
                "If-Match names an aggregate version such as \"3\", was " + entityTag);
    }
}
