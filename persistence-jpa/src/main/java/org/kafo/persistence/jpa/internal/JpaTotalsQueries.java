package org.kafo.persistence.jpa.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kafo.model.common.AggregateNotFoundException;
import org.kafo.model.common.Money;
import org.kafo.model.common.MoneyTotal;
import org.kafo.model.common.Sex;
import org.kafo.model.framework.FrameworkId;
import org.kafo.model.framework.FrameworkStatus;
import org.kafo.model.indicator.ActionIndicators;
import org.kafo.model.indicator.AttendanceIndicators;
import org.kafo.model.indicator.CommitteeIndicators;
import org.kafo.model.indicator.Contribution;
import org.kafo.model.indicator.ContributionIndicators;
import org.kafo.model.indicator.FrameworkIndicators;
import org.kafo.model.indicator.Headcount;
import org.kafo.model.indicator.MeetingIndicators;
import org.kafo.model.indicator.NeedIndicators;
import org.kafo.model.indicator.ObstacleIndicators;
import org.kafo.model.indicator.TotalsQueries;
import org.kafo.model.meeting.MeetingStatus;
import org.kafo.model.need.NeedStatus;
import org.kafo.model.organisation.OrganisationKind;
import org.kafo.model.organisation.PartyCategory;
import org.kafo.model.plan.ActionKind;
import org.kafo.model.plan.ActionStatus;
import org.kafo.model.plan.ContributionForm;
import org.kafo.model.territory.CercleId;
import org.kafo.model.territory.RegionId;
import org.kafo.persistence.jpa.spi.EntityManagerSource;

/**
 * Frameworks' histories added up by the database: nine SQL statements per call, each grouped by
 * framework (or, for a territory's sum, the four largest across the territory), whatever the number
 * of frameworks, and no aggregate loaded; each statement's rows are made into the indicators they
 * count where the statement is written. Portable SQL (H2 2.x and PostgreSQL 15) over the tables
 * of the migrations; enum names and kinds come from the model, so the statements follow it. The
 * meaning is the rule engine's indicators', which the tests compare with these framework by framework.
 *
 * <p>A framework has one monitoring committee, as the port says: a second one would be added up. An
 * action's id is unique across plans, as the domain generates it (a carried-over action gets a new one).
 */
public final class JpaTotalsQueries implements TotalsQueries {

    private static final String OPEN = in(Arrays.stream(ActionStatus.values()).filter(s -> !s.isClosed()));
    private static final String CAPITAL = in(Arrays.stream(ActionKind.values()).filter(ActionKind::isCapitalInvestment));
    private static final String XOF = literal(Money.XOF);
    private static final String CARRIED = "a.status = " + literal(ActionStatus.CARRIED_OVER);
    /** The statuses in the order of {@link ActionIndicators}' counts. */
    private static final List<ActionStatus> BY_STATUS = List.of(ActionStatus.PLANNED, ActionStatus.IN_PROGRESS,
            ActionStatus.BLOCKED, ActionStatus.DONE, ActionStatus.CARRIED_OVER, ActionStatus.DROPPED);

    /** The category a party plays: its current membership's, else its kind's (as the rules' situation says). */
    private static final String CATEGORY = "COALESCE(fm.category, CASE o.kind "
            + Arrays.stream(OrganisationKind.values())
                    .map(k -> "WHEN " + literal(k) + " THEN " + literal(k.category())).collect(Collectors.joining(" "))
            + " END)";

    private final EntityManagerSource entityManagers;

    public JpaTotalsQueries(EntityManagerSource entityManagers) {
        this.entityManagers = Objects.requireNonNull(entityManagers, "entity managers are required");
    }

    @Override
    public FrameworkIndicators ofFramework(FrameworkId framework, LocalDate asOf) {
        Objects.requireNonNull(framework, "framework is required");
        Objects.requireNonNull(asOf, "as-of day is required");
        Scope scope = new Scope("sf.id, sf.proposed_on, '', ''", "FROM framework sf WHERE sf.id = ?",
                List.of(Keys.key(framework)));
        List<FrameworkIndicators> found = totals(scope, asOf);
        if (found.isEmpty()) {
            throw new AggregateNotFoundException("framework", framework);
        }
        return found.get(0);
    }

    @Override
    public List<FrameworkIndicators> ofCountry(LocalDate asOf) {
        Objects.requireNonNull(asOf, "as-of day is required");
        return totals(inCommunes("", List.of(), asOf), asOf);
    }

    @Override
    public List<FrameworkIndicators> ofRegion(RegionId region, LocalDate asOf) {
        Objects.requireNonNull(region, "region is required");
        Objects.requireNonNull(asOf, "as-of day is required");
        return totals(inCommunes(assignedTo("region_id"), List.of(Keys.key(region), asOf, asOf), asOf), asOf);
    }

    @Override
    public List<FrameworkIndicators> ofCercle(CercleId cercle, LocalDate asOf) {
        Objects.requireNonNull(cercle, "cercle is required");
        Objects.requireNonNull(asOf, "as-of day is required");
        return totals(inCommunes(assignedTo("cercle_id"), List.of(Keys.key(cercle), asOf, asOf), asOf), asOf);
    }

    /** The communes whose assignment on the day is to the territory in {@code column}. */
    private static String assignedTo(String column) {
        return " JOIN commune_assignment sa ON sa.commune_id = sc.id AND sa." + column + " = ?"
                + " AND (sa.effective_from IS NULL OR sa.effective_from <= ?)"
                + " AND (sa.effective_to IS NULL OR sa.effective_to >= ?)";
    }

    /** The frameworks proposed by the day of the communes the join keeps. */
    private static Scope inCommunes(String join, List<Object> joinParameters, LocalDate asOf) {
        List<Object> parameters = new ArrayList<>(joinParameters);
        parameters.add(asOf);
        return new Scope("sf.id, sf.proposed_on, sc.code, sc.id",
                "FROM framework sf JOIN commune sc ON sc.id = sf.commune_id" + join + " WHERE sf.proposed_on <= ?",
                parameters);
    }

    /**
     * Which frameworks: the rows of {@code from} ({@code sf} is the framework), listed with
     * {@code columns} (its id, its proposal day, its commune's code and id, for the order).
     */
    private record Scope(String columns, String from, List<Object> parameters) {

        String list() {
            return "SELECT " + columns + " " + from;
        }

        /** A condition that keeps the rows whose {@code column} names a framework of the scope; its parameters come last. */
        String where(String column) {
            return column + " IN (SELECT sf.id " + from + ")";
        }
    }

    @Override
    public FrameworkIndicators sumOfCountry(LocalDate asOf) {
        Objects.requireNonNull(asOf, "as-of day is required");
        return sum(inCommunes("", List.of(), asOf), asOf);
    }

    @Override
    public FrameworkIndicators sumOfRegion(RegionId region, LocalDate asOf) {
        Objects.requireNonNull(region, "region is required");
        Objects.requireNonNull(asOf, "as-of day is required");
        return sum(inCommunes(assignedTo("region_id"), List.of(Keys.key(region), asOf, asOf), asOf), asOf);
    }

    @Override
    public FrameworkIndicators sumOfCercle(CercleId cercle, LocalDate asOf) {
        Objects.requireNonNull(cercle, "cercle is required");
        Objects.requireNonNull(asOf, "as-of day is required");
        return sum(inCommunes(assignedTo("cercle_id"), List.of(Keys.key(cercle), asOf, asOf), asOf), asOf);
    }

    private List<FrameworkIndicators> totals(Scope scope, LocalDate day) {
        return entityManagers.withEntityManager(em -> refusedSaves(em, () -> new Tally(em, scope, day, true).each()));
    }

    private FrameworkIndicators sum(Scope scope, LocalDate day) {
        return entityManagers.withEntityManager(em -> refusedSaves(em, () -> new Tally(em, scope, day, false).sum()));
    }

    /** The queries make the unit of work write its pending saves first: a save the database refuses is stale. */
    private static <T> T refusedSaves(EntityManager em, java.util.function.Supplier<T> query) {
        try {
            return query.get();
        } catch (RuntimeException e) {
            throw PendingSaves.of(em).refusal(e);
        }
    }

    /**
     * One call's statements and the indicators their rows make, by framework; or, for a sum, the four
     * that read the most rows (actions, needs, cost shares, attendances) add them up across the scope in
     * the database, one row where there were one per framework (no grouping nor sorting by framework),
     * while the others, a few rows per framework, are still read by framework and added up here.
     */
    private static final class Tally {

        /** The key of the rows of a statement that adds up the whole scope. */
        private static final String ALL = "";

        private final EntityManager em;
        private final Scope scope;
        private final LocalDate day;
        private final boolean byFramework;

        Tally(EntityManager em, Scope scope, LocalDate day, boolean byFramework) {
            this.em = em;
            this.scope = scope;
            this.day = day;
            this.byFramework = byFramework;
        }

        /** What the rows of a statement that adds up by framework or over the scope start with. */
        private String key(String frameworkColumn) {
            return byFramework ? frameworkColumn : "'" + ALL + "'";
        }

        /** The grouping of such a statement: by framework (if by framework), then by the other columns. */
        private String groupBy(String frameworkColumn, String... others) {
            List<String> columns = new ArrayList<>();
            if (byFramework) {
                columns.add(frameworkColumn);
            }
            columns.addAll(List.of(others));
            return columns.isEmpty() ? "" : " GROUP BY " + String.join(", ", columns);
        }

        List<FrameworkIndicators> each() {
            List<String> frameworks = frameworks();
            if (frameworks.isEmpty()) {
                return List.of();
            }
            Statements statements = new Statements();
            return frameworks.stream()
                    .map(id -> statements.indicators(List.of(Keys.id(id, FrameworkId::new)), id)).toList();
        }

        FrameworkIndicators sum() {
            List<String> frameworks = frameworks();
            if (frameworks.isEmpty()) {
                return FrameworkIndicators.none(day);
            }
            return new Statements().indicators(frameworks.stream().map(id -> Keys.id(id, FrameworkId::new)).toList(),
                    ALL);
        }

        /** Every statement's rows, by key: the indicators of a framework, or of the scope. */
        private final class Statements {

            private final Map<String, MeetingIndicators> established = established();
            private final Map<String, MeetingIndicators> plansEnded = plansEnded();
            private final Map<String, MeetingIndicators> held = held();
            private final Map<String, MeetingIndicators> overdue = overdue();
            private final Map<String, Costed> actions = actions();
            private final Map<String, NeedIndicators> needs = needs();
            private final Map<String, ContributionIndicators> contributions = contributions();
            private final Map<String, AttendanceIndicators> attendance = attendance();
            private final Map<String, CommitteeIndicators> committees = committees();
            private final Map<String, ObstacleIndicators> obstacles = obstacles();

            FrameworkIndicators indicators(List<FrameworkId> frameworks, String key) {
                MeetingIndicators meetings = established.getOrDefault(key, MeetingIndicators.NONE)
                        .plus(plansEnded.getOrDefault(key, MeetingIndicators.NONE))
                        .plus(held.getOrDefault(key, MeetingIndicators.NONE))
                        .plus(overdue.getOrDefault(key, MeetingIndicators.NONE));
                Costed costed = actions.getOrDefault(key, Costed.NONE);
                return new FrameworkIndicators(frameworks, day, meetings, costed.actions(),
                        needs.getOrDefault(key, NeedIndicators.NONE),
                        costed.costs().plus(contributions.getOrDefault(key, ContributionIndicators.NONE)),
                        new AttendanceIndicators(meetings.held(), Map.of())
                                .plus(attendance.getOrDefault(key, AttendanceIndicators.NONE)),
                        committees.getOrDefault(key, CommitteeIndicators.NONE),
                        obstacles.getOrDefault(key, ObstacleIndicators.NONE));
            }
        }

        /** The scope's frameworks, commune by commune (by code), then by proposal day and id. */
        private List<String> frameworks() {
            record Listed(String id, UUID uuid, LocalDate proposedOn, String communeCode, String communeId) {
            }
            List<Listed> listed = new ArrayList<>();
            for (Object[] row : rows(scope.list(), scope.parameters())) {
                String id = text(row[0]);
                listed.add(new Listed(id, UUID.fromString(id), day(row[1]), text(row[2]), text(row[3])));
            }
            listed.sort(Comparator.comparing(Listed::communeCode).thenComparing(Listed::communeId)
                    .thenComparing(Listed::proposedOn).thenComparing(Listed::uuid));
            return listed.stream().map(Listed::id).toList();
        }

        /** The first meeting is due once a framework is established: a row per framework established. */
        private Map<String, MeetingIndicators> established() {
            return readByFramework("SELECT sc.framework_id, COUNT(*) FROM framework_status_change sc WHERE sc.status = "
                    + literal(FrameworkStatus.ESTABLISHED) + " AND sc.changed_on <= ? AND "
                    + scope.where("sc.framework_id") + " GROUP BY sc.framework_id",
                    row -> new MeetingIndicators(1, 0), MeetingIndicators::plus, day);
        }

        /** Then one by the end of each plan adopted, once it has come. */
        private Map<String, MeetingIndicators> plansEnded() {
            return readByFramework("SELECT p.framework_id, SUM(CASE WHEN p.period_end <= ? THEN 1 ELSE 0 END)"
                    + " FROM action_plan p WHERE p.adopted_on <= ? AND " + scope.where("p.framework_id")
                    + " GROUP BY p.framework_id",
                    row -> new MeetingIndicators(row.count(1), 0), MeetingIndicators::plus, day, day);
        }

        private Map<String, MeetingIndicators> held() {
            return readByFramework("SELECT m.framework_id, COUNT(*) FROM meeting m WHERE m.held_on <= ? AND "
                    + scope.where("m.framework_id") + " GROUP BY m.framework_id",
                    row -> new MeetingIndicators(0, row.count(1)), MeetingIndicators::plus, day);
        }

        /**
         * A row per framework overdue on the day, as {@code org.kafo.rules.internal.Overdue} says it:
         * established or active by its latest status change on or before the day, the latest plan
         * adopted by then ended before the day, and no meeting numbered after the one that adopted it
         * convened by then (or never convened), not cancelled by then and not held before the day.
         */
        private Map<String, MeetingIndicators> overdue() {
            return readByFramework("SELECT p.framework_id, COUNT(*) FROM action_plan p"
                    + " JOIN framework_status_change sc ON sc.framework_id = p.framework_id"
                    + " LEFT JOIN meeting am ON am.id = p.adopted_at"
                    + " WHERE p.adopted_on <= ? AND p.period_end < ?"
                    + " AND NOT EXISTS (SELECT 1 FROM action_plan lp WHERE lp.framework_id = p.framework_id"
                    + " AND lp.adopted_on <= ? AND lp.cycle > p.cycle)"
                    + " AND sc.changed_on <= ? AND sc.status IN (" + literal(FrameworkStatus.ESTABLISHED) + ", "
                    + literal(FrameworkStatus.ACTIVE) + ")"
                    + " AND NOT EXISTS (SELECT 1 FROM framework_status_change ls WHERE ls.framework_id = sc.framework_id"
                    + " AND ls.changed_on <= ? AND ls.position > sc.position)"
                    + " AND NOT EXISTS (SELECT 1 FROM meeting nm WHERE nm.framework_id = p.framework_id"
                    + " AND nm.sequence_no > COALESCE(am.sequence_no, 0)"
                    + " AND (nm.convened_on IS NULL OR nm.convened_on <= ?)"
                    + " AND (nm.held_on IS NULL OR nm.held_on >= ?)"
                    + " AND NOT (nm.status = " + literal(MeetingStatus.CANCELLED)
                    + " AND (nm.cancelled_on IS NULL OR nm.cancelled_on <= ?)))"
                    + " AND " + scope.where("p.framework_id") + " GROUP BY p.framework_id",
                    row -> new MeetingIndicators(0, 0, row.count(1)), MeetingIndicators::plus,
                    day, day, day, day, day, day, day, day);
        }

        /**
         * The actions' counts, and what they add to the contributions: the actions in other currencies,
         * and the estimated costs in XOF of the actions not carried over, all and infrastructure only.
         */
        private record Costed(ActionIndicators actions, ContributionIndicators costs) {

            static final Costed NONE = new Costed(ActionIndicators.NONE, ContributionIndicators.NONE);

            Costed plus(Costed other) {
                return new Costed(actions.plus(other.actions), costs.plus(other.costs));
            }
        }

        /** By status and schedule, then what the actions cost. */
        private Map<String, Costed> actions() {
            StringBuilder sql = new StringBuilder("SELECT " + key("p.framework_id") + ", COUNT(*)");
            for (ActionStatus status : BY_STATUS) {
                sql.append(", SUM(CASE WHEN a.status = ").append(literal(status)).append(" THEN 1 ELSE 0 END)");
            }
            sql.append(", SUM(CASE WHEN a.due_date <= ? THEN 1 ELSE 0 END)")
                    .append(", SUM(CASE WHEN a.due_date <= ? AND a.status = ").append(literal(ActionStatus.DONE))
                    .append(" AND a.completed_on <= a.due_date THEN 1 ELSE 0 END)")
                    .append(", SUM(CASE WHEN a.status IN ").append(OPEN).append(" AND a.due_date < ? THEN 1 ELSE 0 END)")
                    .append(", SUM(CASE WHEN a.estimated_currency <> ").append(XOF).append(" THEN 1 ELSE 0 END)")
                    .append(", SUM(CASE WHEN a.estimated_currency = ").append(XOF).append(" AND NOT ").append(CARRIED)
                    .append(" THEN a.estimated_amount ELSE 0 END)")
                    .append(", SUM(CASE WHEN a.estimated_currency = ").append(XOF).append(" AND NOT ").append(CARRIED)
                    .append(" AND a.kind = ").append(literal(ActionKind.INFRASTRUCTURE))
                    .append(" THEN a.estimated_amount ELSE 0 END)")
                    .append(" FROM plan_action a JOIN action_plan p ON p.id = a.plan_id WHERE p.adopted_on <= ? AND ")
                    .append(scope.where("p.framework_id")).append(groupBy("p.framework_id"));
            return read(sql.toString(), row -> new Costed(
                    new ActionIndicators(row.count(1), row.count(2), row.count(3), row.count(4), row.count(5),
                            row.count(6), row.count(7), row.count(8), row.count(9), row.count(10)),
                    new ContributionIndicators(row.xof(12), Map.of(), row.xof(13), Contribution.NONE,
                            Contribution.NONE, row.count(11))),
                    Costed::plus, day, day, day, day);
        }

        /** Per need, whether an adopted action of the framework reaches it (and the PDESC, a budget line), then summed. */
        private Map<String, NeedIndicators> needs() {
            String adopted = "p.id IS NOT NULL";
            String sql = "SELECT " + key("x.framework_id") + ", COUNT(*), SUM(x.withdrawn), SUM(x.in_plan), SUM(x.in_pdesc),"
                    + " SUM(x.on_budget), SUM(x.met) FROM ("
                    + "SELECT n.id, n.framework_id,"
                    + " CASE WHEN n.status = " + literal(NeedStatus.WITHDRAWN) + " THEN 1 ELSE 0 END AS withdrawn,"
                    + " CASE WHEN n.status <> " + literal(NeedStatus.WITHDRAWN)
                    + " AND MAX(CASE WHEN " + adopted + " THEN 1 ELSE 0 END) = 1 THEN 1 ELSE 0 END AS in_plan,"
                    + " CASE WHEN n.status <> " + literal(NeedStatus.WITHDRAWN)
                    + " AND MAX(CASE WHEN " + adopted + " AND a.pdesc_entry IS NOT NULL THEN 1 ELSE 0 END) = 1"
                    + " THEN 1 ELSE 0 END AS in_pdesc,"
                    + " CASE WHEN n.status <> " + literal(NeedStatus.WITHDRAWN)
                    + " AND MAX(CASE WHEN " + adopted + " AND a.pdesc_entry IS NOT NULL AND a.budget_line IS NOT NULL"
                    + " THEN 1 ELSE 0 END) = 1 THEN 1 ELSE 0 END AS on_budget,"
                    + " CASE WHEN n.status = " + literal(NeedStatus.MET)
                    + " AND SUM(CASE WHEN na.need_id IS NULL THEN 0 WHEN " + adopted
                    + " AND p.reviewed_on IS NOT NULL AND p.reviewed_on <= ? THEN 0 ELSE 1 END) = 0"
                    + " THEN 1 ELSE 0 END AS met"
                    + " FROM need n"
                    + " LEFT JOIN need_action na ON na.need_id = n.id"
                    + " LEFT JOIN plan_action a ON a.action_id = na.action_id"
                    + " LEFT JOIN action_plan p ON p.id = a.plan_id AND p.framework_id = n.framework_id"
                    + " AND p.adopted_on <= ?"
                    + " WHERE n.identified_on <= ? AND " + scope.where("n.framework_id")
                    + " GROUP BY n.id, n.framework_id, n.status) x" + groupBy("x.framework_id");
            return read(sql, row -> new NeedIndicators(row.count(1), row.count(2), row.count(3), row.count(4),
                    row.count(5), row.count(6)), NeedIndicators::plus, day, day, day);
        }

        /**
         * The cost shares of the XOF actions of the plans adopted, by framework, category, whether the
         * action is an infrastructure and whether it is a capital investment of a priority sector:
         * pledged and delivered, cash and in kind (a carried-over action counts for what was
         * delivered), and what was delivered on carried-over actions (their part of the estimated cost).
         */
        private Map<String, ContributionIndicators> contributions() {
            String cash = "s.contribution_form = " + literal(ContributionForm.CASH);
            String inKind = "s.contribution_form = " + literal(ContributionForm.IN_KIND);
            String pledged = "CASE WHEN " + CARRIED + " THEN s.delivered_amount ELSE s.pledged_amount END";
            String sql = "SELECT " + key("x.framework_id") + ", x.category, x.infrastructure, x.investment,"
                    + " SUM(x.pledged_cash),"
                    + " SUM(x.pledged_in_kind), SUM(x.delivered_cash), SUM(x.delivered_in_kind), SUM(x.carried)"
                    + " FROM (SELECT p.framework_id, " + CATEGORY + " AS category,"
                    + " CASE WHEN a.kind = " + literal(ActionKind.INFRASTRUCTURE) + " THEN 1 ELSE 0 END AS infrastructure,"
                    + " CASE WHEN a.kind IN " + CAPITAL + " AND ps.sector_code IS NOT NULL THEN 1 ELSE 0 END AS investment,"
                    + " CASE WHEN " + cash + " THEN " + pledged + " ELSE 0 END AS pledged_cash,"
                    + " CASE WHEN " + inKind + " THEN " + pledged + " ELSE 0 END AS pledged_in_kind,"
                    + " CASE WHEN " + cash + " THEN s.delivered_amount ELSE 0 END AS delivered_cash,"
                    + " CASE WHEN " + inKind + " THEN s.delivered_amount ELSE 0 END AS delivered_in_kind,"
                    + " CASE WHEN " + CARRIED + " THEN s.delivered_amount ELSE 0 END AS carried"
                    + " FROM plan_action_cost_share s"
                    // by the action's id alone: joined on plan and action, the planner takes the two
                    // columns for independent and expects a handful of rows (nested loops, 6 s at 815 frameworks)
                    + " JOIN plan_action a ON a.action_id = s.action_id"
                    + " JOIN action_plan p ON p.id = a.plan_id"
                    + " LEFT JOIN framework_sector ps ON ps.framework_id = p.framework_id AND ps.sector_code = a.sector_code"
                    + " LEFT JOIN framework_membership fm ON fm.framework_id = p.framework_id"
                    + " AND fm.organisation_id = s.party_id AND fm.effective_to IS NULL"
                    + " LEFT JOIN organisation o ON o.id = s.party_id"
                    + " WHERE p.adopted_on <= ? AND a.estimated_currency = " + XOF + " AND "
                    + scope.where("p.framework_id")
                    + ") x" + groupBy("x.framework_id", "x.category", "x.infrastructure", "x.investment");
            return read(sql, Tally::contribution, ContributionIndicators::plus, day);
        }

        /** One row of {@link #contributions()}: a category's part of some actions. */
        private static ContributionIndicators contribution(Row row) {
            if (row.text(1) == null) {
                throw new IllegalStateException("a party pledged to an action of framework " + row.key()
                        + " is neither a member nor a registered organisation");
            }
            PartyCategory category = PartyCategory.valueOf(row.text(1));
            boolean infrastructure = row.count(2) == 1;
            boolean investment = row.count(3) == 1;
            Contribution part = new Contribution(row.xof(4), row.xof(5), row.xof(6), row.xof(7));
            MoneyTotal carried = row.xof(8);
            return new ContributionIndicators(carried, Map.of(category, part),
                    infrastructure ? carried : MoneyTotal.xof(),
                    infrastructure && category == PartyCategory.PROFESSIONAL_ORGANISATION ? part : Contribution.NONE,
                    investment && category == PartyCategory.MUNICIPALITY ? part : Contribution.NONE, 0);
        }

        /** By category; the meetings held come from {@link #held()}. */
        private Map<String, AttendanceIndicators> attendance() {
            return read("SELECT " + key("m.framework_id") + ", t.category, COUNT(*),"
                    + " SUM(CASE WHEN t.sex = " + literal(Sex.FEMALE) + " THEN 1 ELSE 0 END),"
                    + " SUM(CASE WHEN t.youth THEN 1 ELSE 0 END)"
                    + " FROM meeting_attendance t JOIN meeting m ON m.id = t.meeting_id"
                    + " WHERE m.held_on <= ? AND " + scope.where("m.framework_id")
                    + groupBy("m.framework_id", "t.category"),
                    row -> new AttendanceIndicators(0, Map.of(PartyCategory.valueOf(row.text(1)),
                            new Headcount(row.count(2), row.count(3), row.count(4)))),
                    AttendanceIndicators::plus, day);
        }

        /** A row per committee installed: its reports filed, mandate revisions, members on the day and the women and youth among them. */
        private Map<String, CommitteeIndicators> committees() {
            String onTheDay = " AND cm.effective_from <= ? AND (cm.effective_to IS NULL OR cm.effective_to >= ?)";
            return readByFramework("SELECT c.framework_id,"
                    + " (SELECT COUNT(*) FROM committee_report r WHERE r.committee_id = c.id AND r.filed_on <= ?),"
                    + " (SELECT COUNT(*) FROM committee_mandate md WHERE md.committee_id = c.id AND md.revision > 1"
                    + " AND md.adopted_on <= ?),"
                    + " (SELECT COUNT(*) FROM committee_member cm WHERE cm.committee_id = c.id" + onTheDay + "),"
                    + " (SELECT COUNT(*) FROM committee_member cm WHERE cm.committee_id = c.id"
                    + " AND cm.sex = " + literal(Sex.FEMALE) + onTheDay + "),"
                    + " (SELECT COUNT(*) FROM committee_member cm WHERE cm.committee_id = c.id AND cm.youth" + onTheDay
                    + ") FROM committee c WHERE c.installed_on <= ? AND " + scope.where("c.framework_id"),
                    row -> new CommitteeIndicators(1, row.count(1), row.count(2),
                            new Headcount(row.count(3), row.count(4), row.count(5))),
                    CommitteeIndicators::plus, day, day, day, day, day, day, day, day, day);
        }

        /** Raised, reported to a meeting of the framework held by the day, resolved. */
        private Map<String, ObstacleIndicators> obstacles() {
            return readByFramework("SELECT c.framework_id, COUNT(*),"
                    + " SUM(CASE WHEN mt.held_on <= ? THEN 1 ELSE 0 END),"
                    + " SUM(CASE WHEN o.resolved_on <= ? THEN 1 ELSE 0 END)"
                    + " FROM committee_obstacle o JOIN committee c ON c.id = o.committee_id"
                    + " LEFT JOIN meeting mt ON mt.id = o.reported_to AND mt.framework_id = c.framework_id"
                    + " WHERE o.raised_on <= ? AND " + scope.where("c.framework_id") + " GROUP BY c.framework_id",
                    row -> new ObstacleIndicators(row.count(1), row.count(2), row.count(3)), ObstacleIndicators::plus,
                    day, day, day);
        }

        /**
         * A statement's rows, each made into the indicators it counts, added up by key (a framework, or
         * {@link #ALL}); the statement ends with the scope's condition, its own parameters come first.
         */
        private <T> Map<String, T> read(String sql, Function<Row, T> indicators, BinaryOperator<T> plus,
                Object... parameters) {
            List<Object> all = new ArrayList<>(Arrays.asList(parameters));
            all.addAll(scope.parameters());
            Map<String, T> found = new HashMap<>();
            for (Object[] columns : rows(sql, all)) {
                Row row = new Row(columns);
                found.merge(row.key(), indicators.apply(row), plus);
            }
            return found;
        }

        /**
         * A statement of a few rows per framework, read by framework and, for a sum, added up here: the
         * framework list and the once-per-framework counts stay exact.
         */
        private <T> Map<String, T> readByFramework(String sql, Function<Row, T> indicators, BinaryOperator<T> plus,
                Object... parameters) {
            Map<String, T> found = read(sql, indicators, plus, parameters);
            if (byFramework || found.isEmpty()) {
                return found;
            }
            return Map.of(ALL, found.values().stream().reduce(plus).orElseThrow());
        }

        /** Runs a statement whose {@code ?} are the parameters, in order. */
        private List<Object[]> rows(String sql, List<Object> parameters) {
            StringBuilder numbered = new StringBuilder(sql.length() + 32);
            int index = 0;
            for (int i = 0; i < sql.length(); i++) {
                char ch = sql.charAt(i);
                numbered.append(ch);
                if (ch == '?') {
                    numbered.append(++index);
                }
            }
            if (index != parameters.size()) {
                throw new IllegalStateException(index + " parameters in " + sql + ", " + parameters.size() + " given");
            }
            Query query = em.createNativeQuery(numbered.toString());
            for (int i = 0; i < parameters.size(); i++) {
                query.setParameter(i + 1, parameters.get(i));
            }
            List<?> result = query.getResultList();
            List<Object[]> rows = new ArrayList<>(result.size());
            for (Object row : result) {
                rows.add(row instanceof Object[] columns ? columns : new Object[] {row});
            }
            return rows;
        }
    }

    /**
     * A row of a statement: its key (a framework's id, or the scope's), then its columns, read where the
     * statement that selects them makes them into indicators. Both databases answer a SUM of BIGINT as a
     * NUMERIC, which a long may not hold: amounts are read exactly, counts checked.
     */
    private record Row(Object[] columns) {

        String key() {
            return text(0);
        }

        String text(int column) {
            return JpaTotalsQueries.text(columns[column]);
        }

        /**
         * A count of stored rows: far below a long's range, which {@link BigInteger#longValueExact()}
         * checks rather than let it wrap.
         */
        long count(int column) {
            return amount(columns[column]).longValueExact();
        }

        MoneyTotal xof(int column) {
            return MoneyTotal.xof(amount(columns[column]));
        }
    }

    private static String literal(Object constant) {
        return "'" + constant.toString().replace("'", "''") + "'";
    }

    private static String in(java.util.stream.Stream<? extends Enum<?>> values) {
        return values.map(JpaTotalsQueries::literal).collect(Collectors.joining(", ", "(", ")"));
    }

    private static String text(Object value) {
        return value == null ? null : value.toString().strip();
    }

    /** A number the database answered, exactly; null (a SUM of no rows) is zero. */
    private static BigInteger amount(Object value) {
        if (value == null) {
            return BigInteger.ZERO;
        }
        if (value instanceof BigInteger exact) {
            return exact;
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toBigIntegerExact();
        }
        return BigInteger.valueOf(((Number) value).longValue());
    }

    private static LocalDate day(Object value) {
        if (value instanceof LocalDate date) {
            return date;
        }
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate();
        }
        return LocalDate.parse(text(value));
    }
}
