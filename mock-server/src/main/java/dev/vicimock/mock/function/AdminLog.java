package dev.vicimock.mock.function;

import dev.vicimock.mock.http.Bytes;
import dev.vicimock.mock.state.AdminLogEntry;

/**
 * The {@code vicidial_admin_log} entry every successful API change writes: who, from where, which record, and the
 * statements it ran (semicolons removed, each followed by a pipe), shown as its INSERT in the debug output.
 */
final class AdminLog {
    private AdminLog() {
    }

    /**
     * Writes one entry.
     *
     * @param statements the statement run, or several joined with {@code |}, as the real code pastes them
     * @param notes      the event notes, e.g. {@code user: 9001}
     */
    static void write(ApiCall call, String section, String type, String recordId, String code, String statements,
                      String notes) {
        String sql = Sql.forLog(statements);
        call.db().log(new AdminLogEntry(call.now(), Bytes.toText(call.userParam()), call.params().clientIp(),
                section, type, Bytes.toText(recordId), code, Bytes.toText(sql), Bytes.toText(notes)));
        call.debug(() -> "|INSERT INTO vicidial_admin_log set event_date='" + call.now() + "', user='"
                + call.userParam() + "', ip_address='" + call.params().clientIp() + "', event_section='" + section
                + "', event_type='" + type + "', record_id='" + recordId + "', event_code='" + code
                + "', event_sql=\"" + Sql.addslashes(sql) + "\", event_notes='" + notes + "';|");
    }
}
