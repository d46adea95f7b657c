package dev.vicimock.conformance;

import dev.vicimock.conformance.db.LocalMariaDb;
import dev.vicimock.mock.state.AdminLogEntry;
import dev.vicimock.mock.state.DialerState;
import dev.vicimock.mock.state.Row;
import dev.vicimock.mock.state.Schema;
import dev.vicimock.mock.state.Snapshot;
import dev.vicimock.mock.state.Tables;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * Test only: keeps a MariaDB with the upstream tables holding what the simulator holds, so that the suite's
 * database reader meets, on a stand-in for a real server, the tables a real dialer's database would have. After
 * every change of the simulator's state, before its answer leaves, those of the tables the reader reads that changed
 * are copied again, in one transaction and one round trip, as the database's owner; the admin log is appended.
 */
final class StateMirror implements AutoCloseable {

    /** The simulator's tables the reader reads, with their upstream names. */
    private static final Map<Schema, String> TABLES = Map.of(
            Tables.PHONES, "phones",
            Tables.SERVERS, "servers",
            Tables.USERS, "vicidial_users",
            Tables.USER_GROUPS, "vicidial_user_groups",
            Tables.PHONES_ALIAS, "phones_alias");

    private final Connection owner;
    private final BiFunction<String, Map<String, Object>, Map<String, Object>> tamper;
    private final AtomicInteger copies = new AtomicInteger();
    private final List<String> failures = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, Object> copied = new HashMap<>();
    private int logCopied;

    /**
     * @param tamper changes a row on its way into a table (by upstream name), to prove that a wrong stored value
     *     fails a scenario; the identity for a faithful copy
     */
    StateMirror(LocalMariaDb db, BiFunction<String, Map<String, Object>, Map<String, Object>> tamper)
            throws SQLException {
        this.owner = db.ownerConnection();
        this.tamper = tamper;
        try (Statement s = owner.createStatement()) {
            // as VICIdial's own installation sets it: values too long for a column are cut, not refused
            s.execute("SET SESSION sql_mode = ''");
            // a private test server: a copy need not wait for the disk, and a thousand copies run in a rehearsal
            s.execute("SET GLOBAL innodb_flush_log_at_trx_commit = 0");
            s.execute("DELETE FROM vicidial_admin_log");
        }
    }

    /** Copies the state now, and again after each change. */
    void follow(DialerState state) {
        copy(state.snapshot());
        state.onChange(changed -> copy(changed.snapshot()));
    }

    /** How many times the state was copied. */
    int copies() {
        return copies.get();
    }

    /** What went wrong while copying (it runs inside the simulator's requests, so it must not throw). */
    List<String> failures() {
        return List.copyOf(failures);
    }

    private synchronized void copy(Snapshot snapshot) {
        StringBuilder sql = new StringBuilder("START TRANSACTION;");
        List<Object> params = new ArrayList<>();
        Map<String, Object> copying = new HashMap<>();
        TABLES.forEach((schema, table) -> {
            List<Row> rows = snapshot.rows(schema);
            copying.put(table, rows);
            if (rows.equals(copied.get(table))) {
                return;
            }
            sql.append("DELETE FROM `").append(table).append("`;");
            insert(
                    sql,
                    params,
                    table,
                    schema.columns(),
                    rows.stream()
                            .map(Row::asMap)
                            .map(r -> tamper.apply(table, new LinkedHashMap<>(r)))
                            .toList());
        });
        Map<String, Object> settings = new LinkedHashMap<>(snapshot.systemSettings());
        copying.put("system_settings", settings);
        if (!settings.equals(copied.get("system_settings"))) {
            sql.append("DELETE FROM `system_settings`;");
            insert(sql, params, "system_settings", List.copyOf(settings.keySet()), List.of(settings));
        }
        List<AdminLogEntry> log = snapshot.adminLog();
        if (log.size() < logCopied) {
            sql.append("DELETE FROM `vicidial_admin_log`;");
            logCopied = 0;
        }
        List<Map<String, Object>> entries = log.subList(logCopied, log.size()).stream()
                .map(AdminLogEntry::asMap)
                .toList();
        insert(sql, params, "vicidial_admin_log", AdminLogEntry.COLUMNS, entries);
        sql.append("COMMIT");
        try (PreparedStatement s = owner.prepareStatement(sql.toString())) {
            for (int i = 0; i < params.size(); i++) {
                s.setObject(i + 1, params.get(i));
            }
            s.execute();
            logCopied = log.size();
            copied.putAll(copying);
            copies.incrementAndGet();
        } catch (SQLException e) {
            failures.add(e.getMessage());
            try (Statement s = owner.createStatement()) {
                s.execute("ROLLBACK");
            } catch (SQLException ignored) {
                // the failure is recorded; the next copy starts a transaction afresh
            }
        }
    }

    /** Changes every user's name in the database, behind the simulator's back. */
    synchronized void touchUsers() {
        try (Statement s = owner.createStatement()) {
            s.execute("UPDATE vicidial_users SET full_name = CONCAT(COALESCE(full_name, ''), '+')");
        } catch (SQLException e) {
            failures.add(e.getMessage());
        }
    }

    private static void insert(
            StringBuilder sql,
            List<Object> params,
            String table,
            List<String> columns,
            List<Map<String, Object>> rows) {
        if (rows.isEmpty()) {
            return;
        }
        String marks = "(" + String.join(",", Collections.nCopies(columns.size(), "?")) + ")";
        sql.append("INSERT INTO `")
                .append(table)
                .append("` (")
                .append(columns.stream().map(c -> "`" + c + "`").collect(Collectors.joining(",")))
                .append(") VALUES ")
                .append(String.join(",", Collections.nCopies(rows.size(), marks)))
                .append(';');
        for (Map<String, Object> row : rows) {
            columns.forEach(c -> params.add(row.get(c)));
        }
    }

    @Override
    public void close() throws SQLException {
        owner.close();
    }
}
