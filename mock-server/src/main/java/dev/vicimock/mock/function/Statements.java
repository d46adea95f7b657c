package dev.vicimock.mock.function;

import dev.vicimock.mock.http.Bytes;
import dev.vicimock.mock.pipeline.PhpCrash;
import dev.vicimock.mock.state.AdminLogEntry;
import dev.vicimock.mock.state.Row;
import dev.vicimock.mock.state.Table;
import java.util.Collection;
import java.util.List;

/**
 * How a statement the real code builds by pasting values fares (a query as much as a write), and the admin log
 * entry every successful change writes. Shared by the phone and alias functions, which log the same way under
 * different sections.
 */
final class Statements {
    private Statements() {
    }

    /**
     * Runs a statement built from pasted values: true when the database accepted it (a refused query counts
     * nothing). A broken statement kills the page on PHP 8 and is silently skipped on PHP 7, where the code
     * carries on as if it had worked.
     */
    static boolean run(ApiCall call, String statement, Collection<String> pastedValues) {
        for (String v : pastedValues) {
            if (Sql.breaks(v)) {
                return refused(call, statement);
            }
        }
        return true;
    }

    /** A statement the database refuses (bad SQL, a duplicate key): PHP 8 dies, PHP 7 goes on; always false. */
    static boolean refused(ApiCall call, String statement) {
        if (call.release().runtime().crashesOnSloppyInput()) {
            throw new PhpCrash("SQL error in: " + statement);
        }
        return false;
    }

    /**
     * Runs an INSERT of a row into a table whose key the code checked before with the untruncated value: besides
     * a broken statement, the database refuses a row whose cut key is taken.
     */
    static void insert(ApiCall call, Table table, Row row, String statement, Collection<String> pastedValues) {
        if (run(call, statement, pastedValues)) {
            if (table.find(keyOf(row)) != null) {
                refused(call, statement);
            } else {
                table.put(row);
            }
        }
    }

    private static String[] keyOf(Row row) {
        return row.schema().key().stream().map(row::textOrEmpty).toArray(String[]::new);
    }

    /** Writes an admin log entry for a change and shows its INSERT in the debug output. */
    static void log(ApiCall call, String section, String type, String recordId, String code, String statement,
                    String notes) {
        String sql = Sql.forLog(statement);
        call.db().log(new AdminLogEntry(call.now(), Bytes.toText(call.userParam()), call.params().clientIp(),
                section, type, Bytes.toText(recordId), code, Bytes.toText(sql), Bytes.toText(notes)));
        call.debug(() -> "|INSERT INTO vicidial_admin_log set event_date='" + call.now() + "', user='"
                + call.userParam() + "', ip_address='" + call.params().clientIp() + "', event_section='" + section
                + "', event_type='" + type + "', record_id='" + recordId + "', event_code='" + code
                + "', event_sql=\"" + Sql.addslashes(sql) + "\", event_notes='" + notes + "';|");
    }

    /**
     * {@link #log}, where the record id or the notes may hold a quote: the real code pastes both unescaped, so
     * such an entry's INSERT fails like any broken statement (only 2.14-107 with use_non_latin=1 lets one through).
     */
    static void logPasted(ApiCall call, String section, String type, String recordId, String code,
                          String statement, String notes) {
        if (run(call, "INSERT INTO vicidial_admin_log", List.of(recordId, notes))) {
            log(call, section, type, recordId, code, statement, notes);
        }
    }
}
