package org.kafo.server.documents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.kafo.model.Repositories;
import org.kafo.model.common.AggregateNotFoundException;
import org.kafo.model.common.Sex;
import org.kafo.model.framework.ConsultationFramework;
import org.kafo.model.meeting.Meeting;
import org.kafo.model.organisation.PartyCategory;
import org.kafo.model.plan.ActionPlan;
import org.kafo.rules.Quorum;
import org.kafo.rules.RuleBook;
import org.kafo.rules.process.ConsultationProcess;
import org.kafo.server.api.MeetingView;
import org.kafo.server.api.PersonValue;
import org.kafo.server.api.PlanView;
import org.kafo.server.web.MeetingPage.Invitee;
import org.kafo.server.web.MeetingSheets;
import org.kafo.server.web.PlanSheets;
import org.kafo.server.web.Texts;

/**
 * A meeting's three papers, printed in French or English: the convocation with its agenda, the
 * attendance sheet to print and sign, and the minutes (procès-verbal). Each shares with the meeting
 * page what the page shows too (the agenda, the attendance counted by category, MEET-1's quorum as
 * the process counts it, the parties' word on the minutes) and the minutes show the plan adopted
 * with the plan page's own table. The caller asked the access policy first, as for the page.
 */
public class MeetingPapers {

    /** The empty rows the attendance sheet leaves under each category, for people it does not list. */
    static final int EMPTY_ROWS = 3;

    private final Papers papers;
    private final RuleBook rules;
    private final ConsultationProcess process;

    /** @param process asked for MEET-1's quorum of a held meeting, as the meeting page asks it */
    public MeetingPapers(Papers papers, RuleBook rules, ConsultationProcess process) {
        this.papers = papers;
        this.rules = rules;
        this.process = process;
    }

    /** One of the three papers, as {@code MeetingPapers::convocation} names it for the API and the pages. */
    @FunctionalInterface
    public interface Printer {

        Document of(MeetingPapers papers, Meeting meeting, Locale language, LocalDate today);
    }

    /** The paper of a link's name, one of {@link org.kafo.server.web.Printing#MEETING_PAPERS}. */
    public static Printer linked(String name) {
        return switch (name) {
            case "convocation" -> MeetingPapers::convocation;
            case "attendance-sheet" -> MeetingPapers::attendanceSheet;
            case "minutes" -> MeetingPapers::minutes;
            default -> throw new IllegalArgumentException("no paper " + name);
        };
    }

    /**
     * A meeting as its papers show it: the meeting read in the paper's language, the framework, the
     * parties invited and who convened them.
     *
     * @param convener the name of the organisation that convened it; null for a meeting not convened
     * @param mayor    whether the municipality convened it (its mayor signs)
     */
    public record Paper(MeetingView meeting, String framework, List<Invitee> invitees, String convener,
            boolean mayor) {

        /** The invitees by category, in the categories' order, each in the convocation's order. */
        public List<Group> groups() {
            List<Group> groups = new ArrayList<>();
            for (PartyCategory category : PartyCategory.values()) {
                List<Invitee> of = invitees.stream().filter(i -> i.category() == category).toList();
                if (!of.isEmpty()) {
                    groups.add(new Group(category, of));
                }
            }
            return groups;
        }

        /** The invitees no one signed for. */
        public List<Invitee> absent() {
            return invitees.stream().filter(i -> !i.present()).toList();
        }

        /** The name of an invitee; for a party not invited, its id. */
        public String name(java.util.UUID organisation) {
            return invitees.stream().filter(i -> i.organisation().equals(organisation)).map(Invitee::name)
                    .findFirst().orElse(organisation.toString());
        }
    }

    /** The parties of one category. */
    public record Group(PartyCategory category, List<Invitee> invitees) {
    }

    /**
     * One row of the attendance sheet: a person expected for a party, a person who signed for it,
     * or an empty row ({@code name} and {@code organisation} null) for someone the sheet does not list.
     *
     * @param number  its number on the sheet, from 1
     * @param present whether this person was recorded present
     */
    public record Line(int number, String name, String organisation, Sex sex, boolean youth, boolean present) {

        public boolean empty() {
            return name == null && organisation == null;
        }
    }

    /** The rows of one category on the attendance sheet. */
    public record Lines(PartyCategory category, List<Line> lines) {
    }

    /**
     * The attendance sheet of a meeting.
     *
     * @param recorded whether attendance was recorded (then a column ticks who was recorded present)
     */
    public record Sheet(Paper paper, List<Lines> groups, boolean recorded) {
    }

    /**
     * The minutes of a held meeting.
     *
     * @param adopted  the plan adopted at the meeting, as the plan page shows it; null if none
     * @param reviewed the plan the meeting reviewed; null if none
     */
    public record Minutes(Paper paper, Quorum quorum, List<MeetingSheets.Count> counts, PlanSheets.Plan adopted,
            PlanView reviewed) {
    }

    /**
     * The convocation posted at the town hall and sent to the members: the meeting's day and place,
     * its agenda in order, the parties convened by category, and who convenes with a place to sign.
     *
     * @throws AggregateNotFoundException if the meeting was not convened
     */
    public Document convocation(Meeting meeting, Locale language, LocalDate today) {
        Texts t = papers.texts(language);
        Paper paper = paper(meeting, t, "convocation");
        Heading heading = heading(meeting, t, "doc.meeting.convocation.title", today);
        return papers.print(t, heading, "doc/convocation.jte", t.get("doc.meeting.convocation.file",
                meeting.sequence(), heading.commune()), "m", paper);
    }

    /**
     * The attendance sheet to print and sign: the parties invited by category with the people who sit
     * for them (name, organisation, woman or man, youth) and a column to sign, and a few empty rows
     * under each category; once attendance is recorded, who was recorded present is ticked and those
     * who signed for a party without being its representatives are listed too.
     *
     * @throws AggregateNotFoundException if the meeting was not convened
     */
    public Document attendanceSheet(Meeting meeting, Locale language, LocalDate today) {
        Texts t = papers.texts(language);
        Paper paper = paper(meeting, t, "attendance sheet");
        int[] numbered = {0};
        List<Lines> groups = paper.groups().stream()
                .map(group -> new Lines(group.category(), lines(group, numbered))).toList();
        Heading heading = heading(meeting, t, "doc.meeting.sheet.title", today);
        return papers.print(t, heading, "doc/attendance.jte", t.get("doc.meeting.sheet.file", meeting.sequence(),
                heading.commune()), "s", new Sheet(paper, groups, !meeting.attendance().isEmpty()));
    }

    /**
     * The minutes of a held meeting: its attendance listed and counted by category, MEET-1's quorum,
     * the minutes' text, the plan adopted and the plan reviewed there, each party's word on the
     * minutes, and places for the chair and the secretary to sign.
     *
     * @throws AggregateNotFoundException if the meeting has no minutes (it was not held, or they are not recorded yet)
     */
    public Document minutes(Meeting meeting, Locale language, LocalDate today) {
        if (meeting.minutes().isEmpty()) {
            throw new AggregateNotFoundException("minutes of meeting", meeting.id());
        }
        Texts t = papers.texts(language);
        Paper paper = paper(meeting, t, "minutes");
        Repositories repositories = papers.repositories;
        List<ActionPlan> plans = repositories.plans().findByFramework(meeting.framework());
        PlanSheets.Plan adopted = plans.stream().filter(p -> p.adoptedAt().equals(meeting.id())).findFirst()
                .map(p -> PlanSheets.plan(repositories, p, today, null, null)).orElse(null);
        PlanView reviewed = plans.stream().filter(p -> p.review().filter(r -> r.meeting().equals(meeting.id())).isPresent())
                .max(Comparator.comparingInt(ActionPlan::cycle)).map(PlanView::of).orElse(null);
        Minutes minutes = new Minutes(paper, process.quorum(meeting.id(), Set.of()),
                MeetingSheets.counts(paper.meeting().attendance()), adopted, reviewed);
        Heading heading = heading(meeting, t, "doc.meeting.minutes.title", today);
        return papers.print(t, heading, "doc/minutes.jte", t.get("doc.meeting.minutes.file", meeting.sequence(),
                heading.commune()), "m", minutes);
    }

    private Paper paper(Meeting meeting, Texts t, String what) {
        if (meeting.convocation().isEmpty()) {
            throw new AggregateNotFoundException(what + " of meeting", meeting.id());
        }
        Repositories repositories = papers.repositories;
        ConsultationFramework framework = repositories.frameworks().get(meeting.framework());
        MeetingView view = MeetingView.of(meeting, rules, t.locale());
        var convener = repositories.organisations().get(meeting.convocation().get().issuedBy());
        return new Paper(view, framework.name(), MeetingSheets.invitees(repositories, meeting, framework, view),
                convener.name(), convener.category() == PartyCategory.MUNICIPALITY);
    }

    /** Under the title: the meeting's number, its day and its place. */
    private Heading heading(Meeting meeting, Texts t, String titleKey, LocalDate today) {
        LocalDate day = meeting.heldOn().orElse(meeting.plannedOn());
        return papers.heading(meeting.framework(), t, titleKey, t.get("meeting.heading", meeting.sequence()) + " · "
                + t.date(day) + " · " + meeting.venue(), today);
    }

    /**
     * The rows of a category: each representative of each party, ticked if recorded present; those
     * who signed for it besides; then the empty rows.
     */
    private static List<Line> lines(Group group, int[] numbered) {
        List<Line> lines = new ArrayList<>();
        for (Invitee invitee : group.invitees()) {
            for (PersonValue person : invitee.representatives()) {
                lines.add(line(++numbered[0], person, invitee, signed(invitee, person)));
            }
            invitee.signed().stream().filter(person -> invitee.representatives().stream()
                    .noneMatch(r -> r.name().equalsIgnoreCase(person.name())))
                    .forEach(person -> lines.add(line(++numbered[0], person, invitee, true)));
            if (invitee.representatives().isEmpty() && invitee.signed().isEmpty()) {
                lines.add(new Line(++numbered[0], "", invitee.name(), null, false, false));
            }
        }
        for (int i = 0; i < EMPTY_ROWS; i++) {
            lines.add(new Line(++numbered[0], null, null, null, false, false));
        }
        return lines;
    }

    private static Line line(int number, PersonValue person, Invitee invitee, boolean present) {
        return new Line(number, person.name(), invitee.name(), person.sex(), Boolean.TRUE.equals(person.youth()),
                present);
    }

    private static boolean signed(Invitee invitee, PersonValue person) {
        return invitee.signed().stream().anyMatch(s -> s.name().equalsIgnoreCase(person.name()));
    }
}
