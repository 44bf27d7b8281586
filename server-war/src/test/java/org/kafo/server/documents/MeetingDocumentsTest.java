package org.kafo.server.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.kafo.model.common.AggregateNotFoundException;
import org.kafo.model.framework.ConsultationFramework;
import org.kafo.model.framework.Membership;
import org.kafo.model.meeting.Meeting;
import org.kafo.model.memory.InMemoryRepositories;
import org.kafo.model.organisation.OrganisationId;
import org.kafo.model.plan.ActionPlan;
import org.kafo.rules.command.ApproveMinutes;
import org.kafo.rules.command.RecordMinutes;
import org.kafo.rules.process.ConsultationProcess;
import org.kafo.server.startup.DemoDataLoader;
import org.kafo.server.web.Templates;

/**
 * Dioro's meeting papers in its second cycle: the convocation of the meeting convened ahead, the
 * attendance sheets, and the minutes of the meeting that adopted plan 2, recorded and approved by
 * some of the parties here (the demonstration data has no minutes). The data is a copy of its own,
 * so that the minutes written here reach no other test's papers.
 */
class MeetingDocumentsTest {

    private static final InMemoryRepositories REPOSITORIES = new InMemoryRepositories();
    private static final ConsultationProcess PROCESS = new ConsultationProcess(REPOSITORIES, Dioro.RULES);
    private static final MeetingPapers PAPERS;
    private static final String MINUTES = """
            Le maire ouvre la séance et rappelle l'ordre du jour.
            Les parties examinent les besoins ouverts et la revue du plan du cycle 1.
            Le plan d'action du cycle 2 est adopté à l'unanimité des parties présentes.""";

    static {
        DemoDataLoader.write(PROCESS, 2, 42L, Dioro.TODAY);
        PAPERS = new MeetingPapers(new Papers(REPOSITORIES, new Templates(), Dioro.RULES), Dioro.RULES, PROCESS);
        Meeting second = meeting(2);
        assertThat(PROCESS.recordMinutes(new RecordMinutes(second.id(), MINUTES, LocalDate.of(2026, 10, 1))).accepted())
                .isTrue();
        assertThat(PROCESS.approveMinutes(new ApproveMinutes(second.id(), member("Mairie"), true, null,
                LocalDate.of(2026, 10, 2))).accepted()).isTrue();
        assertThat(PROCESS.approveMinutes(new ApproveMinutes(second.id(), member("Groupement des femmes"), false,
                "Préciser le calendrier de la formation", LocalDate.of(2026, 10, 5))).accepted()).isTrue();
    }

    @Test
    void the_convocation_of_the_meeting_convened_ahead_gives_its_day_its_agenda_in_order_and_whom_it_convenes() {
        // given Dioro's third meeting, convened on 3 December for the 30th
        Meeting third = meeting(3);

        // when
        Printed printed = Printed.of(PAPERS.convocation(third, Locale.FRENCH, Dioro.TODAY));

        // then
        assertThat(printed.document().name()).isEqualTo("convocation-rencontre-3-dioro.pdf");
        assertThat(printed.a4()).isTrue();
        assertThat(printed.fontsEmbedded()).as("fonts %s", printed.fonts()).isTrue();
        String text = printed.text();
        assertThat(text).contains("Région de Ségou", "Commune de Dioro", "Convocation", "Rencontre n° 3",
                "30 décembre 2026", "Salle de délibération de la mairie", "Convoquée par", "Mairie de Dioro",
                "Ordre du jour", "Sont convoqués", "Le maire de la commune de Dioro", "Fait à Dioro, le 3 décembre 2026",
                "(signature et cachet)", "imprimé le 3 décembre 2026", "Page 1 /");
        assertThat(inOrder(text, "Revue de l'action : Formation des maraîchères",
                "Obstacle : La contribution du PACT attend la prochaine tranche", "Adoption du plan d'action du cycle 3"))
                .isTrue();
        assertThat(inOrder(text, "Mairie", "Organisation professionnelle", "Service technique", "Partenaire",
                "Programme d'appui")).isTrue();
        members().forEach(m -> assertThat(text).contains(name(m)).contains(m.representatives().get(0).name()));
    }

    @Test
    void the_convocation_in_english_reads_the_agenda_in_english() {
        // given
        Meeting third = meeting(3);

        // when
        Printed printed = Printed.of(PAPERS.convocation(third, Locale.ENGLISH, Dioro.TODAY));

        // then
        assertThat(printed.document().name()).isEqualTo("notice-of-meeting-3-dioro.pdf");
        assertThat(printed.text()).contains("Notice of meeting", "Region of Ségou", "Meeting no. 3",
                "Review of action: Formation des maraîchères", "Adoption of the action plan of cycle 3", "Convened",
                "The mayor of the commune of Dioro");
    }

    @Test
    void the_attendance_sheet_lists_dioros_members_and_their_representatives_by_category_with_empty_rows_to_sign() {
        // given the meeting convened ahead, nobody signed yet
        Meeting third = meeting(3);

        // when
        Printed printed = Printed.of(PAPERS.attendanceSheet(third, Locale.FRENCH, Dioro.TODAY));

        // then every representative of every member is on it, under its category, in the categories' order
        assertThat(printed.document().name()).isEqualTo("feuille-de-presence-rencontre-3-dioro.pdf");
        assertThat(printed.a4()).isTrue();
        String text = printed.text();
        assertThat(text).contains("Feuille de présence", "Nom et prénom", "Organisation", "Femme", "Homme", "Jeune",
                "Signature", "Le président de séance").doesNotContain("✓");
        members().forEach(m -> m.representatives().forEach(r -> assertThat(text).contains(r.name())));
        assertThat(inOrder(text, "Maire de Dioro", "Président, Coopérative des riziculteurs de Dioro",
                "Agent, Service local du génie rural de Ségou", "Chargé de programme, ANICT", "Animatrice, PACT")).isTrue();
        // ten representatives, three empty rows under each of the five categories
        assertThat(text).contains(" 25 ").doesNotContain(" 26 ");
        // and every page repeats the meeting's number and day above the columns
        assertThat(printed.pages()).isGreaterThan(1);
        assertThat(count(text, "Rencontre n° 3 · 30 décembre 2026 · Feuille de présence")).isEqualTo(printed.pages());
        assertThat(count(text, "Nom et prénom")).isEqualTo(printed.pages());
    }

    @Test
    void the_attendance_sheet_of_a_held_meeting_ticks_who_was_recorded_present_in_english() {
        // given the meeting that adopted plan 2: five parties signed, one person each
        Meeting second = meeting(2);

        // when
        Printed printed = Printed.of(PAPERS.attendanceSheet(second, Locale.ENGLISH, Dioro.TODAY));

        // then
        assertThat(printed.document().name()).isEqualTo("attendance-sheet-meeting-2-dioro.pdf");
        assertThat(printed.text()).contains("Attendance sheet", "Meeting no. 2", "September 29, 2026", "Woman", "Man",
                "Youth", "Present", "Signature", "Municipality");
        assertThat(count(printed.text(), "✓")).isEqualTo(second.attendance().size()).isEqualTo(5);
    }

    @Test
    void the_minutes_of_the_meeting_that_adopted_plan_2_give_attendance_quorum_deliberations_plans_and_approvals() {
        // given
        Meeting second = meeting(2);
        ActionPlan first = plans().get(0);
        ActionPlan adopted = plans().get(1);

        // when
        Printed printed = Printed.of(PAPERS.minutes(second, Locale.FRENCH, Dioro.TODAY));

        // then the meeting and who came: five persons of five parties, two women, no youth
        assertThat(printed.document().name()).isEqualTo("proces-verbal-rencontre-2-dioro.pdf");
        assertThat(printed.a4()).isTrue();
        String text = printed.text();
        assertThat(text).contains("Procès-verbal", "Rencontre n° 2", "Tenue le", "29 septembre 2026",
                "Procès-verbal établi le", "1 octobre 2026", "Liste de présence", "Maire de Dioro",
                "Présidente, Groupement des femmes maraîchères de Dioro", "Animatrice, PACT",
                "Catégorie Parties Personnes Femmes Jeunes", "Organisation professionnelle 2 2 1 0", "Total 5 5 2 0",
                "Absents : Service local du génie rural de Ségou (Service technique), ANICT (Partenaire)");
        // MEET-1's quorum, as the meeting page shows it
        assertThat(text).contains("Quorum atteint : la rencontre peut délibérer.", "La mairie est présente.",
                "2 organisation(s) professionnelle(s) présente(s) sur 2 ; 1 requise(s).");
        // the deliberations, the plan reviewed and the plan adopted
        assertThat(text).contains("Délibérations", "Le plan d'action du cycle 2 est adopté à l'unanimité",
                "Revue du plan d'action du cycle 1", "Plan d'action adopté : cycle 2", "Contributions par partie");
        first.actions().forEach(a -> assertThat(text).contains(a.title().substring(0, 20)));
        adopted.actions().forEach(a -> assertThat(text).contains(a.title().substring(0, 20)));
        assertThat(inOrder(text, "Revue du plan d'action du cycle 1", "Plan d'action adopté : cycle 2",
                "Approbation par les parties")).isTrue();
        // each party's word: two gave it, five not yet
        assertThat(text).contains("APPROUVÉ Mairie de Dioro 2 octobre 2026",
                "RÉSERVES Groupement des femmes maraîchères de Dioro 5 octobre 2026 · Préciser le calendrier",
                "PAS ENCORE ANICT", "Le président de séance", "Le secrétaire de séance");
        assertThat(count(text, "PAS ENCORE")).isEqualTo(5);
    }

    @Test
    void the_minutes_in_english() {
        // given
        Meeting second = meeting(2);

        // when
        Printed printed = Printed.of(PAPERS.minutes(second, Locale.ENGLISH, Dioro.TODAY));

        // then
        assertThat(printed.document().name()).isEqualTo("minutes-meeting-2-dioro.pdf");
        assertThat(printed.text()).contains("Minutes", "Meeting no. 2", "Present by category", "Total 5 5 2 0",
                "Quorum reached", "Action plan adopted: cycle 2", "Review of the action plan of cycle 1",
                "The chair of the meeting", "The secretary of the meeting");
    }

    @Test
    void a_meeting_without_minutes_has_no_minutes_to_print() {
        assertThatThrownBy(() -> PAPERS.minutes(meeting(3), Locale.FRENCH, Dioro.TODAY))
                .isInstanceOf(AggregateNotFoundException.class);
    }

    private static ConsultationFramework framework() {
        return REPOSITORIES.frameworks().findAll().stream()
                .filter(f -> REPOSITORIES.communes().get(f.commune()).name().equals("Dioro")).findFirst().orElseThrow();
    }

    private static Meeting meeting(int sequence) {
        return REPOSITORIES.meetings().findByFramework(framework().id()).stream().filter(m -> m.sequence() == sequence)
                .findFirst().orElseThrow();
    }

    private static List<ActionPlan> plans() {
        return REPOSITORIES.plans().findByFramework(framework().id()).stream()
                .sorted(Comparator.comparingInt(ActionPlan::cycle)).toList();
    }

    private static List<Membership> members() {
        return framework().currentMembers();
    }

    private static String name(Membership member) {
        return REPOSITORIES.organisations().get(member.organisation()).name();
    }

    private static OrganisationId member(String named) {
        return members().stream().filter(m -> name(m).startsWith(named)).findFirst().orElseThrow().organisation();
    }

    private static boolean inOrder(String text, String... parts) {
        int from = 0;
        for (String part : parts) {
            int at = text.indexOf(part, from);
            if (at < 0) {
                return false;
            }
            from = at + part.length();
        }
        return true;
    }

    private static int count(String text, String part) {
        Matcher matcher = Pattern.compile(Pattern.quote(part)).matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }
}
