package org.kafo.model.indicator;

/**
 * Meetings held against meetings due. The first meeting is due once the framework is established;
 * then one is due by the last day of each adopted plan (CYC-2), counted once that day has come.
 *
 * @param due  meetings due on or before the day
 * @param held meetings held on or before the day
 */
public record MeetingIndicators(long due, long held) {

    public static final MeetingIndicators NONE = new MeetingIndicators(0, 0);

    /** Held of due; above 100 % when more meetings were held than were due. */
    public Share heldOfDue() {
        return Share.of(held, due);
    }

    public MeetingIndicators plus(MeetingIndicators other) {
        return new MeetingIndicators(due + other.due, held + other.held);
    }
}
