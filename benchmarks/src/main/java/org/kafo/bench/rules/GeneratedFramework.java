package org.kafo.bench.rules;

import java.util.List;
import org.kafo.model.committee.MonitoringCommittee;
import org.kafo.model.framework.ConsultationFramework;
import org.kafo.model.meeting.Meeting;
import org.kafo.model.need.Need;
import org.kafo.model.organisation.Organisation;
import org.kafo.model.plan.ActionPlan;

/**
 * A framework the generator played through the process: the commands the catalogue checks, in
 * the order they came, and the aggregates as they were stored at the end of the story.
 *
 * @param index         its rank in the generated set
 * @param checks        every command some catalogue rule watches, with its situation and verdicts
 * @param organisations the parties of the framework
 * @param framework     the framework with its memberships and status history
 * @param needs         its needs
 * @param meetings      its meetings, by sequence
 * @param plans         its action plans, by cycle
 * @param committee     its monitoring committee, if one was installed
 */
public record GeneratedFramework(int index, List<CheckedCommand> checks, List<Organisation.State> organisations,
        ConsultationFramework.State framework, List<Need.State> needs, List<Meeting.State> meetings,
        List<ActionPlan.State> plans, MonitoringCommittee.State committee) {

    public GeneratedFramework {
        checks = List.copyOf(checks);
        organisations = List.copyOf(organisations);
        needs = List.copyOf(needs);
        meetings = List.copyOf(meetings);
        plans = List.copyOf(plans);
    }

    /** The same framework without its checked commands: what the persistence benchmark keeps. */
    public GeneratedFramework withoutChecks() {
        return new GeneratedFramework(index, List.of(), organisations, framework, needs, meetings, plans, committee);
    }
}
