package org.kafo.model.meeting;

import java.util.UUID;
import org.kafo.model.common.Limits;
import org.kafo.model.common.Require;

/**
 * One item of a meeting's agenda: one the convener typed, which reads as typed in every language,
 * or one the process wrote, which keeps its variable part as its {@code subject} so that it can be
 * read in any language (the rule book's {@code agenda.<kind>} label, such as "Revue de l'action :
 * {subject}" or "Review of action: {subject}").
 *
 * @param title     as typed; for an item the process wrote, its English reading
 * @param kind      what it is about
 * @param reference the id of the action or obstacle it is about, if any
 * @param subject   for an item the process wrote, its variable part: the action's title, the
 *                  obstacle's description, the number of open needs, the next plan's cycle;
 *                  {@code null} for an item as typed
 */
public record AgendaItem(String title, AgendaItemKind kind, UUID reference, String subject) {

    public AgendaItem {
        title = Require.text(title, "agenda item title", Limits.NAME);
        Require.present(kind, "agenda item kind");
        subject = Require.optionalText(subject, "agenda item subject", Limits.NAME);
    }

    /** An item as typed. */
    public AgendaItem(String title, AgendaItemKind kind, UUID reference) {
        this(title, kind, reference, null);
    }

    public static AgendaItem of(String title, AgendaItemKind kind) {
        return new AgendaItem(title, kind, null);
    }

    /** Whether the process wrote it (its title is read per language from its kind and subject). */
    public boolean isWritten() {
        return subject != null;
    }

    public boolean isAbout(UUID id) {
        return id.equals(reference);
    }
}
