package org.kafo.model.plan;

import java.time.LocalDate;
import org.kafo.model.common.Require;
import org.kafo.model.meeting.MeetingId;

/** The meeting that reviewed a plan, and the day. */
public record PlanReview(MeetingId meeting, LocalDate reviewedOn) {

    public PlanReview {
        Require.present(meeting, "meeting");
        Require.day(reviewedOn, "reviewed on");
    }
}
