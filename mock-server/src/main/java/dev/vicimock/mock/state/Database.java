package dev.vicimock.mock.state;

import java.util.Map;

/**
 * The dialer's tables as one API call sees them: read, change, and append to the admin log. Obtained only
 * through {@link DialerState#transaction}, which starts the call as a reader without a lock; the call's first
 * change takes the write lock if nothing has changed since the call began, and otherwise stops the call with
 * {@link Conflict} (nothing written yet) so that it runs again as the writer from the start.
 */
public final class Database {
    /** Stops a reading call whose first change comes after another call changed the state. */
    static final class Conflict extends RuntimeException {
        static final Conflict INSTANCE = new Conflict();

        private Conflict() {
            super("the state changed while the call was reading it", null, false, false);
        }
    }

    private final DialerState owner;
    private final Map<String, StoredTable> tables;
    private long stamp;
    private boolean writer;
    private boolean wrote;

    Database(DialerState owner, Map<String, StoredTable> tables, long stamp, boolean writer) {
        this.owner = owner;
        this.tables = tables;
        this.stamp = stamp;
        this.writer = writer;
    }

    public Table servers() {
        return table(Tables.SERVERS);
    }

    public Table userGroups() {
        return table(Tables.USER_GROUPS);
    }

    public Table users() {
        return table(Tables.USERS);
    }

    public Table confTemplates() {
        return table(Tables.CONF_TEMPLATES);
    }

    public Table phones() {
        return table(Tables.PHONES);
    }

    /** A {@code system_settings} value, or "" when unset. */
    public String setting(String name) {
        return owner.setting(name);
    }

    public Map<String, String> settings() {
        return owner.settings();
    }

    /** Changes a {@code system_settings} value as part of this call. */
    public void putSetting(String name, String value) {
        if (!Tables.SYSTEM_SETTINGS_DEFAULTS.containsKey(name)) {
            throw new IllegalArgumentException("no system setting " + name);
        }
        beforeWrite();
        owner.putSetting(name, value);
    }

    public void log(AdminLogEntry entry) {
        beforeWrite();
        owner.appendLog(entry);
    }

    /** Any table of {@link Tables#ALL}, as this call sees it. */
    public Table table(Schema schema) {
        return new Table(tables.get(schema.table()), this);
    }

    void beforeWrite() {
        if (!writer) {
            stamp = owner.upgrade(stamp);
            writer = true;
        }
        wrote = true;
    }

    /** The lock stamp: an optimistic read stamp for a reader, the write lock's stamp for the writer. */
    long stamp() {
        return stamp;
    }

    boolean writer() {
        return writer;
    }

    boolean wrote() {
        return wrote;
    }
}
