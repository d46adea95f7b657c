package dev.vicimock.bench.load;

import java.util.Arrays;

/** A growable list of latencies in nanoseconds, owned by one thread while recording. */
public final class LatencySamples {
    private long[] values = new long[1 << 14];
    private int size;

    public void add(long nanos) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = nanos;
    }

    public int size() {
        return size;
    }

    /** All samples of these lists, sorted ascending. */
    public static long[] sortedUnion(Iterable<LatencySamples> parts) {
        int n = 0;
        for (LatencySamples p : parts) {
            n += p.size;
        }
        long[] all = new long[n];
        int at = 0;
        for (LatencySamples p : parts) {
            System.arraycopy(p.values, 0, all, at, p.size);
            at += p.size;
        }
        Arrays.sort(all);
        return all;
    }

    /** Nearest-rank percentile of sorted values, {@code p} in (0, 100]; 0 when empty. */
    public static long percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
