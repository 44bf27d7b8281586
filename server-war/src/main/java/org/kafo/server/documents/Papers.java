package org.kafo.server.documents;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.kafo.model.Repositories;
import org.kafo.model.framework.FrameworkId;
import org.kafo.model.plan.ActionPlan;
import org.kafo.rules.RuleBook;
import org.kafo.server.web.PlanSheets;
import org.kafo.server.web.Templates;
import org.kafo.server.web.Texts;

/**
 * The papers of a framework, printed in French or English: each is a template of
 * {@code src/main/jte/doc} around the part it shares with its web page (the plan's table is the
 * plan page's), drawn from the repositories as the page draws it, then printed by {@link Pdf}.
 * The caller asked the access policy first, as for the page.
 */
public class Papers {

    final Repositories repositories;
    private final Templates templates;
    private final RuleBook rules;

    public Papers(Repositories repositories, Templates templates, RuleBook rules) {
        this.repositories = repositories;
        this.templates = templates;
        this.rules = rules;
    }

    /** The action plan, for the council and the partners: who does what by when, who pays what, pledged and delivered. */
    public Document plan(ActionPlan plan, Locale language, LocalDate today) {
        Texts t = texts(language);
        PlanSheets.Plan sheet = PlanSheets.plan(repositories, plan, today, null, null);
        Heading heading = heading(plan.framework(), t, "doc.plan.title",
                t.get("plan.cycle-n", plan.cycle()) + " · " + t.date(plan.period().start()) + " – "
                        + t.date(plan.period().end()), today);
        return print(t, heading, "doc/plan.jte", t.get("doc.plan.file", plan.cycle(), heading.commune()), "s", sheet);
    }

    /** The words of a language, with the rule book's labels (sectors). */
    Texts texts(Locale language) {
        return new Texts(language, rules);
    }

    /** The heading of a framework's paper, titled by a key of the messages. */
    Heading heading(FrameworkId framework, Texts t, String titleKey, String subtitle, LocalDate today) {
        return Heading.of(repositories, framework, t.get(titleKey), subtitle, today);
    }

    /**
     * Prints a template of {@code src/main/jte/doc} given {@code t}, {@code h} and its own data by
     * name, to a PDF named from {@code fileWords}.
     */
    Document print(Texts t, Heading heading, String template, String fileWords, Object... namesAndValues) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("t", t);
        parameters.put("h", heading);
        for (int i = 0; i < namesAndValues.length; i += 2) {
            parameters.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return Document.pdf(fileWords, Pdf.of(templates.render(template, parameters)));
    }
}
