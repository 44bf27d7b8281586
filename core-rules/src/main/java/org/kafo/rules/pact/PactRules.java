package org.kafo.rules.pact;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.TreeMap;
import org.kafo.rules.RuleBook;
import org.kafo.rules.RuleDefinition;
import org.kafo.rules.RulePack;
import org.kafo.rules.RuleProfile;

/**
 * The catalogue of the PACT approach (GIZ, Mali): EST-1 ... MEET-2, in catalogue order, with their
 * messages in English and French. The rules read their parameters from the profile each time they
 * check, so the same definitions serve every profile.
 */
public final class PactRules implements RulePack {

    private static final PactRules PACK = new PactRules();

    private static final String MESSAGES = "org.kafo.rules.pact.messages";

    private PactRules() {
    }

    public static RulePack pack() {
        return PACK;
    }

    /** PACT's rules on PACT's profile. */
    public static RuleBook book() {
        return RuleBook.builder(RuleProfile.pact()).pack(PACK).build();
    }

    /**
     * The book of the profile named {@code profileName}: this catalogue on PACT's profile for
     * {@code pact}; for another name, this catalogue and the pack among {@code packs} whose
     * {@link RulePack#profiles()} has one of that name, on that profile. Packs of other profiles stay
     * out of the book. The book's messages and descriptions are checked: a book that could not say
     * why it refuses is not built.
     *
     * @param packs the packs found, such as {@code ServiceLoader.load(RulePack.class)}; PACT's among
     *              them is ignored
     * @throws IllegalArgumentException if no pack defines the profile, or several do; its message, one
     *                                  line, names the profiles there are
     * @throws IllegalStateException if a rule lacks a message or a description in French or English;
     *                               its message, one line, names the pack and what is missing
     */
    public static RuleBook book(String profileName, Iterable<RulePack> packs) {
        Objects.requireNonNull(profileName, "profile name is required");
        Map<String, List<RulePack>> byProfile = new TreeMap<>();
        Map<String, RuleProfile> profiles = new TreeMap<>();
        byProfile.put(PACK.name(), List.of(PACK));
        profiles.put(PACK.name(), RuleProfile.pact());
        for (RulePack pack : packs) {
            if (pack.name().equals(PACK.name())) {
                continue;
            }
            for (RuleProfile profile : pack.profiles()) {
                byProfile.computeIfAbsent(profile.name(), n -> new ArrayList<>()).add(pack);
                profiles.putIfAbsent(profile.name(), profile);
            }
        }
        String name = profileName.strip();
        List<RulePack> defining = byProfile.get(name);
        if (defining == null) {
            throw new IllegalArgumentException("unknown rule profile '" + name + "': the profiles available are "
                    + String.join(", ", byProfile.keySet()));
        }
        if (defining.size() > 1) {
            throw new IllegalArgumentException("rule profile '" + name + "' is defined by several packs: "
                    + defining.stream().map(p -> p.name() + " (" + p.getClass().getName() + ")").toList());
        }
        RulePack pack = defining.get(0);
        RuleBook.Builder builder = RuleBook.builder(profiles.get(name)).pack(PACK);
        if (pack != PACK) {
            builder.pack(pack);
        }
        RuleBook book = builder.build();
        List<String> problems = new ArrayList<>(book.messageProblems());
        problems.addAll(book.descriptionProblems());
        if (!problems.isEmpty()) {
            throw new IllegalStateException("the rules of profile '" + name + "' (packs " + String.join(", ", book.packs())
                    + ") lack messages: " + String.join("; ", problems));
        }
        return book;
    }

    @Override
    public String name() {
        return "pact";
    }

    @Override
    public List<RuleDefinition> rules(RuleProfile profile) {
        return List.of(
                Est1CouncilDeliberation.definition(),
                Est2PrioritySectorCount.definition(),
                Est3MunicipalityAndSectorsRepresented.definition(),
                Est4TechnicalServicesAndRelevantPartners.definition(),
                Need1NeedsBeforeFirstMeeting.definition(),
                Need2NeedKindAndSource.definition(),
                Need3CorrectedWhileOpen.definition(),
                Plan1PlanHorizon.definition(),
                Plan2ResponsibleAndDueDate.definition(),
                Plan3OwnershipByRole.definition(),
                Plan4NoCapitalInvestmentByBarredParties.definition(),
                Plan5ProfessionalShareOfInfrastructure.definition(),
                Plan6CostSharesAddUp.definition(),
                Plan7PdescRegistration.definition(),
                Mon1InclusiveCommittee.definition(),
                Mon2MandateCoversPlan.definition(),
                Mon3ObstaclesOnAgenda.definition(),
                Mon4SeatForAMember.definition(),
                Cyc1ReviewBeforeNextPlan.definition(),
                Cyc2PeriodicMeetings.definition(),
                Cyc3OverdueFollowUp.definition(),
                Meet1Quorum.definition(),
                Meet2PostponeOrCancel.definition(),
                Gov1DeliberatingBody.definition(),
                Gov2SpecialDelegationConfirmed.definition());
    }

    /** PACT's profile, {@code pact}. */
    @Override
    public List<RuleProfile> profiles() {
        return List.of(RuleProfile.pact());
    }

    /**
     * French for a French locale, otherwise English (the root bundle). English is asked for as
     * {@link Locale#ROOT}: asking for {@code Locale.ENGLISH} would fall back to the default locale
     * first and, on a machine set to French, return French. {@code ResourceBundle.Control} would
     * avoid that too, but is refused inside a named module.
     */
    @Override
    public Optional<ResourceBundle> messages(Locale locale) {
        boolean french = Locale.FRENCH.getLanguage().equals(locale.getLanguage());
        return Optional.of(ResourceBundle.getBundle(MESSAGES, french ? Locale.FRENCH : Locale.ROOT));
    }
}
