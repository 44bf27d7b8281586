package org.kafo.server.exchange;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.kafo.model.meeting.AgendaItem;
import org.kafo.model.meeting.Meeting;
import org.kafo.model.meeting.MeetingStatus;
import org.kafo.model.meeting.Postponement;
import org.kafo.rules.RuleBook;

/**
 * A framework's meetings as an iCalendar feed (RFC 5545) for its members' calendars: one all-day
 * event per meeting (Kafo records a meeting's day, not its hour), on the day it was held, else the
 * day it is planned for. Its UID is the meeting's id, the same at every fetch; its SEQUENCE counts
 * the revisions a calendar must apply (each postponement, and the cancellation); its STATUS is
 * TENTATIVE while planned, CONFIRMED once convened or held, CANCELLED once cancelled. The
 * description gives the agenda, the convocation, the postponements and the cancellation's reason,
 * in the language asked for.
 */
public final class MeetingCalendar {

    public static final String MEDIA_TYPE = "text/calendar; charset=utf-8";

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final RuleBook rules;

    /** @param rules the rule book in force, which words the agenda items the process wrote */
    public MeetingCalendar(RuleBook rules) {
        this.rules = Objects.requireNonNull(rules, "rule book is required");
    }

    /** The UID of a meeting's event: the same whenever the feed is fetched. */
    static String uid(Meeting meeting) {
        return "meeting-" + meeting.id().value() + "@kafo";
    }

    /**
     * The feed of the dossier's meetings.
     *
     * @param stamp the moment the feed is written (DTSTAMP)
     */
    public byte[] write(Dossier dossier, Locale locale, Instant stamp) {
        Words words = new Words(locale);
        String name = words.get("ics.calendar", dossier.framework().name());
        ContentLines lines = new ContentLines()
                .add("BEGIN", "VCALENDAR")
                .add("VERSION", "2.0")
                .add("PRODID", "-//Kafo//Meetings of a consultation framework//" + locale.getLanguage().toUpperCase(Locale.ROOT))
                .add("CALSCALE", "GREGORIAN")
                .add("METHOD", "PUBLISH")
                .text("NAME", name)
                .text("X-WR-CALNAME", name)
                .text("X-WR-CALDESC", words.get("ics.calendar.description", dossier.framework().name(),
                        dossier.commune().name()))
                .add("REFRESH-INTERVAL;VALUE=DURATION", "PT6H")
                .add("X-PUBLISHED-TTL", "PT6H");
        String dtstamp = STAMP.format(stamp.truncatedTo(ChronoUnit.SECONDS));
        for (Meeting meeting : dossier.meetings()) {
            LocalDate day = meeting.heldOn().orElse(meeting.plannedOn());
            lines.add("BEGIN", "VEVENT")
                    .add("UID", uid(meeting))
                    .add("DTSTAMP", dtstamp)
                    .add("DTSTART;VALUE=DATE", DAY.format(day))
                    .add("DTEND;VALUE=DATE", DAY.format(day.plusDays(1)))
                    .add("SEQUENCE", Integer.toString(sequence(meeting)))
                    .add("STATUS", status(meeting.status()))
                    .text("SUMMARY", summary(words, dossier, meeting))
                    .text("LOCATION", meeting.venue() + ", " + dossier.commune().name())
                    .text("DESCRIPTION", description(words, dossier, meeting))
                    .add("TRANSP", "TRANSPARENT")
                    .add("END", "VEVENT");
        }
        return lines.add("END", "VCALENDAR").bytes();
    }

    /** The revisions a calendar applies: one per postponement, one for the cancellation. */
    static int sequence(Meeting meeting) {
        return meeting.postponements().size() + (meeting.status() == MeetingStatus.CANCELLED ? 1 : 0);
    }

    static String status(MeetingStatus status) {
        return switch (status) {
            case PLANNED -> "TENTATIVE";
            case CONVENED, HELD -> "CONFIRMED";
            case CANCELLED -> "CANCELLED";
        };
    }

    private static String summary(Words words, Dossier dossier, Meeting meeting) {
        String summary = words.get("ics.summary", meeting.sequence(), dossier.framework().name());
        return meeting.status() == MeetingStatus.CANCELLED ? words.get("ics.summary.cancelled", summary) : summary;
    }

    private String description(Words words, Dossier dossier, Meeting meeting) {
        List<String> lines = new ArrayList<>();
        switch (meeting.status()) {
            case PLANNED -> lines.add(words.get("ics.planned"));
            case CONVENED -> { }
            case HELD -> lines.add(words.get("ics.held", words.date(meeting.heldOn().orElseThrow())));
            case CANCELLED -> lines.add(words.get("ics.cancelled", meeting.cancellationReason().orElse("—")));
        }
        for (Postponement postponement : meeting.postponements()) {
            lines.add(postponement.reason() == null
                    ? words.get("ics.postponed", words.date(postponement.from()), words.date(postponement.to()))
                    : words.get("ics.postponed.because", words.date(postponement.from()), words.date(postponement.to()),
                            postponement.reason()));
        }
        meeting.convocation().ifPresent(c -> lines.add(words.get("ics.convened", words.date(c.issuedOn()),
                dossier.organisations().containsKey(c.issuedBy()) ? dossier.organisation(c.issuedBy()).name() : "—")));
        List<AgendaItem> agenda = meeting.agenda();
        if (!agenda.isEmpty()) {
            lines.add(words.get("ics.agenda"));
            for (int i = 0; i < agenda.size(); i++) {
                lines.add((i + 1) + ". " + rules.title(agenda.get(i), words.locale()));
            }
        }
        return String.join("\n", lines);
    }
}
