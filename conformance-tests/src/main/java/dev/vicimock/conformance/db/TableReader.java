package dev.vicimock.conformance.db;

import dev.vicimock.conformance.target.StateKeys;
import dev.vicimock.conformance.target.StateSource;
import dev.vicimock.conformance.target.StoredState;
import dev.vicimock.mock.state.AdminLogEntry;
import dev.vicimock.mock.state.Tables;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads a real dialer's tables through one read-only JDBC connection ({@code vicidial.db.url}), so that stored
 * values can be checked there as on the simulator. It only ever sends SELECT statements, prepared, built from a
 * fixed list of upstream table and column names, and reads rows by key, never a whole table. At start it refuses
 * an account that could change the dialer's database, and tables it cannot read.
 */
public final class TableReader implements StateSource {

    /** The tables read, with the upstream names, the column rows are looked up by, and the columns read. */
    enum Table {
        PHONES("phones", "extension", Tables.PHONES.columns()),
        SERVERS("servers", "server_ip", Tables.SERVERS.columns()),
        USERS("vicidial_users", "user", Tables.USERS.columns()),
        USER_GROUPS("vicidial_user_groups", "user_group", Tables.USER_GROUPS.columns()),
        PHONE_ALIASES("phones_alias", "alias_id", Tables.PHONES_ALIAS.columns()),
        SYSTEM_SETTINGS(
                "system_settings",
                "use_non_latin",
                Tables.SYSTEM_SETTINGS_DEFAULTS.keySet().stream().sorted().toList()),
        ADMIN_LOG(
                "vicidial_admin_log",
                "admin_log_id",
                Stream.concat(Stream.of("admin_log_id"), AdminLogEntry.COLUMNS.stream())
                        .toList());

        final String upstream;
        final String key;
        final List<String> columns;

        Table(String upstream, String key, List<String> columns) {
            this.upstream = upstream;
            this.key = key;
            this.columns = columns;
        }
    }

    /** Most rows one lookup returns: keys name a few rows, so more means something unexpected. */
    private static final int MAX_ROWS = 1000;

    private static final Set<Integer> INTEGER_TYPES =
            Set.of(Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT);

    private final Connection connection;
    private final String description;
    private final Map<Table, List<String>> columns;

    private TableReader(Connection connection, String description, Map<Table, List<String>> columns) {
        this.connection = connection;
        this.description = description;
        this.columns = columns;
    }

    /**
     * Connects, makes the session read-only, and checks the account: it must not be able to write to the database
     * the URL names, and must be able to read every table the suite reads.
     *
     * @throws UnusableDatabase with one line saying what is wrong
     */
    public static TableReader open(String url, String user, String password) {
        Connection c = connectReadOnly(url, user, password);
        try {
            String database = database(c, url);
            refuseWriters(c, user, database);
            Map<Table, List<String>> columns = readableColumns(c, user, database);
            return new TableReader(
                    c, "the database `" + database + "` at " + server(url) + ", read-only as '" + user + "'", columns);
        } catch (RuntimeException e) {
            closeQuietly(c);
            throw e;
        }
    }

    /** One connection whose session refuses writes; no check of the account's rights (see {@link #open}). */
    static Connection connectReadOnly(String url, String user, String password) {
        String jdbc = jdbcUrl(url);
        Properties props = new Properties();
        props.setProperty("user", user);
        props.setProperty("password", password == null ? "" : password);
        props.setProperty("connectTimeout", "10000");
        // the connector's own read-only mode as well as the session's below
        props.setProperty("assureReadOnly", "true");
        // TINYINT(1) columns are numbers in VICIdial, not booleans
        props.setProperty("tinyInt1isBit", "false");
        Connection c;
        try {
            c = DriverManager.getConnection(jdbc, props);
        } catch (SQLException e) {
            throw new UnusableDatabase("cannot connect to the database at " + safe(url) + " as '" + user + "' ("
                    + "vicidial.db.url, vicidial.db.user, vicidial.db.pass): " + firstLine(e));
        }
        try {
            c.setReadOnly(true);
            try (Statement s = c.createStatement()) {
                s.execute("SET SESSION TRANSACTION READ ONLY");
            }
            return c;
        } catch (SQLException e) {
            closeQuietly(c);
            throw new UnusableDatabase("cannot make the session at " + safe(url) + " read-only: " + firstLine(e));
        }
    }

    private static String jdbcUrl(String url) {
        String u = url.trim();
        if (u.startsWith("jdbc:mysql://")) {
            return "jdbc:mariadb://" + u.substring("jdbc:mysql://".length());
        }
        if (!u.startsWith("jdbc:mariadb://")) {
            throw new UnusableDatabase("vicidial.db.url must be a jdbc:mariadb:// or jdbc:mysql:// URL naming the"
                    + " dialer's database, e.g. jdbc:mariadb://dialer.example.com:3306/asterisk, not '" + safe(u)
                    + "'");
        }
        return u;
    }

    private static String database(Connection c, String url) {
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT DATABASE()")) {
            String db = r.next() ? r.getString(1) : null;
            if (db == null || db.isEmpty()) {
                throw new UnusableDatabase("vicidial.db.url must name the dialer's database, e.g."
                        + " jdbc:mariadb://dialer.example.com:3306/asterisk, not '" + safe(url) + "'");
            }
            return db;
        } catch (SQLException e) {
            throw new UnusableDatabase("cannot read the database's name at " + safe(url) + ": " + firstLine(e));
        }
    }

    /** Refuses an account that could write to {@code database}, by its own grants and those of its roles. */
    private static void refuseWriters(Connection c, String user, String database) {
        List<String> writes = new ArrayList<>();
        List<String> lines = grants(c, "CURRENT_USER()");
        writes.addAll(Grants.writeRights(lines, database));
        List<Grants.Role> pending = new ArrayList<>(Grants.roles(lines));
        List<String> seen = new ArrayList<>();
        while (!pending.isEmpty() && seen.size() < 20) {
            Grants.Role role = pending.remove(0);
            if (seen.contains(role.toString())) {
                continue;
            }
            seen.add(role.toString());
            List<String> roleLines = grantsOfRole(c, role);
            Grants.writeRights(roleLines, database).forEach(w -> writes.add(w + " (role " + role + ")"));
            pending.addAll(Grants.roles(roleLines));
        }
        if (!writes.isEmpty()) {
            throw new UnusableDatabase("refusing the database account '" + user + "' (vicidial.db.user): it may"
                    + " change the dialer's database `" + database + "` (" + String.join("; ", writes)
                    + "); give the suite an account with SELECT only on the tables it reads"
                    + " (docs/conformance-suite.md)");
        }
    }

    /**
     * A role's grants. MariaDB shows them only for the session's current role, so the role is made current for the
     * question and the session's own role put back: neither changes any data.
     */
    private static List<String> grantsOfRole(Connection c, Grants.Role role) {
        try {
            return grants(c, role.quoted());
        } catch (UnusableDatabase notCurrent) {
            String previous;
            try (Statement s = c.createStatement();
                    ResultSet r = s.executeQuery("SELECT CURRENT_ROLE()")) {
                previous = r.next() ? r.getString(1) : null;
                s.execute("SET ROLE " + role.quoted());
            } catch (SQLException e) {
                throw new UnusableDatabase("cannot read the rights of the database role " + role + ": " + firstLine(e));
            }
            try {
                return grants(c, role.quoted());
            } finally {
                try (Statement s = c.createStatement()) {
                    s.execute("SET ROLE " + (previous == null ? "NONE" : new Grants.Role(previous, "").quoted()));
                } catch (SQLException e) {
                    throw new UnusableDatabase("cannot put back the database role " + previous + ": " + firstLine(e));
                }
            }
        }
    }

    private static List<String> grants(Connection c, String whose) {
        List<String> lines = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SHOW GRANTS FOR " + whose)) {
            while (r.next()) {
                lines.add(r.getString(1));
            }
            return lines;
        } catch (SQLException e) {
            throw new UnusableDatabase(
                    "cannot read the database account's rights (SHOW GRANTS FOR " + whose + "): " + firstLine(e));
        }
    }

    /** The columns of each table the account can read; a table or key column it cannot read refuses the start. */
    private static Map<Table, List<String>> readableColumns(Connection c, String user, String database) {
        Map<Table, Set<String>> present = new EnumMap<>(Table.class);
        String sql = "SELECT TABLE_NAME, COLUMN_NAME FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE()"
                + " AND TABLE_NAME IN (" + marks(Table.values().length) + ")";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            int i = 1;
            for (Table t : Table.values()) {
                s.setString(i++, t.upstream);
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    for (Table t : Table.values()) {
                        if (t.upstream.equalsIgnoreCase(r.getString(1))) {
                            present.computeIfAbsent(t, k -> new HashSet<>())
                                    .add(r.getString(2).toLowerCase(Locale.ROOT));
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new UnusableDatabase("cannot list the columns of `" + database + "`: " + firstLine(e));
        }
        Map<Table, List<String>> readable = new EnumMap<>(Table.class);
        List<String> missing = new ArrayList<>();
        for (Table t : Table.values()) {
            Set<String> cols = present.getOrDefault(t, Set.of());
            if (!cols.contains(t.key) || (t == Table.ADMIN_LOG && !cols.contains("user"))) {
                missing.add(t.upstream);
                continue;
            }
            readable.put(t, t.columns.stream().filter(cols::contains).toList());
        }
        if (!missing.isEmpty()) {
            throw new UnusableDatabase("the database account '" + user + "' cannot read the table"
                    + (missing.size() == 1 ? " " : "s ") + String.join(", ", missing) + " of `" + database
                    + "` (or they do not exist there): grant it SELECT on them (docs/conformance-suite.md)");
        }
        return readable;
    }

    @Override
    public StoredState snapshot(StateKeys keys) {
        return DatabaseState.readNow(this, keys);
    }

    @Override
    public StoredState current(StateKeys keys) {
        return DatabaseState.asked(this, keys);
    }

    @Override
    public String describe() {
        return description;
    }

    /** The rows of a table whose key column holds one of these values (as the database compares them). */
    synchronized List<Map<String, Object>> rows(Table table, Collection<String> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        return query(
                table,
                "SELECT " + columnList(table) + " FROM `" + table.upstream + "` WHERE `" + table.key + "` IN ("
                        + marks(keys.size()) + ") LIMIT " + MAX_ROWS,
                List.copyOf(keys));
    }

    /** The phones with this login, on any server. */
    synchronized List<Map<String, Object>> phonesWithLogin(String login) {
        return query(
                Table.PHONES,
                "SELECT " + columnList(Table.PHONES) + " FROM `phones` WHERE `login` = ? LIMIT " + MAX_ROWS,
                List.of(login));
    }

    synchronized Map<String, Object> systemSettings() {
        List<Map<String, Object>> rows = query(
                Table.SYSTEM_SETTINGS,
                "SELECT " + columnList(Table.SYSTEM_SETTINGS) + " FROM `system_settings` LIMIT 1",
                List.of());
        return rows.isEmpty() ? Map.of() : rows.get(0);
    }

    /** The highest admin_log_id now, 0 for an empty log. */
    synchronized long adminLogMark() {
        List<Map<String, Object>> rows =
                query(Table.ADMIN_LOG, "SELECT MAX(`admin_log_id`) AS `mark` FROM `vicidial_admin_log`", List.of());
        Object mark = rows.get(0).get("mark");
        return mark == null ? 0 : Long.parseLong(mark.toString());
    }

    /** The entries above the mark written by these users, oldest first. */
    synchronized List<Map<String, Object>> adminLogSince(long mark, Collection<String> users) {
        if (users.isEmpty()) {
            return List.of();
        }
        List<Object> params = new ArrayList<>();
        params.add(mark);
        params.addAll(users);
        return query(
                Table.ADMIN_LOG,
                "SELECT " + columnList(Table.ADMIN_LOG) + " FROM `vicidial_admin_log` WHERE `admin_log_id` > ? AND"
                        + " `user` IN (" + marks(users.size()) + ") ORDER BY `admin_log_id` LIMIT " + MAX_ROWS,
                params);
    }

    private List<Map<String, Object>> query(Table table, String sql, List<?> params) {
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                s.setObject(i + 1, params.get(i));
            }
            List<Map<String, Object>> rows = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                ResultSetMetaData md = r.getMetaData();
                while (r.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= md.getColumnCount(); i++) {
                        row.put(md.getColumnLabel(i), value(r, md, i));
                    }
                    rows.add(row);
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "reading " + table.upstream + " from " + description + " failed: " + firstLine(e));
        }
    }

    /** Integers as {@link Long}, as the simulator's state holds its numeric columns; everything else as text. */
    private static Object value(ResultSet r, ResultSetMetaData md, int i) throws SQLException {
        if (INTEGER_TYPES.contains(md.getColumnType(i))) {
            long v = r.getLong(i);
            return r.wasNull() ? null : v;
        }
        return r.getString(i);
    }

    private String columnList(Table table) {
        return columns.get(table).stream().map(c -> "`" + c + "`").collect(Collectors.joining(", "));
    }

    /** The columns of a table this database has, of those the suite reads. */
    List<String> columns(Table table) {
        return columns.get(table);
    }

    private static String marks(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }

    /** Closes the connection; the reader cannot be used afterwards. */
    @Override
    public synchronized void close() {
        closeQuietly(connection);
    }

    /** Whether the connection is closed. */
    synchronized boolean closed() {
        try {
            return connection.isClosed();
        } catch (SQLException e) {
            return true;
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // closing is best effort: the server drops the session when the socket goes
        }
    }

    /** The URL without its query (which may carry a password) and without user information. */
    static String safe(String url) {
        String u = url.trim();
        int query = u.indexOf('?');
        if (query >= 0) {
            u = u.substring(0, query);
        }
        int scheme = u.indexOf("//");
        int at = u.indexOf('@', scheme + 2);
        int slash = u.indexOf('/', scheme + 2);
        if (scheme >= 0 && at > 0 && (slash < 0 || at < slash)) {
            u = u.substring(0, scheme + 2) + u.substring(at + 1);
        }
        return u;
    }

    /** host:port of the URL, for the report. */
    private static String server(String url) {
        String u = safe(url);
        int scheme = u.indexOf("//");
        int slash = u.indexOf('/', scheme + 2);
        return scheme < 0 ? u : u.substring(scheme + 2, slash < 0 ? u.length() : slash);
    }

    private static String firstLine(SQLException e) {
        String m = String.valueOf(e.getMessage()).strip();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
