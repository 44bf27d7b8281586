package org.kafo.server.sheets;

import java.util.List;
import java.util.Locale;

/**
 * A table's rows in one language, ready to be written: the sheet's name, the headers, each column's
 * kind and width, and the cells ({@code String}, {@code Number}, {@code LocalDate} or null).
 */
public record Sheet(String name, Locale language, List<String> headers, List<Column.Kind> kinds,
        List<Integer> widths, List<List<Object>> rows) {

    public Sheet {
        headers = List.copyOf(headers);
        kinds = List.copyOf(kinds);
        widths = List.copyOf(widths);
        rows = List.copyOf(rows);
    }
}
