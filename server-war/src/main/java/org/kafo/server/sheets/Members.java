package org.kafo.server.sheets;

import java.util.HashMap;
import java.util.Map;
import org.kafo.model.Repositories;
import org.kafo.model.framework.ConsultationFramework;
import org.kafo.model.framework.Membership;

/** A framework's current members, found by the name (or acronym) a sheet gives them, case and accents aside. */
final class Members {

    private final Map<String, Membership> byName = new HashMap<>();
    private final Map<Membership, String> names = new HashMap<>();

    Members(ConsultationFramework framework, Repositories repositories) {
        for (Membership member : framework.currentMembers()) {
            var organisation = repositories.organisations().get(member.organisation());
            names.put(member, organisation.name());
            byName.putIfAbsent(Words.plain(organisation.name()), member);
            organisation.acronym().ifPresent(acronym -> byName.putIfAbsent(Words.plain(acronym), member));
        }
    }

    /** The member a row's cell names, or null with the row's error (empty, or no such member). */
    Membership named(Reading.Line line, String key) {
        String text = line.required(key);
        if (text == null) {
            return null;
        }
        Membership member = byName.get(Words.plain(text));
        if (member == null) {
            line.error(key, "organisation", text);
        }
        return member;
    }

    String name(Membership member) {
        return names.get(member);
    }
}
