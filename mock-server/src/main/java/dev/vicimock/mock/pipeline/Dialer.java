package dev.vicimock.mock.pipeline;

import dev.vicimock.mock.release.Release;
import dev.vicimock.mock.state.DialerFiles;
import dev.vicimock.mock.state.StateFile;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One isolated dialer: its name, its simulator (state, admin log, release) and when it was last used. Once
 * retired (deleted, or expired while unused) it is never handed out again; retiring and using are one atomic step
 * on the last-use time, so a dialer that a request has just picked up is never the one that expires.
 */
public final class Dialer {
    private static final long RETIRED = Long.MIN_VALUE;

    private final String name;
    private final Simulator simulator;
    private final StateFile file;
    private final DialerFiles files;
    private final AtomicLong lastUse;

    Dialer(String name, Simulator simulator, StateFile file, DialerFiles files, long now) {
        this.name = name;
        this.simulator = simulator;
        this.file = file;
        this.files = files;
        this.lastUse = new AtomicLong(now);
        if (file != null) {
            file.attach(simulator.state());
        }
    }

    public String name() {
        return name;
    }

    public Simulator simulator() {
        return simulator;
    }

    /** Epoch milliseconds of the last request or admin call. */
    public long lastUse() {
        return lastUse.get();
    }

    /** Switches the release, and keeps the choice with a durable state. */
    public void release(Release release) {
        simulator.release(release);
        if (files != null) {
            files.profile(name, release.name());
        }
    }

    /** Marks a use at {@code now}; false when the dialer was retired before, and must not be used. */
    boolean touch(long now) {
        long before = lastUse.getAndUpdate(v -> v == RETIRED ? RETIRED : Math.max(v, now));
        return before != RETIRED;
    }

    /** Retires the dialer if its last use is still {@code seen}: no use came in since it was judged idle. */
    boolean retireIfUnusedSince(long seen) {
        return lastUse.compareAndSet(seen, RETIRED);
    }

    /** Retires the dialer whatever its last use. */
    void retire() {
        lastUse.set(RETIRED);
    }

    /** Releases and removes its files, if it has any. */
    void discardFiles() {
        if (file != null) {
            files.delete(name, file);
        }
    }

    /** Releases its files, keeping them for the next start. */
    void closeFiles() {
        if (file != null) {
            file.close();
        }
    }
}
