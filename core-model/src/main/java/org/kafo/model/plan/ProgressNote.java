package org.kafo.model.plan;

import java.time.LocalDate;
import org.kafo.model.common.Limits;
import org.kafo.model.common.Require;
import org.kafo.model.organisation.OrganisationId;

/** What someone observed of an action's progress on a day. */
public record ProgressNote(LocalDate on, OrganisationId author, String text) {

    public ProgressNote {
        Require.day(on, "on");
        Require.present(author, "author");
        text = Require.text(text, "note", Limits.TEXT);
    }
}
