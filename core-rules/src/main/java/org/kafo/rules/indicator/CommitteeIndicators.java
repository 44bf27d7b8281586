package org.kafo.rules.indicator;

import java.time.LocalDate;
import java.util.Objects;
import org.kafo.model.committee.CommitteeMember;
import org.kafo.model.committee.MonitoringCommittee;
import org.kafo.rules.Situation;

/**
 * The monitoring committee's work up to the day.
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

    static CommitteeIndicators compute(Situation situation, LocalDate day) {
        return situation.committee().filter(c -> AsOf.onOrBefore(c.installedOn(), day))
                .map(c -> compute(c, day)).orElse(NONE);
    }

    private static CommitteeIndicators compute(MonitoringCommittee committee, LocalDate day) {
        return new CommitteeIndicators(1,
                committee.reports().stream().filter(r -> AsOf.onOrBefore(r.filedOn(), day)).count(),
                committee.mandateHistory().stream().filter(m -> m.revision() > 1)
                        .filter(m -> AsOf.onOrBefore(m.adoptedOn(), day)).count(),
                Headcount.of(committee.members().stream().filter(m -> m.isOn(day)).map(CommitteeMember::person)
                        .toList()));
    }

    public CommitteeIndicators plus(CommitteeIndicators o) {
        return new CommitteeIndicators(installed + o.installed, reportsFiled + o.reportsFiled,
                mandateRevisions + o.mandateRevisions, members.plus(o.members));
    }
}
