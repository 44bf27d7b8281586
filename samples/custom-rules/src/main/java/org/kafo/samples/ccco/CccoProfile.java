package org.kafo.samples.ccco;

import org.kafo.rules.RuleProfile;

/**
 * The parameters of a communal consultation framework (cadre communal de concertation, CCCo) of
 * Burkina Faso, starting from PACT's profile.
 *
 * <p>What our sources say of the CCCo is little: decree 2009-838 sets it up, the mayor chairs it and
 * village development councils (conseils villageois de développement, CVD) are among its members.
 * Everything else below is a choice of this sample, made for the example and marked as such; an
 * integrator working in Burkina Faso would set these from the decree's text and local practice.
 *
 * <table>
 * <caption>The profile, parameter by parameter</caption>
 * <tr><th>parameter</th><th>value</th><th>why</th></tr>
 * <tr><td>plan horizon (PLAN-1)</td><td>6 months</td><td>choice: a half-year plan, twice PACT's
 * three months; the decree's own rhythm is not in our sources</td></tr>
 * <tr><td>quorum (MEET-1)</td><td>municipality required, half of the professional
 * organisations</td><td>the municipality's presence follows from the mayor chairing (fact); the
 * half is PACT's, kept (choice)</td></tr>
 * <tr><td>priority sectors (EST-2)</td><td>2 to 3</td><td>PACT's, kept (choice)</td></tr>
 * <tr><td>technical services required (EST-4)</td><td>yes</td><td>PACT's, kept (choice)</td></tr>
 * <tr><td>women's share target</td><td>30 %</td><td>PACT's, kept (choice); it comes from Mali's law
 * 2015-052, and no Burkina figure is in our sources</td></tr>
 * <tr><td>{@value #MIN_VILLAGE_COUNCILS} (BF-CCCO-2)</td><td>1</td><td>choice: "village development
 * councils among the members" read as at least one</td></tr>
 * <tr><td>{@value #VILLAGE_COUNCIL_ACRONYM} (BF-CCCO-2, EST-4)</td><td>CVD</td><td>convention of
 * this pack: Kafo has no kind of organisation for a village council, so a CVD is registered as an
 * {@code NGO} (a body of the community, not a professional organisation: it stays out of the
 * professionals' quorum) with the acronym CVD</td></tr>
 * </table>
 */
public final class CccoProfile {

    /** The profile parameter: how many village development councils a framework needs at least. */
    public static final String MIN_VILLAGE_COUNCILS = "bf.ccco.min-village-councils";

    /** The profile parameter: the acronym by which the pack recognises a village development council. */
    public static final String VILLAGE_COUNCIL_ACRONYM = "bf.ccco.village-council-acronym";

    private static final RuleProfile CCCO = RuleProfile.from(RuleProfile.pact())
            .name("bf-ccco")
            .planHorizonMonths(6)
            .quorum(true, 50)
            .parameter(MIN_VILLAGE_COUNCILS, "1")
            .parameter(VILLAGE_COUNCIL_ACRONYM, "CVD")
            .build();

    private CccoProfile() {
    }

    /** The CCCo profile: PACT's, with six-month plans and the pack's parameters. */
    public static RuleProfile ccco() {
        return CCCO;
    }

    /**
     * The least number of village development councils among the members of a profile.
     *
     * @throws IllegalArgumentException if the profile's value is not a whole number of zero or more
     */
    static int minVillageCouncils(RuleProfile profile) {
        String value = profile.parameter(MIN_VILLAGE_COUNCILS).orElse("1");
        try {
            int min = Integer.parseInt(value.strip());
            if (min < 0) {
                throw new IllegalArgumentException(MIN_VILLAGE_COUNCILS + " must be 0 or more, was " + value);
            }
            return min;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(MIN_VILLAGE_COUNCILS + " must be a whole number, was " + value, e);
        }
    }

    /** The acronym of a village development council in a profile (CVD unless set). */
    static String villageCouncilAcronym(RuleProfile profile) {
        return profile.parameter(VILLAGE_COUNCIL_ACRONYM).orElse("CVD").strip();
    }
}
