package org.kafo.rules;

/**
 * Who of a framework is present at a meeting, and how many professional organisations a quorum
 * needs: the count PACT's MEET-1 judges a meeting by ({@code Meet1Quorum}), as the process answers
 * it while an attendance sheet is being entered.
 *
 * @param municipalityRequired whether the profile asks for the municipality
 * @param municipalityPresent  whether the municipality signed the attendance sheet
 * @param present              professional-organisation members present
 * @param members              professional-organisation members on the day
 * @param needed               professional organisations needed for a quorum
 */
public record Quorum(boolean municipalityRequired, boolean municipalityPresent, int present, int members,
        int needed) {

    public boolean municipalityMissing() {
        return municipalityRequired && !municipalityPresent;
    }

    public boolean professionalsMissing() {
        return present < needed;
    }

    /** Whether the meeting may decide with those present. */
    public boolean reached() {
        return !municipalityMissing() && !professionalsMissing();
    }
}
