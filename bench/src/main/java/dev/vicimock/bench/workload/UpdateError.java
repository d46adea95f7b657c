package dev.vicimock.bench.workload;

import dev.vicimock.bench.load.ConnectionScript;
import dev.vicimock.bench.load.HttpConnection;
import dev.vicimock.bench.load.Workload;

/** update_phone of a phone that does not exist (zz999): authentication and lookups, no write. */
public final class UpdateError implements Workload {
    @Override
    public String name() {
        return "update-error";
    }

    @Override
    public ConnectionScript script(int connection, String host, int port) {
        byte[] request = HttpConnection.get(host, port, ApiTargets.UPDATE_ERROR);
        byte[] expected = ApiTargets.bytes(ApiTargets.UPDATE_ERROR_BODY);
        return ConnectionScript.repeating(request, r -> r.status() == 200 && r.bodyEquals(expected));
    }
}
