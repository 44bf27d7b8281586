package org.kafo.bench.national;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.LinkedHashMap;
import java.util.Map;
import org.kafo.model.committee.CommitteeMember;
import org.kafo.model.committee.Mandate;
import org.kafo.model.committee.MonitoringCommittee;
import org.kafo.model.committee.Obstacle;
import org.kafo.model.committee.ProgressReport;
import org.kafo.model.common.Identifier;
import org.kafo.model.common.Person;
import org.kafo.model.common.Sector;
import org.kafo.model.framework.ConsultationFramework;
import org.kafo.model.framework.Membership;
import org.kafo.model.framework.StatusChange;
import org.kafo.model.meeting.AgendaItem;
import org.kafo.model.meeting.Attendance;
import org.kafo.model.meeting.Meeting;
import org.kafo.model.meeting.MinutesApproval;
import org.kafo.model.need.Need;
import org.kafo.model.organisation.Organisation;
import org.kafo.model.plan.Action;
import org.kafo.model.plan.ActionPlan;
import org.kafo.model.plan.CostShare;
import org.kafo.model.plan.ProgressNote;
import org.kafo.model.territory.Assignment;
import org.kafo.model.territory.Cercle;
import org.kafo.model.territory.Commune;
import org.kafo.model.territory.Region;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Writes aggregates' states into the tables of Kafo's migrations ({@code COPY} on PostgreSQL, JDBC
 * batches elsewhere), row for row as
 * persistence-jpa's mappers write them (list rows keyed by their owner and position, enums by name,
 * version 1 as after a first save), so that the repositories read back exactly these states: the
 * generator checks a sample of them. Much faster than saving through the repositories, which is not
 * what the benchmark measures.
 */
final class SqlWriter implements AutoCloseable {

    private static final int BATCH = 10_000;

    private final Connection connection;
    private final CopyManager copy;
    private final Map<String, Table> tables = new LinkedHashMap<>();
    private long rows;

    /** On PostgreSQL the rows go by {@code COPY}, elsewhere by batched inserts. */
    SqlWriter(Connection connection) throws SQLException {
        this.connection = connection;
        this.copy = connection.isWrapperFor(PGConnection.class) ? connection.unwrap(PGConnection.class).getCopyAPI()
                : null;
        connection.setAutoCommit(false);
    }

    long rows() {
        return rows;
    }

    void region(Region.State r) throws SQLException {
        insert("region", "id, code, name, effective_from, effective_to, version", key(r.id()), r.code(), r.name(),
                r.effective().from(), r.effective().to(), 1L);
    }

    void cercle(Cercle.State c) throws SQLException {
        insert("cercle", "id, code, name, region_id, effective_from, effective_to, version", key(c.id()), c.code(),
                c.name(), key(c.region()), c.effective().from(), c.effective().to(), 1L);
    }

    void commune(Commune.State c) throws SQLException {
        insert("commune", "id, code, name, name_key, inhabitants, census_year, latitude, longitude, version",
                key(c.id()), c.code(), c.name(), searchKey(c.name()),
                c.population() == null ? null : c.population().inhabitants(),
                c.population() == null ? null : c.population().censusYear(),
                c.location() == null ? null : c.location().latitude(),
                c.location() == null ? null : c.location().longitude(), 1L);
        for (int i = 0; i < c.aliases().size(); i++) {
            insert("commune_alias", "commune_id, position, alias, alias_key", key(c.id()), i, c.aliases().get(i),
                    searchKey(c.aliases().get(i)));
        }
        for (int i = 0; i < c.assignments().size(); i++) {
            Assignment a = c.assignments().get(i);
            insert("commune_assignment", "commune_id, position, cercle_id, region_id, effective_from, effective_to",
                    key(c.id()), i, key(a.cercle()), key(a.region()), a.effective().from(), a.effective().to());
        }
    }

    void organisation(Organisation.State o) throws SQLException {
        insert("organisation", "id, name, acronym, kind, commune_id, member_count, member_women, member_youth,"
                + " members_counted_on, registration_number, registered_on, registration_authority, version",
                key(o.id()), o.name(), o.acronym(), o.kind().name(), key(o.commune()),
                o.members() == null ? null : o.members().members(), o.members() == null ? null : o.members().women(),
                o.members() == null ? null : o.members().youth(), o.members() == null ? null : o.members().countedOn(),
                o.registration() == null ? null : o.registration().number(),
                o.registration() == null ? null : o.registration().registeredOn(),
                o.registration() == null ? null : o.registration().authority(), 1L);
        for (int i = 0; i < o.sectors().size(); i++) {
            insert("organisation_sector", "organisation_id, position, sector_code", key(o.id()), i,
                    o.sectors().get(i).code());
        }
    }

    void framework(ConsultationFramework.State f) throws SQLException {
        String id = key(f.id());
        var deliberation = f.deliberation();
        insert("framework", "id, commune_id, name, status, proposed_on, deliberation_number, deliberation_date,"
                + " deliberation_decision, deliberation_body, version", id, key(f.commune()), f.name(),
                f.history().get(f.history().size() - 1).status().name(), f.history().get(0).on(),
                deliberation == null ? null : deliberation.number(), deliberation == null ? null : deliberation.date(),
                deliberation == null ? null : deliberation.decision(),
                deliberation == null ? null : deliberation.body().name(), 1L);
        for (int i = 0; i < f.prioritySectors().size(); i++) {
            insert("framework_sector", "framework_id, position, sector_code", id, i, f.prioritySectors().get(i).code());
        }
        int sectorRow = 0;
        int personRow = 0;
        for (int i = 0; i < f.memberships().size(); i++) {
            Membership m = f.memberships().get(i);
            insert("framework_membership", "framework_id, position, organisation_id, category, effective_from, effective_to",
                    id, i, key(m.organisation()), m.category().name(), m.effective().from(), m.effective().to());
            for (Sector sector : m.sectors()) {
                insert("framework_membership_sector", "framework_id, position, membership_index, sector_code", id,
                        sectorRow++, i, sector.code());
            }
            for (Person p : m.representatives()) {
                insert("framework_representative", "framework_id, position, membership_index, name, sex, youth, person_role",
                        id, personRow++, i, p.name(), p.sex().name(), p.youth(), p.role());
            }
        }
        for (int i = 0; i < f.history().size(); i++) {
            StatusChange h = f.history().get(i);
            insert("framework_status_change", "framework_id, position, status, changed_on, reason", id, i,
                    h.status().name(), h.on(), h.reason());
        }
    }

    void need(Need.State n) throws SQLException {
        insert("need", "id, framework_id, raised_by, sector_code, kind, description, estimated_amount,"
                + " estimated_currency, identified_on, status, withdrawal_reason, version", key(n.id()),
                key(n.framework()), key(n.raisedBy()), n.sector().code(), n.kind().name(), n.description(),
                n.estimatedCost() == null ? null : n.estimatedCost().amount(),
                n.estimatedCost() == null ? null : n.estimatedCost().currency(), n.identifiedOn(), n.status().name(),
                n.withdrawalReason(), 1L);
        for (int i = 0; i < n.addressedBy().size(); i++) {
            insert("need_action", "need_id, position, action_id", key(n.id()), i, key(n.addressedBy().get(i)));
        }
    }

    void meeting(Meeting.State m) throws SQLException {
        String id = key(m.id());
        var convocation = m.convocation();
        insert("meeting", "id, framework_id, sequence_no, planned_on, venue, status, convened_by, convened_on,"
                + " held_on, cancellation_reason, cancelled_on, minutes_text, minutes_recorded_on, version", id,
                key(m.framework()), m.sequence(), m.plannedOn(), m.venue(), m.status().name(),
                convocation == null ? null : key(convocation.issuedBy()),
                convocation == null ? null : convocation.issuedOn(), m.heldOn(), m.cancellationReason(), m.cancelledOn(),
                m.minutes() == null ? null : m.minutes().text(), m.minutes() == null ? null : m.minutes().recordedOn(), 1L);
        for (int i = 0; i < m.postponements().size(); i++) {
            var p = m.postponements().get(i);
            insert("meeting_postponement", "meeting_id, position, postponed_from, postponed_to, reason, decided_on", id,
                    i, p.from(), p.to(), p.reason(), p.on());
        }
        if (convocation != null) {
            for (int i = 0; i < convocation.invitees().size(); i++) {
                insert("meeting_invitee", "meeting_id, position, organisation_id", id, i,
                        key(convocation.invitees().get(i)));
            }
        }
        for (int i = 0; i < m.agenda().size(); i++) {
            AgendaItem a = m.agenda().get(i);
            insert("meeting_agenda_item", "meeting_id, position, title, kind, reference_id, subject", id, i, a.title(),
                    a.kind().name(), a.reference() == null ? null : a.reference().toString(), a.subject());
        }
        for (int i = 0; i < m.attendance().size(); i++) {
            Attendance a = m.attendance().get(i);
            insert("meeting_attendance", "meeting_id, position, organisation_id, category, name, sex, youth, person_role",
                    id, i, key(a.organisation()), a.category().name(), a.person().name(), a.person().sex().name(),
                    a.person().youth(), a.person().role());
        }
        for (int i = 0; i < m.approvals().size(); i++) {
            MinutesApproval a = m.approvals().get(i);
            insert("meeting_minutes_approval", "meeting_id, position, party_id, approved, remark, approved_on", id, i,
                    key(a.party()), a.approved(), a.remark(), a.on());
        }
    }

    void plan(ActionPlan.State p) throws SQLException {
        String id = key(p.id());
        insert("action_plan", "id, framework_id, cycle, previous_plan_id, period_start, period_end, adopted_at,"
                + " adopted_on, reviewed_at, reviewed_on, version", id, key(p.framework()), p.cycle(), key(p.previous()),
                p.period().start(), p.period().end(), key(p.adoptedAt()), p.adoptedOn(),
                p.review() == null ? null : key(p.review().meeting()), p.review() == null ? null : p.review().reviewedOn(),
                1L);
        int share = 0;
        int need = 0;
        int note = 0;
        for (int i = 0; i < p.actions().size(); i++) {
            Action a = p.actions().get(i);
            String action = key(a.id());
            insert("plan_action", "plan_id, position, action_id, title, sector_code, kind, responsible_id, due_date,"
                    + " estimated_amount, estimated_currency, pdesc_entry, budget_line, carried_from, status,"
                    + " status_reason, completed_on", id, i, action, a.title(), a.sector().code(), a.kind().name(),
                    key(a.responsible()), a.dueDate(), a.estimatedCost().amount(), a.estimatedCost().currency(),
                    a.pdesc() == null ? null : a.pdesc().pdescEntry(), a.pdesc() == null ? null : a.pdesc().budgetLine(),
                    key(a.carriedFrom()), a.status().name(), a.statusReason(), a.completedOn());
            for (CostShare c : a.costShares()) {
                insert("plan_action_cost_share", "plan_id, position, action_id, party_id, contribution_form,"
                        + " pledged_amount, delivered_amount, currency", id, share++, action, key(c.party()),
                        c.form().name(), c.pledged().amount(), c.delivered().amount(), c.pledged().currency());
            }
            for (var n : a.addresses()) {
                insert("plan_action_need", "plan_id, position, action_id, need_id", id, need++, action, key(n));
            }
            for (ProgressNote n : a.notes()) {
                insert("plan_action_note", "plan_id, position, action_id, noted_on, author_id, note_text", id, note++,
                        action, n.on(), key(n.author()), n.text());
            }
        }
    }

    void committee(MonitoringCommittee.State c) throws SQLException {
        String id = key(c.id());
        insert("committee", "id, framework_id, installed_at, installed_on, version", id, key(c.framework()),
                key(c.installedAt()), c.installedOn(), 1L);
        for (int i = 0; i < c.members().size(); i++) {
            CommitteeMember m = c.members().get(i);
            insert("committee_member", "committee_id, position, organisation_id, category, name, sex, youth,"
                    + " person_role, effective_from, effective_to, leaving_reason", id, i, key(m.organisation()),
                    m.category().name(), m.person().name(), m.person().sex().name(), m.person().youth(),
                    m.person().role(), m.effective().from(), m.effective().to(), m.leavingReason());
        }
        int duty = 0;
        for (int i = 0; i < c.mandates().size(); i++) {
            Mandate m = c.mandates().get(i);
            insert("committee_mandate", "committee_id, position, revision, adopted_on, scope, period_start, period_end,"
                    + " plan_id, reason", id, i, m.revision(), m.adoptedOn(), m.scope(), m.period().start(),
                    m.period().end(), key(m.plan()), m.reason());
            for (String text : m.duties()) {
                insert("committee_mandate_duty", "committee_id, position, revision, duty", id, duty++, m.revision(), text);
            }
        }
        for (int i = 0; i < c.reports().size(); i++) {
            ProgressReport r = c.reports().get(i);
            insert("committee_report", "committee_id, position, report_id, plan_id, filed_on, summary", id, i,
                    key(r.id()), key(r.plan()), r.filedOn(), r.summary());
        }
        for (int i = 0; i < c.obstacles().size(); i++) {
            Obstacle o = c.obstacles().get(i);
            insert("committee_obstacle", "committee_id, position, obstacle_id, plan_id, action_id, description,"
                    + " raised_on, reported_to, resolution, resolved_on", id, i, key(o.id()), key(o.plan()),
                    key(o.action()), o.description(), o.raisedOn(), key(o.reportedTo()), o.resolution(), o.resolvedOn());
        }
    }

    /** Sends what is batched and commits it. */
    void commit() throws SQLException {
        for (Table table : tables.values()) {
            table.flush();
        }
        connection.commit();
    }

    @Override
    public void close() throws SQLException {
        commit();
        for (Table table : tables.values()) {
            table.close();
        }
    }

    private void insert(String table, String columns, Object... values) throws SQLException {
        Table t = tables.get(table);
        if (t == null) {
            t = copy != null ? new Copied(copy, "COPY " + table + " (" + columns + ") FROM STDIN")
                    : new Inserted(connection.prepareStatement("INSERT INTO " + table + " (" + columns + ") VALUES ("
                            + "?, ".repeat(values.length - 1) + "?)"));
            tables.put(table, t);
        }
        if (t.add(values) >= BATCH) {
            // parents before children: a table's first row always comes after its parent's
            for (Table each : tables.values()) {
                each.flush();
            }
        }
        rows++;
    }

    private static String key(Identifier id) {
        return id == null ? null : id.value().toString();
    }

    /** As persistence-jpa folds names for search: equal keys exactly when equalsIgnoreCase says so. */
    static String searchKey(String name) {
        StringBuilder key = new StringBuilder(name.length());
        name.codePoints().map(cp -> Character.toLowerCase(Character.toUpperCase(cp))).forEach(key::appendCodePoint);
        return key.toString();
    }

    /** Where one table's rows wait until they are sent. */
    private interface Table {

        /** @return how many rows wait */
        int add(Object... values) throws SQLException;

        void flush() throws SQLException;

        void close() throws SQLException;
    }

    private static final class Inserted implements Table {
        final PreparedStatement statement;
        int pending;

        Inserted(PreparedStatement statement) {
            this.statement = statement;
        }

        @Override
        public int add(Object... values) throws SQLException {
            for (int i = 0; i < values.length; i++) {
                Object v = values[i];
                if (v == null) {
                    statement.setNull(i + 1, Types.NULL);
                } else {
                    statement.setObject(i + 1, v);
                }
            }
            statement.addBatch();
            return ++pending;
        }

        @Override
        public void flush() throws SQLException {
            if (pending > 0) {
                statement.executeBatch();
                pending = 0;
            }
        }

        @Override
        public void close() throws SQLException {
            statement.close();
        }
    }

    /** PostgreSQL's text format: tab-separated, {@code \N} for null, backslash escapes. */
    private static final class Copied implements Table {
        final CopyManager copy;
        final String sql;
        final StringBuilder rows = new StringBuilder(1 << 20);
        int pending;

        Copied(CopyManager copy, String sql) {
            this.copy = copy;
            this.sql = sql;
        }

        @Override
        public int add(Object... values) {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    rows.append('\t');
                }
                Object v = values[i];
                if (v == null) {
                    rows.append("\\N");
                } else {
                    String text = v.toString();
                    for (int c = 0; c < text.length(); c++) {
                        char ch = text.charAt(c);
                        switch (ch) {
                            case '\\' -> rows.append("\\\\");
                            case '\t' -> rows.append("\\t");
                            case '\n' -> rows.append("\\n");
                            case '\r' -> rows.append("\\r");
                            default -> rows.append(ch);
                        }
                    }
                }
            }
            rows.append('\n');
            return ++pending;
        }

        @Override
        public void flush() throws SQLException {
            if (pending > 0) {
                try {
                    copy.copyIn(sql, new StringReader(rows.toString()));
                } catch (IOException e) {
                    throw new SQLException(e);
                }
                rows.setLength(0);
                pending = 0;
            }
        }

        @Override
        public void close() {
        }
    }
}
