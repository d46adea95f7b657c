package dev.vicimock.bench.jmh;

import dev.vicimock.bench.report.MachineInfo;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link InProcessCost} with JMH's command-line options (e.g. {@code -f 2 -wi 3 -i 5}, {@code -p
 * workload=version}) and prints, after JMH's table, each subject's time per call against the baseline's of the same
 * run, as a Markdown table.
 */
public final class InProcessCostMain {
    public static void main(String[] args) throws Exception {
        Collection<RunResult> results = new Runner(new OptionsBuilder()
                        .include(InProcessCost.class.getName())
                        .addProfiler(ProcessCpuProfiler.class)
                        .parent(new CommandLineOptions(args))
                        .build())
                .run();
        System.out.println();
        System.out.println(ratios(results));
    }

    /**
     * Per workload and measure (time per call, the JVM's CPU per call): each subject's µs per call, its ratio to the
     * baseline's with the range their errors allow, and what the extension adds to the baseline.
     */
    static String ratios(Collection<RunResult> results) {
        Map<String, Map<String, RunResult>> byWorkload = new LinkedHashMap<>();
        BenchmarkParams params = null;
        for (RunResult r : results) {
            params = r.getParams();
            String method =
                    params.getBenchmark().substring(params.getBenchmark().lastIndexOf('.') + 1);
            byWorkload
                    .computeIfAbsent(params.getParam("workload"), k -> new LinkedHashMap<>())
                    .put(method, r);
        }
        StringBuilder b = new StringBuilder();
        if (params != null) {
            b.append(String.format(
                    Locale.ROOT,
                    "Measured on %s; JMH %s, %d forks, %d warm-up iterations of %s, %d measured of %s, 1 thread.%n%n",
                    MachineInfo.current().describe(),
                    params.getJmhVersion(),
                    params.getForks(),
                    params.getWarmup().getCount(),
                    params.getWarmup().getTime(),
                    params.getMeasurement().getCount(),
                    params.getMeasurement().getTime()));
        }
        b.append("| workload | µs per call | baseline | extension | simulator alone"
                + " | extension/baseline | simulator alone/baseline | extension − baseline |\n");
        b.append("|---|---|---:|---:|---:|---:|---:|---:|\n");
        byWorkload.forEach((workload, r) -> {
            for (String measure : new String[] {"time", "JVM CPU"}) {
                Result<?> base = result(r.get("baseline"), measure);
                Result<?> ext = result(r.get("extension"), measure);
                Result<?> alone = result(r.get("simulator"), measure);
                b.append(String.format(
                        Locale.ROOT,
                        "| %s | %s | %s | %s | %s | %s | %s | %s |%n",
                        workload,
                        measure,
                        score(base),
                        score(ext),
                        score(alone),
                        ratio(ext, base),
                        ratio(alone, base),
                        ext == null || base == null ? "—" : fmt(ext.getScore() - base.getScore())));
            }
        });
        return b.toString();
    }

    private static Result<?> result(RunResult r, String measure) {
        if (r == null) {
            return null;
        }
        return measure.equals("time")
                ? r.getPrimaryResult()
                : r.getSecondaryResults().get(ProcessCpuProfiler.LABEL);
    }

    private static String score(Result<?> r) {
        if (r == null) {
            return "—";
        }
        return fmt(r.getScore()) + (Double.isNaN(r.getScoreError()) ? "" : " ± " + fmt(r.getScoreError()));
    }

    /** subject/baseline, with the lowest and highest ratio within both scores' 99.9% confidence intervals. */
    private static String ratio(Result<?> subject, Result<?> base) {
        if (subject == null || base == null) {
            return "—";
        }
        return ratio(subject.getScore(), subject.getScoreError(), base.getScore(), base.getScoreError());
    }

    /** {@code s ± e} against {@code bs ± be}: the ratio, and in brackets its lowest and highest within the errors. */
    static String ratio(double s, double e, double bs, double be) {
        String ratio = String.format(Locale.ROOT, "%.2f", s / bs);
        // one iteration has no error bar
        if (Double.isNaN(e) || Double.isNaN(be)) {
            return ratio;
        }
        double low = Math.max(0, s - e) / (bs + be);
        // a baseline whose interval reaches zero bounds the ratio from below only
        return ratio
                + (bs > be
                        ? String.format(Locale.ROOT, " (%.2f-%.2f)", low, (s + e) / (bs - be))
                        : String.format(Locale.ROOT, " (%.2f-∞)", low));
    }

    private static String fmt(double micros) {
        return String.format(Locale.ROOT, "%.2f", micros);
    }

    private InProcessCostMain() {}
}
