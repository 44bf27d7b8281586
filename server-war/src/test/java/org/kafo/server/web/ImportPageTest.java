package org.kafo.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kafo.model.common.Money;
import org.kafo.model.common.Sector;
import org.kafo.model.framework.FrameworkId;
import org.kafo.model.need.NeedKind;
import org.kafo.model.organisation.OrganisationId;
import org.kafo.rules.RuleBook;
import org.kafo.rules.Verdict;
import org.kafo.rules.command.RecordNeed;
import org.kafo.rules.pact.PactRules;
import org.kafo.server.sheets.ImportReport;
import org.kafo.server.sheets.ImportRow;

class ImportPageTest {

    private static final RuleBook RULES = PactRules.book();
    private static final Texts FRENCH = new Texts(Locale.FRENCH, RULES);
    private static final String SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    private static final ImportPage.Confirm CONFIRM = new ImportPage.Confirm("besoins.xlsx", "UEsDBA==", "seal");

    private static final RecordNeed NEED = new RecordNeed(new FrameworkId(UUID.randomUUID()),
            new OrganisationId(UUID.randomUUID()), Sector.of("small-scale-irrigation"), NeedKind.INVESTMENT,
            "Forage de 60 m", Money.xof(1_500_000), LocalDate.of(2008, 3, 26));

    /** A needs row as the import reads it, by the French headers. */
    private static ImportRow need(int row, RecordNeed command, String skipped, List<ImportRow.CellError> errors,
            List<Verdict> verdicts) {
        return new ImportRow(row, Map.of("Organisation", "Coopérative rizicole", "Filière", "Petite irrigation",
                "Nature du besoin", "Investissement", "Description", "Forage de 60 m", "Coût estimé (FCFA)", "1500000",
                "Identifié le", "2008-03-26"), command, skipped, errors, verdicts);
    }

    @Test
    void a_dry_run_reads_row_by_row_in_the_sheet_s_columns_amounts_and_days_as_the_pages_write_them() {
        ImportReport report = new ImportReport("besoins.xlsx", SHA, List.of(),
                List.of(need(2, NEED, null, List.of(), List.of()),
                        new ImportRow(3, Map.of("Description", "Puits", "État", "Identifié"), null,
                                "Besoin déjà enregistré (il a un état) : laissé tel quel.", List.of(), List.of())),
                null);

        ImportPage.Report page = ImportPage.report("needs", report, FRENCH, RULES, CONFIRM);

        assertThat(page.columns()).containsExactly("Organisation", "Filière", "Nature du besoin", "Description",
                "Coût estimé (FCFA)", "Identifié le");
        assertThat(page.lines()).extracting(ImportPage.Line::outcome).containsExactly("record", "skip");
        assertThat(page.lines().get(0).cells()).containsExactly("Coopérative rizicole", "Petite irrigation",
                "Investissement", "Forage de 60 m", FRENCH.money(1_500_000L), "26 mars 2008");
        assertThat(page.lines().get(1).cells()).containsExactly("", "", "", "Puits", "", "");
        assertThat(page.lines().get(1).note()).startsWith("Besoin déjà enregistré");
        assertThat(page).extracting(ImportPage.Report::toRecord, ImportPage.Report::skipped, ImportPage.Report::problems)
                .containsExactly(1L, 1L, 0L);
        assertThat(page.acceptable()).isTrue();
        assertThat(page.confirm()).isEqualTo(CONFIRM);
        assertThat(page.shortSha256()).isEqualTo("9f86d081884c");
    }

    @Test
    void a_row_in_error_or_a_blocking_verdict_counts_as_a_problem_and_leaves_nothing_to_confirm() {
        ImportRow.CellError wrong = new ImportRow.CellError(4, "Organisation", "organisation",
                "« Coopérative fantôme » n'est pas membre du cadre de concertation.");
        Verdict blocking = Verdict.blocking("EST-1", "EST-1.no-deliberation", "framework", "Cadre", "on",
                LocalDate.of(2008, 3, 20));
        ImportReport report = new ImportReport("besoins.xlsx", SHA, List.of(),
                List.of(need(2, NEED, null, List.of(), List.of(blocking)), need(3, NEED, null, List.of(), List.of()),
                        need(4, null, null, List.of(wrong), List.of())),
                null);

        ImportPage.Report page = ImportPage.report("needs", report, FRENCH, RULES, CONFIRM);

        assertThat(page.lines()).extracting(ImportPage.Line::outcome).containsExactly("refused", "record", "refused");
        assertThat(page.lines().get(0).verdicts()).extracting(VerdictLine::ruleId).containsExactly("EST-1");
        assertThat(page.lines().get(2).errors()).containsExactly(wrong);
        assertThat(page.problems()).isEqualTo(2);
        assertThat(page.confirm()).isNull();
        assertThat(page.acceptable()).isFalse();
    }

    @Test
    void an_attendance_sheet_shows_its_own_columns() {
        ImportReport report = new ImportReport("presences.csv", SHA,
                List.of(new ImportRow.CellError(1, "Présent", "import.column-missing", "La colonne « Présent » manque.")),
                List.of(), null);

        ImportPage.Report page = ImportPage.report("attendance", report, FRENCH, RULES, CONFIRM);

        assertThat(page.columns()).containsExactly("Nom et prénom", "Organisation", "Catégorie", "Femme / homme", "Jeune");
        assertThat(page.sheetErrors()).hasSize(1);
        assertThat(page.acceptable()).isFalse();
    }

    @Test
    void the_notice_of_an_import_names_how_many_were_recorded_and_the_file() {
        assertThat(ImportPages.notice(FRENCH, "import.done-attendance", "12", "feuille.xlsx"))
                .isEqualTo("12 présences enregistrées depuis feuille.xlsx.");
        assertThat(ImportPages.notice(FRENCH, "import.done-needs", "1", "C:\\Documents\\besoins.csv"))
                .isEqualTo("1 besoin enregistré depuis besoins.csv.");
        assertThat(ImportPages.notice(new Texts(Locale.ENGLISH), "import.done-needs", "3", "needs.csv"))
                .isEqualTo("3 needs recorded from needs.csv.");
        assertThat(ImportPages.notice(FRENCH, "needs.recorded", "12", "feuille.xlsx")).isNull();
        assertThat(ImportPages.notice(FRENCH, "import.done-attendance", "douze", "feuille.xlsx")).isNull();
        assertThat(ImportPages.notice(FRENCH, "import.done-attendance", "12", null)).isNull();
        assertThat(ImportPages.notice(FRENCH, null, null, null)).isNull();
    }
}
