package org.kafo.server.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CsvTest {

    record Line(String text, Long amount, LocalDate day) {
    }

    static final Table<Line> TABLE = Table.of("needs",
            Column.text("description", 30, Line::text),
            Column.amount("estimated-cost", Line::amount),
            Column.day("identified-on", Line::day));

    static final List<Line> LINES = List.of(
            new Line("Forage à Dioro, \"grand\" modèle", 1_500_000L, LocalDate.of(2026, 3, 14)),
            new Line("Magasin\nde stockage", null, LocalDate.of(2026, 4, 1)),
            new Line("=1+1", 0L, null),
            new Line("Clôture; grillage", 250_000L, LocalDate.of(2026, 12, 3)));

    @Test
    void a_sheet_is_written_as_rfc_4180_says_in_utf_8_with_a_byte_order_mark() {
        // given
        Sheet sheet = TABLE.sheet(LINES, Words.of(Locale.FRENCH, null));

        // when
        byte[] csv = Format.CSV.write(sheet);

        // then
        assertThat(csv).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        assertThat(new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8)).isEqualTo(
                "Description,Coût estimé (FCFA),Identifié le\r\n"
                + "\"Forage à Dioro, \"\"grand\"\" modèle\",1500000,2026-03-14\r\n"
                + "\"Magasin\nde stockage\",,2026-04-01\r\n"
                + "'=1+1,0,\r\n"
                + "\"Clôture; grillage\",250000,2026-12-03\r\n");
    }

    @Test
    void headers_are_in_the_language_asked_for() {
        byte[] csv = Format.CSV.write(TABLE.sheet(List.of(), Words.of(Locale.ENGLISH, null)));

        assertThat(new String(csv, StandardCharsets.UTF_8)).isEqualTo(
                "\uFEFFDescription,Estimated cost (XOF),Identified on\r\n");
    }

    @Test
    void what_was_written_reads_back_field_for_field() {
        // given
        byte[] csv = Format.CSV.write(TABLE.sheet(LINES, Words.of(Locale.FRENCH, null)));

        // when
        List<Rows.Row> rows = Rows.read(csv);

        // then the record spanning two lines keeps its number, the next one starts after it
        assertThat(rows).extracting(Rows.Row::number).containsExactly(1, 2, 3, 5, 6);
        assertThat(rows.get(1).cells()).containsExactly("Forage à Dioro, \"grand\" modèle", "1500000", "2026-03-14");
        assertThat(rows.get(2).cells()).containsExactly("Magasin\nde stockage", "", "2026-04-01");
        assertThat(rows.get(3).cells()).containsExactly("=1+1", "0", "");
        assertThat(rows.get(4).cells()).containsExactly("Clôture; grillage", "250000", "2026-12-03");
    }

    @Test
    void a_file_excel_saved_in_french_with_semicolons_and_no_mark_reads_as_well() {
        byte[] csv = "Nom et prénom;Organisation;Présent\nAwa Traoré;\"Coop; riz\";oui\n".getBytes(StandardCharsets.UTF_8);

        List<Rows.Row> rows = Rows.read(csv);

        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).cells()).containsExactly("Awa Traoré", "Coop; riz", "oui");
    }
}
