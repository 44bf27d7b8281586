package org.kafo.rules.process;

import static org.quicktheories.generators.SourceDSL.arbitrary;

import org.kafo.model.plan.ActionStatus;
import org.quicktheories.core.Gen;

/** Statuses of the actions of a plan, for properties. */
final class ActionStatusGenerators {

    private ActionStatusGenerators() {
    }

    /** The statuses of an action of the plan in force: neither dropped nor carried over. */
    static Gen<ActionStatus> inForce() {
        return arbitrary().pick(ActionStatus.PLANNED, ActionStatus.IN_PROGRESS, ActionStatus.BLOCKED,
                ActionStatus.DONE);
    }
}
