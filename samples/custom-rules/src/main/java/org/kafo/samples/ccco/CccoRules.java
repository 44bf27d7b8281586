package org.kafo.samples.ccco;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import org.kafo.rules.RuleBook;
import org.kafo.rules.RuleDefinition;
import org.kafo.rules.RulePack;
import org.kafo.rules.RuleProfile;
import org.kafo.rules.pact.PactRules;

/**
 * The rules of Burkina Faso's communal consultation framework (cadre communal de concertation,
 * CCCo, decree 2009-838) as an integrator adds them to PACT's catalogue, without changing Kafo:
 * <ul>
 *   <li>BF-CCCO-1 (blocking): the mayor chairs, so the municipality convenes the meetings;</li>
 *   <li>BF-CCCO-2 (blocking at establishment, a warning when one leaves): village development
 *       councils (CVD) are among the members, at least one;</li>
 *   <li>EST-4 replaced: PACT's checks, less the warning that a CVD is active in no priority sector.</li>
 * </ul>
 * Read with {@link CccoProfile#ccco()}: six-month plans and the pack's parameters. The facts are
 * the decree's number, the mayor in the chair and the CVDs among the members; every threshold and
 * severity is a choice of this sample, documented where it is made.
 *
 * <p>Declared as a service ({@code provides} in module-info, {@code META-INF/services} on the class
 * path), so {@code RuleBook.builder(...).discoverPacks()} finds it, and {@code PactRules.book("bf-ccco", packs)}
 * builds its book from its profile ({@link #profiles()}); {@link #book()} registers it explicitly.
 */
public final class CccoRules implements RulePack {

    /** BF-CCCO-1: the municipality convenes the meetings (the mayor chairs). */
    public static final String MAYOR_CONVENES = MayorConvenes.ID;

    /** BF-CCCO-2: village development councils are among the members. */
    public static final String VILLAGE_COUNCILS = VillageCouncilsAmongMembers.ID;

    private static final String MESSAGES = "org.kafo.samples.ccco.messages";

    /** For the service loader; {@link #pack()} for everyone else. */
    public CccoRules() {
    }

    public static RulePack pack() {
        return new CccoRules();
    }

    /** PACT's catalogue and this pack, on the CCCo profile. */
    public static RuleBook book() {
        return RuleBook.builder(CccoProfile.ccco()).pack(PactRules.pack()).pack(pack()).build();
    }

    @Override
    public String name() {
        return "bf-ccco";
    }

    @Override
    public List<RuleDefinition> rules(RuleProfile profile) {
        return List.of(MayorConvenes.definition(), VillageCouncilsAmongMembers.definition());
    }

    @Override
    public List<RuleDefinition> replacements(RuleProfile profile) {
        return List.of(Est4WithoutVillageCouncils.definition());
    }

    /** The CCCo profile, {@code bf-ccco}: a server started with {@code kafo.rules.profile=bf-ccco} reads this pack on it. */
    @Override
    public List<RuleProfile> profiles() {
        return List.of(CccoProfile.ccco());
    }

    /** French for a French locale, otherwise English (the root bundle), as PACT's pack does. */
    @Override
    public Optional<ResourceBundle> messages(Locale locale) {
        boolean french = Locale.FRENCH.getLanguage().equals(locale.getLanguage());
        return Optional.of(ResourceBundle.getBundle(MESSAGES, french ? Locale.FRENCH : Locale.ROOT));
    }
}
