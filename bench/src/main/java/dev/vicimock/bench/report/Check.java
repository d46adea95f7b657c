package dev.vicimock.bench.report;

/**
 * One target of the issue and whether this run met it.
 *
 * @param name     what is checked, e.g. "update-success @8: requests/s vs baseline"
 * @param measured the measured value, formatted with its unit
 * @param target   the target, e.g. ">= 0.90"
 */
public record Check(String name, String measured, String target, boolean pass) {}
