package org.kafo.server.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.kafo.server.api.CommitteeView.MandateValue;

/**
 * One revision of the committee's mandate beside the one before it: what changed stands out (its
 * scope, its period, the plan it covers), with the duties it adds and the ones it drops. The first
 * revision changes nothing.
 *
 * @param added   duties this revision has and the previous had not
 * @param dropped duties the previous revision had and this one has not
 */
public record MandateVersion(MandateValue mandate, boolean scopeChanged, boolean periodChanged, boolean planChanged,
        List<String> added, List<String> dropped) {

    /** The revisions, first to latest, each compared with the one before. */
    public static List<MandateVersion> of(List<MandateValue> history) {
        List<MandateVersion> versions = new ArrayList<>();
        MandateValue previous = null;
        for (MandateValue mandate : history) {
            if (previous == null) {
                versions.add(new MandateVersion(mandate, false, false, false, List.of(), List.of()));
            } else {
                List<String> before = previous.duties();
                versions.add(new MandateVersion(mandate, !Objects.equals(mandate.scope(), previous.scope()),
                        !Objects.equals(mandate.period(), previous.period()),
                        !Objects.equals(mandate.plan(), previous.plan()),
                        mandate.duties().stream().filter(d -> !before.contains(d)).toList(),
                        before.stream().filter(d -> !mandate.duties().contains(d)).toList()));
            }
            previous = mandate;
        }
        return versions;
    }

    /** Whether a duty is new in this revision. */
    public boolean isNew(String duty) {
        return added.contains(duty);
    }
}
