package org.kafo.server.sheets;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;

/**
 * XLSX with fastexcel: one worksheet named in the language, the header row bold, filtered and frozen,
 * columns as wide as their kind needs, amounts and counts as numbers, days as dates.
 */
final class Xlsx {

    static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Xlsx() {
    }

    static byte[] write(Sheet sheet) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(out, "Kafo", "1.0")) {
            Worksheet worksheet = workbook.newWorksheet(sheetName(sheet.name()));
            int columns = sheet.headers().size();
            for (int c = 0; c < columns; c++) {
                worksheet.value(0, c, sheet.headers().get(c));
                worksheet.style(0, c).bold().fillColor("E8E8E8").wrapText(true).set();
                worksheet.width(c, Math.max(sheet.widths().get(c), Math.min(40, sheet.headers().get(c).length() + 2)));
            }
            String dayFormat = sheet.language().getLanguage().equals("fr") ? "dd/mm/yyyy" : "yyyy-mm-dd";
            int r = 1;
            for (List<Object> row : sheet.rows()) {
                for (int c = 0; c < columns; c++) {
                    cell(worksheet, r, c, row.get(c), sheet.kinds().get(c), dayFormat);
                }
                r++;
            }
            worksheet.freezePane(0, 1);
            worksheet.setAutoFilter(0, 0, columns - 1);
            worksheet.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void cell(Worksheet sheet, int r, int c, Object value, Column.Kind kind, String dayFormat) {
        if (value == null) {
            return;
        }
        if (value instanceof LocalDate day) {
            sheet.value(r, c, day);
            sheet.style(r, c).format(dayFormat).set();
        } else if (value instanceof Number number) {
            sheet.value(r, c, number);
            String format = switch (kind) {
                case AMOUNT -> "#,##0";
                case PERCENT -> "0.0";
                default -> "0";
            };
            sheet.style(r, c).format(format).set();
        } else {
            sheet.value(r, c, value.toString());
            if (kind == Column.Kind.TEXT && value.toString().length() > 40) {
                sheet.style(r, c).wrapText(true).set();
            }
        }
    }

    /** At most 31 characters, none of {@code []:*?/\}: what a workbook accepts as a sheet's name. */
    static String sheetName(String name) {
        String clean = name.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
        return clean.length() > 31 ? clean.substring(0, 31).strip() : clean;
    }

    /** The first sheet's rows, numbered as the workbook numbers them. */
    static List<Rows.Row> read(byte[] body) throws IOException {
        List<Rows.Row> rows = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(body));
                Stream<org.dhatim.fastexcel.reader.Row> stream = workbook.getFirstSheet().openStream()) {
            stream.forEach(row -> {
                List<Object> cells = new ArrayList<>();
                for (int c = 0; c < row.getCellCount(); c++) {
                    cells.add(value(row.getCell(c)));
                }
                rows.add(new Rows.Row(row.getRowNum(), cells));
            });
        }
        return rows;
    }

    private static Object value(Cell cell) {
        if (cell == null) {
            return null;
        }
        return switch (cell.getType()) {
            case NUMBER -> cell.asNumber();
            case STRING -> cell.asString();
            case BOOLEAN -> cell.asBoolean();
            case FORMULA -> formulaValue(cell);
            default -> null;
        };
    }

    /** A formula's last computed value, as a number when it is one. */
    private static Object formulaValue(Cell cell) {
        String raw = cell.getRawValue();
        if (raw == null) {
            return null;
        }
        try {
            return new BigDecimal(raw);
        } catch (NumberFormatException e) {
            return raw;
        }
    }
}
