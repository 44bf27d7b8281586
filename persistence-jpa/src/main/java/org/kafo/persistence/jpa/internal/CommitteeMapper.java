package org.kafo.persistence.jpa.internal;

import static org.kafo.persistence.jpa.internal.Keys.groupBy;
import static org.kafo.persistence.jpa.internal.Keys.id;
import static org.kafo.persistence.jpa.internal.Keys.key;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.kafo.model.committee.CommitteeId;
import org.kafo.model.committee.CommitteeMember;
import org.kafo.model.committee.Mandate;
import org.kafo.model.committee.MonitoringCommittee;
import org.kafo.model.committee.Obstacle;
import org.kafo.model.committee.ObstacleId;
import org.kafo.model.committee.ProgressReport;
import org.kafo.model.committee.ReportId;
import org.kafo.model.common.ActionId;
import org.kafo.model.common.Period;
import org.kafo.model.framework.FrameworkId;
import org.kafo.model.meeting.MeetingId;
import org.kafo.model.organisation.OrganisationId;
import org.kafo.model.plan.PlanId;
import org.kafo.persistence.jpa.internal.CommitteeEntity.DutyRow;
import org.kafo.persistence.jpa.internal.CommitteeEntity.MandateRow;
import org.kafo.persistence.jpa.internal.CommitteeEntity.MemberRow;
import org.kafo.persistence.jpa.internal.CommitteeEntity.ObstacleRow;
import org.kafo.persistence.jpa.internal.CommitteeEntity.ReportRow;

/** Maps monitoring committees. */
final class CommitteeMapper implements EntityMapper<MonitoringCommittee.State, CommitteeEntity> {

    @Override
    public MonitoringCommittee.State read(CommitteeEntity e) {
        Map<Integer, List<DutyRow>> duties = groupBy(Row.values(e.duties), DutyRow::revision);
        return new MonitoringCommittee.State(id(e.id, CommitteeId::new), id(e.frameworkId, FrameworkId::new),
                id(e.installedAt, MeetingId::new), e.installedOn,
                Row.values(e.members).stream().map(m -> new CommitteeMember(id(m.organisationId(), OrganisationId::new),
                        m.category(), m.person().toPerson(), EffectiveColumns.effective(m.effective()), m.leavingReason())).toList(),
                Row.values(e.mandates).stream().map(m -> new Mandate(m.revision(), m.adoptedOn(), m.scope(),
                        duties.getOrDefault(m.revision(), List.of()).stream().map(DutyRow::duty).toList(),
                        new Period(m.periodStart(), m.periodEnd()), id(m.planId(), PlanId::new), m.reason())).toList(),
                Row.values(e.reports).stream().map(r -> new ProgressReport(id(r.reportId(), ReportId::new),
                        id(r.planId(), PlanId::new), r.filedOn(), r.summary())).toList(),
                Row.values(e.obstacles).stream().map(o -> new Obstacle(id(o.obstacleId(), ObstacleId::new),
                        id(o.planId(), PlanId::new), id(o.actionId(), ActionId::new), o.description(), o.raisedOn(),
                        id(o.reportedTo(), MeetingId::new), o.resolution(), o.resolvedOn())).toList());
    }

    @Override
    public void write(MonitoringCommittee.State s, CommitteeEntity e) {
        e.frameworkId = key(s.framework());
        e.installedAt = key(s.installedAt());
        e.installedOn = s.installedOn();
        Row.sync(e, e.members, s.members().stream().map(m -> new MemberRow(key(m.organisation()), m.category(),
                PersonColumns.of(m.person()), EffectiveColumns.of(m.effective()), m.leavingReason())).toList(),
                CommitteeEntity.CommitteeMemberRow::new);
        List<MandateRow> mandates = new ArrayList<>();
        List<DutyRow> duties = new ArrayList<>();
        for (Mandate m : s.mandates()) {
            mandates.add(new MandateRow(m.revision(), m.adoptedOn(), m.scope(), m.period().start(), m.period().end(),
                    key(m.plan()), m.reason()));
            m.duties().forEach(duty -> duties.add(new DutyRow(m.revision(), duty)));
        }
        Row.sync(e, e.mandates, mandates, CommitteeEntity.CommitteeMandateRow::new);
        Row.sync(e, e.duties, duties, CommitteeEntity.CommitteeMandateDutyRow::new);
        Row.sync(e, e.reports, s.reports().stream().map(r -> new ReportRow(key(r.id()), key(r.plan()), r.filedOn(),
                r.summary())).toList(), CommitteeEntity.CommitteeReportRow::new);
        Row.sync(e, e.obstacles, s.obstacles().stream().map(o -> new ObstacleRow(key(o.id()), key(o.plan()),
                key(o.action()), o.description(), o.raisedOn(), key(o.reportedTo()), o.resolution(), o.resolvedOn()))
                .toList(), CommitteeEntity.CommitteeObstacleRow::new);
    }
}
