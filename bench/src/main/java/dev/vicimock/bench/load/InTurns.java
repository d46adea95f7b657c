package dev.vicimock.bench.load;

import java.util.ArrayList;
import java.util.List;

/**
 * Two servers loaded side by side: each one's timed run is cut into slices taken in turns on connections kept
 * open (first, second, second, first, ...), so a change of the machine's speed, which on a shared VM comes and
 * goes within seconds, falls on both alike.
 */
public final class InTurns {
    private InTurns() {}

    /**
     * Runs {@code seconds} of load on each server in slices of about {@code sliceSeconds}; which server opens a
     * pair of slices alternates from pair to pair and, through {@code round}, from round to round. Returns the
     * first server's run and the second's.
     */
    public static RunResult[] run(
            LoadGenerator first,
            Workload onFirst,
            LoadGenerator second,
            Workload onSecond,
            int connections,
            double seconds,
            double sliceSeconds,
            int round)
            throws InterruptedException {
        int slices = Math.max(1, (int) Math.round(seconds / sliceSeconds));
        long sliceNanos = (long) (seconds / slices * 1e9);
        List<Stretch> a = new ArrayList<>();
        List<Stretch> b = new ArrayList<>();
        try (LoadGenerator.Session one = first.open(onFirst, connections);
                LoadGenerator.Session two = second.open(onSecond, connections)) {
            for (int i = 0; i < slices; i++) {
                boolean secondFirst = (i + round) % 2 == 0;
                if (secondFirst) {
                    b.add(two.drive(sliceNanos));
                }
                a.add(one.drive(sliceNanos));
                if (!secondFirst) {
                    b.add(two.drive(sliceNanos));
                }
            }
        }
        return new RunResult[] {RunResult.of(a), RunResult.of(b)};
    }
}
