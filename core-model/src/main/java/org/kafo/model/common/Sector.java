package org.kafo.model.common;

import java.util.regex.Pattern;

/**
 * An economic sector (filière), named by a stable code such as {@code small-scale-irrigation} or
 * {@code market-gardening}.
 */
public record Sector(String code) {

    private static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public Sector {
        Require.present(code, "sector code");
        if (code.length() > Limits.CODE) {
            throw new InvariantViolationException("text.too-long",
                    "sector code must be at most " + Limits.CODE + " characters, was " + code.length(), "sector code",
                    Limits.CODE, code.length());
        }
        if (!CODE.matcher(code).matches()) {
            throw new InvariantViolationException("sector.code",
                    "a sector code is lower-case words joined by hyphens, was: " + code, code);
        }
    }

    public static Sector of(String code) {
        return new Sector(code);
    }

    @Override
    public String toString() {
        return code;
    }
}
