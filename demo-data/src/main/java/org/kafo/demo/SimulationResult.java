package org.kafo.demo;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.kafo.model.framework.FrameworkId;
import org.kafo.model.territory.CercleId;
import org.kafo.model.territory.RegionId;

/**
 * What a simulation played: the frameworks, the day their indicators describe, and per commune
 * what happened that the indicators do not count.
 *
 * @param cycles   the plans each framework adopted
 * @param seed     the seed the story was drawn from
 * @param asOf     a day after every framework's last review: the day to compute indicators on
 * @param communes one result per commune, in the dataset's order
 */
public record SimulationResult(int cycles, long seed, LocalDate asOf, List<Commune> communes) {

    public SimulationResult {
        Objects.requireNonNull(asOf, "asOf is required");
        communes = List.copyOf(communes);
    }

    /** Every verdict of every commune, by {@code "RULE-ID SEVERITY message-key"}, in that order. */
    public Map<String, Integer> verdicts() {
        Map<String, Integer> all = new TreeMap<>();
        communes.forEach(c -> c.verdicts().forEach((key, count) -> all.merge(key, count, Integer::sum)));
        return Collections.unmodifiableMap(all);
    }

    /**
     * One commune's story.
     *
     * @param lateMeetings          meetings the municipality held after the day they were due
     * @param meetingsWithoutQuorum meetings held without a quorum, then convened again
     * @param lateContributions     contributions delivered after the due date of their action
     * @param missedContributions   contributions still not delivered when their plan ended
     * @param needsRaised           needs the professionals raised during the cycles
     * @param mandatesNotRevised    plans adopted without the committee's mandate following
     * @param verdicts              every verdict the rules gave, by {@code "RULE-ID SEVERITY message-key"}
     */
    public record Commune(String name, String cercle, String region, RegionId regionId, CercleId cercleId,
            FrameworkId framework, int lateMeetings, int meetingsWithoutQuorum, int lateContributions,
            int missedContributions, int needsRaised, int mandatesNotRevised, Map<String, Integer> verdicts) {

        public Commune {
            verdicts = Collections.unmodifiableMap(new TreeMap<>(verdicts));
        }
    }
}
