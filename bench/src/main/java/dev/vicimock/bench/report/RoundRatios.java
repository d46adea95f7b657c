package dev.vicimock.bench.report;

import dev.vicimock.bench.load.RunResult;
import java.util.Arrays;
import java.util.List;

/**
 * Requests/s of runs against those of reference runs taken in the same rounds: the median of the per-round
 * ratios, and the lowest and highest of them (how much the machine moved the figure between rounds).
 */
public record RoundRatios(double median, double lowest, double highest) {
    /** The ratios of a row compared with itself. */
    public static final RoundRatios ONE = new RoundRatios(1.0, 1.0, 1.0);

    /** {@code reference}: round by round as {@code runs}; empty gives {@link #ONE}. */
    public static RoundRatios of(List<RunResult> runs, List<RunResult> reference) {
        if (reference.isEmpty()) {
            return ONE;
        }
        double[] perRound = new double[Math.min(runs.size(), reference.size())];
        for (int i = 0; i < perRound.length; i++) {
            perRound[i] = runs.get(i).requestsPerSecond() / reference.get(i).requestsPerSecond();
        }
        return new RoundRatios(
                Stats.median(perRound),
                Arrays.stream(perRound).min().orElse(Double.NaN),
                Arrays.stream(perRound).max().orElse(Double.NaN));
    }
}
