package dev.vicimock.bench.probe;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;

/**
 * How much CPU the rest of the machine used while we measured: busy time of all cores from /proc/stat
 * (hypervisor steal included) minus the time of the bench and its server processes. On a shared two-core
 * machine another build running alongside halves the figures, so every run records this to be judged.
 * Linux only; elsewhere the readings are NaN.
 */
public final class CpuMonitor {
    /** Clock ticks per second of /proc (USER_HZ, 100 on every Linux architecture in use). */
    private static final double TICKS_PER_SECOND = 100.0;

    /** One reading: wall clock, busy ticks of the machine, ticks used by our processes. */
    public record Sample(long wallNanos, long busyTicks, long ourTicks) {}

    public static Sample sample(Collection<Long> ourPids) {
        long busy = machineBusyTicks();
        long ours = processTicks(ProcessHandle.current().pid());
        for (long pid : ourPids) {
            long t = processTicks(pid);
            ours = ours < 0 || t < 0 ? ours : ours + t;
        }
        return new Sample(System.nanoTime(), busy, ours);
    }

    /** Cores' worth of CPU used by other processes between two readings, or NaN when unknown. */
    public static double otherCores(Sample before, Sample after) {
        if (before.busyTicks < 0 || before.ourTicks < 0 || after.busyTicks < 0 || after.ourTicks < 0) {
            return Double.NaN;
        }
        double seconds = (after.wallNanos - before.wallNanos) / 1e9;
        double other = (after.busyTicks - before.busyTicks) - (after.ourTicks - before.ourTicks);
        return Math.max(0, other / TICKS_PER_SECOND / seconds);
    }

    private static long machineBusyTicks() {
        try {
            String first = Files.readAllLines(Path.of("/proc/stat")).get(0);
            String[] f = first.trim().split("\\s+");
            // cpu user nice system idle iowait irq softirq steal ...
            long busy = 0;
            for (int i : new int[] {1, 2, 3, 6, 7, 8}) {
                busy += Long.parseLong(f[i]);
            }
            return busy;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** CPU ticks (1/100 s) a process has used so far, all threads and GC included; -1 when unknown. */
    public static long processTicks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            // the command name (field 2) may contain spaces: fields are counted after its closing parenthesis
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime, stime (fields 14 and 15)
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /**
     * Waits until other processes use less than {@code maxCores} over a two-second window, for at most
     * {@code timeoutSeconds}; returns the last reading.
     */
    public static double awaitQuiet(Collection<Long> ourPids, double maxCores, int timeoutSeconds)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeoutSeconds * 1_000_000_000L;
        double other;
        do {
            Sample a = sample(ourPids);
            Thread.sleep(2000);
            other = otherCores(a, sample(ourPids));
        } while ((other > maxCores) && System.nanoTime() < deadline);
        return other;
    }

    private CpuMonitor() {}
}
