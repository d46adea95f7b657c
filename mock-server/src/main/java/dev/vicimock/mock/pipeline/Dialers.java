package dev.vicimock.mock.pipeline;

import dev.vicimock.mock.http.ApiPath;
import dev.vicimock.mock.release.Releases;
import dev.vicimock.mock.state.DialerFiles;
import dev.vicimock.mock.state.Snapshot;
import dev.vicimock.mock.state.StateFile;
import dev.vicimock.mock.state.StateFileException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The default dialer and the isolated dialers of one simulator, by name. A dialer is created on first use from the
 * default dialer's start state, start release and clock (see {@link Simulator#fromStart()}), and lives until it is
 * deleted or stays unused for the idle expiry. At most {@link DialerLimits#maxDialers()} exist: idle ones expire to
 * make room, and otherwise a new one is refused with {@link DialerLimitReached}, never made by removing one in use.
 *
 * <p>Finding a dialer that exists takes a map lookup and one atomic update of its last use, no lock; creating and
 * removing dialers take one lock among themselves. With {@link DialerFiles} every dialer is kept on disk and loaded
 * again at the next start.
 */
public final class Dialers implements AutoCloseable {
    private final Simulator defaultDialer;
    private final DialerLimits limits;
    private final Clock clock;
    private final DialerFiles files;
    private final Map<String, Dialer> dialers = new ConcurrentHashMap<>();
    private final Object changing = new Object();

    /** Dialers in memory only. */
    public Dialers(Simulator defaultDialer, DialerLimits limits) {
        this(defaultDialer, limits, null);
    }

    /**
     * Dialers kept in {@code files} (none when null), loading every dialer found there, even beyond the maximum.
     *
     * @throws StateFileException when a dialer's file cannot be read
     */
    public Dialers(Simulator defaultDialer, DialerLimits limits, DialerFiles files) {
        this.defaultDialer = defaultDialer;
        this.limits = limits;
        this.clock = defaultDialer.clock();
        this.files = files;
        if (files != null) {
            for (String name : files.names()) {
                if (ApiPath.validName(name)) {
                    Dialer d = open(name, null);
                    files.profile(name).flatMap(Releases::byName).ifPresent(d.simulator()::release);
                    dialers.put(name, d);
                }
            }
        }
    }

    /** The dialer of the plain path; it is never counted, expired or deleted. */
    public Simulator defaultDialer() {
        return defaultDialer;
    }

    public DialerLimits limits() {
        return limits;
    }

    /**
     * The dialer of this name, created from the start state if it does not exist (or has expired), marked as used.
     *
     * @throws DialerLimitReached when it would be one dialer too many
     * @throws IllegalArgumentException for a name that cannot name a dialer
     */
    public Dialer use(String name) {
        long now = clock.millis();
        Dialer d = dialers.get(name);
        if (d != null && !limits.expired(d.lastUse(), now) && d.touch(now)) {
            return d;
        }
        return create(name, null);
    }

    /** The dialer of this name if it exists (and has not expired), without marking a use. */
    public Optional<Dialer> find(String name) {
        Dialer d = dialers.get(name);
        return d == null || limits.expired(d.lastUse(), clock.millis()) ? Optional.empty() : Optional.of(d);
    }

    /**
     * Replaces the dialer's state with {@code state}, creating the dialer with it if it does not exist: a job may
     * PUT its state before its first request.
     */
    public Dialer replace(String name, Snapshot state) {
        long now = clock.millis();
        Dialer d = dialers.get(name);
        if (d != null && !limits.expired(d.lastUse(), now) && d.touch(now)) {
            d.simulator().state().replace(state);
            return d;
        }
        return create(name, state);
    }

    /** Removes the dialer and its files; false when there was none of that name. */
    public boolean delete(String name) {
        synchronized (changing) {
            Dialer d = dialers.remove(name);
            if (d == null) {
                return false;
            }
            d.retire();
            d.discardFiles();
            return true;
        }
    }

    /** The dialers that exist, by name, after removing those that have expired. */
    public List<Dialer> list() {
        synchronized (changing) {
            expireIdle(clock.millis());
            List<Dialer> out = new ArrayList<>(dialers.values());
            out.sort(Comparator.comparing(Dialer::name));
            return out;
        }
    }

    /** Releases every dialer's files, keeping them for the next start. */
    @Override
    public void close() {
        synchronized (changing) {
            dialers.values().forEach(Dialer::closeFiles);
        }
    }

    private Dialer create(String name, Snapshot state) {
        if (!ApiPath.validName(name)) {
            throw new IllegalArgumentException("'" + name + "' cannot name a dialer: " + ApiPath.NAME_RULE);
        }
        synchronized (changing) {
            long now = clock.millis();
            expireIdle(now);
            Dialer d = dialers.get(name);
            if (d != null && d.touch(now)) {
                if (state != null) {
                    d.simulator().state().replace(state);
                }
                return d;
            }
            if (dialers.size() >= limits.maxDialers()) {
                throw new DialerLimitReached("cannot create dialer '" + name + "': all "
                        + limits.maxDialers() + " dialers are in use (--max-dialers); delete one with DELETE"
                        + " /__admin/vicidial/dialers/NAME"
                        + (limits.idleExpiry().isZero()
                                ? ""
                                : " or wait until one has been idle for "
                                        + limits.idleExpiry()
                                                .toString()
                                                .substring(2)
                                                .toLowerCase()));
            }
            Dialer created = open(name, state);
            dialers.put(name, created);
            return created;
        }
    }

    /** A new dialer, on disk too when the state is durable; with {@code state} (if given) as its state. */
    private Dialer open(String name, Snapshot state) {
        Simulator simulator = defaultDialer.fromStart();
        StateFile file = null;
        if (files != null) {
            file = files.open(
                    name, () -> state != null ? state : simulator.state().snapshot());
            simulator.state().replace(file.loaded());
        }
        Dialer d = new Dialer(name, simulator, file, files, clock.millis());
        if (state != null && (file == null || !file.created())) {
            simulator.state().replace(state);
        }
        return d;
    }

    /** Removes the dialers unused for the idle expiry; one used in the meantime stays. Holds {@link #changing}. */
    private void expireIdle(long now) {
        for (Dialer d : List.copyOf(dialers.values())) {
            long seen = d.lastUse();
            if (limits.expired(seen, now) && d.retireIfUnusedSince(seen)) {
                dialers.remove(d.name(), d);
                d.discardFiles();
            }
        }
    }
}
