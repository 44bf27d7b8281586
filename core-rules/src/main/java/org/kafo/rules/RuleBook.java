package org.kafo.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.ServiceLoader;
import java.util.Set;
import org.kafo.model.common.Sector;
import org.kafo.model.meeting.AgendaItem;

/**
 * The rules in force, built once from a profile and rule packs, then asked about every intended
 * change. Thread-safe and immutable: build one and share it. PACT's own book is
 * {@code PactRules.book()}, in the catalogue; another book starts from a profile:
 *
 * <pre>{@code
 * RuleBook book = RuleBook.builder(RuleProfile.from(RuleProfile.pact()).planHorizonMonths(6).build())
 *         .pack(PactRules.pack())
 *         .disable("EST-4")
 *         .add(myRule)
 *         .build();
 * }</pre>
 */
public final class RuleBook {

    /** The suffix of the message that says what a rule checks: {@code EST-1.description}. */
    public static final String DESCRIPTION = ".description";

    /** The suffix of the message that says what to do about a rule's verdict: {@code EST-1.remedy}. */
    public static final String REMEDY = ".remedy";

    private static final String SECTOR = "sector.";

    /**
     * One rule's check of a command type, with the severity the book gives its verdicts ({@code null}
     * to keep theirs), resolved once per type rather than looked up on every check.
     */
    private record Check(String ruleId, Rule<Object> rule, Severity override) {
    }

    private final RuleProfile profile;
    private final Map<String, RuleDefinition> definitions;
    private final Map<String, Severity> severities;
    private final RuleMessages messages;
    private final List<String> packs;
    private final Map<String, String> packOf;
    private final ClassValue<Check[]> checksByCommand = new ClassValue<>() {
        @Override
        protected Check[] computeValue(Class<?> type) {
            List<Check> checks = new ArrayList<>();
            for (RuleDefinition definition : definitions.values()) {
                definition.checks().forEach((watched, rule) -> {
                    if (watched.isAssignableFrom(type)) {
                        checks.add(new Check(definition.id(), cast(rule), severities.get(definition.id())));
                    }
                });
            }
            return checks.toArray(Check[]::new);
        }
    };

    private RuleBook(Builder b) {
        this.profile = b.profile;
        this.definitions = Collections.unmodifiableMap(new LinkedHashMap<>(b.definitions));
        this.severities = Map.copyOf(b.severities);
        this.messages = RuleMessages.of(b.messageSources);
        this.packs = List.copyOf(b.packNames);
        Map<String, String> origins = new LinkedHashMap<>();
        b.definitions.keySet().forEach(id -> origins.put(id, b.packOf.get(id)));
        this.packOf = Collections.unmodifiableMap(origins);
    }

    /** An empty book on {@code profile}: add packs and rules to it. */
    public static Builder builder(RuleProfile profile) {
        return new Builder(profile);
    }

    /**
     * The verdicts of every rule that watches this kind of command, in the book's order.
     *
     * @throws RuleFailureException if a rule fails (a bug in the rule, not a rejection)
     */
    public List<Verdict> check(Object command, Situation situation) {
        Objects.requireNonNull(command, "command is required");
        Objects.requireNonNull(situation, "situation is required");
        // Called on every intended change: an array and no per-check lookup, iterator or copy of an empty list.
        List<Verdict> verdicts = new ArrayList<>();
        for (Check check : checksByCommand.get(command.getClass())) {
            List<Verdict> found;
            try {
                found = check.rule().check(command, situation, profile);
            } catch (RuntimeException e) {
                throw new RuleFailureException(check.ruleId(), command, e);
            }
            if (found.isEmpty()) {
                continue;
            }
            Severity override = check.override();
            if (override == null) {
                verdicts.addAll(found);
            } else {
                for (Verdict verdict : found) {
                    verdicts.add(verdict.withSeverity(override));
                }
            }
        }
        return verdicts;
    }

    /**
     * The verdict's message in the language of {@code locale}: French or English (the fallback).
     * Its values read in that language: amounts ({@code 1 500 000 FCFA}, {@code XOF 1,500,000}), days
     * ({@code 12 mars 2026}, {@code 12 March 2026}), sectors and enum constants by their labels, lists
     * joined ({@code a, b et c}), and the word after a count in its singular or plural form.
     */
    public String message(Verdict verdict, Locale locale) {
        return messages.format(verdict, locale);
    }

    /**
     * An agenda item's title in the language of {@code locale}: as typed, or, for an item the process
     * wrote, its kind's label ({@code agenda.<kind>}) around its subject.
     */
    public String title(AgendaItem item, Locale locale) {
        String pattern = item.isWritten() ? messages.pattern("agenda." + item.kind().name(), locale) : null;
        return pattern == null ? item.title() : messages.format(pattern, Map.of("subject", item.subject()), locale);
    }

    /**
     * A value as the book's messages render it in the language of {@code locale}: an amount, a day,
     * a sector, an enum constant, a list of them, a number; anything else as its text.
     */
    public String format(Object value, Locale locale) {
        return messages.format(locale).format(value);
    }

    /**
     * The label of a sector in the language of {@code locale}, if the book has one (its own bundle
     * or a pack's {@code sector.<code>} key).
     */
    public Optional<String> sectorLabel(Sector sector, Locale locale) {
        return Optional.ofNullable(messages.pattern(SECTOR + sector.code(), locale));
    }

    /**
     * The sectors the book has a label for in the language of {@code locale} (its own bundle's and its
     * packs'), by their codes: the sectors a commune picks its priority sectors from.
     */
    public List<Sector> sectors(Locale locale) {
        return messages.keys(locale).stream().filter(key -> key.startsWith(SECTOR))
                .map(key -> Sector.of(key.substring(SECTOR.length()))).toList();
    }

    public RuleProfile profile() {
        return profile;
    }

    /** The ids of the rules in force, in the book's order. */
    public Set<String> ruleIds() {
        return Collections.unmodifiableSet(new LinkedHashSet<>(definitions.keySet()));
    }

    public boolean hasRule(String id) {
        return definitions.containsKey(id);
    }

    /** The names of the packs the book was built from. */
    public List<String> packs() {
        return packs;
    }

    /**
     * The rules in force, in the book's order: each with its severity in this book (the override the
     * book sets, else its definition's) and the pack it comes from (the one that replaced it, if any).
     */
    public List<RuleInForce> rules() {
        return definitions.keySet().stream()
                .map(id -> new RuleInForce(id, severity(id).orElseThrow(), packOf.get(id)))
                .toList();
    }

    /**
     * The severity of rule {@code id} in this book: the override set on the builder, else the weight
     * its definition gives it ({@link RuleDefinition#severity()}); empty if the book has no such rule.
     */
    public Optional<Severity> severity(String id) {
        RuleDefinition definition = definitions.get(id);
        if (definition == null) {
            return Optional.empty();
        }
        return Optional.of(severities.getOrDefault(id, definition.severity()));
    }

    /**
     * What rule {@code id} checks, in the language of {@code locale} (French or English): its pack's
     * message {@code <id>.description}. Empty if the pack gives none.
     */
    public Optional<String> description(String id, Locale locale) {
        return Optional.ofNullable(messages.pattern(id + DESCRIPTION, locale));
    }

    /**
     * The rules in force with no description ({@code <id>.description}) in a language: empty when
     * every rule says what it checks in French and English.
     */
    public List<String> descriptionProblems() {
        return missing(DESCRIPTION, "description");
    }

    /**
     * What to do about a verdict of rule {@code id}, in the language of {@code locale} (French or
     * English): its pack's message {@code <id>.remedy}, the next step of the person who reads the
     * verdict. Empty if the pack gives none.
     */
    public Optional<String> remedy(String id, Locale locale) {
        return Optional.ofNullable(messages.pattern(id + REMEDY, locale));
    }

    /**
     * The rules in force with no remedy ({@code <id>.remedy}) in a language: empty when every rule
     * says what to do about its verdicts in French and English. A book is built without them (a page
     * then shows the verdict without its next step); a pack's tests should ask for none.
     */
    public List<String> remedyProblems() {
        return missing(REMEDY, "remedy");
    }

    /** The rules in force whose message {@code <id><suffix>} is missing in a language, each named once per language. */
    private List<String> missing(String suffix, String what) {
        List<String> problems = new ArrayList<>();
        for (String id : definitions.keySet()) {
            for (Locale language : RuleMessages.LANGUAGES) {
                if (!messages.keys(language).contains(id + suffix)) {
                    problems.add(id + " has no " + what + " (" + id + suffix + ") in "
                            + language.getDisplayLanguage(Locale.ENGLISH));
                }
            }
        }
        return problems;
    }

    /**
     * What is wrong with the book's messages: a rule id with no message in a language, a key in one
     * language and not the other, placeholders that differ between languages. Empty when all is well.
     */
    public List<String> messageProblems() {
        List<String> problems = new ArrayList<>();
        Locale english = Locale.ENGLISH;
        Locale french = Locale.FRENCH;
        for (String id : definitions.keySet()) {
            for (Locale language : RuleMessages.LANGUAGES) {
                if (messages.keys(language).stream().noneMatch(k -> k.startsWith(id + "."))) {
                    problems.add(id + " has no message in " + language.getDisplayLanguage(Locale.ENGLISH));
                }
            }
        }
        Set<String> keys = new LinkedHashSet<>(messages.keys(english));
        keys.addAll(messages.keys(french));
        for (String key : keys) {
            String en = messages.pattern(key, english);
            String fr = messages.pattern(key, french);
            if (en == null || fr == null) {
                problems.add(key + " is missing in " + (en == null ? "English" : "French"));
            } else if (!RuleMessages.placeholders(en).equals(RuleMessages.placeholders(fr))) {
                problems.add(key + " names " + RuleMessages.placeholders(en) + " in English but "
                        + RuleMessages.placeholders(fr) + " in French");
            }
        }
        return problems;
    }

    /** The placeholders of a message key, in English: what facts its verdicts must carry. */
    public Set<String> placeholders(String messageKey) {
        String pattern = messages.pattern(messageKey, Locale.ENGLISH);
        return pattern == null ? Set.of() : RuleMessages.placeholders(pattern);
    }

    @SuppressWarnings("unchecked")
    private static Rule<Object> cast(Rule<?> rule) {
        return (Rule<Object>) rule;
    }

    /** Assembles a rule book. Every method fails fast on a mistake. */
    public static final class Builder {

        private final RuleProfile profile;
        private final Map<String, RuleDefinition> definitions = new LinkedHashMap<>();
        private final Map<String, Severity> severities = new LinkedHashMap<>();
        private final List<Map<Locale, ResourceBundle>> messageSources = new ArrayList<>();
        private final List<String> packNames = new ArrayList<>();
        private final Set<String> disabled = new LinkedHashSet<>();
        private final Map<String, String> packOf = new LinkedHashMap<>();
        private String adding;

        private Builder(RuleProfile profile) {
            this.profile = Objects.requireNonNull(profile, "profile is required");
            messageSources.add(RuleMessages.labels());
        }

        /**
         * Adds a pack: its rules, its replacements, what it disables and its messages.
         *
         * @throws IllegalArgumentException if it adds an id already in the book, or replaces one that is not
         */
        public Builder pack(RulePack pack) {
            Objects.requireNonNull(pack, "pack is required");
            adding = pack.name();
            try {
                pack.rules(profile).forEach(this::add);
                pack.replacements(profile).forEach(this::replace);
            } finally {
                adding = null;
            }
            pack.disables().forEach(this::disable);
            Map<Locale, ResourceBundle> bundles = new LinkedHashMap<>();
            for (Locale language : RuleMessages.LANGUAGES) {
                pack.messages(language).ifPresent(bundle -> bundles.put(language, bundle));
            }
            messageSources.add(bundles);
            packNames.add(pack.name());
            return this;
        }

        /** Adds every pack declared as a {@link RulePack} service visible to the context class loader. */
        public Builder discoverPacks() {
            return discoverPacks(ServiceLoader.load(RulePack.class));
        }

        /** Adds every pack that {@code loader} finds, in its order, skipping those already added by name. */
        public Builder discoverPacks(ServiceLoader<RulePack> loader) {
            for (RulePack pack : loader) {
                if (!packNames.contains(pack.name())) {
                    pack(pack);
                }
            }
            return this;
        }

        /** @throws IllegalArgumentException if the id is already in the book */
        public Builder add(RuleDefinition definition) {
            Objects.requireNonNull(definition, "definition is required");
            if (definitions.containsKey(definition.id())) {
                throw new IllegalArgumentException("rule " + definition.id() + " is already in the book: replace it");
            }
            if (!disabled.contains(definition.id())) {
                definitions.put(definition.id(), definition);
                packOf.put(definition.id(), adding);
            }
            return this;
        }

        /** @throws IllegalArgumentException if no rule has that id */
        public Builder replace(RuleDefinition definition) {
            Objects.requireNonNull(definition, "definition is required");
            if (!definitions.containsKey(definition.id())) {
                throw new IllegalArgumentException("no rule " + definition.id() + " to replace");
            }
            definitions.put(definition.id(), definition);
            packOf.put(definition.id(), adding);
            return this;
        }

        /** Switches a rule off; an id not (yet) in the book stays off if a pack adds it later. */
        public Builder disable(String id) {
            Objects.requireNonNull(id, "id is required");
            definitions.remove(id);
            disabled.add(id);
            return this;
        }

        /** Every verdict of rule {@code id} gets this severity: PLAN-7 as blocking, EST-4 as info, ... */
        public Builder severity(String id, Severity severity) {
            severities.put(Objects.requireNonNull(id, "id is required"),
                    Objects.requireNonNull(severity, "severity is required"));
            return this;
        }

        /** Messages for rules added one by one, outside a pack: one bundle per language. */
        public Builder messages(ResourceBundle english, ResourceBundle french) {
            messageSources.add(Map.of(Locale.ENGLISH, Objects.requireNonNull(english, "english is required"),
                    Locale.FRENCH, Objects.requireNonNull(french, "french is required")));
            return this;
        }

        /** @throws IllegalStateException if a severity names a rule the book does not have */
        public RuleBook build() {
            for (String id : severities.keySet()) {
                if (!definitions.containsKey(id)) {
                    throw new IllegalStateException("a severity is set for rule " + id + ", which is not in the book");
                }
            }
            return new RuleBook(this);
        }
    }
}
