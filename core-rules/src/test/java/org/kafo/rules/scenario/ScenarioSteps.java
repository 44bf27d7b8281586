package org.kafo.rules.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.kafo.model.Repositories;
import org.kafo.model.common.Person;
import org.kafo.model.meeting.Attendance;
import org.kafo.model.meeting.Meeting;
import org.kafo.model.meeting.MeetingId;
import org.kafo.model.organisation.OrganisationId;
import org.kafo.rules.RuleBook;
import org.kafo.rules.Severity;
import org.kafo.rules.Verdict;
import org.kafo.rules.command.RecordAttendance;
import org.kafo.rules.pact.PactRules;
import org.kafo.rules.process.ConsultationProcess;
import org.kafo.rules.process.Outcome;
import org.kafo.rules.process.Transactions;

/**
 * What every scenario does the same way: a fresh register for each test, the process over it with
 * PACT's rule book, and the checks of what the rules say at each step, recording every verdict and
 * every agenda item the process wrote for {@link ScenarioMessagesTest} to read in both languages.
 */
public abstract class ScenarioSteps {

    protected final RuleBook book = PactRules.book();
    protected Repositories repositories;
    protected ConsultationProcess process;
    /** Every message the story showed people, for ScenarioMessagesTest to read in both languages. */
    private final ScenarioMessages messages = new ScenarioMessages(book);

    /** Where the story is stored: a fresh, empty set of repositories for each test. */
    protected abstract Repositories newRepositories();

    /** How one command becomes one unit of work on those repositories. */
    protected abstract Transactions transactions();

    @BeforeEach
    public void openTheRegister() {
        repositories = newRepositories();
        process = new ConsultationProcess(repositories, book, transactions());
    }

    /** What the story said to people so far: its verdicts and the agenda items the process wrote. */
    public ScenarioMessages messages() {
        return messages;
    }

    /** The command went through with exactly these verdicts, in the book's order. */
    protected <T> T accepted(Outcome<T> outcome, Tuple... verdicts) {
        messages.record(outcome.verdicts());
        assertThat(outcome.accepted()).as("accepted, verdicts %s", outcome.verdicts()).isTrue();
        assertThat(outcome.verdicts()).extracting(Verdict::ruleId, Verdict::severity, Verdict::messageKey)
                .containsExactly(verdicts);
        T result = outcome.orElseThrow();
        if (result instanceof Meeting meeting) {
            messages.recordAgenda(meeting.agenda());
        }
        return result;
    }

    /** The command was refused with exactly these verdicts, in the book's order, and changed nothing. */
    protected void refused(Outcome<?> outcome, Tuple... verdicts) {
        messages.record(outcome.verdicts());
        assertThat(outcome.refused()).as("refused, verdicts %s", outcome.verdicts()).isTrue();
        assertThat(outcome.verdicts()).extracting(Verdict::ruleId, Verdict::severity, Verdict::messageKey)
                .containsExactly(verdicts);
        assertThat(outcome.events()).isEmpty();
    }

    /** Verdicts given outside a command (a follow-up): recorded with the others. */
    protected List<Verdict> said(Collection<Verdict> verdicts) {
        messages.record(verdicts);
        return List.copyOf(verdicts);
    }

    protected Attendance present(OrganisationId organisation, Person person) {
        return new Attendance(organisation, repositories.organisations().get(organisation).category(), person);
    }

    protected void attend(MeetingId meeting, java.time.LocalDate on, Attendance... attendees) {
        accepted(process.recordAttendance(new RecordAttendance(meeting, List.of(attendees), on)));
    }

    /** Every verdict of the story has its message in both languages, each its own. */
    protected void everyVerdictReadsInFrenchAndInEnglish() {
        assertThat(messages.verdicts()).isNotEmpty().allSatisfy(verdict -> {
            String french = book.message(verdict, Locale.FRENCH);
            String english = book.message(verdict, Locale.ENGLISH);
            assertThat(french).as("French for %s", verdict).doesNotContain("{", verdict.messageKey());
            assertThat(english).as("English for %s", verdict).doesNotContain("{", verdict.messageKey());
            assertThat(french).isNotEqualTo(english);
        });
    }

    protected static Tuple blocking(String ruleId, String reason) {
        return tuple(ruleId, Severity.BLOCKING, ruleId + "." + reason);
    }

    protected static Tuple warning(String ruleId, String reason) {
        return tuple(ruleId, Severity.WARNING, ruleId + "." + reason);
    }

    protected static Tuple info(String ruleId, String reason) {
        return tuple(ruleId, Severity.INFO, ruleId + "." + reason);
    }

    protected static List<String> eventsOf(Outcome<?> outcome) {
        return outcome.events().stream().map(event -> event.getClass().getSimpleName()).toList();
    }
}
