package org.kafo.rules.command;

import java.time.LocalDate;
import java.util.List;
import org.kafo.model.committee.CommitteeMember;
import org.kafo.model.common.Period;
import org.kafo.model.common.Require;
import org.kafo.model.framework.FrameworkId;
import org.kafo.model.meeting.MeetingId;

/** The framework installs its monitoring committee after adopting a plan, with a written mandate covering the plan in force (MON-1, MON-2). */
public record InstallCommittee(FrameworkId framework, MeetingId meeting, List<CommitteeMember> members, String scope, List<String> duties, Period period, LocalDate on) implements Command {

    public InstallCommittee {
        Require.present(framework, "framework");
        Require.present(meeting, "meeting");
        Require.present(on, "on");
        members = members == null ? List.of() : Require.list(members, "members");
        duties = duties == null ? List.of() : Require.list(duties, "duties");
    }
}
