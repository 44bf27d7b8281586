package org.kafo.server.sheets;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One export's definition: its sheet's name ({@code sheet.name.<name>}) and its columns. It makes the
 * {@link Sheet} of some rows in a language, which {@link Format} writes as CSV or XLSX: one
 * definition, whichever the format.
 */
public record Table<R>(String name, List<Column<R>> columns) {

    public Table {
        Objects.requireNonNull(name, "name is required");
        columns = List.copyOf(columns);
    }

    @SafeVarargs
    static <R> Table<R> of(String name, Column<R>... columns) {
        return new Table<>(name, List.of(columns));
    }

    /** The rows in the words' language, followed by {@code blankRows} empty ones (room to fill in by hand). */
    public Sheet sheet(List<R> rows, Words words, int blankRows) {
        List<List<Object>> cells = new ArrayList<>();
        for (R row : rows) {
            List<Object> line = new ArrayList<>();
            for (Column<R> column : columns) {
                line.add(column.value().apply(row));
            }
            cells.add(Collections.unmodifiableList(line));
        }
        for (int i = 0; i < blankRows; i++) {
            cells.add(Collections.nCopies(columns.size(), null));
        }
        return new Sheet(words.get("sheet.name." + name), words.locale(),
                columns.stream().map(c -> words.get("sheet.col." + c.key())).toList(),
                columns.stream().map(Column::kind).toList(), columns.stream().map(Column::width).toList(), cells);
    }

    public Sheet sheet(List<R> rows, Words words) {
        return sheet(rows, words, 0);
    }
}
