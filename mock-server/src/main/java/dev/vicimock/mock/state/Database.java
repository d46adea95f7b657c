package dev.vicimock.mock.state;

import java.util.Map;

/**
 * The dialer's tables as one API call sees them while it holds the state's lock: read, change, and append
 * to the admin log. Obtained only through {@link DialerState#transaction}.
 */
public final class Database {
    private final DialerState owner;

    Database(DialerState owner) {
        this.owner = owner;
    }

    public Table servers() {
        return owner.table(Tables.SERVERS);
    }

    public Table userGroups() {
        return owner.table(Tables.USER_GROUPS);
    }

    public Table users() {
        return owner.table(Tables.USERS);
    }

    public Table confTemplates() {
        return owner.table(Tables.CONF_TEMPLATES);
    }

    public Table phones() {
        return owner.table(Tables.PHONES);
    }

    /** A {@code system_settings} value, or "" when unset. */
    public String setting(String name) {
        return owner.settings().getOrDefault(name, "");
    }

    public Map<String, String> settings() {
        return owner.settings();
    }

    public void log(AdminLogEntry entry) {
        owner.appendLog(entry);
    }
}
