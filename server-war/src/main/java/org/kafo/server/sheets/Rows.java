package org.kafo.server.sheets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.kafo.model.common.InvariantViolationException;

/** A spreadsheet read back: its rows, whatever the format it came in. */
final class Rows {

    private Rows() {
    }

    /**
     * A row as it was read: its number as the spreadsheet shows it (1 is the header), and its cells:
     * text ({@code String}), numbers ({@code BigDecimal}, days too in XLSX), {@code Boolean}, or null.
     */
    record Row(int number, List<Object> cells) {

        Object cell(int index) {
            return index < cells.size() ? cells.get(index) : null;
        }

        boolean isEmpty() {
            return cells.stream().allMatch(c -> c == null || c.toString().isBlank());
        }
    }

    /**
     * The rows of an XLSX workbook's first sheet, or of a CSV file.
     *
     * @throws InvariantViolationException ({@code sheet.unreadable}) if it is neither
     */
    static List<Row> read(byte[] body) {
        if (body == null || body.length == 0) {
            throw new InvariantViolationException("sheet.empty", "the file is empty");
        }
        if (Format.XLSX.isItsContent(body)) {
            try {
                return Xlsx.read(body);
            } catch (IOException | RuntimeException e) {
                throw new InvariantViolationException("sheet.unreadable", "the file is not a workbook that can be read");
            }
        }
        if (body[0] == (byte) 0xD0 && body.length > 1 && body[1] == (byte) 0xCF) {
            throw new InvariantViolationException("sheet.unreadable", "an old Excel file (.xls): save it as .xlsx or .csv");
        }
        try {
            return Csv.read(body);
        } catch (UncheckedIOException e) {
            throw new InvariantViolationException("sheet.unreadable", "the file cannot be read");
        }
    }
}
