package org.kafo.rules;

import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kafo.model.common.Money;
import org.kafo.model.common.MoneyTotal;
import org.kafo.model.common.Sector;

/**
 * How the values of a verdict read in one language, French or English:
 * <ul>
 *   <li>amounts: {@code 1 500 000 FCFA} in French (no-break spaces, FCFA for XOF, else the currency
 *       code after the amount), {@code XOF 1,500,000} in English;</li>
 *   <li>days: {@code 12 mars 2026} (and {@code 1er mars 2026}), {@code 12 March 2026};</li>
 *   <li>whole numbers grouped by thousands as amounts are;</li>
 *   <li>enum constants by the bundle key {@code <SimpleName>.<CONSTANT>}, such as
 *       {@code PartyCategory.SUPPORT_PROGRAMME}; sectors by {@code sector.<code>};</li>
 *   <li>lists joined as {@code a, b et c} or {@code a, b and c};</li>
 *   <li>the word after a count: singular for 0 and 1 in French, for 1 only in English.</li>
 * </ul>
 * A constant or a sector with no label reads as itself, so that a test scanning messages for
 * constants and sector codes finds it. Other values read as their {@code toString()}.
 * <p>
 * French groups digits and separates the currency with U+00A0 (no-break space) rather than the
 * narrow U+202F the typographers prefer: every PDF base font and browser font has the former.
 */
final class FactFormat {

    /** The no-break space between groups of digits and before the currency, in French. */
    static final char NO_BREAK_SPACE = '\u00A0';

    private static final DateTimeFormatter FRENCH_DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.FRENCH);
    private static final DateTimeFormatter ENGLISH_DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    private final boolean french;
    private final Map<String, String> labels;

    /**
     * @param language French, or anything else for English
     * @param labels   the book's messages in that language, where enum and sector labels are found
     */
    FactFormat(Locale language, Map<String, String> labels) {
        this.french = Locale.FRENCH.getLanguage().equals(language.getLanguage());
        this.labels = labels;
    }

    /** The value as it reads in this language. */
    String format(Object value) {
        if (value instanceof Money money) {
            return amount(BigInteger.valueOf(money.amount()), money.currency());
        }
        if (value instanceof MoneyTotal total) {
            return amount(total.amount(), total.currency());
        }
        if (value instanceof SignedAmount signed) {
            return amount(signed.amount(), signed.currency());
        }
        if (value instanceof LocalDate day) {
            return day(day);
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            return number(BigInteger.valueOf(((Number) value).longValue()));
        }
        if (value instanceof BigInteger number) {
            return number(number);
        }
        if (value instanceof Sector sector) {
            return labels.getOrDefault("sector." + sector.code(), sector.code());
        }
        if (value instanceof Enum<?> constant) {
            return labels.getOrDefault(constant.getDeclaringClass().getSimpleName() + "." + constant.name(),
                    constant.name());
        }
        if (value instanceof Collection<?> list) {
            return joined(list.stream().map(this::format).toList());
        }
        return String.valueOf(value);
    }

    /** {@code singular} or {@code plural}, as the count reads; text that is no number takes the plural. */
    String wordAfter(Object count, String singular, String plural) {
        long n;
        if (count instanceof Number number) {
            n = number.longValue();
        } else {
            try {
                n = Long.parseLong(String.valueOf(count).strip());
            } catch (NumberFormatException e) {
                return plural;
            }
        }
        boolean one = french ? Math.abs(n) < 2 : n == 1;
        return one ? singular : plural;
    }

    String amount(BigInteger amount, String currency) {
        String digits = number(amount);
        if (french) {
            return digits + NO_BREAK_SPACE + ("XOF".equals(currency) ? "FCFA" : currency);
        }
        return currency + " " + digits;
    }

    String day(LocalDate day) {
        if (!french) {
            return ENGLISH_DAY.format(day);
        }
        String text = FRENCH_DAY.format(day);
        return day.getDayOfMonth() == 1 ? "1er" + text.substring(1) : text;
    }

    /** Grouped by thousands: {@code 1 500 000} or {@code 1,500,000}. */
    String number(BigInteger number) {
        String digits = number.abs().toString();
        StringBuilder grouped = new StringBuilder();
        char separator = french ? NO_BREAK_SPACE : ',';
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                grouped.append(separator);
            }
            grouped.append(digits.charAt(i));
        }
        return (number.signum() < 0 ? "-" : "") + grouped;
    }

    /** {@code a}, {@code a et b}, {@code a, b et c} (English: {@code and}). */
    String joined(List<String> items) {
        if (items.size() < 2) {
            return items.isEmpty() ? "" : items.get(0);
        }
        String and = french ? " et " : " and ";
        return String.join(", ", items.subList(0, items.size() - 1)) + and + items.get(items.size() - 1);
    }
}
