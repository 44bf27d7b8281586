package org.kafo.server.sheets;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kafo.model.Repositories;
import org.kafo.model.common.Person;
import org.kafo.model.framework.ConsultationFramework;
import org.kafo.model.framework.FrameworkId;
import org.kafo.model.framework.Membership;
import org.kafo.model.meeting.Attendance;
import org.kafo.model.meeting.Meeting;
import org.kafo.model.need.Need;
import org.kafo.model.organisation.OrganisationId;
import org.kafo.model.organisation.PartyCategory;
import org.kafo.model.plan.Action;
import org.kafo.model.plan.ActionPlan;
import org.kafo.model.plan.CostShare;
import org.kafo.model.plan.PdescReference;
import org.kafo.server.api.IndicatorsView;

/**
 * The sheets of a framework, a meeting and of indicators, in one language: each built from one
 * {@link Table} and the repositories, whichever format it is then written to. The API's resource and
 * the pages both ask this class, so that a sheet has one source.
 */
public final class Exports {

    /** Empty rows at the end of a sheet to fill in by hand. */
    static final int BLANK_ROWS = 15;

    private final Repositories repositories;
    private final Words words;
    private final Map<OrganisationId, String> names = new HashMap<>();
    private final Map<OrganisationId, PartyCategory> categories = new HashMap<>();

    public Exports(Repositories repositories, Words words) {
        this.repositories = repositories;
        this.words = words;
    }

    public Words words() {
        return words;
    }

    // --- plans and actions: one row per action

    record ActionRow(ActionPlan plan, Action action) {
    }

    Table<ActionRow> actionsTable() {
        return Table.of("actions",
                Column.count("cycle", r -> r.plan().cycle()),
                Column.day("plan-start", r -> r.plan().period().start()),
                Column.day("plan-end", r -> r.plan().period().end()),
                Column.text("action", 40, r -> r.action().title()),
                Column.text("sector", 22, r -> words.sector(r.action().sector())),
                Column.text("kind", 22, r -> words.of("actionkind", r.action().kind())),
                Column.text("responsible", 30, r -> name(r.action().responsible())),
                Column.day("due", r -> r.action().dueDate()),
                Column.amount("cost", r -> r.action().estimatedCost().amount()),
                Column.amount("pledged", r -> r.action().pledged().amount()),
                Column.amount("delivered", r -> r.action().delivered().amount()),
                Column.text("currency", 8, r -> r.action().estimatedCost().currency()),
                Column.text("status", 14, r -> words.of("action", r.action().status())),
                Column.day("completed", r -> r.action().completedOn()),
                Column.text("pdesc", 24, r -> r.action().pdescReference().map(PdescReference::pdescEntry).orElse(null)),
                Column.text("budget-line", 18, r -> r.action().pdescReference().map(PdescReference::budgetLine).orElse(null)));
    }

    public Sheet actions(FrameworkId framework) {
        List<ActionRow> rows = new ArrayList<>();
        plans(framework).forEach(plan -> plan.actions().forEach(action -> rows.add(new ActionRow(plan, action))));
        return actionsTable().sheet(rows, words);
    }

    // --- contributions: one row per party's share of an action

    record ContributionRow(ActionPlan plan, Action action, CostShare share) {
    }

    Table<ContributionRow> contributionsTable() {
        return Table.of("contributions",
                Column.count("cycle", r -> r.plan().cycle()),
                Column.text("action", 40, r -> r.action().title()),
                Column.text("party", 30, r -> name(r.share().party())),
                Column.text("category", 22, r -> words.of("category", category(r.share().party()))),
                Column.text("form", 12, r -> words.of("contribution", r.share().form())),
                Column.amount("pledged", r -> r.share().pledged().amount()),
                Column.amount("delivered", r -> r.share().delivered().amount()),
                Column.amount("outstanding", r -> r.share().outstanding().amount()),
                Column.text("currency", 8, r -> r.share().pledged().currency()));
    }

    public Sheet contributions(FrameworkId framework) {
        List<ContributionRow> rows = new ArrayList<>();
        plans(framework).forEach(plan -> plan.actions().forEach(action -> action.costShares()
                .forEach(share -> rows.add(new ContributionRow(plan, action, share)))));
        return contributionsTable().sheet(rows, words);
    }

    // --- attendance: one row per person present at each held meeting

    record AttendanceRow(Meeting meeting, Attendance attendance) {
    }

    Table<AttendanceRow> attendanceTable() {
        return Table.of("attendance",
                Column.count("meeting", r -> r.meeting().sequence()),
                Column.day("held-on", r -> r.meeting().heldOn().orElse(null)),
                Column.text("name", 28, r -> r.attendance().person().name()),
                Column.text("organisation", 30, r -> name(r.attendance().organisation())),
                Column.text("category", 22, r -> words.of("category", r.attendance().category())),
                Column.text("sex", 10, r -> words.of("sex", r.attendance().person().sex())),
                Column.text("youth", 8, r -> words.yesNo(r.attendance().person().youth())));
    }

    public Sheet attendance(FrameworkId framework) {
        List<AttendanceRow> rows = new ArrayList<>();
        repositories.meetings().findByFramework(framework).stream().filter(Meeting::isHeld)
                .sorted(Comparator.comparingInt(Meeting::sequence))
                .forEach(meeting -> meeting.attendance().forEach(a -> rows.add(new AttendanceRow(meeting, a))));
        return attendanceTable().sheet(rows, words);
    }

    // --- the attendance sheet of a convened meeting, to fill in and import back

    /** A line of the sheet to fill: a member's representative (or the member alone, name to write). */
    record SheetLine(String name, OrganisationId organisation, PartyCategory category, Person person) {
    }

    /** The columns of the attendance sheet to fill in, in the order {@link AttendanceImport} reads them. */
    static final List<String> ATTENDANCE_SHEET = List.of("name", "organisation", "category", "sex", "youth", "present");

    Table<SheetLine> attendanceSheetTable() {
        return Table.of("attendance-sheet",
                Column.text("name", 28, SheetLine::name),
                Column.text("organisation", 30, r -> name(r.organisation())),
                Column.text("category", 22, r -> words.of("category", r.category())),
                Column.text("sex", 10, r -> r.person() == null ? null : words.of("sex", r.person().sex())),
                Column.text("youth", 8, r -> r.person() == null ? null : words.yesNo(r.person().youth())),
                Column.text("present", 10, r -> null));
    }

    /**
     * The attendance sheet of a meeting to fill in: the framework's current members by category, each
     * representative on a line (a member with none on one line, the name to write), then empty lines.
     */
    public Sheet attendanceSheet(Meeting meeting) {
        ConsultationFramework framework = repositories.frameworks().get(meeting.framework());
        List<SheetLine> lines = new ArrayList<>();
        framework.currentMembers().stream()
                .sorted(Comparator.comparing(Membership::category).thenComparing(m -> name(m.organisation())))
                .forEach(member -> {
                    if (member.representatives().isEmpty()) {
                        lines.add(new SheetLine(null, member.organisation(), member.category(), null));
                    }
                    member.representatives().forEach(person -> lines
                            .add(new SheetLine(person.name(), member.organisation(), member.category(), person)));
                });
        return attendanceSheetTable().sheet(lines, words, BLANK_ROWS);
    }

    // --- needs: the export, and the inventory to fill in (the same layout, with empty rows)

    /** The columns of the needs sheet, in the order {@link NeedsImport} reads them. */
    static final List<String> NEEDS_SHEET = List.of("organisation", "sector", "need-kind", "description", "estimated-cost",
            "identified-on", "state");

    Table<Need> needsTable() {
        return Table.of("needs",
                Column.text("organisation", 30, n -> name(n.raisedBy())),
                Column.text("sector", 22, n -> words.sector(n.sector())),
                Column.text("need-kind", 24, n -> words.of("needkind", n.kind())),
                Column.text("description", 50, Need::description),
                Column.amount("estimated-cost", n -> n.estimatedCost().map(m -> (Object) m.amount()).orElse(null)),
                Column.day("identified-on", Need::identifiedOn),
                Column.text("state", 16, n -> words.of("needstatus", n.status())));
    }

    public Sheet needs(FrameworkId framework) {
        return needsTable().sheet(needsOf(framework), words);
    }

    /** The needs sheet with empty rows to write new needs in: {@link NeedsImport} records the rows without a state. */
    public Sheet needsInventory(FrameworkId framework) {
        return needsTable().sheet(needsOf(framework), words, BLANK_ROWS);
    }

    private List<Need> needsOf(FrameworkId framework) {
        return repositories.needs().findByFramework(framework).stream()
                .sorted(Comparator.comparing(Need::identifiedOn).thenComparing(Need::description)).toList();
    }

    // --- indicators: one row per figure

    /**
     * One figure of the indicators: where and when, its group and label, its value (a count, an amount,
     * or a share's part), the whole a share is of, and its percentage.
     */
    record Figure(String scope, LocalDate asOf, String group, String figure, Object value, Object outOf,
            BigDecimal percent, String unit) {
    }

    Table<Figure> indicatorsTable() {
        return Table.of("indicators",
                Column.text("scope", 24, Figure::scope),
                Column.day("as-of", Figure::asOf),
                Column.text("group", 18, Figure::group),
                Column.text("figure", 44, Figure::figure),
                new Column<>("value", Column.Kind.AMOUNT, 16, Figure::value),
                new Column<>("out-of", Column.Kind.AMOUNT, 12, Figure::outOf),
                new Column<>("percent", Column.Kind.PERCENT, 10, Figure::percent),
                Column.text("unit", 10, Figure::unit));
    }

    /** The indicators of {@code scope} (a framework's name, a cercle's, a region's, the country). */
    public Sheet indicators(String scope, IndicatorsView view) {
        return indicatorsTable().sheet(new Figures(scope, view).all(), words);
    }

    /** The figures of an {@link IndicatorsView}, in the order the indicators page shows them. */
    private final class Figures {

        private final String scope;
        private final IndicatorsView view;
        private final List<Figure> rows = new ArrayList<>();
        private String group;

        Figures(String scope, IndicatorsView view) {
            this.scope = scope;
            this.view = view;
        }

        List<Figure> all() {
            IndicatorsView.Meetings m = view.meetings();
            group("meetings");
            count("frameworks", view.frameworks().size());
            count("meetings.due", m.due());
            share("meetings.held", m.heldOfDue());
            count("meetings.overdue", m.overdue());
            IndicatorsView.Actions a = view.actions();
            group("actions");
            count("actions.total", a.total());
            count("actions.not-started", a.notStarted());
            count("actions.in-progress", a.inProgress());
            count("actions.blocked", a.blocked());
            count("actions.done", a.done());
            count("actions.carried-over", a.carriedOver());
            count("actions.dropped", a.dropped());
            count("actions.overdue", a.overdue());
            share("actions.done-on-schedule", a.doneOnScheduleShare());
            IndicatorsView.Needs n = view.needs();
            group("needs");
            count("needs.identified", n.identified());
            count("needs.withdrawn", n.withdrawn());
            count("needs.standing", n.standing());
            share("needs.in-plan", n.planShare());
            share("needs.in-pdesc", n.pdescShare());
            share("needs.on-budget", n.budgetShare());
            share("needs.met", n.metShare());
            IndicatorsView.Contributions c = view.contributions();
            group("contributions");
            amount("contributions.estimated", c.estimatedCost(), null);
            contribution("contributions.total", c.total(), null);
            c.byCategory().forEach((category, value) -> contribution("contributions.total", value, category));
            amount("contributions.infrastructure", c.infrastructureCost(), null);
            contribution("contributions.professional-infrastructure", c.professionalInfrastructure(), null);
            share("contributions.professional-share", c.professionalShareOfInfrastructure());
            contribution("contributions.commune-investment", c.communeInvestmentInPrioritySectors(), null);
            count("contributions.other-currencies", c.actionsInOtherCurrencies());
            IndicatorsView.Attendance t = view.attendance();
            group("attendance");
            count("attendance.meetings", t.meetings());
            headcount("attendance", t.total(), null);
            t.byCategory().forEach((category, headcount) -> headcount("attendance", headcount, category));
            IndicatorsView.Committee k = view.committee();
            group("committee");
            count("committee.installed", k.installed());
            count("committee.reports", k.reportsFiled());
            count("committee.revisions", k.mandateRevisions());
            headcount("committee", k.members(), null);
            IndicatorsView.Obstacles o = view.obstacles();
            group("obstacles");
            count("obstacles.raised", o.raised());
            count("obstacles.reported", o.reported());
            count("obstacles.open", o.open());
            share("obstacles.resolved", o.resolvedShare());
            return rows;
        }

        private void group(String key) {
            group = words.get("sheet.group." + key);
        }

        private String label(String key, PartyCategory category) {
            String label = words.get("sheet.fig." + key);
            return category == null ? label : label + " — " + words.of("category", category);
        }

        private void add(String key, PartyCategory category, Object value, Object outOf, BigDecimal percent, String unit) {
            rows.add(new Figure(scope, view.asOf(), group, label(key, category), value, outOf, percent, unit));
        }

        private void count(String key, long value) {
            add(key, null, value, null, null, null);
        }

        private void share(String key, IndicatorsView.ShareValue share) {
            add(key, null, share.numerator(), share.denominator(), share.percent(), null);
        }

        private void amount(String key, IndicatorsView.TotalValue total, PartyCategory category) {
            add(key, category, total.amount(), null, null, currency(total.currency()));
        }

        private void contribution(String key, IndicatorsView.ContributionValue value, PartyCategory category) {
            amount(key + ".pledged", value.pledged(), category);
            BigInteger delivered = value.delivered().amount();
            add(key + ".delivered", category, delivered, value.pledged().amount(), value.deliveredShare().percent(),
                    currency(value.delivered().currency()));
        }

        private void headcount(String key, IndicatorsView.HeadcountValue headcount, PartyCategory category) {
            add(key + ".persons", category, headcount.persons(), null, null, null);
            add(key + ".women", category, headcount.women(), headcount.persons(), headcount.womenShare().percent(), null);
            add(key + ".youth", category, headcount.youth(), headcount.persons(), headcount.youthShare().percent(), null);
        }

        private String currency(String code) {
            return "XOF".equals(code) ? "FCFA" : code;
        }
    }

    // --- what the rows name

    private List<ActionPlan> plans(FrameworkId framework) {
        return repositories.plans().findByFramework(framework).stream()
                .sorted(Comparator.comparingInt(ActionPlan::cycle)).toList();
    }

    /** The framework's name, as file names and titles give it. */
    public String frameworkName(FrameworkId framework) {
        return repositories.frameworks().get(framework).name();
    }

    String name(OrganisationId organisation) {
        return organisation == null ? null
                : names.computeIfAbsent(organisation, id -> repositories.organisations().get(id).name());
    }

    private PartyCategory category(OrganisationId organisation) {
        return categories.computeIfAbsent(organisation, id -> repositories.organisations().get(id).category());
    }
}
