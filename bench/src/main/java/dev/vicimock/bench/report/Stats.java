package dev.vicimock.bench.report;

import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;

/** Medians over repeated runs: robust against one run disturbed by GC or a noisy neighbour. */
public final class Stats {
    public static double median(double... values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] s = values.clone();
        Arrays.sort(s);
        int mid = s.length / 2;
        return s.length % 2 == 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
    }

    public static <T> double median(List<T> items, ToDoubleFunction<T> value) {
        return median(items.stream().mapToDouble(value).toArray());
    }

    /** The largest value; NaN values (unknown readings) are skipped, NaN when none is known. */
    public static <T> double maxOf(List<T> items, ToDoubleFunction<T> value) {
        return items.stream()
                .mapToDouble(value)
                .filter(v -> !Double.isNaN(v))
                .max()
                .orElse(Double.NaN);
    }

    public static double max(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }

    private Stats() {}
}
