package dev.vicimock.mock.function;

import dev.vicimock.mock.call.ApiCall;
import dev.vicimock.mock.http.Bytes;
import dev.vicimock.mock.state.Row;

/**
 * The side effects every successful phone change has on the real server after its statement (see
 * {@link Statements#run}): one admin log entry and the {@code rebuild_conf_files} flag of the phone's server.
 */
final class PhoneWrites {
    private PhoneWrites() {}

    /** Writes the admin log entry for a phone change and shows its INSERT in the debug output. */
    static void log(ApiCall call, String type, String code, String extension, String serverIp, String statement) {
        new AdminLog("PHONES", type, extension, code, statement, "phone: " + extension + "|" + serverIp).write(call);
    }

    /** Flags the server for a configuration rebuild if it generates its own configuration. */
    static void flagRebuild(ApiCall call, String serverIp) {
        Row server = call.db().servers().find(Bytes.toText(serverIp));
        if (server != null
                && "Y".equals(server.text("generate_vicidial_conf"))
                && "Y".equals(server.text("active_asterisk_server"))
                && !"Y".equals(server.text("rebuild_conf_files"))) {
            // an UPDATE that sets the value already there changes nothing, so nothing is written
            call.db().servers().put(server.with("rebuild_conf_files", "Y"));
        }
    }
}
