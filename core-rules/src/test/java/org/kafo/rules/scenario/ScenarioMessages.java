package org.kafo.rules.scenario;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kafo.model.committee.ObstacleStatus;
import org.kafo.model.common.Sector;
import org.kafo.model.common.Sex;
import org.kafo.model.framework.DeliberatingBody;
import org.kafo.model.framework.DeliberationOutcome;
import org.kafo.model.framework.FrameworkStatus;
import org.kafo.model.meeting.AgendaItem;
import org.kafo.model.meeting.AgendaItemKind;
import org.kafo.model.meeting.MeetingStatus;
import org.kafo.model.need.NeedKind;
import org.kafo.model.need.NeedStatus;
import org.kafo.model.organisation.OrganisationKind;
import org.kafo.model.organisation.PartyCategory;
import org.kafo.model.plan.ActionKind;
import org.kafo.model.plan.ActionStatus;
import org.kafo.model.plan.ContributionForm;
import org.kafo.model.plan.ReviewOutcome;
import org.kafo.rules.RuleBook;
import org.kafo.rules.Severity;
import org.kafo.rules.Verdict;

/**
 * What a scenario said to people: every verdict the rules gave and every agenda item the process
 * wrote, recorded as the scenario goes (its fixture passes each outcome and each convened meeting
 * through {@link #record}), then read in French and in English with the scenario's rule book.
 * {@link #problems()} lists each message that shows a person what only a machine should read.
 */
public final class ScenarioMessages {

    static final List<Locale> LANGUAGES = List.of(Locale.FRENCH, Locale.ENGLISH);

    /** The model's enums whose constants a verdict may carry: none may show as such in a message. */
    public static final List<Class<? extends Enum<?>>> MODEL_ENUMS = List.of(PartyCategory.class,
            OrganisationKind.class, ActionKind.class, ActionStatus.class, ReviewOutcome.class, ContributionForm.class,
            FrameworkStatus.class, MeetingStatus.class, ObstacleStatus.class, NeedKind.class, NeedStatus.class,
            AgendaItemKind.class, Sex.class, Severity.class, DeliberatingBody.class, DeliberationOutcome.class);

    private static final Pattern UUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    /** An enum constant of several words: {@code SUPPORT_PROGRAMME}. */
    private static final Pattern CONSTANT = Pattern.compile("\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\\b");
    /** A sector code of several words: {@code market-gardening}. */
    private static final Pattern HYPHENATED = Pattern.compile("\\b[a-z0-9]+(?:-[a-z0-9]+)+\\b");

    private final RuleBook book;
    private final List<Verdict> verdicts = new ArrayList<>();
    private final List<AgendaItem> agendaItems = new ArrayList<>();

    public ScenarioMessages(RuleBook book) {
        this.book = book;
    }

    public void record(Collection<Verdict> given) {
        verdicts.addAll(given);
    }

    /** The items of a convened meeting's agenda that the process wrote (the convener's read as typed). */
    public void recordAgenda(Collection<AgendaItem> agenda) {
        agenda.stream().filter(AgendaItem::isWritten).forEach(agendaItems::add);
    }

    public List<Verdict> verdicts() {
        return List.copyOf(verdicts);
    }

    /**
     * Every message, what to do about it (its rule's remedy) and agenda item title, in French then
     * in English, each once.
     */
    public Set<String> messages() {
        Set<String> messages = new LinkedHashSet<>();
        for (Locale language : LANGUAGES) {
            verdicts.forEach(v -> messages.add(book.message(v, language)));
            verdicts.forEach(v -> book.remedy(v.ruleId(), language).ifPresent(messages::add));
            agendaItems.forEach(item -> messages.add(book.title(item, language)));
        }
        return messages;
    }

    /** The message keys the scenario produced. */
    public Set<String> keys() {
        Set<String> keys = new TreeSet<>();
        verdicts.forEach(v -> keys.add(v.messageKey()));
        return keys;
    }

    /**
     * What is wrong with the messages: a UUID, an enum constant (one of several words, or any
     * constant a verdict carried, when it shows as such), a sector code (of several words, or one
     * a verdict carried with no label in the language), a placeholder left.
     */
    public List<String> problems() {
        Set<String> constants = new TreeSet<>();
        MODEL_ENUMS.forEach(type -> Arrays.stream(type.getEnumConstants()).forEach(c -> constants.add(c.name())));
        Set<Sector> sectors = new LinkedHashSet<>();
        verdicts.forEach(v -> v.values().values().forEach(value -> collect(value, constants, sectors)));
        List<String> problems = new ArrayList<>();
        for (Locale language : LANGUAGES) {
            for (Sector sector : sectors) {
                if (book.sectorLabel(sector, language).isEmpty()) {
                    problems.add("sector " + sector.code() + " has no label in " + language);
                }
            }
        }
        for (String message : messages()) {
            find(UUID, message).forEach(id -> problems.add("an id (" + id + "): " + message));
            find(CONSTANT, message).forEach(c -> problems.add("an enum constant (" + c + "): " + message));
            for (String constant : constants) {
                if (Pattern.compile("\\b" + constant + "\\b").matcher(message).find()) {
                    problems.add("an enum constant (" + constant + "): " + message);
                }
            }
            for (String code : find(HYPHENATED, message)) {
                if (sectors.stream().anyMatch(s -> s.code().equals(code)) || isSectorCode(code)) {
                    problems.add("a sector code (" + code + "): " + message);
                }
            }
            if (message.contains("{") || message.contains("}")) {
                problems.add("a placeholder left: " + message);
            }
        }
        return problems;
    }

    /** The sectors a verdict carried, and the constants of its enums that read as themselves: untranslated. */
    private void collect(Object value, Set<String> constants, Set<Sector> sectors) {
        if (value instanceof Collection<?> list) {
            list.forEach(element -> collect(element, constants, sectors));
        } else if (value instanceof Sector sector) {
            sectors.add(sector);
        } else if (value instanceof Enum<?> constant) {
            for (Enum<?> any : constant.getDeclaringClass().getEnumConstants()) {
                for (Locale language : LANGUAGES) {
                    if (book.format(any, language).equals(any.name())) {
                        constants.add(any.name());
                    }
                }
            }
        }
    }

    /** A code the book has a sector label for. */
    private boolean isSectorCode(String code) {
        try {
            return book.sectorLabel(Sector.of(code), Locale.ENGLISH).isPresent();
        } catch (RuntimeException notACode) {
            return false;
        }
    }

    private static List<String> find(Pattern pattern, String message) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(message);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }
}
