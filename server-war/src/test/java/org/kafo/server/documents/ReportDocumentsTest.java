package org.kafo.server.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.kafo.model.committee.MonitoringCommittee;
import org.kafo.model.committee.Obstacle;
import org.kafo.model.committee.ProgressReport;
import org.kafo.model.framework.ConsultationFramework;
import org.kafo.model.framework.FrameworkId;
import org.kafo.model.indicator.FrameworkIndicators;
import org.kafo.model.indicator.Headcount;
import org.kafo.model.indicator.TotalsQueries;
import org.kafo.model.plan.ActionPlan;
import org.kafo.model.plan.ActionStatus;
import org.kafo.model.plan.CostShare;
import org.kafo.model.territory.CercleId;
import org.kafo.model.territory.RegionId;
import org.kafo.rules.indicator.Indicators;
import org.kafo.server.api.IndicatorsView;
import org.kafo.server.web.Texts;

class ReportDocumentsTest {

    /** The indicators as the rule engine computes them from the aggregates, where the server asks the database. */
    private static final TotalsQueries TOTALS = new TotalsQueries() {
        @Override
        public FrameworkIndicators ofFramework(FrameworkId framework, LocalDate asOf) {
            return Indicators.of(Dioro.REPOSITORIES, framework, asOf);
        }

        @Override
        public List<FrameworkIndicators> ofCountry(LocalDate asOf) {
            return List.of(Indicators.ofCountry(Dioro.REPOSITORIES, asOf));
        }

        @Override
        public List<FrameworkIndicators> ofRegion(RegionId region, LocalDate asOf) {
            return List.of(Indicators.ofRegion(Dioro.REPOSITORIES, region, asOf));
        }

        @Override
        public List<FrameworkIndicators> ofCercle(CercleId cercle, LocalDate asOf) {
            return List.of(Indicators.ofCercle(Dioro.REPOSITORIES, cercle, asOf));
        }
    };

    private static final ReportPapers REPORTS = new ReportPapers(Dioro.PAPERS, TOTALS);

    private static MonitoringCommittee committee() {
        return Dioro.REPOSITORIES.committees().findByFramework(Dioro.framework().id()).orElseThrow();
    }

    /** The committee's last report on the plan of Dioro's second cycle. */
    private static ProgressReport secondCycleReport() {
        ActionPlan plan = Dioro.plans().get(1);
        return committee().reports().stream().filter(r -> r.plan().equals(plan.id())).reduce((a, b) -> b).orElseThrow();
    }

    @Test
    void the_committee_report_of_dioros_second_cycle_says_where_each_action_stood_and_what_blocked_it_in_french() {
        // given the committee's report on the second cycle's plan
        ProgressReport report = secondCycleReport();
        ActionPlan plan = Dioro.plans().get(1);
        LocalDate day = report.filedOn();

        // when it is printed
        Printed printed = Printed.of(REPORTS.committeeReport(committee(), report.id(), Locale.FRENCH, Dioro.TODAY));

        // then it has the committee of that day, the report, each action and the obstacles, and places to sign
        assertThat(printed.document().name()).isEqualTo("rapport-du-comite-de-suivi-" + day + "-dioro.pdf");
        assertThat(printed.a4()).isTrue();
        assertThat(printed.fontsEmbedded()).as("fonts %s", printed.fonts()).isTrue();
        assertThat(printed.text()).contains("Rapport du comité de suivi", "Région de Ségou", "Commune de Dioro",
                "sur le plan d'action du cycle 2", report.summary().substring(0, 30), "Mandat en vigueur",
                "Pour le comité de suivi, le président", "Reçu pour la commune, le maire", "Page 1 /");
        committee().members().stream().filter(m -> m.isOn(day))
                .forEach(m -> assertThat(printed.text()).contains(m.person().name()));
        plan.actions().forEach(a -> assertThat(printed.text()).contains(a.title().substring(0, 20)));
        long done = plan.actions().stream().filter(a -> a.status() == ActionStatus.DONE)
                .filter(a -> !a.completedOn().isAfter(day)).count();
        long blocked = plan.actions().stream().filter(a -> a.status() == ActionStatus.BLOCKED).count();
        long overdue = plan.actions().stream().filter(a -> a.status() != ActionStatus.BLOCKED)
                .filter(a -> !(a.status() == ActionStatus.DONE && !a.completedOn().isAfter(day)))
                .filter(a -> day.isAfter(a.dueDate())).count();
        long onTime = plan.actions().size() - done - blocked - overdue;
        assertThat(printed.text()).contains("Réalisée " + done + " Dans les délais " + onTime + " En retard " + overdue
                + " Bloquée " + blocked);
        List<Obstacle> raised = committee().obstacles().stream().filter(o -> o.plan().equals(plan.id()))
                .filter(o -> !o.raisedOn().isAfter(day)).toList();
        raised.forEach(o -> assertThat(printed.text()).contains(o.description().substring(0, 20)));
        if (raised.stream().noneMatch(o -> o.resolvedOn() != null && !o.resolvedOn().isAfter(day))) {
            assertThat(printed.text()).contains("Aucun obstacle levé au jour du rapport.");
        }
    }

    @Test
    void the_committee_report_in_english_has_the_same_states_in_english_words() {
        ProgressReport report = secondCycleReport();

        Printed printed = Printed.of(REPORTS.committeeReport(committee(), report.id(), Locale.ENGLISH, Dioro.TODAY));

        assertThat(printed.document().name()).isEqualTo("monitoring-committee-report-" + report.filedOn() + "-dioro.pdf");
        assertThat(printed.text()).contains("Monitoring committee's report", "Region of Ségou",
                "on the action plan of cycle 2", "Where the plan's actions stand", "Done", "On time", "Overdue",
                "Blocked", "For the monitoring committee, its chair");
    }

    @Test
    void the_yearly_report_of_2026_has_the_years_meetings_plans_and_needs_and_the_indicators_with_their_charts() {
        // given Dioro as of 3 December 2026, and its indicators then and at the end of 2025, as the API computes them
        ConsultationFramework framework = Dioro.framework();
        IndicatorsView now = IndicatorsView.of(Indicators.of(Dioro.REPOSITORIES, framework.id(), Dioro.TODAY));
        FrameworkIndicators before = Indicators.of(Dioro.REPOSITORIES, framework.id(), LocalDate.of(2025, 12, 31));
        Headcount came = Indicators.of(Dioro.REPOSITORIES, framework.id(), Dioro.TODAY).attendance().total();
        Headcount earlier = before.attendance().total();

        // when its report of 2026 is printed
        Printed printed = Printed.of(REPORTS.yearly(framework, 2026, Locale.FRENCH, Dioro.TODAY));

        // then its figures are the indicators' own: the year's attendance is what came by today less what came by 2025
        assertThat(printed.document().name()).isEqualTo("rapport-annuel-2026-dioro.pdf");
        assertThat(printed.a4()).isTrue();
        assertThat(printed.fontsEmbedded()).as("fonts %s", printed.fonts()).isTrue();
        assertThat(printed.text()).contains("Rapport annuel", "Année 2026", "Commune de Dioro",
                "Rencontres tenues en 2026", "Plans d'action adoptés en 2026", "Besoins recueillis en 2026",
                "Indicateurs au 3 décembre 2026")
                .doesNotContain("Rien n'a été enregistré");
        assertThat(now.meetings().held()).isGreaterThan(before.meetings().held());
        assertThat(printed.text()).contains("Total " + (came.persons() - earlier.persons()) + " "
                + (came.women() - earlier.women()) + " " + (came.youth() - earlier.youth()));
        assertThat(printed.text()).contains(now.meetings().held() + " / " + now.meetings().due()
                + " rencontres tenues sur celles dues", now.actions().done() + " / " + now.actions().total()
                + " actions réalisées", now.obstacles().open() + " obstacles non résolus");
        Texts t = new Texts(Locale.FRENCH);
        assertThat(printed.text()).contains(t.money(now.contributions().total().pledged().amount())
                .replaceAll("[\\s\\u00a0\\u202f]+", " ") + " promis (espèces et nature)");
        // the charts, each with its numbers beside it
        assertThat(printed.text()).contains("Rencontres tenues et dues", "Actions des plans par état",
                "Contributions promises et versées, par catégorie d'acteur", "Besoins par filière",
                "Les chiffres du graphique", "Réalisée " + now.actions().done(), "Bloquée " + now.actions().blocked());
        // the contributions to the plans running in 2026, added up party by party
        BigInteger pledged = Dioro.plans().stream().filter(p -> p.period().end().getYear() >= 2026)
                .flatMap(p -> p.actions().stream()).flatMap(a -> a.costShares().stream())
                .map(CostShare::pledged).map(m -> BigInteger.valueOf(m.amount())).reduce(BigInteger.ZERO, BigInteger::add);
        assertThat(printed.text()).contains("Total " + t.money(pledged).replaceAll("[\\s\\u00a0\\u202f]+", " "));
    }

    @Test
    void the_yearly_report_in_english_and_a_year_without_anything_still_prints_saying_so() {
        ConsultationFramework framework = Dioro.framework();

        Printed english = Printed.of(REPORTS.yearly(framework, 2026, Locale.ENGLISH, Dioro.TODAY));
        Printed empty = Printed.of(REPORTS.yearly(framework, 2019, Locale.FRENCH, Dioro.TODAY));

        assertThat(english.document().name()).isEqualTo("yearly-report-2026-dioro.pdf");
        assertThat(english.text()).contains("Yearly report", "Year 2026", "Meetings held in 2026", "of whom women",
                "Indicators as of December 3, 2026", "Meetings held and due");
        assertThat(empty.document().name()).isEqualTo("rapport-annuel-2019-dioro.pdf");
        assertThat(empty.text()).contains("Rien n'a été enregistré pour ce cadre en 2019", "Aucune rencontre tenue en 2019.",
                "Le cadre n'avait aucun membre en 2019.",
                "Indicateurs au 31 décembre 2019");
    }
}
