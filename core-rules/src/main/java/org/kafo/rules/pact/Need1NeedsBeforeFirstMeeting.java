package org.kafo.rules.pact;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.kafo.model.common.Sector;
import org.kafo.model.framework.ConsultationFramework;
import org.kafo.model.meeting.Meeting;
import org.kafo.model.meeting.MeetingId;
import org.kafo.model.need.Need;
import org.kafo.model.need.NeedStatus;
import org.kafo.model.organisation.PartyCategory;
import org.kafo.rules.RuleDefinition;
import org.kafo.rules.RuleProfile;
import org.kafo.rules.Situation;
import org.kafo.rules.Verdict;
import org.kafo.rules.command.AdoptActionPlan;
import org.kafo.rules.command.HoldMeeting;

/**
 * NEED-1: the first meeting requires needs identified by the professionals of every priority
 * sector. "Prior to the first consultation framework meeting, sector professionals identify their
 * needs."
 *
 * <p>Blocking ({@code NEED-1.sector-without-need}, one verdict per sector) on {@link HoldMeeting}
 * of the framework's first meeting and on {@link AdoptActionPlan} of its first plan, unless every
 * priority sector has at least one need that:
 * <ul>
 *   <li>belongs to the framework and is not withdrawn (open, planned or met all count);</li>
 *   <li>was raised by a professional organisation (its category in the framework);</li>
 *   <li>was identified no later than the day of the meeting, or of the adoption.</li>
 * </ul>
 * The first meeting is the first to be held: meeting 1, or the next one when meeting 1 was
 * cancelled. Later meetings and plans are not checked: by then the framework works from its plans.
 */
public final class Need1NeedsBeforeFirstMeeting {

    public static final String ID = "NEED-1";

    private Need1NeedsBeforeFirstMeeting() {
    }

    public static RuleDefinition definition() {
        return RuleDefinition.of(ID)
                .on(HoldMeeting.class, Need1NeedsBeforeFirstMeeting::onFirstMeeting)
                .on(AdoptActionPlan.class, Need1NeedsBeforeFirstMeeting::onFirstPlan)
                .build();
    }

    private static List<Verdict> onFirstMeeting(HoldMeeting command, Situation situation, RuleProfile profile) {
        Optional<Meeting> meeting = DecidingMeeting.find(command.meeting(), situation);
        if (meeting.isEmpty() || !situation.heldMeetings().isEmpty()) {
            return List.of();
        }
        return sectorsWithoutNeed(situation, command.meeting(), command.on());
    }

    private static List<Verdict> onFirstPlan(AdoptActionPlan command, Situation situation, RuleProfile profile) {
        if (!situation.plans().isEmpty()) {
            return List.of();
        }
        return sectorsWithoutNeed(situation, command.meeting(), command.on());
    }

    private static List<Verdict> sectorsWithoutNeed(Situation situation, MeetingId meeting, LocalDate day) {
        ConsultationFramework framework = situation.framework();
        List<Verdict> verdicts = new ArrayList<>();
        for (Sector sector : framework.prioritySectors()) {
            boolean identified = situation.needs().stream().anyMatch(need -> counts(need, sector, day, situation));
            if (!identified) {
                verdicts.add(Verdict.blocking(ID, ID + ".sector-without-need", "framework", framework.name(),
                        "frameworkId", framework.id(), "meeting", Labels.meeting(meeting, situation),
                        "meetingId", meeting, "sector", sector, "on", day));
            }
        }
        return verdicts;
    }

    private static boolean counts(Need need, Sector sector, LocalDate day, Situation situation) {
        return need.framework().equals(situation.framework().id())
                && need.sector().equals(sector)
                && need.status() != NeedStatus.WITHDRAWN
                && !need.identifiedOn().isAfter(day)
                && situation.categoryOf(need.raisedBy()).filter(PartyCategory.PROFESSIONAL_ORGANISATION::equals)
                        .isPresent();
    }
}
