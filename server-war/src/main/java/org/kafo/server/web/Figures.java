package org.kafo.server.web;

import java.math.BigInteger;
import java.time.LocalDate;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.kafo.model.Repositories;
import org.kafo.model.framework.ConsultationFramework;
import org.kafo.model.framework.FrameworkId;
import org.kafo.model.indicator.TotalsQueries;
import org.kafo.model.need.Need;
import org.kafo.model.need.NeedStatus;
import org.kafo.model.organisation.PartyCategory;
import org.kafo.model.plan.ActionPlan;
import org.kafo.server.api.IndicatorsView;

/**
 * The indicators of a framework, a cercle, a region or the country as a page shows them: the
 * API's view, its charts in the page's language, and the places below it (the regions of the
 * country, the cercles of a region, the frameworks of a cercle) with their own links.
 *
 * @param framework  the framework's id for its tabs, null for a part of the territory
 * @param up         the places above, outermost first, for the trail back (empty for the country)
 * @param places     the places below, each with its figures; empty for a framework
 * @param placesKind what the places are, as a key: {@code indicators.regions}, ...
 */
public record Figures(String name, UUID framework, IndicatorsView indicators, List<BarChart> charts, List<Link> up,
        List<Place> places, String placesKind) {

    /** A link of the trail back. */
    public record Link(String name, String href) {
    }

    /** A place below, with its link (null when the reader may not open it) and its figures. */
    public record Place(String name, String href, IndicatorsView indicators) {
    }

    /** The indicators as of one day, under a label: a cycle's end, today. */
    public record Moment(String label, IndicatorsView indicators) {
    }

    /** One sector's needs: raised (and not withdrawn), addressed by a plan, met. */
    public record SectorNeeds(String sector, long raised, long planned, long met) {
    }

    /**
     * A framework's indicators as of a day, as its indicators page shows them and its yearly report
     * prints them: the figures of the day, the meetings at the end of each cycle ended before it, and
     * the needs of each sector (the ones not withdrawn).
     *
     * @param asOfKey the key of the day's label, given the day: {@code indicators.today}, {@code indicators.as-of}
     */
    public static Figures framework(Repositories repositories, TotalsQueries totals, Texts t,
            ConsultationFramework framework, LocalDate asOf, String asOfKey) {
        FrameworkId id = framework.id();
        List<Moment> moments = new ArrayList<>();
        for (ActionPlan plan : repositories.plans().findByFramework(id)) {
            LocalDate end = plan.period().end();
            if (end != null && end.isBefore(asOf)) {
                moments.add(new Moment(t.get("indicators.cycle-end", plan.cycle(), t.date(end)),
                        IndicatorsView.of(totals.ofFramework(id, end))));
            }
        }
        IndicatorsView now = IndicatorsView.of(totals.ofFramework(id, asOf));
        moments.add(new Moment(t.get(asOfKey, t.date(asOf)), now));
        Map<String, long[]> bySector = new TreeMap<>();
        for (Need need : repositories.needs().findByFramework(id)) {
            if (need.status() != NeedStatus.WITHDRAWN && !need.identifiedOn().isAfter(asOf)) {
                long[] counts = bySector.computeIfAbsent(t.sectors(List.of(need.sector().code())), s -> new long[3]);
                counts[0]++;
                counts[1] += need.status() == NeedStatus.OPEN ? 0 : 1;
                counts[2] += need.status() == NeedStatus.MET ? 1 : 0;
            }
        }
        List<SectorNeeds> sectors = bySector.entrySet().stream()
                .map(e -> new SectorNeeds(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2])).toList();
        return new Figures(framework.name(), id.value(), now, charts(t, moments, sectors), List.of(), List.of(), null);
    }

    /**
     * The charts of a framework or a part of the territory: meetings held against due at each moment
     * (a framework's cycles), actions by status, pledged against delivered by party category, the
     * needs from identified to met, and, when known, the needs of each sector.
     */
    public static List<BarChart> charts(Texts t, List<Moment> moments, List<SectorNeeds> sectors) {
        IndicatorsView now = moments.get(moments.size() - 1).indicators();
        List<BarChart> charts = new ArrayList<>();
        charts.add(new BarChart("chart-meetings", t.get("indicators.chart.meetings"),
                List.of(t.get("indicators.due"), t.get("indicators.held")),
                moments.stream().map(m -> BarChart.Row.of(m.label(), m.indicators().meetings().due(),
                        m.indicators().meetings().held())).toList(), counts(t), t.get("indicators.no-data")));
        IndicatorsView.Actions a = now.actions();
        charts.add(counted(t, "chart-actions", "indicators.chart.actions", "indicators.actions",
                new String[] {"action.PLANNED", "action.IN_PROGRESS", "action.BLOCKED", "action.DONE",
                        "action.CARRIED_OVER", "action.DROPPED"},
                a.notStarted(), a.inProgress(), a.blocked(), a.done(), a.carriedOver(), a.dropped()));
        List<BarChart.Row> contributions = new ArrayList<>();
        for (Map.Entry<PartyCategory, IndicatorsView.ContributionValue> entry
                : now.contributions().byCategory().entrySet()) {
            contributions.add(new BarChart.Row(t.of("category", entry.getKey()),
                    List.of(entry.getValue().pledged().amount(), entry.getValue().delivered().amount())));
        }
        charts.add(new BarChart("chart-contributions", t.get("indicators.chart.contributions"),
                List.of(t.get("indicators.pledged"), t.get("indicators.delivered")), contributions, t::money,
                t.get("indicators.no-data")));
        IndicatorsView.Needs n = now.needs();
        charts.add(counted(t, "chart-needs", "indicators.chart.needs", "indicators.needs",
                new String[] {"indicators.needs-identified", "indicators.needs-standing", "indicators.needs-in-plan",
                        "indicators.needs-in-pdesc", "indicators.needs-on-budget", "indicators.needs-met"},
                n.identified(), n.standing(), n.inPlan(), n.inPdesc(), n.onBudgetLine(), n.met()));
        if (!sectors.isEmpty()) {
            charts.add(new BarChart("chart-sectors", t.get("indicators.chart.sectors"),
                    List.of(t.get("indicators.raised"), t.get("indicators.planned"), t.get("indicators.met")),
                    sectors.stream().map(s -> BarChart.Row.of(s.sector(), s.raised(), s.planned(), s.met())).toList(),
                    counts(t), t.get("indicators.no-data")));
        }
        return charts;
    }

    /** A chart of one series of counts, a row for each label's key. */
    private static BarChart counted(Texts t, String id, String title, String series, String[] labels, long... counts) {
        List<BarChart.Row> rows = new ArrayList<>();
        for (int i = 0; i < labels.length; i++) {
            rows.add(BarChart.Row.of(t.get(labels[i]), counts[i]));
        }
        return new BarChart(id, t.get(title), List.of(t.get(series)), rows, counts(t), t.get("indicators.no-data"));
    }

    /** Counts as the page's language groups their thousands. */
    static java.util.function.Function<BigInteger, String> counts(Texts t) {
        return value -> {
            NumberFormat format = NumberFormat.getIntegerInstance(t.locale());
            format.setGroupingUsed(true);
            return format.format(value).replace('\u202f', '\u00a0').replace(',', '\u00a0');
        };
    }
}
