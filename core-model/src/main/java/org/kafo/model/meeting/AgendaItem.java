package org.kafo.model.meeting;

import java.util.UUID;
import org.kafo.model.common.Limits;
import org.kafo.model.common.Require;

/**
 * One item of a meeting's agenda.
 *
 * @param title     as it reads on the convocation
 * @param kind      what it is about
 * @param reference the id of the action or obstacle it is about, if any
 */
public record AgendaItem(String title, AgendaItemKind kind, UUID reference) {

    public AgendaItem {
        title = Require.text(title, "agenda item title", Limits.NAME);
        Require.present(kind, "agenda item kind");
    }

    public static AgendaItem of(String title, AgendaItemKind kind) {
        return new AgendaItem(title, kind, null);
    }

    public boolean isAbout(UUID id) {
        return id.equals(reference);
    }
}
