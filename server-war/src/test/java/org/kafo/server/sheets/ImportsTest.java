package org.kafo.server.sheets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kafo.model.common.Person;
import org.kafo.model.common.Sex;
import org.kafo.model.meeting.Attendance;
import org.kafo.model.meeting.Meeting;
import org.kafo.model.meeting.MeetingStatus;
import org.kafo.model.organisation.PartyCategory;
import org.kafo.rules.command.RecordAttendance;

/** Paper back into Kafo, on Dioro's demonstration data in memory: the dry run, the application, a wrong row. */
class ImportsTest {

    private Dioro dioro;
    private Meeting meeting;
    private final List<String> requests = new ArrayList<>();

    @BeforeEach
    void dioro() {
        dioro = new Dioro();
        meeting = dioro.repositories.meetings().findByFramework(dioro.framework.id()).stream()
                .filter(m -> m.status() == MeetingStatus.CONVENED).findFirst().orElseThrow();
    }

    private Words french() {
        return Words.of(Locale.FRENCH, dioro.rules);
    }

    /** The meeting's attendance sheet as exported, with the present column filled in row by row (row 2 is the first). */
    private byte[] attendanceSheet(String... presentAndExtraRows) {
        Sheet exported = new Exports(dioro.repositories, french()).attendanceSheet(meeting);
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < exported.rows().size(); i++) {
            List<Object> row = new ArrayList<>(exported.rows().get(i));
            if (i < presentAndExtraRows.length && presentAndExtraRows[i] != null) {
                String[] cells = presentAndExtraRows[i].split("\\|", -1);
                if (cells.length == 1) {
                    row.set(5, cells[0]);
                } else {
                    row = new ArrayList<>(Arrays.asList((Object[]) cells));
                }
            }
            rows.add(row);
        }
        return Format.XLSX.write(new Sheet(exported.name(), exported.language(), exported.headers(), exported.kinds(),
                exported.widths(), rows));
    }

    private ImportReport dryRunAttendance(byte[] sheet) {
        return Imports.attendance("presences.xlsx", sheet, dioro.repositories.meetings().get(meeting.id()),
                dioro.repositories, french(), Dioro.TODAY, dioro.process::check);
    }

    private ImportReport apply(ImportReport report) {
        return Imports.apply(report, dioro.repositories::inUnitOfWork, (command, request) -> {
            requests.add(request);
            return dioro.process.execute(command);
        });
    }

    @Test
    void the_dry_run_of_a_filled_attendance_sheet_says_row_by_row_what_would_be_recorded_and_saves_nothing() {
        // given the mayor and the cooperative's president ticked present, a newcomer written on an empty row
        byte[] sheet = attendanceSheet("x", null, "oui", null, null, null, null, null, null, null,
                "Awa Coulibaly|Coopérative des riziculteurs de Dioro||F|oui|x");

        // when
        ImportReport report = dryRunAttendance(sheet);

        // then
        assertThat(report.sheetErrors()).isEmpty();
        assertThat(report.rows()).filteredOn(ImportRow::recorded).extracting(ImportRow::row).containsExactly(2, 4, 12);
        assertThat(report.rows()).filteredOn(r -> r.row() == 3).singleElement()
                .satisfies(r -> assertThat(r.skipped()).isEqualTo("Absent : rien n'est enregistré."));
        ImportRow newcomer = report.rows().stream().filter(r -> r.row() == 12).findFirst().orElseThrow();
        assertThat(newcomer.values()).containsEntry("Nom et prénom", "Awa Coulibaly")
                .containsEntry("Catégorie", "Organisation professionnelle").containsEntry("Femme / homme", "Femme")
                .containsEntry("Jeune", "oui");
        assertThat(report.acceptable()).isTrue();
        assertThat(dioro.repositories.meetings().get(meeting.id()).attendance()).isEmpty();
    }

    @Test
    void an_acceptable_import_is_applied_through_the_process_and_each_change_names_the_import_and_its_row() {
        // given
        ImportReport report = dryRunAttendance(attendanceSheet("x", "x", "x"));

        // when
        ImportReport applied = apply(report);

        // then
        assertThat(applied.applied()).isNotNull();
        assertThat(dioro.repositories.meetings().get(meeting.id()).attendance()).extracting(a -> a.person().name())
                .containsExactly("Maire de Dioro", "Adjointe au maire de Dioro",
                        "Président, Coopérative des riziculteurs de Dioro");
        assertThat(requests).hasSize(3).first().asString()
                .contains("\"import\":\"" + applied.applied() + "\"", "\"file\":\"presences.xlsx\"",
                        "\"sha256\":\"" + report.sha256() + "\"", "\"row\":2");
        assertThat(requests.get(2)).contains("\"row\":4");
    }

    @Test
    void an_unknown_organisation_is_an_error_of_its_row_and_column_and_refuses_the_whole_import() {
        // given
        byte[] sheet = attendanceSheet("x", "x", null, null, null, null, null, null, null, null,
                "Moussa Diarra|Coopérative fantôme|Organisation professionnelle|Homme|non|x");

        // when
        ImportReport report = dryRunAttendance(sheet);

        // then
        assertThat(report.acceptable()).isFalse();
        assertThat(report.errors()).singleElement().satisfies(error -> {
            assertThat(error.row()).isEqualTo(12);
            assertThat(error.column()).isEqualTo("Organisation");
            assertThat(error.message()).isEqualTo("« Coopérative fantôme » n'est pas membre du cadre de concertation.");
        });
        assertThatThrownBy(() -> apply(report)).isInstanceOf(ImportRefusedException.class);
        assertThat(requests).isEmpty();
        assertThat(dioro.repositories.meetings().get(meeting.id()).attendance()).isEmpty();
    }

    @Test
    void a_row_the_process_refuses_when_applied_refuses_the_whole_import_with_that_row_error_and_nothing_is_saved() {
        // given a dry run that was clean, then someone signed the sheet for the cooperative's president meanwhile
        ImportReport report = dryRunAttendance(attendanceSheet("x", "x", "x"));
        var president = dioro.repositories.meetings().get(meeting.id());
        dioro.process.execute(new RecordAttendance(meeting.id(), List.of(new Attendance(
                dioro.framework.currentMembers().stream().filter(m -> m.category() == PartyCategory.PROFESSIONAL_ORGANISATION)
                        .findFirst().orElseThrow().organisation(), PartyCategory.PROFESSIONAL_ORGANISATION,
                new Person("Président, Coopérative des riziculteurs de Dioro", Sex.MALE, false, null))), Dioro.TODAY));
        assertThat(president.attendance()).isEmpty();

        // when
        ImportRefusedException refused = org.junit.jupiter.api.Assertions.assertThrows(ImportRefusedException.class,
                () -> apply(report));

        // then the fourth row's error, and neither the mayor nor the deputy of rows 2 and 3 is saved
        assertThat(refused.report().errors()).singleElement().satisfies(error -> {
            assertThat(error.row()).isEqualTo(4);
            assertThat(error.code()).isEqualTo("meeting.attendance-twice");
        });
        assertThat(dioro.repositories.meetings().get(meeting.id()).attendance()).extracting(a -> a.person().name())
                .containsExactly("Président, Coopérative des riziculteurs de Dioro");
    }

    @Test
    void a_person_already_on_the_meeting_sheet_is_left_aside() {
        apply(dryRunAttendance(attendanceSheet("x")));

        ImportReport again = dryRunAttendance(attendanceSheet("x", "x"));

        assertThat(again.rows().get(0).skipped()).isEqualTo("Déjà sur la feuille de présence de la rencontre.");
        assertThat(again.rows()).filteredOn(ImportRow::recorded).extracting(ImportRow::row).containsExactly(3);
    }

    @Test
    void cells_that_cannot_be_read_are_errors_of_their_row_and_column() {
        byte[] sheet = attendanceSheet("peut-être", null, "x", null, null, null, null, null, null, null,
                "|Coopérative des riziculteurs de Dioro|Mairie|Z|oui|x");

        ImportReport report = dryRunAttendance(sheet);

        assertThat(report.errors()).extracting(ImportRow.CellError::row, ImportRow.CellError::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "Présent"),
                        org.assertj.core.groups.Tuple.tuple(12, "Nom et prénom"),
                        org.assertj.core.groups.Tuple.tuple(12, "Catégorie"),
                        org.assertj.core.groups.Tuple.tuple(12, "Femme / homme"));
        assertThat(report.acceptable()).isFalse();
    }

    // --- needs

    private ImportReport dryRunNeeds(String csv) {
        return Imports.needs("besoins.csv", csv.getBytes(StandardCharsets.UTF_8), dioro.framework, dioro.repositories,
                french(), organisation -> true, dioro.process::check);
    }

    @Test
    void a_needs_inventory_typed_with_english_headers_records_the_new_needs_and_leaves_the_known_ones() {
        // given the export's own rows (with a state), an empty row, and two new needs
        String csv = """
                Organisation,Sector,Kind of need,Description,Estimated cost (XOF),Identified on,State
                Coopérative des riziculteurs de Dioro,petite irrigation,Investissement,Old need,,2026-06-04,Met
                ,,,,,,
                Coopérative des riziculteurs de Dioro,small-scale-irrigation,Investment,"Forage, 60 m",1 500 000 FCFA,14/11/2026,
                groupement des femmes maraicheres de dioro,Maraîchage,Renforcement des capacités,Formation en gestion,,2026-11-20,
                """;

        // when
        ImportReport report = dryRunNeeds(csv);
        int before = dioro.repositories.needs().findByFramework(dioro.framework.id()).size();
        ImportReport applied = apply(report);

        // then
        assertThat(report.errors()).isEmpty();
        assertThat(report.rows()).extracting(ImportRow::row).containsExactly(2, 4, 5);
        assertThat(report.rows().get(0).skipped()).startsWith("Besoin déjà enregistré");
        assertThat(report.rows().get(1).values()).containsEntry("Coût estimé (FCFA)", "1500000")
                .containsEntry("Identifié le", "2026-11-14").containsEntry("Filière", "petite irrigation");
        assertThat(applied.applied()).isNotNull();
        assertThat(dioro.repositories.needs().findByFramework(dioro.framework.id())).hasSize(before + 2)
                .anySatisfy(need -> {
                    assertThat(need.description()).isEqualTo("Forage, 60 m");
                    assertThat(need.estimatedCost()).hasValueSatisfying(cost -> assertThat(cost.amount()).isEqualTo(1_500_000));
                    assertThat(need.identifiedOn()).isEqualTo(LocalDate.of(2026, 11, 14));
                });
    }

    @Test
    void a_needs_inventory_in_french_with_bad_cells_says_which_cell_of_which_row() {
        String csv = """
                Organisation;Filière;Nature du besoin;Description;Coût estimé (FCFA);Identifié le;État
                Coopérative des riziculteurs de Dioro;petite irrigation;Investissement;Magasin;beaucoup;32/13/2026;
                Coopérative des riziculteurs de Dioro;pêche;Don;;;2026-11-20;
                """;

        ImportReport report = dryRunNeeds(csv);

        assertThat(report.errors()).extracting(ImportRow.CellError::row, ImportRow.CellError::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "Coût estimé (FCFA)"),
                        org.assertj.core.groups.Tuple.tuple(2, "Identifié le"),
                        org.assertj.core.groups.Tuple.tuple(3, "Filière"),
                        org.assertj.core.groups.Tuple.tuple(3, "Nature du besoin"),
                        org.assertj.core.groups.Tuple.tuple(3, "Description"));
        assertThat(report.errors().get(0).message())
                .isEqualTo("« beaucoup » n'est pas un montant en francs CFA (par exemple 1 500 000).");
        assertThat(report.acceptable()).isFalse();
    }

    @Test
    void a_sheet_without_its_columns_or_not_a_sheet_at_all_is_refused_as_a_whole() {
        assertThat(dryRunNeeds("Nom,Prénom\nA,B\n").sheetErrors()).extracting(ImportRow.CellError::column)
                .contains("Organisation", "Filière", "Description");
        assertThat(dryRunNeeds("").sheetErrors()).extracting(ImportRow.CellError::code).containsExactly("sheet.empty");
    }

    @Test
    void the_rules_verdicts_come_with_each_row() {
        // a need of an organisation that is not a professional one: whatever the rule book says, it is on its row
        String csv = """
                Organisation,Sector,Kind of need,Description,Estimated cost (XOF),Identified on,State
                Mairie de Dioro,petite irrigation,Investment,Forage,,2026-11-14,
                """;

        ImportReport report = dryRunNeeds(csv);

        assertThat(report.rows()).singleElement().satisfies(row -> assertThat(row.command()).isNotNull());
        report.rows().get(0).verdicts().forEach(v -> assertThat(v.ruleId()).isNotBlank());
    }
}
