package org.kafo.server.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kafo.model.meeting.Meeting;
import org.kafo.model.meeting.MeetingStatus;
import org.kafo.model.plan.ActionPlan;
import org.kafo.rules.indicator.Indicators;
import org.kafo.server.api.IndicatorsView;

/** Dioro's sheets from the demonstration data; each is also written under target/sheets/ for a person to look at. */
class ExportsTest {

    private static Dioro dioro;
    private static Exports french;
    private static Exports english;

    @BeforeAll
    static void demo_data() {
        dioro = new Dioro();
        french = new Exports(dioro.repositories, Words.of(Locale.FRENCH, dioro.rules));
        english = new Exports(dioro.repositories, Words.of(Locale.ENGLISH, dioro.rules));
    }

    @Test
    void plans_and_actions_have_one_row_per_action_with_amounts_as_numbers_and_days_as_dates() throws IOException {
        // when
        Sheet sheet = french.actions(dioro.framework.id());

        // then
        List<ActionPlan> plans = dioro.repositories.plans().findByFramework(dioro.framework.id());
        assertThat(plans).hasSize(2);
        assertThat(sheet.rows()).hasSize(plans.stream().mapToInt(p -> p.actions().size()).sum());
        assertThat(sheet.name()).isEqualTo("Plans et actions");
        assertThat(sheet.headers()).startsWith("Cycle", "Début du plan", "Fin du plan", "Action", "Filière")
                .contains("Responsable", "Échéance", "Coût estimé", "État", "Inscription au PDESC");
        List<Object> first = sheet.rows().get(0);
        assertThat(first.get(0)).isEqualTo(1);
        assertThat(first.get(1)).isInstanceOf(LocalDate.class);
        assertThat(first.get(8)).isInstanceOf(Long.class);
        assertThat(sheet.rows()).allSatisfy(row -> assertThat(row.get(6)).asString().isNotBlank());
        assertThat(english.actions(dioro.framework.id()).headers()).contains("Responsible party", "Due", "Status");
        keep(sheet, "dioro-actions");
    }

    @Test
    void contributions_have_one_row_per_party_share_with_what_is_outstanding() throws IOException {
        Sheet sheet = french.contributions(dioro.framework.id());

        long shares = dioro.repositories.plans().findByFramework(dioro.framework.id()).stream()
                .flatMap(p -> p.actions().stream()).mapToLong(a -> a.costShares().size()).sum();
        assertThat(sheet.rows()).hasSize((int) shares).isNotEmpty();
        assertThat(sheet.headers()).containsExactly("Cycle", "Action", "Acteur", "Catégorie", "Forme", "Promis", "Versé",
                "Reste à verser", "Devise");
        assertThat(sheet.rows()).allSatisfy(row -> assertThat((Long) row.get(5) - (Long) row.get(6)).isEqualTo(row.get(7)));
        keep(sheet, "dioro-contributions");
    }

    @Test
    void attendance_has_one_row_per_person_present_at_each_held_meeting() throws IOException {
        Sheet sheet = french.attendance(dioro.framework.id());

        List<Meeting> held = dioro.repositories.meetings().findByFramework(dioro.framework.id()).stream()
                .filter(Meeting::isHeld).toList();
        assertThat(sheet.rows()).hasSize(held.stream().mapToInt(m -> m.attendance().size()).sum()).isNotEmpty();
        assertThat(sheet.headers()).containsExactly("Rencontre n°", "Tenue le", "Nom et prénom", "Organisation",
                "Catégorie", "Femme / homme", "Jeune");
        assertThat(sheet.rows()).allSatisfy(row -> {
            assertThat(row.get(5)).isIn("Femme", "Homme");
            assertThat(row.get(6)).isIn("oui", "non");
        });
        keep(sheet, "dioro-attendance");
    }

    @Test
    void needs_show_who_raised_them_in_which_sector_and_the_inventory_has_room_for_more() throws IOException {
        Sheet needs = french.needs(dioro.framework.id());
        Sheet inventory = french.needsInventory(dioro.framework.id());

        assertThat(needs.rows()).hasSize(dioro.repositories.needs().findByFramework(dioro.framework.id()).size());
        assertThat(needs.headers()).containsExactly("Organisation", "Filière", "Nature du besoin", "Description",
                "Coût estimé (FCFA)", "Identifié le", "État");
        assertThat(inventory.rows()).hasSize(needs.rows().size() + Exports.BLANK_ROWS);
        keep(needs, "dioro-needs");
        keep(inventory, "dioro-needs-inventory");
    }

    @Test
    void the_attendance_sheet_to_fill_lists_the_members_representatives_by_category() throws IOException {
        // given the meeting convened after the second plan
        Meeting next = dioro.repositories.meetings().findByFramework(dioro.framework.id()).stream()
                .filter(m -> m.status() == MeetingStatus.CONVENED || m.status() == MeetingStatus.PLANNED)
                .findFirst().orElseThrow();

        // when
        Sheet sheet = french.attendanceSheet(next);

        // then
        assertThat(sheet.name()).isEqualTo("Feuille de présence");
        assertThat(sheet.headers()).containsExactly("Nom et prénom", "Organisation", "Catégorie", "Femme / homme", "Jeune",
                "Présent");
        long representatives = dioro.framework.currentMembers().stream()
                .mapToLong(m -> Math.max(1, m.representatives().size())).sum();
        assertThat(sheet.rows()).hasSize((int) representatives + Exports.BLANK_ROWS);
        assertThat(sheet.rows().get(0).get(2)).isEqualTo("Mairie");
        assertThat(sheet.rows()).allSatisfy(row -> assertThat(row.get(5)).isNull());
        keep(sheet, "dioro-attendance-sheet");
        keep(english.attendanceSheet(next), "dioro-attendance-sheet-en");
    }

    @Test
    void indicators_have_one_row_per_figure_with_the_figures_of_the_api() throws IOException {
        // given
        IndicatorsView view = IndicatorsView.of(Indicators.of(dioro.repositories, dioro.framework.id(), Dioro.TODAY));

        // when
        Sheet sheet = french.indicators("Dioro", view);

        // then
        assertThat(sheet.headers()).containsExactly("Territoire", "Au", "Domaine", "Indicateur", "Valeur", "Sur",
                "Pourcentage", "Unité");
        assertThat(row(sheet, "Rencontres tenues (sur les dues)").subList(4, 6))
                .containsExactly(view.meetings().heldOfDue().numerator(), view.meetings().heldOfDue().denominator());
        assertThat(row(sheet, "Actions des plans").get(4)).isEqualTo(view.actions().total());
        assertThat(row(sheet, "Contributions promises").get(4)).isEqualTo(view.contributions().total().pledged().amount());
        assertThat(row(sheet, "Contributions promises").get(7)).isEqualTo("FCFA");
        assertThat(row(sheet, "Femmes présentes").get(6)).isEqualTo(view.attendance().total().womenShare().percent());
        assertThat(sheet.rows()).allSatisfy(r -> {
            assertThat(r.get(0)).isEqualTo("Dioro");
            assertThat(r.get(1)).isEqualTo(Dioro.TODAY);
            assertThat(r.get(6) == null || r.get(6) instanceof BigDecimal).isTrue();
        });
        keep(sheet, "dioro-indicators");
    }

    private static List<Object> row(Sheet sheet, String figure) {
        return sheet.rows().stream().filter(r -> figure.equals(r.get(3))).findFirst().orElseThrow();
    }

    /** Writes the sheet in both formats under target/sheets/ for a person to open. */
    static void keep(Sheet sheet, String name) throws IOException {
        Path folder = Path.of("target", "sheets");
        Files.createDirectories(folder);
        for (Format format : Format.values()) {
            Files.write(folder.resolve(name + "." + format.extension()), format.write(sheet));
        }
    }
}
