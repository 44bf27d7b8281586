package org.kafo.samples.embedded;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.kafo.model.common.Money;
import org.kafo.model.common.MoneyTotal;
import org.kafo.model.indicator.ActionIndicators;
import org.kafo.model.indicator.ContributionIndicators;
import org.kafo.model.indicator.FrameworkIndicators;
import org.kafo.model.indicator.Headcount;
import org.kafo.model.indicator.NeedIndicators;
import org.kafo.model.indicator.Share;

/** A framework's indicators as lines of text, in French or English (the default). */
public final class IndicatorLines {

    private IndicatorLines() {
    }

    public static List<String> of(FrameworkIndicators indicators, Locale language) {
        Objects.requireNonNull(indicators, "indicators are required");
        boolean fr = Locale.FRENCH.getLanguage().equals(Objects.requireNonNull(language, "language is required")
                .getLanguage());
        ActionIndicators actions = indicators.actions();
        NeedIndicators needs = indicators.needs();
        ContributionIndicators paid = indicators.contributions();
        Headcount people = indicators.attendance().total();
        return List.of(
                (fr ? "Réunions tenues / dues : " : "Meetings held / due: ")
                        + indicators.meetings().held() + " / " + indicators.meetings().due(),
                (fr ? "Actions : %d, réalisées %d, dans les délais %s, en retard %d"
                        : "Actions: %d, done %d, on schedule %s, overdue %d").formatted(actions.total(), actions.done(),
                        share(actions.doneOnScheduleShare(), fr), actions.overdue()),
                (fr ? "Besoins : %d identifiés, dans un plan %s, au PDESC %s, satisfaits %s"
                        : "Needs: %d identified, in a plan %s, in the PDESC %s, met %s").formatted(needs.identified(),
                        share(needs.planShare(), fr), share(needs.pdescShare(), fr), share(needs.metShare(), fr)),
                (fr ? "Contributions : promis %s, versé %s ; part des organisations professionnelles dans les infrastructures %s"
                        : "Contributions: pledged %s, delivered %s; professional organisations' share of infrastructure %s")
                        .formatted(money(paid.total().pledged(), fr), money(paid.total().delivered(), fr),
                                percent(paid.professionalShareOfInfrastructure(), fr)),
                (fr ? "Présences : %d en %d réunions, femmes %s, jeunes %s"
                        : "Attendance: %d in %d meetings, women %s, youth %s").formatted(people.persons(),
                        indicators.attendance().meetings(), share(people.womenShare(), fr),
                        share(people.youthShare(), fr)),
                (fr ? "Comité de suivi : %d rapport(s), %d révision(s) du mandat ; obstacles relevés %d, levés %d"
                        : "Monitoring committee: %d report(s), %d mandate revision(s); obstacles raised %d, resolved %d")
                        .formatted(indicators.committee().reportsFiled(), indicators.committee().mandateRevisions(),
                                indicators.obstacles().raised(), indicators.obstacles().resolved()));
    }

    /** "2 of 3 (66.7 %)", "2 sur 3 (66,7 %)". */
    static String share(Share share, boolean fr) {
        return share.numerator() + (fr ? " sur " : " of ") + share.denominator() + " (" + percent(share, fr) + ")";
    }

    /** "66.7 %", "66,7 %"; "n/a" ("n.d.") when the whole is zero. */
    static String percent(Share share, boolean fr) {
        return share.percent()
                .map(p -> (fr ? p.toPlainString().replace('.', ',') : p.toPlainString()) + " %")
                .orElse(fr ? "n.d." : "n/a");
    }

    /** "8,330,000 XOF", "8 330 000 FCFA". */
    static String money(MoneyTotal money, boolean fr) {
        String digits = money.amount().toString();
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                grouped.append(fr ? ' ' : ',');
            }
            grouped.append(digits.charAt(i));
        }
        boolean xof = Money.XOF.equals(money.currency());
        return grouped + " " + (fr && xof ? "FCFA" : money.currency());
    }
}
