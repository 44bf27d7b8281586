package org.kafo.server.api;

import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kafo.model.common.Limits;
import org.kafo.model.meeting.AgendaItem;
import org.kafo.model.meeting.AgendaItemKind;
import org.kafo.rules.RuleBook;

/**
 * One item of a meeting's agenda; {@code reference} is the action or obstacle it is about, if any. An
 * item the process wrote (an action to review, an obstacle, the open needs, the next plan's adoption)
 * has its title in the request's {@code Accept-Language}; an item the convener typed reads as typed.
 */
@Schema(name = "AgendaItem", example = "{\"title\": \"Point sur la campagne de contre-saison\", \"kind\": \"OTHER\"}")
public record AgendaItemValue(@Schema(maxLength = Limits.NAME) String title, AgendaItemKind kind, UUID reference) {

    /** The item, its title in {@code language} if the process wrote it, as typed otherwise. */
    public static AgendaItemValue of(AgendaItem item, RuleBook rules, Locale language) {
        return new AgendaItemValue(rules.title(item, language), item.kind(), item.reference());
    }

    public AgendaItem toModel() {
        return new AgendaItem(title, kind == null ? AgendaItemKind.OTHER : kind, reference);
    }
}
