package org.kafo.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.kafo.model.indicator.FrameworkIndicators;
import org.kafo.server.api.IndicatorsView;

class FiguresTest {

    private static final Texts FRENCH = new Texts(Locale.FRENCH);

    private static IndicatorsView none(LocalDate day) {
        return IndicatorsView.of(FrameworkIndicators.none(day));
    }

    @Test
    void a_framework_has_its_meetings_over_its_cycles_and_its_needs_by_sector() {
        // given two moments (a cycle's end, today) and the needs of two sectors
        List<Figures.Moment> moments = List.of(new Figures.Moment("Cycle 1", none(LocalDate.of(2008, 7, 9))),
                new Figures.Moment("Aujourd’hui", none(LocalDate.of(2026, 1, 5))));
        List<Figures.SectorNeeds> sectors = List.of(new Figures.SectorNeeds("Petite irrigation", 3, 2, 1),
                new Figures.SectorNeeds("Maraîchage", 1, 0, 0));

        // when its charts are made
        List<BarChart> charts = Figures.charts(FRENCH, moments, sectors);

        // then each chart has its rows, in French, the meetings one per moment
        assertThat(charts).extracting(BarChart::id).containsExactly("chart-meetings", "chart-actions",
                "chart-contributions", "chart-needs", "chart-sectors");
        assertThat(charts.get(0).rows()).extracting(BarChart.Row::label).containsExactly("Cycle 1", "Aujourd’hui");
        assertThat(charts.get(0).series()).containsExactly("dues", "tenues");
        assertThat(charts.get(1).rows()).extracting(BarChart.Row::label).containsExactly("Prévue", "En cours",
                "Bloquée", "Réalisée", "Reportée", "Abandonnée");
        assertThat(charts.get(4).rows().get(0).values()).containsExactly(BigInteger.valueOf(3), BigInteger.TWO,
                BigInteger.ONE);
        assertThat(charts.get(4).title()).isEqualTo("Besoins par filière");
    }

    @Test
    void a_part_of_the_territory_without_data_has_its_charts_say_so() {
        List<BarChart> charts = Figures.charts(FRENCH, List.of(new Figures.Moment("Aujourd’hui",
                none(LocalDate.of(2026, 1, 5)))), List.of());

        assertThat(charts).hasSize(4).allMatch(BarChart::isEmpty);
        assertThat(charts.get(0).svg()).contains("Pas encore de données.");
    }

    @Test
    void counts_group_their_thousands() {
        assertThat(Figures.counts(FRENCH).apply(BigInteger.valueOf(1_234_567))).isEqualTo("1\u00a0234\u00a0567");
        assertThat(Figures.counts(new Texts(Locale.ENGLISH)).apply(BigInteger.valueOf(1_234_567)))
                .isEqualTo("1\u00a0234\u00a0567");
    }
}
