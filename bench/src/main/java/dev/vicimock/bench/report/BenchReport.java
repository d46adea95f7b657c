package dev.vicimock.bench.report;

import java.util.List;
import java.util.Map;

/** Everything one benchmark run measured, as written to {@code results.json}. */
public record BenchReport(
        String startedAt,
        MachineInfo machine,
        Map<String, String> settings,
        List<StartupResult> startup,
        List<ThroughputRow> throughput,
        List<ScalingRow> scaling,
        List<PutResult> puts,
        List<HeapResult> heap,
        List<Check> checks) {}
