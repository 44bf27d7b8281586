package org.kafo.server.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.kafo.server.api.NeedView;

/**
 * A framework's needs by sector (its priority sectors first, in their order), the names of those
 * who raised them, and the form to record one for the organisations the reader may act for.
 *
 * @param organisations the organisations the reader may record a need for (none: no form)
 * @param sent          the form sent back, if any
 * @param done          the key of what was just done, or null
 * @param notice        what an import just recorded ({@link ImportPages#notice}), or null
 */
public record NeedsPage(UUID framework, String name, long version, List<String> sectors,
        Map<String, List<NeedView>> bySector, Map<UUID, String> names, List<Choice> organisations, Sent sent,
        String done, String notice) {

    /** An organisation to choose in a select. */
    public record Choice(UUID id, String name) {
    }

    public String name(UUID organisation) {
        return names.getOrDefault(organisation, String.valueOf(organisation));
    }

    public boolean empty() {
        return bySector.values().stream().allMatch(List::isEmpty);
    }
}
