package org.kafo.server.sheets;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kafo.model.common.Money;

/**
 * Reads the rows of a filled sheet by the headers of its first row, in French or English, and each
 * cell as people type it: days as dates or as {@code 14/03/2026} or {@code 2026-03-14}, amounts as
 * numbers or as {@code 1 500 000 FCFA}, yes and no as {@code oui}, {@code x}, {@code 1}... A cell that
 * cannot be read is an error of its row and column, in the reader's language.
 */
final class Reading {

    private static final List<DateTimeFormatter> DAYS = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("d/M/uuuu"), DateTimeFormatter.ofPattern("d-M-uuuu"),
            DateTimeFormatter.ofPattern("d.M.uuuu"));

    /** Excel counts days from 30 December 1899. */
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

    final Words words;
    final List<ImportRow.CellError> sheetErrors = new ArrayList<>();
    private final Map<String, Integer> columns = new HashMap<>();
    private final List<Rows.Row> rows;

    /**
     * @param keys     the columns of the layout ({@code sheet.col.<key>})
     * @param required those a row cannot do without: missing from the header, the sheet is refused
     */
    Reading(List<Rows.Row> all, Words words, List<String> keys, List<String> required) {
        this.words = words;
        Rows.Row header = all.stream().filter(r -> !r.isEmpty()).findFirst().orElse(null);
        if (header == null) {
            sheetErrors.add(new ImportRow.CellError(1, null, "import.sheet-empty", words.get("import.error.sheet-empty")));
            rows = List.of();
            return;
        }
        for (int c = 0; c < header.cells().size(); c++) {
            String typed = Words.plain(text(header.cell(c)));
            for (String key : keys) {
                boolean named = Words.LANGUAGES.stream()
                        .anyMatch(language -> Words.plain(Words.of(language, null).get("sheet.col." + key)).equals(typed));
                if (named && !columns.containsKey(key)) {
                    columns.put(key, c);
                }
            }
        }
        for (String key : required) {
            if (!columns.containsKey(key)) {
                sheetErrors.add(new ImportRow.CellError(header.number(), header(key), "import.column-missing",
                        words.get("import.error.column-missing", header(key))));
            }
        }
        rows = all.subList(all.indexOf(header) + 1, all.size()).stream().filter(r -> !r.isEmpty()).toList();
    }

    /** The rows after the header, empty ones left out. */
    List<Rows.Row> rows() {
        return rows;
    }

    String header(String key) {
        return words.get("sheet.col." + key);
    }

    /** One row being read: its cells by column, its errors, and what it would record. */
    final class Line {

        final Rows.Row row;
        final List<ImportRow.CellError> errors = new ArrayList<>();
        final Map<String, String> values = new LinkedHashMap<>();

        Line(Rows.Row row) {
            this.row = row;
        }

        Object raw(String key) {
            Integer column = columns.get(key);
            return column == null ? null : row.cell(column);
        }

        /** The cell's text, stripped; null when empty. */
        String text(String key) {
            String text = Reading.text(raw(key));
            return text == null || text.isBlank() ? null : text.strip();
        }

        void error(String key, String code, Object... arguments) {
            errors.add(new ImportRow.CellError(row.number(), key == null ? null : header(key), code,
                    words.get("import.error." + code, arguments)));
        }

        void shows(String key, String value) {
            values.put(header(key), value == null ? "" : value);
        }

        /** A cell that must be filled: its text, or an error. */
        String required(String key) {
            String text = text(key);
            if (text == null) {
                error(key, "required");
            }
            return text;
        }

        Optional<Boolean> yesNo(String key) {
            String text = text(key);
            Object raw = raw(key);
            if (raw instanceof Boolean b) {
                return Optional.of(b);
            }
            if (raw instanceof BigDecimal number) {
                text = number.stripTrailingZeros().toPlainString();
            }
            Optional<Boolean> read = words.parseYesNo(text);
            if (read.isEmpty()) {
                error(key, "yes-no", text);
            }
            return read;
        }

        <E extends Enum<E>> E choice(String key, String prefix, Class<E> type, boolean required) {
            String text = required ? required(key) : text(key);
            if (text == null) {
                return null;
            }
            Optional<E> read = words.parse(prefix, type, text);
            if (read.isEmpty()) {
                error(key, "choice", text);
            }
            return read.orElse(null);
        }

        LocalDate day(String key) {
            Object raw = raw(key);
            if (raw instanceof BigDecimal serial) {
                try {
                    return EXCEL_EPOCH.plusDays(serial.longValue());
                } catch (ArithmeticException | java.time.DateTimeException e) {
                    error(key, "day", serial.toPlainString());
                    return null;
                }
            }
            String text = required(key);
            if (text == null) {
                return null;
            }
            for (DateTimeFormatter format : DAYS) {
                try {
                    return LocalDate.parse(text, format);
                } catch (DateTimeParseException e) {
                    // the next way of writing a day
                }
            }
            error(key, "day", text);
            return null;
        }

        /** Whole francs, optional: null when empty. */
        Money amount(String key) {
            Object raw = raw(key);
            String text = text(key);
            if (text == null) {
                return null;
            }
            String digits = raw instanceof BigDecimal number ? number.stripTrailingZeros().toPlainString()
                    : text.replaceAll("(?i)(fcfa|f cfa|xof|francs?|f)$", "").replaceAll("[\\s\u00a0\u202f.,']", "");
            if (!digits.matches("[0-9]{1,16}")) {
                error(key, "amount", text);
                return null;
            }
            long amount = Long.parseLong(digits);
            if (amount > Money.MAX_AMOUNT) {
                error(key, "amount", text);
                return null;
            }
            return Money.xof(amount);
        }
    }

    static String text(Object cell) {
        if (cell == null) {
            return null;
        }
        if (cell instanceof BigDecimal number) {
            return number.stripTrailingZeros().toPlainString();
        }
        return cell.toString();
    }
}
