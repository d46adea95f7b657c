package dev.vicimock.bench.jmh;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * The benchmark JVM's CPU time per call, all its threads (the call, GC, JIT), as the secondary result {@value #LABEL}:
 * unlike the time per call it hardly moves when other processes compete for the cores, as the HTTP bench's server
 * CPU column showed.
 */
public final class ProcessCpuProfiler implements InternalProfiler {
    static final String LABEL = "·cpu";
    private static final OperatingSystemMXBean OS =
            (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private long before;

    @Override
    public String getDescription() {
        return "CPU time of the benchmark JVM per call";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmark, IterationParams iteration) {
        before = OS.getProcessCpuTime();
    }

    @Override
    public Collection<? extends Result> afterIteration(
            BenchmarkParams benchmark, IterationParams iteration, IterationResult result) {
        double micros =
                (OS.getProcessCpuTime() - before) / 1e3 / result.getMetadata().getAllOps();
        return List.of(new ScalarResult(LABEL, micros, "us/op", AggregationPolicy.AVG));
    }
}
