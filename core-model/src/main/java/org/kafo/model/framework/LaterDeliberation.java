package org.kafo.model.framework;

import java.time.LocalDate;
import org.kafo.model.common.Require;

/**
 * A deliberation about the framework taken after the one that established it, and what it decided.
 *
 * @param deliberation who deliberated, its number, day and decision
 * @param outcome      what it decided about the framework
 * @param recordedOn   the day it took effect on the framework
 */
public record LaterDeliberation(CouncilDeliberation deliberation, DeliberationOutcome outcome, LocalDate recordedOn) {

    public LaterDeliberation {
        Require.present(deliberation, "deliberation");
        Require.present(outcome, "deliberation outcome");
        Require.day(recordedOn, "recorded on");
    }
}
