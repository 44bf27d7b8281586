package org.kafo.rules.command;

import java.time.LocalDate;
import org.kafo.model.common.ActionId;
import org.kafo.model.common.Require;
import org.kafo.model.organisation.OrganisationId;
import org.kafo.model.plan.PlanId;

/** Someone notes how an action is going. */
public record NoteProgress(PlanId plan, ActionId action, OrganisationId author, String text, LocalDate on) implements Command {

    public NoteProgress {
        Require.present(plan, "plan");
        Require.present(action, "action");
        Require.present(author, "author");
        Require.present(on, "on");
    }
}
