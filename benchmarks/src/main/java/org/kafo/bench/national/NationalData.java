package org.kafo.bench.national;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

/**
 * The national data set: a synthetic territory and, commune after commune, each commune's framework
 * and its quarterly plan cycles. Deterministic: the same seed, counts and days give the same data,
 * ids included. Nothing about users: who may read the generated frameworks is the server's business.
 *
 * @param communes  how many communes (815: Mali since the 2023 reform)
 * @param cycles    quarterly plan cycles per framework (40: ten years)
 * @param seed      the seed every random sequence is drawn from
 * @param firstPlan the first day of the first plan's quarter
 * @param asOf      the day the data stops: the last plan is in force then
 */
record NationalData(int communes, int cycles, long seed, LocalDate firstPlan, LocalDate asOf) {

    static final LocalDate FIRST_PLAN = LocalDate.of(2017, 1, 1);
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 15);
    /** How many communes are told in parallel before they are handed over. */
    private static final int TOLD_TOGETHER = 16;

    static NationalData of(int communes, int cycles, long seed) {
        return new NationalData(communes, cycles, seed, FIRST_PLAN, AS_OF);
    }

    Territory territory() {
        return Territory.generate(new Random(seed), communes);
    }

    /**
     * Tells every commune's story in order, each from its own sequence: a few communes at a time are
     * told in parallel (each through a process of its own), then handed over in order.
     */
    void communes(Territory territory, Consumer<CommuneStory.History> each) {
        List<int[]> communes = new ArrayList<>();
        for (int cercle = 0; cercle < territory.communesPerCercle().length; cercle++) {
            for (int i = 0; i < territory.communesPerCercle()[cercle]; i++) {
                communes.add(new int[] {communes.size(), cercle});
            }
        }
        for (int from = 0; from < communes.size(); from += TOLD_TOGETHER) {
            communes.subList(from, Math.min(communes.size(), from + TOLD_TOGETHER)).parallelStream()
                    .map(c -> commune(territory, c[0], c[1])).toList().forEach(each);
        }
    }

    CommuneStory.History commune(Territory territory, int index, int cercle) {
        Random random = new Random(seed ^ (0x9E3779B97F4A7C15L * (index + 1)));
        return new CommuneStory(random, cycles, firstPlan, asOf).tell(territory, index, cercle);
    }
}
