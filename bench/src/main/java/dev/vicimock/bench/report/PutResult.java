package dev.vicimock.bench.report;

import java.util.List;

/** Repeated {@code PUT /__admin/vicidial/state} of a state with {@code phones} phones, in milliseconds. */
public record PutResult(int phones, long bodyBytes, List<Double> millis) {
    public double medianMillis() {
        return Stats.median(millis.stream().mapToDouble(Double::doubleValue).toArray());
    }

    public double maxMillis() {
        return Stats.max(millis);
    }
}
