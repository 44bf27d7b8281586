package org.kafo.model.indicator;

import java.util.Objects;

/**
 * The monitoring committee's work up to the day; all zero unless the committee was installed by then.
 *
 * @param installed        committees installed (for one framework: 0 or 1)
 * @param reportsFiled     progress reports filed
 * @param mandateRevisions revisions of the mandate after the first one
 * @param members          the people sitting on the committee on the day
 */
public record CommitteeIndicators(long installed, long reportsFiled, long mandateRevisions, Headcount members) {

    public static final CommitteeIndicators NONE = new CommitteeIndicators(0, 0, 0, Headcount.NONE);

    public CommitteeIndicators {
        Objects.requireNonNull(members, "members are required");
    }

    public CommitteeIndicators plus(CommitteeIndicators o) {
        return new CommitteeIndicators(installed + o.installed, reportsFiled + o.reportsFiled,
                mandateRevisions + o.mandateRevisions, members.plus(o.members));
    }
}
