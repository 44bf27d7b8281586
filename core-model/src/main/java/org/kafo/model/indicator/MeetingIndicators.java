package org.kafo.model.indicator;

/**
 * Meetings held against meetings due. The first meeting is due once the framework is established;
 * then one is due by the last day of each adopted plan (CYC-2), counted once that day has come.
 * A framework is overdue on the day when the plan in force has ended before it with no meeting
 * convened after the one that adopted it (CYC-3); a due meeting held late still counts as held.
 *
 * @param due     meetings due on or before the day
 * @param held    meetings held on or before the day
 * @param overdue frameworks overdue for their next meeting on the day: 0 or 1 for one framework,
 *                summed over many
 */
public record MeetingIndicators(long due, long held, long overdue) {

    public static final MeetingIndicators NONE = new MeetingIndicators(0, 0, 0);

    /** Held of due, none overdue. */
    public MeetingIndicators(long due, long held) {
        this(due, held, 0);
    }

    /** Held of due; above 100 % when more meetings were held than were due. */
    public Share heldOfDue() {
        return Share.of(held, due);
    }

    public MeetingIndicators plus(MeetingIndicators other) {
        return new MeetingIndicators(due + other.due, held + other.held, overdue + other.overdue);
    }
}
