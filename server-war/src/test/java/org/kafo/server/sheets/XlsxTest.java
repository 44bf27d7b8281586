package org.kafo.server.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

class XlsxTest {

    @Test
    void a_sheet_is_a_workbook_named_in_its_language_with_numbers_as_numbers_and_days_as_dates() throws Exception {
        // given
        Sheet sheet = CsvTest.TABLE.sheet(CsvTest.LINES, Words.of(Locale.FRENCH, null));

        // when
        byte[] xlsx = Format.XLSX.write(sheet);

        // then
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx), new ReadingOptions(true, false))) {
            assertThat(workbook.getFirstSheet().getName()).isEqualTo("Besoins");
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows).hasSize(5);
            assertThat(rows.get(0).getCellText(0)).isEqualTo("Description");
            assertThat(rows.get(0).getCellText(1)).isEqualTo("Coût estimé (FCFA)");
            assertThat(rows.get(1).getCellText(0)).isEqualTo("Forage à Dioro, \"grand\" modèle");
            assertThat(rows.get(1).getCell(1).getType()).isEqualTo(CellType.NUMBER);
            assertThat(rows.get(1).getCell(1).asNumber()).isEqualByComparingTo(new BigDecimal(1_500_000));
            assertThat(rows.get(1).getCell(1).getDataFormatString()).isEqualTo("#,##0");
            assertThat(rows.get(1).getCell(2).asDate().toLocalDate()).isEqualTo(LocalDate.of(2026, 3, 14));
            assertThat(rows.get(1).getCell(2).getDataFormatString()).isEqualTo("dd/mm/yyyy");
            assertThat(rows.get(3).getCellText(0)).as("a text stays text in a workbook").isEqualTo("=1+1");
        }
    }

    @Test
    void what_was_written_reads_back_as_the_importer_reads_it() {
        Sheet sheet = CsvTest.TABLE.sheet(CsvTest.LINES, Words.of(Locale.ENGLISH, null));

        List<Rows.Row> rows = Rows.read(Format.XLSX.write(sheet));

        assertThat(rows.get(0).cells()).containsExactly("Description", "Estimated cost (XOF)", "Identified on");
        assertThat(rows.get(2).number()).isEqualTo(3);
        assertThat(rows.get(2).cell(0)).isEqualTo("Magasin\nde stockage");
        assertThat(rows.get(2).cell(1)).isNull();
        assertThat(rows.get(4).cell(1)).isEqualTo(new BigDecimal("250000"));
    }

    @Test
    void a_sheet_name_a_workbook_refuses_is_made_acceptable() {
        assertThat(Xlsx.sheetName("Plans: 2026/2027 [Dioro] et autres choses encore")).hasSizeLessThanOrEqualTo(31)
                .doesNotContain(":", "/", "[", "]");
    }
}
