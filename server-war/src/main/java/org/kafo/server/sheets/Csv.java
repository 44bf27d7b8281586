package org.kafo.server.sheets;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * CSV as RFC 4180 writes it: comma-separated, CRLF after each record, a field quoted when it holds a
 * comma, a quote, CR or LF, its quotes doubled; in UTF-8 with a byte order mark, without which
 * Excel in French reads accents wrong. Days are ISO-8601 ({@code 2026-12-03}), amounts whole francs
 * without separators. A text that a spreadsheet would take for a formula ({@code =}, {@code +},
 * {@code -}, {@code @}) starts with an apostrophe, which reading takes off again.
 *
 * <p>Reading takes what a spreadsheet saves back: with or without the mark, commas or semicolons
 * (Excel in French saves semicolons), CRLF or LF.
 */
final class Csv {

    static final String MEDIA_TYPE = "text/csv";
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private Csv() {
    }

    static byte[] write(Sheet sheet) {
        StringBuilder out = new StringBuilder();
        record(out, new ArrayList<>(sheet.headers()), null);
        for (List<Object> row : sheet.rows()) {
            record(out, row, sheet.kinds());
        }
        byte[] text = out.toString().getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[BOM.length + text.length];
        System.arraycopy(BOM, 0, all, 0, BOM.length);
        System.arraycopy(text, 0, all, BOM.length, text.length);
        return all;
    }

    private static void record(StringBuilder out, List<?> cells, List<Column.Kind> kinds) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(field(cells.get(i), kinds == null ? Column.Kind.TEXT : kinds.get(i)));
        }
        out.append("\r\n");
    }

    private static String field(Object value, Column.Kind kind) {
        if (value == null) {
            return "";
        }
        String text;
        if (value instanceof BigDecimal decimal) {
            text = decimal.toPlainString();
        } else if (value instanceof LocalDate day) {
            text = day.toString();
        } else {
            text = value.toString();
            if (kind == Column.Kind.TEXT && !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
                text = "'" + text;
            }
        }
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\r') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf(';') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }

    /** The records of a CSV file, each a list of its fields as text, numbered from 1 as a spreadsheet numbers rows. */
    static List<Rows.Row> read(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        char separator = separator(text);
        List<Rows.Row> rows = new ArrayList<>();
        List<Object> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int recordLine = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == separator) {
                fields.add(unescape(field.toString()));
                field.setLength(0);
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(unescape(field.toString()));
                rows.add(new Rows.Row(recordLine, List.copyOf(fields)));
                fields.clear();
                field.setLength(0);
                line++;
                recordLine = line;
            } else {
                field.append(c);
            }
        }
        if (!field.isEmpty() || !fields.isEmpty()) {
            fields.add(unescape(field.toString()));
            rows.add(new Rows.Row(recordLine, List.copyOf(fields)));
        }
        return rows;
    }

    private static Object unescape(String text) {
        return text.startsWith("'") && text.length() > 1 && "=+-@".indexOf(text.charAt(1)) >= 0 ? text.substring(1) : text;
    }

    /** Commas, unless the first record has more semicolons than commas outside quotes. */
    private static char separator(String text) {
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }
}
