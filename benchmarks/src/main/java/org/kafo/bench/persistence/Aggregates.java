package org.kafo.bench.persistence;

import java.util.List;
import org.kafo.bench.rules.GeneratedFramework;
import org.kafo.model.Repositories;
import org.kafo.model.committee.MonitoringCommittee;
import org.kafo.model.framework.ConsultationFramework;
import org.kafo.model.meeting.Meeting;
import org.kafo.model.need.Need;
import org.kafo.model.organisation.Organisation;
import org.kafo.model.plan.ActionPlan;

/**
 * A generated framework and its children as new aggregates (version 0, never saved), ready for the
 * repositories. Saving does not change them, so the same ones serve every run.
 */
record Aggregates(List<Organisation> organisations, ConsultationFramework framework, List<Need> needs,
        List<Meeting> meetings, List<ActionPlan> plans, MonitoringCommittee committee) {

    static Aggregates of(GeneratedFramework f) {
        return new Aggregates(f.organisations().stream().map(s -> Organisation.restore(s, 0)).toList(),
                ConsultationFramework.restore(f.framework(), 0),
                f.needs().stream().map(s -> Need.restore(s, 0)).toList(),
                f.meetings().stream().map(s -> Meeting.restore(s, 0)).toList(),
                f.plans().stream().map(s -> ActionPlan.restore(s, 0)).toList(),
                f.committee() == null ? null : MonitoringCommittee.restore(f.committee(), 0));
    }

    /** Saves each aggregate through its repository port. */
    void saveWith(Repositories repositories) {
        organisations.forEach(repositories.organisations()::save);
        repositories.frameworks().save(framework);
        needs.forEach(repositories.needs()::save);
        meetings.forEach(repositories.meetings()::save);
        plans.forEach(repositories.plans()::save);
        if (committee != null) {
            repositories.committees().save(committee);
        }
    }
}
