package org.kafo.bench.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The CPU time the whole machine spent busy, from Linux's {@code /proc/stat}: every process, not only ours. */
final class MachineCpu {

    /** Linux counts {@code /proc/stat} in ticks of 1/100 s (USER_HZ). */
    private static final long NANOS_PER_TICK = 10_000_000;

    private MachineCpu() {
    }

    /** Busy CPU time of all cores so far, in nanoseconds; -1 where there is no {@code /proc/stat}. */
    static long busyNanos() {
        try {
            return busyTicks(Files.readAllLines(Path.of("/proc/stat")).get(0)) * NANOS_PER_TICK;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** From the {@code cpu} line: every tick but idle and I/O wait. */
    static long busyTicks(String cpuLine) {
        String[] fields = cpuLine.trim().split("\\s+");
        if (!fields[0].equals("cpu")) {
            throw new IllegalArgumentException("not the cpu line of /proc/stat: " + cpuLine);
        }
        long busy = 0;
        // user nice system idle iowait irq softirq steal (guest time is already counted in user)
        for (int i = 1; i <= Math.min(8, fields.length - 1); i++) {
            if (i != 4 && i != 5) {
                busy += Long.parseLong(fields[i]);
            }
        }
        return busy;
    }
}
