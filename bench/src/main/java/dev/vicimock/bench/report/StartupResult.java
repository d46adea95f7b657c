package dev.vicimock.bench.report;

import java.util.List;

/** Repeated cold starts of one server: milliseconds from launching the JVM to the first answered request. */
public record StartupResult(String server, List<Double> millis) {
    public double medianMillis() {
        return Stats.median(millis.stream().mapToDouble(Double::doubleValue).toArray());
    }

    public double maxMillis() {
        return Stats.max(millis);
    }
}
