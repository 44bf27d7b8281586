package org.kafo.model.common;

import java.time.LocalDate;

/**
 * The bounds of what the model holds, in one place: every text has a length no longer than its
 * database column (the persistence adapter's schema test compares them), every day lies in
 * {@link #FIRST_DAY}..{@link #LAST_DAY}, and money is bounded by {@link Money#MAX_AMOUNT}. A value
 * past a bound is an {@link InvariantViolationException} ({@code text.too-long}, {@code date.range},
 * {@code money.too-large}) naming the field and the bound, so that nothing a caller sends can
 * overflow a column, a date computation or a sum.
 *
 * <p>Lengths count UTF-16 code units ({@link String#length()}). A column counts characters, one for
 * each code unit or fewer (a character outside the Basic Multilingual Plane is two units and one
 * character in PostgreSQL), so a text within its limit always fits its column.
 */
public final class Limits {

    /** Codes and numbers: a commune's code, a sector, a deliberation or registration number. */
    public static final int CODE = 200;

    /** Names and short labels: places, organisations, people, a venue, an action's title. */
    public static final int NAME = 500;

    /** Free text: a description, a reason, a remark, a note, a report's summary (about four pages). */
    public static final int TEXT = 10_000;

    /** A meeting's minutes, the longest text the model holds (about forty pages). */
    public static final int MINUTES = 100_000;

    /**
     * The first day the model accepts. Kafo records the consultation frameworks of today's communes;
     * 1900 leaves room for an association's old registration or a territory's history.
     */
    public static final LocalDate FIRST_DAY = LocalDate.of(1900, 1, 1);

    /**
     * The last day the model accepts: far beyond any plan, and far enough from {@link LocalDate#MAX}
     * that adding a plan's months or a year to any accepted day stays a valid date.
     */
    public static final LocalDate LAST_DAY = LocalDate.of(2199, 12, 31);

    /** {@link #FIRST_DAY} as the text of an ISO date, for documents such as an OpenAPI schema. */
    public static final String FIRST_DAY_TEXT = "1900-01-01";

    /** {@link #LAST_DAY} as the text of an ISO date. */
    public static final String LAST_DAY_TEXT = "2199-12-31";

    private Limits() {
    }
}
