package org.kafo.bench.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kafo.bench.rules.GeneratedFramework;
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
import org.kafo.model.need.NeedId;
import org.kafo.model.organisation.Organisation;
import org.kafo.model.plan.Action;
import org.kafo.model.plan.ActionPlan;
import org.kafo.model.plan.CostShare;
import org.kafo.model.plan.ProgressNote;

/**
 * Writes the rows persistence-jpa writes for new aggregates, by hand: one {@link PreparedStatement}
 * per table, rows added to its batch and the batches sent parents first. The columns, positions and
 * values are those of persistence-jpa's mappers (lists by position, the sectors and representatives
 * of a membership by the membership's index, the shares, needs and notes of an action by its id,
 * the duties of a mandate by its revision; enums by name; a new row at version 1).
 */
final class JdbcWriter implements AutoCloseable {

    /** Every table of the aggregates, parents before their lists, with its columns. */
    static final Map<String, List<String>> TABLES = tables();

    private final Connection connection;
    private final Map<String, PreparedStatement> statements = new LinkedHashMap<>();
    private long rows;

    JdbcWriter(Connection connection) throws SQLException {
        this.connection = connection;
        connection.setAutoCommit(false);
        for (Map.Entry<String, List<String>> table : TABLES.entrySet()) {
            List<String> columns = table.getValue();
            statements.put(table.getKey(), connection.prepareStatement("INSERT INTO " + table.getKey() + " ("
                    + String.join(", ", columns) + ") VALUES (" + "?, ".repeat(columns.size() - 1) + "?)"));
        }
    }

    /** Adds the rows of a framework and its children to the batches. */
    void add(GeneratedFramework f) throws SQLException {
        for (Organisation.State o : f.organisations()) {
            organisation(o);
        }
        framework(f.framework());
        for (Need.State n : f.needs()) {
            need(n);
        }
        for (Meeting.State m : f.meetings()) {
            meeting(m);
        }
        for (ActionPlan.State p : f.plans()) {
            plan(p);
        }
        if (f.committee() != null) {
            committee(f.committee());
        }
    }

    /** Sends every batch, parents first, and commits. */
    void commit() throws SQLException {
        for (PreparedStatement statement : statements.values()) {
            statement.executeBatch();
        }
        connection.commit();
    }

    long rows() {
        return rows;
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement statement : statements.values()) {
            statement.close();
        }
    }

    private void organisation(Organisation.State s) throws SQLException {
        String id = key(s.id());
        row("organisation", id, s.name(), s.acronym(), s.kind().name(), key(s.commune()),
                s.members() == null ? null : s.members().members(), s.members() == null ? null : s.members().women(),
                s.members() == null ? null : s.members().youth(), s.members() == null ? null : s.members().countedOn(),
                s.registration() == null ? null : s.registration().number(),
                s.registration() == null ? null : s.registration().registeredOn(),
                s.registration() == null ? null : s.registration().authority(), 1L);
        for (int i = 0; i < s.sectors().size(); i++) {
            row("organisation_sector", id, i, s.sectors().get(i).code());
        }
    }

    private void framework(ConsultationFramework.State s) throws SQLException {
        String id = key(s.id());
        StatusChange last = s.history().get(s.history().size() - 1);
        row("framework", id, key(s.commune()), s.name(), last.status().name(), s.history().get(0).on(),
                s.deliberation() == null ? null : s.deliberation().number(),
                s.deliberation() == null ? null : s.deliberation().date(),
                s.deliberation() == null ? null : s.deliberation().decision(),
                s.deliberation() == null ? null : s.deliberation().body().name(), 1L);
        for (int i = 0; i < s.prioritySectors().size(); i++) {
            row("framework_sector", id, i, s.prioritySectors().get(i).code());
        }
        int sectors = 0;
        int representatives = 0;
        for (int i = 0; i < s.memberships().size(); i++) {
            Membership m = s.memberships().get(i);
            row("framework_membership", id, i, key(m.organisation()), m.category().name(), m.effective().from(),
                    m.effective().to());
            for (Sector sector : m.sectors()) {
                row("framework_membership_sector", id, sectors++, i, sector.code());
            }
            for (Person p : m.representatives()) {
                row("framework_representative", id, representatives++, i, p.name(), p.sex().name(), p.youth(),
                        p.role());
            }
        }
        for (int i = 0; i < s.history().size(); i++) {
            StatusChange h = s.history().get(i);
            row("framework_status_change", id, i, h.status().name(), h.on(), h.reason());
        }
    }

    private void need(Need.State s) throws SQLException {
        String id = key(s.id());
        row("need", id, key(s.framework()), key(s.raisedBy()), s.sector().code(), s.kind().name(), s.description(),
                s.estimatedCost() == null ? null : s.estimatedCost().amount(),
                s.estimatedCost() == null ? null : s.estimatedCost().currency(), s.identifiedOn(), s.status().name(),
                s.withdrawalReason(), 1L);
        for (int i = 0; i < s.addressedBy().size(); i++) {
            row("need_action", id, i, key(s.addressedBy().get(i)));
        }
    }

    private void meeting(Meeting.State s) throws SQLException {
        String id = key(s.id());
        row("meeting", id, key(s.framework()), s.sequence(), s.plannedOn(), s.venue(), s.status().name(),
                s.convocation() == null ? null : key(s.convocation().issuedBy()),
                s.convocation() == null ? null : s.convocation().issuedOn(), s.heldOn(), s.cancellationReason(),
                s.cancelledOn(), s.minutes() == null ? null : s.minutes().text(),
                s.minutes() == null ? null : s.minutes().recordedOn(), 1L);
        for (int i = 0; i < s.postponements().size(); i++) {
            var p = s.postponements().get(i);
            row("meeting_postponement", id, i, p.from(), p.to(), p.reason(), p.on());
        }
        if (s.convocation() != null) {
            for (int i = 0; i < s.convocation().invitees().size(); i++) {
                row("meeting_invitee", id, i, key(s.convocation().invitees().get(i)));
            }
        }
        for (int i = 0; i < s.agenda().size(); i++) {
            AgendaItem a = s.agenda().get(i);
            row("meeting_agenda_item", id, i, a.title(), a.kind().name(),
                    a.reference() == null ? null : a.reference().toString(), a.subject());
        }
        for (int i = 0; i < s.attendance().size(); i++) {
            Attendance a = s.attendance().get(i);
            row("meeting_attendance", id, i, key(a.organisation()), a.category().name(), a.person().name(),
                    a.person().sex().name(), a.person().youth(), a.person().role());
        }
        for (int i = 0; i < s.approvals().size(); i++) {
            MinutesApproval a = s.approvals().get(i);
            row("meeting_minutes_approval", id, i, key(a.party()), a.approved(), a.remark(), a.on());
        }
    }

    private void plan(ActionPlan.State s) throws SQLException {
        String id = key(s.id());
        row("action_plan", id, key(s.framework()), s.cycle(), key(s.previous()), s.period().start(), s.period().end(),
                key(s.adoptedAt()), s.adoptedOn(), s.review() == null ? null : key(s.review().meeting()),
                s.review() == null ? null : s.review().reviewedOn(), 1L);
        int shares = 0;
        int needs = 0;
        int notes = 0;
        for (int i = 0; i < s.actions().size(); i++) {
            Action a = s.actions().get(i);
            String action = key(a.id());
            row("plan_action", id, i, action, a.title(), a.sector().code(), a.kind().name(), key(a.responsible()),
                    a.dueDate(), a.estimatedCost().amount(), a.estimatedCost().currency(),
                    a.pdesc() == null ? null : a.pdesc().pdescEntry(), a.pdesc() == null ? null : a.pdesc().budgetLine(),
                    key(a.carriedFrom()), a.status().name(), a.statusReason(), a.completedOn());
            for (CostShare c : a.costShares()) {
                row("plan_action_cost_share", id, shares++, action, key(c.party()), c.form().name(),
                        c.pledged().amount(), c.delivered().amount(), c.pledged().currency());
            }
            for (NeedId need : a.addresses()) {
                row("plan_action_need", id, needs++, action, key(need));
            }
            for (ProgressNote n : a.notes()) {
                row("plan_action_note", id, notes++, action, n.on(), key(n.author()), n.text());
            }
        }
    }

    private void committee(MonitoringCommittee.State s) throws SQLException {
        String id = key(s.id());
        row("committee", id, key(s.framework()), key(s.installedAt()), s.installedOn(), 1L);
        for (int i = 0; i < s.members().size(); i++) {
            CommitteeMember m = s.members().get(i);
            row("committee_member", id, i, key(m.organisation()), m.category().name(), m.person().name(),
                    m.person().sex().name(), m.person().youth(), m.person().role(), m.effective().from(),
                    m.effective().to(), m.leavingReason());
        }
        int duties = 0;
        for (int i = 0; i < s.mandates().size(); i++) {
            Mandate m = s.mandates().get(i);
            row("committee_mandate", id, i, m.revision(), m.adoptedOn(), m.scope(), m.period().start(),
                    m.period().end(), key(m.plan()), m.reason());
            for (String duty : m.duties()) {
                row("committee_mandate_duty", id, duties++, m.revision(), duty);
            }
        }
        for (int i = 0; i < s.reports().size(); i++) {
            ProgressReport r = s.reports().get(i);
            row("committee_report", id, i, key(r.id()), key(r.plan()), r.filedOn(), r.summary());
        }
        for (int i = 0; i < s.obstacles().size(); i++) {
            Obstacle o = s.obstacles().get(i);
            row("committee_obstacle", id, i, key(o.id()), key(o.plan()), key(o.action()), o.description(),
                    o.raisedOn(), key(o.reportedTo()), o.resolution(), o.resolvedOn());
        }
    }

    private void row(String table, Object... values) throws SQLException {
        PreparedStatement statement = statements.get(table);
        for (int i = 0; i < values.length; i++) {
            statement.setObject(i + 1, values[i]);
        }
        statement.addBatch();
        rows++;
    }

    private static String key(Identifier id) {
        return id == null ? null : id.value().toString();
    }

    private static Map<String, List<String>> tables() {
        Map<String, List<String>> t = new LinkedHashMap<>();
        t.put("organisation", List.of("id", "name", "acronym", "kind", "commune_id", "member_count", "member_women",
                "member_youth", "members_counted_on", "registration_number", "registered_on",
                "registration_authority", "version"));
        t.put("organisation_sector", List.of("organisation_id", "position", "sector_code"));
        t.put("framework", List.of("id", "commune_id", "name", "status", "proposed_on", "deliberation_number",
                "deliberation_date", "deliberation_decision", "deliberation_body", "version"));
        t.put("framework_sector", List.of("framework_id", "position", "sector_code"));
        t.put("framework_membership", List.of("framework_id", "position", "organisation_id", "category",
                "effective_from", "effective_to"));
        t.put("framework_membership_sector", List.of("framework_id", "position", "membership_index", "sector_code"));
        t.put("framework_representative", List.of("framework_id", "position", "membership_index", "name", "sex",
                "youth", "person_role"));
        t.put("framework_status_change", List.of("framework_id", "position", "status", "changed_on", "reason"));
        t.put("need", List.of("id", "framework_id", "raised_by", "sector_code", "kind", "description",
                "estimated_amount", "estimated_currency", "identified_on", "status", "withdrawal_reason", "version"));
        t.put("need_action", List.of("need_id", "position", "action_id"));
        t.put("meeting", List.of("id", "framework_id", "sequence_no", "planned_on", "venue", "status", "convened_by",
                "convened_on", "held_on", "cancellation_reason", "cancelled_on", "minutes_text", "minutes_recorded_on",
                "version"));
        t.put("meeting_invitee", List.of("meeting_id", "position", "organisation_id"));
        t.put("meeting_agenda_item", List.of("meeting_id", "position", "title", "kind", "reference_id", "subject"));
        t.put("meeting_attendance", List.of("meeting_id", "position", "organisation_id", "category", "name", "sex",
                "youth", "person_role"));
        t.put("meeting_minutes_approval", List.of("meeting_id", "position", "party_id", "approved", "remark",
                "approved_on"));
        t.put("meeting_postponement", List.of("meeting_id", "position", "postponed_from", "postponed_to", "reason",
                "decided_on"));
        t.put("action_plan", List.of("id", "framework_id", "cycle", "previous_plan_id", "period_start", "period_end",
                "adopted_at", "adopted_on", "reviewed_at", "reviewed_on", "version"));
        t.put("plan_action", List.of("plan_id", "position", "action_id", "title", "sector_code", "kind",
                "responsible_id", "due_date", "estimated_amount", "estimated_currency", "pdesc_entry", "budget_line",
                "carried_from", "status", "status_reason", "completed_on"));
        t.put("plan_action_cost_share", List.of("plan_id", "position", "action_id", "party_id", "contribution_form",
                "pledged_amount", "delivered_amount", "currency"));
        t.put("plan_action_need", List.of("plan_id", "position", "action_id", "need_id"));
        t.put("plan_action_note", List.of("plan_id", "position", "action_id", "noted_on", "author_id", "note_text"));
        t.put("committee", List.of("id", "framework_id", "installed_at", "installed_on", "version"));
        t.put("committee_member", List.of("committee_id", "position", "organisation_id", "category", "name", "sex",
                "youth", "person_role", "effective_from", "effective_to", "leaving_reason"));
        t.put("committee_mandate", List.of("committee_id", "position", "revision", "adopted_on", "scope",
                "period_start", "period_end", "plan_id", "reason"));
        t.put("committee_mandate_duty", List.of("committee_id", "position", "revision", "duty"));
        t.put("committee_report", List.of("committee_id", "position", "report_id", "plan_id", "filed_on", "summary"));
        t.put("committee_obstacle", List.of("committee_id", "position", "obstacle_id", "plan_id", "action_id",
                "description", "raised_on", "reported_to", "resolution", "resolved_on"));
        return t;
    }
}
