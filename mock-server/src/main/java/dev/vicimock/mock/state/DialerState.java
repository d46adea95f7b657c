package dev.vicimock.mock.state;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.StampedLock;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The in-memory dialer database: system settings, servers, user groups, users, conf templates, phones and
 * the admin log. Every API call runs as one transaction, so concurrent calls behave as if they ran one after
 * another, like statements on the real database; snapshots are consistent copies.
 *
 * <p>Reading takes no lock: a call starts on an optimistic read stamp, and an answer that changed nothing
 * counts only if no change was committed while it read (otherwise the call runs again). The first change a
 * call makes takes the write lock, if nothing was committed since the call began; else the call runs again as
 * the writer from the start. So readers never wait for each other, nor for a writer that is only reading, and
 * writers wait only for the one writer that is changing the state.
 */
public final class DialerState {
    /** The admin log keeps at most this many entries by default; the oldest are dropped first. */
    public static final int DEFAULT_ADMIN_LOG_LIMIT = 100_000;

    private final StampedLock lock = new StampedLock();
    private final ArrayDeque<AdminLogEntry> adminLog = new ArrayDeque<>();
    private final int adminLogLimit;
    private final List<Consumer<DialerState>> changeListeners = new CopyOnWriteArrayList<>();
    /** Replaced as a whole by {@link #replace}, never changed in place, so a reader sees one set of tables. */
    private volatile Map<String, StoredTable> tables;

    private volatile Map<String, String> settings = Map.of();
    private long adminLogTotal;

    public DialerState(Snapshot initial) {
        this(initial, DEFAULT_ADMIN_LOG_LIMIT);
    }

    public DialerState(Snapshot initial, int adminLogLimit) {
        this.adminLogLimit = adminLogLimit;
        tables = build(initial);
        settings = initial.systemSettings();
        initial.adminLog().forEach(this::appendLog);
    }

    /**
     * Runs one API call's reads and writes atomically with respect to every other call. The work may run more
     * than once, so it must have no effect outside the database other than its result.
     */
    public <T> T transaction(Function<Database, T> work) {
        long stamp = lock.tryOptimisticRead();
        if (stamp != 0L) {
            Database db = new Database(this, tables, stamp, false);
            try {
                T result = work.apply(db);
                if (db.writer() || lock.validate(stamp)) {
                    return result;
                }
            } catch (Database.Conflict conflict) {
                // it wanted to write after another call had written: run again as the writer
            } catch (RuntimeException e) {
                // a reader that met a half-made change can fail in ways the state does not explain
                if (db.writer() || lock.validate(stamp)) {
                    throw e;
                }
            } finally {
                finish(db);
            }
        }
        long writeStamp = lock.writeLock();
        Database db = new Database(this, tables, writeStamp, true);
        try {
            return work.apply(db);
        } finally {
            finish(db);
        }
    }

    /** A consistent copy of everything, admin log included. */
    public Snapshot snapshot() {
        long stamp = lock.readLock();
        try {
            Map<String, List<Row>> rows = new LinkedHashMap<>();
            for (Schema s : Tables.ALL) {
                rows.put(s.table(), tables.get(s.table()).rows());
            }
            return new Snapshot(settings, rows, new ArrayList<>(adminLog));
        } finally {
            lock.unlockRead(stamp);
        }
    }

    /** Replaces the whole state at once; callers never see a mix of old and new. */
    public void replace(Snapshot next) {
        Map<String, StoredTable> built = build(next);
        long stamp = lock.writeLock();
        try {
            tables = built;
            settings = next.systemSettings();
            adminLog.clear();
            next.adminLog().forEach(this::appendLog);
            adminLogTotal = adminLog.size();
        } finally {
            lock.unlockWrite(stamp);
        }
        changeListeners.forEach(l -> l.accept(this));
    }

    /** Admin log entries written since start or the last replace, including any dropped by the limit. */
    public long adminLogTotal() {
        long stamp = lock.readLock();
        try {
            return adminLogTotal;
        } finally {
            lock.unlockRead(stamp);
        }
    }

    /** Called after every transaction that changed something and every replace, outside the lock (e.g. to persist). */
    public void onChange(Consumer<DialerState> listener) {
        changeListeners.add(listener);
    }

    /** A {@code system_settings} value, or "" when unset; readable without the lock. */
    public String setting(String name) {
        return settings.getOrDefault(name, "");
    }

    /** Makes a reading call the writer: the write lock's stamp, or {@link Database.Conflict} if it read too long ago. */
    long upgrade(long readStamp) {
        long stamp = lock.tryConvertToWriteLock(readStamp);
        if (stamp == 0L) {
            throw Database.Conflict.INSTANCE;
        }
        return stamp;
    }

    /** Ends a call: releases the write lock if it took it, and tells the listeners if it changed something. */
    private void finish(Database db) {
        if (db.writer()) {
            lock.unlockWrite(db.stamp());
            if (db.wrote()) {
                // also after a call that died half way: what it wrote before dying stays written
                changeListeners.forEach(l -> l.accept(this));
            }
        }
    }

    Map<String, String> settings() {
        return settings;
    }

    /** Changes one system setting; called by the writing call only, under the write lock. */
    void putSetting(String name, String value) {
        Map<String, String> next = new LinkedHashMap<>(settings);
        next.put(name, value);
        settings = Collections.unmodifiableMap(next);
    }

    void appendLog(AdminLogEntry entry) {
        adminLog.addLast(entry.sharingWith(adminLog.peekLast()));
        adminLogTotal++;
        while (adminLog.size() > adminLogLimit) {
            adminLog.removeFirst();
        }
    }

    private static Map<String, StoredTable> build(Snapshot snapshot) {
        Map<String, StoredTable> built = new HashMap<>();
        for (Schema s : Tables.ALL) {
            StoredTable t = new StoredTable(s, s.indexed());
            snapshot.rows(s).forEach(t::put);
            built.put(s.table(), t);
        }
        return Map.copyOf(built);
    }
}
