package org.kafo.bench.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The server's memory as Linux sees it ({@code /proc/PID/status}) and the heap bound its command line sets. */
final class ServerMemory {

    private ServerMemory() {
    }

    /** The resident size ({@code VmRSS}) in KiB, or -1 when it cannot be read. */
    static long residentKib(long pid) {
        return field(pid, "VmRSS");
    }

    /** The greatest resident size so far ({@code VmHWM}) in KiB, or -1. */
    static long peakKib(long pid) {
        return field(pid, "VmHWM");
    }

    private static long field(long pid, String name) {
        if (pid <= 0) {
            return -1;
        }
        try {
            return kib(Files.readAllLines(Path.of("/proc", Long.toString(pid), "status")), name);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** The value in KiB of a line {@code name:   123456 kB} of a {@code status} file, or -1. */
    static long kib(List<String> status, String name) {
        for (String line : status) {
            if (line.startsWith(name + ":")) {
                String[] fields = line.substring(name.length() + 1).trim().split("\\s+");
                return Long.parseLong(fields[0]);
            }
        }
        return -1;
    }

    /** The {@code -Xmx} of the process's command line, e.g. {@code 512m}, if the system says. */
    static Optional<String> heapBound(long pid) {
        return ProcessHandle.of(pid).flatMap(p -> p.info().arguments()).flatMap(args -> heapBound(List.of(args)));
    }

    /** The last {@code -Xmx} among JVM arguments (the one the JVM takes). */
    static Optional<String> heapBound(List<String> arguments) {
        Optional<String> bound = Optional.empty();
        for (String argument : arguments) {
            if (argument.equals("-jar")) {
                break;
            }
            if (argument.startsWith("-Xmx")) {
                bound = Optional.of(argument.substring(4));
            }
        }
        return bound;
    }
}
