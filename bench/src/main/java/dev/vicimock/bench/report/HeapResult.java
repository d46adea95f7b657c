package dev.vicimock.bench.report;

/**
 * Heap in use after a full GC in the simulator's JVM.
 *
 * @param when   what had happened before the reading, e.g. "after PUT" or "after load"
 * @param phones rows in the phones table at that moment
 */
public record HeapResult(String when, int phones, double usedMiB) {}
