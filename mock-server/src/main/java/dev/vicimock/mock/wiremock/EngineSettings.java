package dev.vicimock.mock.wiremock;

import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

/**
 * The WireMock engine settings of the standalone runner, which the benchmark's baseline shares so that both run
 * the same engine: a journal of the most recent requests, container threads sized to the machine, and delayed
 * answers (a stub's fixed or random delay) waiting on a timer rather than on a worker thread.
 *
 * @param journalEntries   requests the journal keeps (0: no journal)
 * @param containerThreads Jetty's thread pool, six of which accept and select connections
 */
public record EngineSettings(int journalEntries, int containerThreads) {
    public static final int DEFAULT_JOURNAL_ENTRIES = 10_000;
    /** Jetty's six accepting and selecting threads and two workers. */
    public static final int MIN_CONTAINER_THREADS = 8;

    /** The standalone runner's defaults on this machine. */
    public static EngineSettings defaults() {
        return new EngineSettings(DEFAULT_JOURNAL_ENTRIES, defaultContainerThreads());
    }

    /**
     * A few workers per core. WireMock's own default of 25 puts a busy thread per connection on every core, and
     * the scheduler then often stops one in the middle of a call to the simulator, whose state the others must
     * wait for: at 8 connections on 2 cores that cost a tenth of the throughput.
     */
    public static int defaultContainerThreads() {
        return Math.max(10, 6 + 2 * Runtime.getRuntime().availableProcessors());
    }

    public EngineSettings withJournalEntries(int entries) {
        return new EngineSettings(entries, containerThreads);
    }

    public EngineSettings withContainerThreads(int threads) {
        return new EngineSettings(journalEntries, threads);
    }

    /** Sets these on a configuration; call it after the files root is set (the journal's stores read it). */
    public void applyTo(WireMockConfiguration config) {
        RecentRequestsStores.limitJournal(config, journalEntries);
        config.containerThreads(containerThreads);
        config.asynchronousResponseEnabled(true);
    }
}
