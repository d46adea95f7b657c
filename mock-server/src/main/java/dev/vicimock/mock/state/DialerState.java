package dev.vicimock.mock.state;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The in-memory dialer database: system settings, servers, user groups, users, conf templates, phones and
 * the admin log. Every API call runs as one transaction under one lock, so concurrent calls behave as
 * if they ran one after another, like statements on the real database; snapshots are consistent copies.
 *
 * <p>The lock is a plain monitor, not a read-write lock: every section is a few microseconds, and a monitor
 * spins briefly before it parks a waiting thread, where a read-write lock parks it at once. On a machine with
 * fewer cores than busy threads, parking and waking a thread per contended call cost more than the call.
 */
public final class DialerState {
    /** The admin log keeps at most this many entries by default; the oldest are dropped first. */
    public static final int DEFAULT_ADMIN_LOG_LIMIT = 100_000;

    private final Object lock = new Object();
    private final Map<String, Table> tables = new HashMap<>();
    private final ArrayDeque<AdminLogEntry> adminLog = new ArrayDeque<>();
    private final int adminLogLimit;
    private final Database database = new Database(this);
    private final List<Consumer<DialerState>> changeListeners = new CopyOnWriteArrayList<>();
    private volatile Map<String, String> settings = Map.of();
    private long adminLogTotal;

    public DialerState(Snapshot initial) {
        this(initial, DEFAULT_ADMIN_LOG_LIMIT);
    }

    public DialerState(Snapshot initial, int adminLogLimit) {
        this.adminLogLimit = adminLogLimit;
        load(initial);
    }

    /** Runs one API call's reads and writes atomically with respect to every other call. */
    public <T> T transaction(Function<Database, T> work) {
        try {
            synchronized (lock) {
                return work.apply(database);
            }
        } finally {
            // also after a call that died half way: what it wrote before dying stays written
            changeListeners.forEach(l -> l.accept(this));
        }
    }

    /** Reads in a transaction of its own (for calls that change nothing, like {@code version}). */
    public <T> T read(Function<Database, T> work) {
        synchronized (lock) {
            return work.apply(database);
        }
    }

    /** A consistent copy of everything, admin log included. */
    public Snapshot snapshot() {
        synchronized (lock) {
            Map<String, List<Row>> rows = new LinkedHashMap<>();
            for (Schema s : Tables.ALL) {
                rows.put(s.table(), tables.get(s.table()).snapshot());
            }
            return new Snapshot(settings, rows, new ArrayList<>(adminLog));
        }
    }

    /** Replaces the whole state at once; callers never see a mix of old and new. */
    public void replace(Snapshot next) {
        Map<String, Table> built = build(next);
        synchronized (lock) {
            tables.clear();
            tables.putAll(built);
            settings = next.systemSettings();
            adminLog.clear();
            next.adminLog().forEach(this::appendLog);
            adminLogTotal = adminLog.size();
        }
        changeListeners.forEach(l -> l.accept(this));
    }

    /** Admin log entries written since start or the last replace, including any dropped by the limit. */
    public long adminLogTotal() {
        synchronized (lock) {
            return adminLogTotal;
        }
    }

    /** Called after every transaction and replace, outside the lock (e.g. to persist the state). */
    public void onChange(Consumer<DialerState> listener) {
        changeListeners.add(listener);
    }

    /** A {@code system_settings} value, or "" when unset; readable without the lock. */
    public String setting(String name) {
        return settings.getOrDefault(name, "");
    }

    Table table(Schema schema) {
        return tables.get(schema.table());
    }

    Map<String, String> settings() {
        return settings;
    }

    void appendLog(AdminLogEntry entry) {
        adminLog.addLast(entry);
        adminLogTotal++;
        while (adminLog.size() > adminLogLimit) {
            adminLog.removeFirst();
        }
    }

    private void load(Snapshot initial) {
        tables.putAll(build(initial));
        settings = initial.systemSettings();
        initial.adminLog().forEach(this::appendLog);
    }

    private static Map<String, Table> build(Snapshot snapshot) {
        Map<String, Table> built = new HashMap<>();
        for (Schema s : Tables.ALL) {
            Table t = new Table(s, s == Tables.PHONES ? List.of("login") : List.of());
            snapshot.rows(s).forEach(t::put);
            built.put(s.table(), t);
        }
        return built;
    }
}
