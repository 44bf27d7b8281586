package org.kafo.rules.pact;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.kafo.model.framework.ConsultationFramework;
import org.kafo.model.meeting.Convocation;
import org.kafo.model.meeting.Meeting;
import org.kafo.model.meeting.MeetingId;
import org.kafo.model.meeting.MeetingStatus;
import org.kafo.rules.RuleDefinition;
import org.kafo.rules.Situation;
import org.kafo.rules.Verdict;
import org.kafo.rules.command.CancelMeeting;
import org.kafo.rules.command.PostponeMeeting;
import org.kafo.rules.internal.Overdue;

/**
 * MEET-2 (a default of the PACT profile): a meeting that does not take place on its day is postponed
 * or cancelled openly. The approach rests on "periodic meetings" whose invitations, rooms and travel
 * the commune organises ("meeting logistics (invitations, rooms, chair hire, accommodation)"): once the
 * convocation is out, the invited parties are told why the meeting moves or will not take place.
 *
 * <p>On {@link PostponeMeeting}:
 * <ul>
 *   <li>blocking when the meeting was convened and the postponement gives no reason
 *       ({@code MEET-2.postponed-without-reason}): the invited members are told why;</li>
 *   <li>blocking when the new day is not after the day the postponement is decided
 *       ({@code MEET-2.new-date-passed}): a meeting is not moved to a day the members can no longer
 *       be told of in time;</li>
 *   <li>a warning when the meeting was already postponed twice ({@code MEET-2.postponed-again}):
 *       a meeting that keeps moving is better cancelled and convened anew;</li>
 *   <li>an info, for a convened meeting, that its invitees are to be told of the new day
 *       ({@code MEET-2.tell-invitees-postponed}).</li>
 * </ul>
 *
 * <p>On {@link CancelMeeting}:
 * <ul>
 *   <li>blocking when the meeting was convened and no reason is given
 *       ({@code MEET-2.cancelled-without-reason}) (a planned meeting's cancellation without a reason
 *       is refused by the model itself);</li>
 *   <li>a warning when, without the cancelled meeting, the framework is overdue on the day of the
 *       cancellation as CYC-3 judges it ({@code MEET-2.leaves-framework-overdue}, the same test:
 *       {@code org.kafo.rules.internal.Overdue}): it stays so until another meeting is convened;</li>
 *   <li>an info, for a convened meeting, that its invitees are to be told
 *       ({@code MEET-2.tell-invitees-cancelled}).</li>
 * </ul>
 *
 * <p>A planned or convened meeting decided nothing (decisions are taken at a held meeting), so a
 * cancellation frees nothing it decided; a held meeting can neither be postponed nor cancelled.
 * Numbers are kept: a postponed meeting keeps its number, a cancelled meeting keeps its number too,
 * and the next meeting convened gets the next one (meeting 3 cancelled, the next one is meeting 4).
 */
public final class Meet2PostponeOrCancel {

    public static final String ID = "MEET-2";

    /** Postponements a meeting may have had before the next one is warned of. */
    static final int POSTPONEMENTS_BEFORE_WARNING = 2;

    private Meet2PostponeOrCancel() {
    }

    public static RuleDefinition definition() {
        return RuleDefinition.of(ID)
                .on(PostponeMeeting.class, (command, situation, profile) -> ifPending(command.meeting(), situation,
                        (meeting, convened) -> onPostponement(command, situation, meeting, convened)))
                .on(CancelMeeting.class, (command, situation, profile) -> ifPending(command.meeting(), situation,
                        (meeting, convened) -> onCancellation(command, situation, meeting, convened)))
                .build();
    }

    private static List<Verdict> onPostponement(PostponeMeeting command, Situation situation, Meeting meeting,
            boolean convened) {
        ConsultationFramework framework = situation.framework();
        List<Verdict> verdicts = new ArrayList<>();
        if (convened && isBlank(command.reason())) {
            verdicts.add(Verdict.blocking(ID, ID + ".postponed-without-reason", names(framework, meeting,
                    "newDate", command.newDate())));
        }
        if (!command.newDate().isAfter(command.on())) {
            verdicts.add(Verdict.blocking(ID, ID + ".new-date-passed", names(framework, meeting,
                    "newDate", command.newDate(), "on", command.on())));
        }
        if (meeting.postponements().size() >= POSTPONEMENTS_BEFORE_WARNING) {
            verdicts.add(Verdict.warning(ID, ID + ".postponed-again", names(framework, meeting,
                    "count", meeting.postponements().size() + 1, "since", meeting.originallyPlannedOn())));
        }
        if (convened && !isBlank(command.reason())) {
            verdicts.add(Verdict.info(ID, ID + ".tell-invitees-postponed", names(framework, meeting,
                    "count", invitees(meeting), "newDate", command.newDate(), "reason", command.reason().strip())));
        }
        return verdicts;
    }

    private static List<Verdict> onCancellation(CancelMeeting command, Situation situation, Meeting meeting,
            boolean convened) {
        ConsultationFramework framework = situation.framework();
        List<Verdict> verdicts = new ArrayList<>();
        if (convened && isBlank(command.reason())) {
            verdicts.add(Verdict.blocking(ID, ID + ".cancelled-without-reason", names(framework, meeting)));
        }
        Overdue.planOverdue(situation, command.on(), meeting.id()).ifPresent(plan -> verdicts.add(Verdict.warning(ID,
                ID + ".leaves-framework-overdue", names(framework, meeting, "plan", plan.cycle(),
                        "planId", plan.id(), "end", plan.period().end()))));
        if (convened && !isBlank(command.reason())) {
            verdicts.add(Verdict.info(ID, ID + ".tell-invitees-cancelled", names(framework, meeting,
                    "count", invitees(meeting), "reason", command.reason().strip())));
        }
        return verdicts;
    }

    /**
     * The check of a meeting of the framework still to take place, told whether its convocation was
     * issued; nothing for the others (the model refuses them).
     */
    private static List<Verdict> ifPending(MeetingId id, Situation situation,
            BiFunction<Meeting, Boolean, List<Verdict>> check) {
        return DecidingMeeting.find(id, situation)
                .filter(m -> m.status() == MeetingStatus.PLANNED || m.status() == MeetingStatus.CONVENED)
                .map(m -> check.apply(m, m.status() == MeetingStatus.CONVENED))
                .orElse(List.of());
    }

    private static int invitees(Meeting meeting) {
        return meeting.convocation().map(Convocation::invitees).map(List::size).orElse(0);
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    private static Object[] names(ConsultationFramework framework, Meeting meeting, Object... more) {
        Object[] facts = new Object[4 + more.length];
        facts[0] = "framework";
        facts[1] = framework.name();
        facts[2] = "meeting";
        facts[3] = meeting.sequence();
        System.arraycopy(more, 0, facts, 4, more.length);
        Object[] withIds = new Object[facts.length + 4];
        System.arraycopy(facts, 0, withIds, 0, facts.length);
        withIds[facts.length] = "frameworkId";
        withIds[facts.length + 1] = framework.id();
        withIds[facts.length + 2] = "meetingId";
        withIds[facts.length + 3] = meeting.id();
        return withIds;
    }
}
