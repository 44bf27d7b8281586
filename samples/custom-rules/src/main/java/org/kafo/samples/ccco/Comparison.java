package org.kafo.samples.ccco;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.kafo.model.memory.InMemoryRepositories;
import org.kafo.rules.RuleBook;
import org.kafo.rules.Verdict;
import org.kafo.rules.command.Command;
import org.kafo.rules.pact.PactRules;
import org.kafo.rules.process.ConsultationProcess;
import org.kafo.rules.process.Outcome;

/**
 * The same commands put to PACT's book and to the CCCo book: each case brings an illustrative
 * commune to the same point through the process (steps both books accept), then asks both
 * processes for one more command and keeps their outcomes.
 */
public final class Comparison {

    /**
     * One question put to both books.
     *
     * @param english what is asked, in English
     * @param french  the same in French
     * @param given   the steps that bring a fresh commune to the point of the question
     * @param command the command asked
     */
    public record Case(String english, String french, UnaryOperator<CommuneStory> given,
            Function<CommuneStory, Command> command) {

        public Case {
            Objects.requireNonNull(english, "english is required");
            Objects.requireNonNull(french, "french is required");
            Objects.requireNonNull(given, "given is required");
            Objects.requireNonNull(command, "command is required");
        }

        public String title(Locale language) {
            return Locale.FRENCH.getLanguage().equals(language.getLanguage()) ? french : english;
        }
    }

    /** What each book said of a case's command. */
    public record Result(Case asked, Outcome<?> pact, Outcome<?> ccco) {

        /** Whether the books disagree: one accepts and the other refuses, or their verdicts differ. */
        public boolean differs() {
            return pact.accepted() != ccco.accepted() || !keys(pact).equals(keys(ccco));
        }

        private static List<String> keys(Outcome<?> outcome) {
            return outcome.verdicts().stream().map(v -> v.severity() + " " + v.messageKey()).toList();
        }
    }

    private final RuleBook pact;
    private final RuleBook ccco;

    public Comparison(RuleBook pact, RuleBook ccco) {
        this.pact = Objects.requireNonNull(pact, "pact is required");
        this.ccco = Objects.requireNonNull(ccco, "ccco is required");
    }

    /** PACT's book against the CCCo book. */
    public static Comparison pactAgainstCcco() {
        return new Comparison(PactRules.book(), CccoRules.book());
    }

    /** The questions that show where the books part, and two where they agree. */
    public static List<Case> cases() {
        return List.of(
                new Case("The framework is established before any village development council has joined",
                        "Le cadre est établi avant qu'un conseil villageois de développement n'y entre",
                        CommuneStory::proposed, CommuneStory::establishment),
                new Case("A village development council, active in no priority sector, joins",
                        "Un conseil villageois de développement, actif dans aucune filière prioritaire, entre",
                        CommuneStory::proposed, CommuneStory::villageACouncilJoins),
                new Case("The framework is established with two village development councils",
                        "Le cadre est établi avec deux conseils villageois de développement",
                        story -> story.proposed().withVillageCouncils(), CommuneStory::establishment),
                new Case("The technical service convenes the first meeting",
                        "Le service technique convoque la première réunion",
                        story -> story.proposed().withVillageCouncils().established(),
                        story -> story.firstMeetingConvenedBy(story.agriculture)),
                new Case("The municipality convenes the first meeting",
                        "La mairie convoque la première réunion",
                        story -> story.proposed().withVillageCouncils().established(),
                        story -> story.firstMeetingConvenedBy(story.municipality)),
                new Case("The first meeting adopts a six-month plan",
                        "La première réunion adopte un plan de six mois",
                        story -> story.proposed().withVillageCouncils().established().firstMeetingHeld(),
                        story -> story.firstPlan(6, 0)),
                new Case("The first meeting adopts a plan of six months and a day",
                        "La première réunion adopte un plan de six mois et un jour",
                        story -> story.proposed().withVillageCouncils().established().firstMeetingHeld(),
                        story -> story.firstPlan(6, 1)),
                new Case("The last village development council leaves",
                        "Le dernier conseil villageois de développement se retire",
                        story -> story.proposed().withVillageCouncils().established().firstMeetingHeld()
                                .villageBLeft(),
                        story -> story.villageLeaves(story.villageA, CommuneStory.day(9, 30))));
    }

    /** Both books' outcomes for the case, each on a fresh commune in memory. */
    public Result run(Case asked) {
        return new Result(asked, ask(pact, asked), ask(ccco, asked));
    }

    public List<Result> runAll() {
        return cases().stream().map(this::run).toList();
    }

    public RuleBook pactBook() {
        return pact;
    }

    public RuleBook cccoBook() {
        return ccco;
    }

    private static Outcome<?> ask(RuleBook book, Case asked) {
        CommuneStory story = asked.given().apply(new CommuneStory(
                new ConsultationProcess(new InMemoryRepositories(), book)));
        return story.execute(asked.command().apply(story));
    }

    /** "BLOCKING BF-CCCO-2 ..." in the language of {@code language}. */
    public static String describe(Verdict verdict, RuleBook book, Locale language) {
        return verdict.severity() + " " + verdict.ruleId() + " " + book.message(verdict, language);
    }
}
