package dev.vicimock.mock.function;

import dev.vicimock.mock.call.ApiCall;
import dev.vicimock.mock.http.Bytes;
import dev.vicimock.mock.state.AdminLogEntry;

/**
 * One vicidial_admin_log entry as the API code writes it after a change: the section, type, record and code of
 * the change, the statement(s) it ran (stored without semicolons, a pipe appended) and its notes. Values are byte
 * strings, as the code pastes them.
 *
 * @param statement the statement the change ran; several are joined with {@code |}
 */
record AdminLog(String section, String type, String recordId, String code, String statement, String notes) {

    /** Shows the entry's INSERT in the debug output and appends the entry to the log. */
    void write(ApiCall call) {
        call.debug(() -> "|" + insertStatement(call) + "|");
        append(call);
    }

    /**
     * {@link #write}, where the record id or the notes may hold a quote: the real code pastes both unescaped, so
     * such an entry's INSERT fails like any broken statement (PHP 8 dies, PHP 7 writes no entry).
     */
    void writeUnlessBroken(ApiCall call) {
        call.debug(() -> "|" + insertStatement(call) + "|");
        appendUnlessBroken(call);
    }

    /** Appends the entry unless its record id or notes break the INSERT; the caller shows the debug output. */
    void appendUnlessBroken(ApiCall call) {
        if (Sql.breaks(recordId) || Sql.breaks(notes)) {
            Statements.refused(call, insertStatement(call));
            return;
        }
        append(call);
    }

    private void append(ApiCall call) {
        String sql = Sql.forLog(statement);
        call.db()
                .log(new AdminLogEntry(
                        call.now(),
                        Bytes.toText(call.userParam()),
                        call.params().clientIp(),
                        section,
                        type,
                        Bytes.toText(recordId),
                        code,
                        Bytes.toText(sql),
                        Bytes.toText(notes)));
    }

    /** The INSERT the real code runs for the entry, as its debug output shows it. */
    String insertStatement(ApiCall call) {
        return "INSERT INTO vicidial_admin_log set event_date='" + call.now() + "', user='" + call.userParam()
                + "', ip_address='" + call.params().clientIp() + "', event_section='" + section + "', event_type='"
                + type + "', record_id='" + recordId + "', event_code='" + code + "', event_sql=\""
                + Sql.addslashes(Sql.forLog(statement)) + "\", event_notes='" + notes + "';";
    }
}
