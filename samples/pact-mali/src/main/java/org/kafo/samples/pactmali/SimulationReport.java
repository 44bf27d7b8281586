package org.kafo.samples.pactmali;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;
import org.kafo.demo.SimulationResult;
import org.kafo.model.Repositories;
import org.kafo.model.common.Money;
import org.kafo.model.common.MoneyTotal;
import org.kafo.model.indicator.ActionIndicators;
import org.kafo.model.indicator.ContributionIndicators;
import org.kafo.model.indicator.FrameworkIndicators;
import org.kafo.model.indicator.Headcount;
import org.kafo.model.indicator.MeetingIndicators;
import org.kafo.model.indicator.NeedIndicators;
import org.kafo.model.indicator.ObstacleIndicators;
import org.kafo.model.indicator.Share;
import org.kafo.model.organisation.PartyCategory;
import org.kafo.rules.indicator.Indicators;

/**
 * A simulation as text, in French or English: the indicators of each commune, a summary table with
 * the totals of each cercle, each region and all communes, and the verdicts the rules gave. Only
 * names, counts, amounts and days: no id, so that the same story prints the same text.
 */
public final class SimulationReport {

    private final Repositories repositories;
    private final SimulationResult result;
    private final boolean fr;

    /**
     * @param repositories where the simulation was played, to compute the indicators from
     * @param language     French, or English for anything else
     */
    public SimulationReport(Repositories repositories, SimulationResult result, Locale language) {
        this.repositories = Objects.requireNonNull(repositories, "repositories are required");
        this.result = Objects.requireNonNull(result, "result is required");
        this.fr = Locale.FRENCH.getLanguage().equals(Objects.requireNonNull(language, "language is required")
                .getLanguage());
    }

    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add(fr
                ? "PACT Mali, simulation : %d communes, %d cycles trimestriels, graine %d ; indicateurs au %s"
                        .formatted(result.communes().size(), result.cycles(), result.seed(), result.asOf())
                : "PACT Mali, simulation: %d communes, %d quarterly cycles, seed %d; indicators as of %s"
                        .formatted(result.communes().size(), result.cycles(), result.seed(), result.asOf()));
        lines.add(fr ? "(données d'exemple : organisations, besoins, montants et dates sont illustratifs)"
                : "(training data: organisations, needs, amounts and dates are illustrative)");
        for (SimulationResult.Commune commune : result.communes()) {
            lines.add("");
            lines.add("== " + commune.name() + " (" + (fr ? "cercle de " : "cercle of ") + commune.cercle() + ", "
                    + (fr ? "région de " : "region of ") + commune.region() + ")");
            lines.addAll(communeLines(commune, Indicators.of(repositories, commune.framework(), result.asOf())));
        }
        lines.add("");
        lines.add(fr ? "== Synthèse" : "== Summary");
        lines.addAll(table());
        lines.add("");
        lines.add(fr ? "== Verdicts des règles, toutes communes" : "== Verdicts of the rules, all communes");
        result.verdicts().forEach((key, count) -> lines.add(String.format(Locale.ROOT, "%6d  %s", count, key)));
        return lines;
    }

    private List<String> communeLines(SimulationResult.Commune commune, FrameworkIndicators indicators) {
        MeetingIndicators meetings = indicators.meetings();
        ActionIndicators actions = indicators.actions();
        NeedIndicators needs = indicators.needs();
        ContributionIndicators paid = indicators.contributions();
        Headcount people = indicators.attendance().total();
        ObstacleIndicators obstacles = indicators.obstacles();
        return List.of(
                (fr ? "Réunions tenues / dues : %d / %d ; en retard %d, sans quorum %d (convoquées à nouveau)"
                        : "Meetings held / due: %d / %d; late %d, without a quorum %d (convened again)")
                        .formatted(meetings.held(), meetings.due(), commune.lateMeetings(),
                                commune.meetingsWithoutQuorum()),
                (fr ? "Actions : %d, réalisées %d, reportées %d, abandonnées %d, en cours %d ; dans les délais %s"
                        : "Actions: %d, done %d, carried over %d, dropped %d, open %d; on schedule %s")
                        .formatted(actions.total(), actions.done(), actions.carriedOver(), actions.dropped(),
                                actions.planned() + actions.inProgress() + actions.blocked(),
                                share(actions.doneOnScheduleShare())),
                (fr ? "Besoins : %d identifiés (%d en cours de route), dans un plan %s, au PDESC %s, au budget %s, satisfaits %s"
                        : "Needs: %d identified (%d along the way), in a plan %s, in the PDESC %s, on a budget line %s, met %s")
                        .formatted(needs.identified(), commune.needsRaised(), share(needs.planShare()),
                                share(needs.pdescShare()), share(needs.budgetShare()), share(needs.metShare())),
                (fr ? "Contributions : promis %s, versé %s (%s) ; versements en retard %d, non versés dans leur plan %d"
                        : "Contributions: pledged %s, delivered %s (%s); late %d, not delivered within their plan %d")
                        .formatted(money(paid.total().pledged()), money(paid.total().delivered()),
                                percent(paid.total().deliveredShare()), commune.lateContributions(),
                                commune.missedContributions()),
                (fr ? "Investissement de la commune dans ses filières : %s ; part des organisations professionnelles dans les infrastructures : %s"
                        : "Commune investment in its sectors: %s; professional organisations' share of infrastructure: %s")
                        .formatted(money(paid.communeInvestmentInPrioritySectors().pledged()),
                                percent(paid.professionalShareOfInfrastructure())),
                (fr ? "Présences : %d en %d réunions, femmes %s, jeunes %s, organisations professionnelles %d"
                        : "Attendance: %d in %d meetings, women %s, youth %s, professional organisations %d")
                        .formatted(people.persons(), indicators.attendance().meetings(), percent(people.womenShare()),
                                percent(people.youthShare()),
                                indicators.attendance().of(PartyCategory.PROFESSIONAL_ORGANISATION).persons()),
                (fr ? "Comité de suivi : %d rapports, %d révisions du mandat (%d plans sans révision) ; obstacles relevés %d, signalés %d, levés %d"
                        : "Monitoring committee: %d reports, %d mandate revisions (%d plans without); obstacles raised %d, reported %d, resolved %d")
                        .formatted(indicators.committee().reportsFiled(), indicators.committee().mandateRevisions(),
                                commune.mandatesNotRevised(), obstacles.raised(), obstacles.reported(),
                                obstacles.resolved()));
    }

    // ---- the summary table

    private List<String> table() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(fr
                ? List.of("Commune", "Réunions", "Sans quorum", "Actions", "Dans les délais", "Besoins satisfaits",
                        "Versé", "Part OP infra.", "Femmes", "Obstacles levés")
                : List.of("Commune", "Meetings", "No quorum", "Actions", "On schedule", "Needs met", "Delivered",
                        "Prof. infra. share", "Women", "Obstacles solved"));
        for (SimulationResult.Commune commune : result.communes()) {
            rows.add(row(commune.name(), Indicators.of(repositories, commune.framework(), result.asOf()),
                    Integer.toString(commune.meetingsWithoutQuorum())));
        }
        List<List<String>> totals = new ArrayList<>();
        totals.add(rows.get(0).stream().map(h -> "").toList());
        List<String> cercles = result.communes().stream().map(SimulationResult.Commune::cercle).distinct().toList();
        for (String cercle : cercles) {
            SimulationResult.Commune first = result.communes().stream().filter(c -> c.cercle().equals(cercle))
                    .findFirst().orElseThrow();
            totals.add(row((fr ? "Cercle de " : "Cercle of ") + cercle,
                    Indicators.ofCercle(repositories, first.cercleId(), result.asOf()),
                    withoutQuorum(c -> c.cercle().equals(cercle))));
        }
        List<String> regions = result.communes().stream().map(SimulationResult.Commune::region).distinct().toList();
        for (String region : regions) {
            SimulationResult.Commune first = result.communes().stream().filter(c -> c.region().equals(region))
                    .findFirst().orElseThrow();
            totals.add(row((fr ? "Région de " : "Region of ") + region,
                    Indicators.ofRegion(repositories, first.regionId(), result.asOf()),
                    withoutQuorum(c -> c.region().equals(region))));
        }
        totals.add(row(fr ? "Toutes les communes" : "All communes",
                Indicators.ofCountry(repositories, result.asOf()), withoutQuorum(c -> true)));
        List<List<String>> all = new ArrayList<>(rows);
        all.addAll(totals);
        return format(all);
    }

    private String withoutQuorum(Predicate<SimulationResult.Commune> selected) {
        return Integer.toString(result.communes().stream().filter(selected)
                .mapToInt(SimulationResult.Commune::meetingsWithoutQuorum).sum());
    }

    /** A commune's row, or the row of several added up. */
    private List<String> row(String name, FrameworkIndicators indicators, String withoutQuorum) {
        MeetingIndicators meetings = indicators.meetings();
        ActionIndicators actions = indicators.actions();
        ContributionIndicators paid = indicators.contributions();
        ObstacleIndicators obstacles = indicators.obstacles();
        return List.of(name, meetings.held() + "/" + meetings.due(), withoutQuorum,
                Long.toString(actions.total()), percent(actions.doneOnScheduleShare()),
                percent(indicators.needs().metShare()), percent(paid.total().deliveredShare()),
                percent(paid.professionalShareOfInfrastructure()),
                percent(indicators.attendance().total().womenShare()), obstacles.resolved() + "/" + obstacles.raised());
    }

    /** Columns padded to their widest cell; the first left-aligned, the others right-aligned; a rule under the header. */
    private static List<String> format(List<List<String>> rows) {
        int columns = rows.get(0).size();
        int[] widths = new int[columns];
        for (List<String> row : rows) {
            for (int i = 0; i < columns; i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        List<String> lines = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < columns; i++) {
                String cell = rows.get(r).get(i);
                String pad = " ".repeat(widths[i] - cell.length());
                line.append(i == 0 ? cell + pad : "  " + pad + cell);
            }
            lines.add(line.toString().stripTrailing());
            if (r == 0) {
                lines.add("-".repeat(line.toString().stripTrailing().length()));
            }
        }
        return lines;
    }

    // ---- numbers

    private String share(Share share) {
        return share.numerator() + (fr ? " sur " : " of ") + share.denominator() + " (" + percent(share) + ")";
    }

    private String percent(Share share) {
        return share.percent()
                .map(p -> (fr ? p.toPlainString().replace('.', ',') : p.toPlainString()) + " %")
                .orElse(fr ? "n.d." : "n/a");
    }

    private String money(MoneyTotal money) {
        String digits = money.amount().toString();
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                grouped.append(fr ? ' ' : ',');
            }
            grouped.append(digits.charAt(i));
        }
        return grouped + " " + (fr && Money.XOF.equals(money.currency()) ? "FCFA" : money.currency());
    }
}
