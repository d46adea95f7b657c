package dev.vicimock.mock.function;

import dev.vicimock.mock.http.Bytes;
import dev.vicimock.mock.pipeline.PhpCrash;
import dev.vicimock.mock.state.AdminLogEntry;
import dev.vicimock.mock.state.Row;
import java.util.Collection;

/**
 * The side effects every successful phone change has on the real server, in its order: the statement itself
 * (which a value with a quote breaks), one admin log entry, and the {@code rebuild_conf_files} flag of the
 * phone's server.
 */
final class PhoneWrites {
    private PhoneWrites() {
    }

    /**
     * Runs a write built from pasted values: true when the database accepted it. A broken statement kills the
     * page on PHP 8 and is silently skipped on PHP 7, where the code carries on as if it had worked.
     */
    static boolean execute(ApiCall call, String statement, Collection<String> pastedValues) {
        for (String v : pastedValues) {
            if (Sql.breaks(v)) {
                if (call.release().runtime().crashesOnSloppyInput()) {
                    throw new PhpCrash("SQL error in: " + statement);
                }
                return false;
            }
        }
        return true;
    }

    /** Writes the admin log entry for a phone change and shows its INSERT in the debug output. */
    static void log(ApiCall call, String type, String code, String extension, String serverIp, String statement) {
        String sql = Sql.forLog(statement);
        String notes = "phone: " + extension + "|" + serverIp;
        call.db().log(new AdminLogEntry(call.now(), Bytes.toText(call.userParam()), call.params().clientIp(),
                "PHONES", type, Bytes.toText(extension), code, Bytes.toText(sql), Bytes.toText(notes)));
        call.debug(() -> "|INSERT INTO vicidial_admin_log set event_date='" + call.now() + "', user='"
                + call.userParam() + "', ip_address='" + call.params().clientIp() + "', event_section='PHONES',"
                + " event_type='" + type + "', record_id='" + extension + "', event_code='" + code + "', event_sql=\""
                + Sql.addslashes(sql) + "\", event_notes='" + notes + "';|");
    }

    /** Flags the server for a configuration rebuild if it generates its own configuration. */
    static void flagRebuild(ApiCall call, String serverIp) {
        Row server = call.db().servers().find(Bytes.toText(serverIp));
        if (server != null && "Y".equals(server.text("generate_vicidial_conf"))
                && "Y".equals(server.text("active_asterisk_server"))
                && !"Y".equals(server.text("rebuild_conf_files"))) {
            // an UPDATE that sets the value already there changes nothing, so nothing is written
            call.db().servers().put(server.with("rebuild_conf_files", "Y"));
        }
    }
}
