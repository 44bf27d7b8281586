package org.kafo.persistence.jpa.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.kafo.model.common.AggregateNotFoundException;
import org.kafo.model.common.Money;
import org.kafo.model.common.Sex;
import org.kafo.model.framework.FrameworkId;
import org.kafo.model.framework.FrameworkStatus;
import org.kafo.model.need.NeedStatus;
import org.kafo.model.organisation.OrganisationKind;
import org.kafo.model.organisation.PartyCategory;
import org.kafo.model.plan.ActionKind;
import org.kafo.model.plan.ActionStatus;
import org.kafo.model.plan.ContributionForm;
import org.kafo.model.territory.CercleId;
import org.kafo.model.territory.RegionId;
import org.kafo.model.totals.CombinedTotals;
import org.kafo.model.totals.FrameworkTotals.Amounts;
import org.kafo.model.totals.FrameworkTotals.People;
import org.kafo.model.totals.FrameworkTotals;
import org.kafo.model.totals.TotalsQueries;
import org.kafo.persistence.jpa.spi.EntityManagerSource;

/**
 * Frameworks' histories added up by the database: nine SQL statements per call, each grouped by
 * framework (or, for a territory's sum, the four largest across the territory), whatever the number
 * of frameworks, and no aggregate loaded. Portable SQL (H2 2.x and
 * PostgreSQL 15) over the tables of the migrations; enum names and kinds come from the model, so
 * the statements follow it. The meaning is the rule engine's indicators', which the tests compare
 * with these numbers framework by framework.
 *
 * <p>A framework has one monitoring committee, as the port says: a second one would be added up. An
 * action's id is unique across plans, as the domain generates it (a carried-over action gets a new one).
 */
public final class JpaTotalsQueries implements TotalsQueries {

    private static final String CLOSED = in(Arrays.stream(ActionStatus.values()).filter(ActionStatus::isClosed));
    private static final String OPEN = in(Arrays.stream(ActionStatus.values()).filter(s -> !s.isClosed()));
    private static final String CAPITAL = in(Arrays.stream(ActionKind.values()).filter(ActionKind::isCapitalInvestment));
    private static final String XOF = literal(Money.XOF);
    private static final String CARRIED = "a.status = " + literal(ActionStatus.CARRIED_OVER);

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
    public FrameworkTotals ofFramework(FrameworkId framework, LocalDate asOf) {
        Objects.requireNonNull(framework, "framework is required");
        Objects.requireNonNull(asOf, "as-of day is required");
        Scope scope = new Scope("sf.id, sf.proposed_on, '', ''", "FROM framework sf WHERE sf.id = ?",
                List.of(Keys.key(framework)));
        List<FrameworkTotals> found = totals(scope, asOf);
        if (found.isEmpty()) {
            throw new AggregateNotFoundException("framework", framework);
        }
        return found.get(0);
    }

    @Override
    public List<FrameworkTotals> ofCountry(LocalDate asOf) {
        Objects.requireNonNull(asOf, "as-of day is required");
        return totals(inCommunes("", List.of(), asOf), asOf);
    }

    @Override
    public List<FrameworkTotals> ofRegion(RegionId region, LocalDate asOf) {
        Objects.requireNonNull(region, "region is required");
        Objects.requireNonNull(asOf, "as-of day is required");
        return totals(inCommunes(assignedTo("region_id"), List.of(Keys.key(region), asOf, asOf), asOf), asOf);
    }

    @Override
    public List<FrameworkTotals> ofCercle(CercleId cercle, LocalDate asOf) {
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
    public CombinedTotals sumOfCountry(LocalDate asOf) {
        Objects.requireNonNull(asOf, "as-of day is required");
        return sum(inCommunes("", List.of(), asOf), asOf);
    }

    @Override
    public CombinedTotals sumOfRegion(RegionId region, LocalDate asOf) {
        Objects.requireNonNull(region, "region is required");
        Objects.requireNonNull(asOf, "as-of day is required");
        return sum(inCommunes(assignedTo("region_id"), List.of(Keys.key(region), asOf, asOf), asOf), asOf);
    }

    @Override
    public CombinedTotals sumOfCercle(CercleId cercle, LocalDate asOf) {
        Objects.requireNonNull(cercle, "cercle is required");
        Objects.requireNonNull(asOf, "as-of day is required");
        return sum(inCommunes(assignedTo("cercle_id"), List.of(Keys.key(cercle), asOf, asOf), asOf), asOf);
    }

    private List<FrameworkTotals> totals(Scope scope, LocalDate day) {
        return entityManagers.withEntityManager(em -> refusedSaves(em, () -> new Tally(em, scope, day, true).totals()));
    }

    private CombinedTotals sum(Scope scope, LocalDate day) {
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
     * One call's statements and the numbers they return, by framework; or, for a sum, the four that
     * read the most rows (actions, needs, cost shares, attendances) add them up across the scope in
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

        CombinedTotals sum() {
            List<String> frameworks = frameworks();
            List<FrameworkId> ids = frameworks.stream().map(id -> Keys.id(id, FrameworkId::new)).toList();
            if (frameworks.isEmpty()) {
                return CombinedTotals.of(day, List.of());
            }
            Map<String, Long> established = established();
            Map<String, Long> plansEnded = plansEnded();
            Map<String, Long> held = held();
            Map<String, long[]> committees = committees();
            Map<String, long[]> obstacles = obstacles();
            FrameworkTotals.Meetings meetings = FrameworkTotals.Meetings.NONE;
            FrameworkTotals.Committee committee = FrameworkTotals.Committee.NONE;
            FrameworkTotals.Obstacles raised = FrameworkTotals.Obstacles.NONE;
            for (String id : frameworks) {
                meetings = meetings.plus(meetings(id, established, plansEnded, held));
                committee = committee.plus(committee(committees.getOrDefault(id, new long[6])));
                raised = raised.plus(obstacles(obstacles.getOrDefault(id, new long[3])));
            }
            BigInteger[] a = actions().getOrDefault(ALL, zeros(13));
            long[] n = needs().getOrDefault(ALL, new long[6]);
            return new CombinedTotals(ids, day, meetings, actions(a), needs(n),
                    contributions(a, grouped(contributions()).getOrDefault(ALL, List.of())),
                    attendance(meetings.held(), grouped(attendance()).getOrDefault(ALL, List.of())), committee, raised);
        }

        List<FrameworkTotals> totals() {
            List<String> frameworks = frameworks();
            if (frameworks.isEmpty()) {
                return List.of();
            }
            Map<String, Long> established = established();
            Map<String, Long> plansEnded = plansEnded();
            Map<String, Long> held = held();
            Map<String, BigInteger[]> actions = actions();
            Map<String, long[]> needs = needs();
            Map<String, List<Object[]>> shares = grouped(contributions());
            Map<String, List<Object[]>> attendance = grouped(attendance());
            Map<String, long[]> committees = committees();
            Map<String, long[]> obstacles = obstacles();

            List<FrameworkTotals> all = new ArrayList<>(frameworks.size());
            for (String id : frameworks) {
                BigInteger[] a = actions.getOrDefault(id, zeros(13));
                long[] n = needs.getOrDefault(id, new long[6]);
                long[] c = committees.getOrDefault(id, new long[6]);
                long[] o = obstacles.getOrDefault(id, new long[3]);
                all.add(new FrameworkTotals(Keys.id(id, FrameworkId::new), day,
                        meetings(id, established, plansEnded, held), actions(a), needs(n),
                        contributions(a, shares.getOrDefault(id, List.of())),
                        attendance(held.getOrDefault(id, 0L), attendance.getOrDefault(id, List.of())),
                        committee(c), obstacles(o)));
            }
            return all;
        }

        private Map<String, Long> established() {
            return single("SELECT sc.framework_id, COUNT(*) FROM framework_status_change sc WHERE sc.status = "
                    + literal(FrameworkStatus.ESTABLISHED) + " AND sc.changed_on <= ? AND "
                    + scope.where("sc.framework_id") + " GROUP BY sc.framework_id", day);
        }

        private Map<String, Long> plansEnded() {
            return single("SELECT p.framework_id, SUM(CASE WHEN p.period_end <= ? THEN 1 ELSE 0 END) FROM action_plan p"
                    + " WHERE p.adopted_on <= ? AND " + scope.where("p.framework_id") + " GROUP BY p.framework_id",
                    day, day);
        }

        private Map<String, Long> held() {
            return single("SELECT m.framework_id, COUNT(*) FROM meeting m WHERE m.held_on <= ? AND "
                    + scope.where("m.framework_id") + " GROUP BY m.framework_id", day);
        }

        private static FrameworkTotals.Meetings meetings(String id, Map<String, Long> established,
                Map<String, Long> plansEnded, Map<String, Long> held) {
            return new FrameworkTotals.Meetings((established.getOrDefault(id, 0L) > 0 ? 1 : 0)
                    + plansEnded.getOrDefault(id, 0L), held.getOrDefault(id, 0L));
        }

        private static FrameworkTotals.Actions actions(BigInteger[] a) {
            return new FrameworkTotals.Actions(count(a[0]), count(a[1]), count(a[2]), count(a[3]), count(a[4]),
                    count(a[5]), count(a[6]), count(a[7]), count(a[8]), count(a[9]));
        }

        private static FrameworkTotals.Needs needs(long[] n) {
            return new FrameworkTotals.Needs(n[0], n[1], n[2], n[3], n[4], n[5]);
        }

        /** One framework's committees' numbers: installed at most once, as the port says. */
        private static FrameworkTotals.Committee committee(long[] c) {
            return c[0] == 0 ? FrameworkTotals.Committee.NONE
                    : new FrameworkTotals.Committee(1, c[1], c[2], new People(c[3], c[4], c[5]));
        }

        private static FrameworkTotals.Obstacles obstacles(long[] o) {
            return new FrameworkTotals.Obstacles(o[0], o[1], o[2]);
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

        /**
         * By status and schedule; then the actions in other currencies, and the estimated costs in XOF
         * of the actions not carried over, all and infrastructure only.
         */
        private Map<String, BigInteger[]> actions() {
            StringBuilder sql = new StringBuilder("SELECT " + key("p.framework_id") + ", COUNT(*)");
            for (ActionStatus status : ActionStatus.values()) {
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
            // total, then PLANNED .. DROPPED in the enum's order, due, done on schedule, overdue,
            // other currencies, estimated, infrastructure
            Map<String, BigInteger[]> found = exact(sql.toString(), day, day, day, day);
            Map<String, BigInteger[]> ordered = new HashMap<>();
            found.forEach((id, v) -> {
                BigInteger[] byStatus = new BigInteger[ActionStatus.values().length];
                System.arraycopy(v, 1, byStatus, 0, byStatus.length);
                int next = 1 + byStatus.length;
                ordered.put(id, new BigInteger[] {v[0], byStatus[ActionStatus.PLANNED.ordinal()],
                    byStatus[ActionStatus.IN_PROGRESS.ordinal()], byStatus[ActionStatus.BLOCKED.ordinal()],
                    byStatus[ActionStatus.DONE.ordinal()], byStatus[ActionStatus.CARRIED_OVER.ordinal()],
                    byStatus[ActionStatus.DROPPED.ordinal()], v[next], v[next + 1], v[next + 2], v[next + 3],
                    v[next + 4], v[next + 5]});
            });
            return ordered;
        }

        /** Per need, whether an adopted action of the framework reaches it (and the PDESC, a budget line), then summed. */
        private Map<String, long[]> needs() {
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
            return numbers(sql, day, day, day);
        }

        /**
         * The cost shares of the XOF actions of the plans adopted, by framework, category, whether the
         * action is an infrastructure and whether it is a capital investment of a priority sector:
         * pledged and delivered, cash and in kind (a carried-over action counts for what was
         * delivered), and what was delivered on carried-over actions (their part of the estimated cost).
         */
        private List<Object[]> contributions() {
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
            return scoped(sql, day);
        }

        private FrameworkTotals.Contributions contributions(BigInteger[] actions, List<Object[]> shares) {
            Map<PartyCategory, Amounts> byCategory = new EnumMap<>(PartyCategory.class);
            Amounts professional = Amounts.NONE;
            Amounts commune = Amounts.NONE;
            BigInteger estimated = actions[11];
            BigInteger infrastructure = actions[12];
            for (Object[] row : shares) {
                if (row[1] == null) {
                    throw new IllegalStateException("a party pledged to an action of framework " + row[0]
                            + " is neither a member nor a registered organisation");
                }
                PartyCategory category = PartyCategory.valueOf(text(row[1]));
                boolean isInfrastructure = number(row[2]) == 1;
                boolean isInvestment = number(row[3]) == 1;
                Amounts part = new Amounts(amount(row[4]), amount(row[5]), amount(row[6]), amount(row[7]));
                BigInteger carried = amount(row[8]);
                byCategory.merge(category, part, Amounts::plus);
                estimated = estimated.add(carried);
                if (isInfrastructure) {
                    infrastructure = infrastructure.add(carried);
                    if (category == PartyCategory.PROFESSIONAL_ORGANISATION) {
                        professional = professional.plus(part);
                    }
                }
                if (isInvestment && category == PartyCategory.MUNICIPALITY) {
                    commune = commune.plus(part);
                }
            }
            return new FrameworkTotals.Contributions(estimated, byCategory, infrastructure, professional, commune,
                    count(actions[10]));
        }

        private List<Object[]> attendance() {
            return scoped("SELECT " + key("m.framework_id") + ", t.category, COUNT(*),"
                    + " SUM(CASE WHEN t.sex = " + literal(Sex.FEMALE) + " THEN 1 ELSE 0 END),"
                    + " SUM(CASE WHEN t.youth THEN 1 ELSE 0 END)"
                    + " FROM meeting_attendance t JOIN meeting m ON m.id = t.meeting_id"
                    + " WHERE m.held_on <= ? AND " + scope.where("m.framework_id")
                    + groupBy("m.framework_id", "t.category"), day);
        }

        private FrameworkTotals.Attendance attendance(long meetingsHeld, List<Object[]> rows) {
            Map<PartyCategory, People> byCategory = new EnumMap<>(PartyCategory.class);
            for (Object[] row : rows) {
                byCategory.merge(PartyCategory.valueOf(text(row[1])),
                        new People(number(row[2]), number(row[3]), number(row[4])), People::plus);
            }
            return new FrameworkTotals.Attendance(meetingsHeld, byCategory);
        }

        /** Installed (1), reports filed, mandate revisions, members on the day and the women and youth among them. */
        private Map<String, long[]> committees() {
            String onTheDay = " AND cm.effective_from <= ? AND (cm.effective_to IS NULL OR cm.effective_to >= ?)";
            return numbers("SELECT c.framework_id, 1,"
                    + " (SELECT COUNT(*) FROM committee_report r WHERE r.committee_id = c.id AND r.filed_on <= ?),"
                    + " (SELECT COUNT(*) FROM committee_mandate md WHERE md.committee_id = c.id AND md.revision > 1"
                    + " AND md.adopted_on <= ?),"
                    + " (SELECT COUNT(*) FROM committee_member cm WHERE cm.committee_id = c.id" + onTheDay + "),"
                    + " (SELECT COUNT(*) FROM committee_member cm WHERE cm.committee_id = c.id"
                    + " AND cm.sex = " + literal(Sex.FEMALE) + onTheDay + "),"
                    + " (SELECT COUNT(*) FROM committee_member cm WHERE cm.committee_id = c.id AND cm.youth" + onTheDay
                    + ") FROM committee c WHERE c.installed_on <= ? AND " + scope.where("c.framework_id"),
                    day, day, day, day, day, day, day, day, day);
        }

        /** Raised, reported to a meeting of the framework held by the day, resolved. */
        private Map<String, long[]> obstacles() {
            return numbers("SELECT c.framework_id, COUNT(*),"
                    + " SUM(CASE WHEN mt.held_on <= ? THEN 1 ELSE 0 END),"
                    + " SUM(CASE WHEN o.resolved_on <= ? THEN 1 ELSE 0 END)"
                    + " FROM committee_obstacle o JOIN committee c ON c.id = o.committee_id"
                    + " LEFT JOIN meeting mt ON mt.id = o.reported_to AND mt.framework_id = c.framework_id"
                    + " WHERE o.raised_on <= ? AND " + scope.where("c.framework_id") + " GROUP BY c.framework_id",
                    day, day, day);
        }

        /** A statement whose rows are a framework id and one number. */
        private Map<String, Long> single(String sql, Object... parameters) {
            Map<String, Long> found = new HashMap<>();
            numbers(sql, parameters).forEach((id, v) -> found.put(id, v[0]));
            return found;
        }

        /** A statement whose rows are a framework id and counts. */
        private Map<String, long[]> numbers(String sql, Object... parameters) {
            Map<String, long[]> found = new HashMap<>();
            exact(sql, parameters).forEach((id, values) -> {
                long[] counts = new long[values.length];
                for (int i = 0; i < values.length; i++) {
                    counts[i] = count(values[i]);
                }
                found.put(id, counts);
            });
            return found;
        }

        /**
         * A statement whose rows are a framework id and numbers, read and added up exactly: both
         * databases answer a SUM of BIGINT as a NUMERIC, which a long may not hold.
         */
        private Map<String, BigInteger[]> exact(String sql, Object... parameters) {
            Map<String, BigInteger[]> found = new HashMap<>();
            for (Object[] row : scoped(sql, parameters)) {
                BigInteger[] values = new BigInteger[row.length - 1];
                for (int i = 1; i < row.length; i++) {
                    values[i - 1] = amount(row[i]);
                }
                found.merge(text(row[0]), values, (x, y) -> {
                    BigInteger[] sum = x.clone();
                    for (int i = 0; i < sum.length; i++) {
                        sum[i] = sum[i].add(y[i]);
                    }
                    return sum;
                });
            }
            return found;
        }

        /** Runs a statement that ends with the scope's condition; its own parameters come first. */
        private List<Object[]> scoped(String sql, Object... parameters) {
            List<Object> all = new ArrayList<>(Arrays.asList(parameters));
            all.addAll(scope.parameters());
            return rows(sql, all);
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

        private static Map<String, List<Object[]>> grouped(List<Object[]> rows) {
            Map<String, List<Object[]>> groups = new LinkedHashMap<>();
            rows.forEach(row -> groups.computeIfAbsent(text(row[0]), k -> new ArrayList<>()).add(row));
            return groups;
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

    /**
     * A count of stored rows: far below a long's range, which {@link BigInteger#longValueExact()}
     * checks rather than let it wrap.
     */
    private static long count(BigInteger value) {
        return value.longValueExact();
    }

    private static long number(Object value) {
        return count(amount(value));
    }

    private static BigInteger[] zeros(int length) {
        BigInteger[] zeros = new BigInteger[length];
        Arrays.fill(zeros, BigInteger.ZERO);
        return zeros;
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
