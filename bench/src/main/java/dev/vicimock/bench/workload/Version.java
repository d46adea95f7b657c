package dev.vicimock.bench.workload;

import dev.vicimock.bench.load.ConnectionScript;
import dev.vicimock.bench.load.HttpConnection;
import dev.vicimock.bench.load.Workload;

/** function=version: no authentication, no state change, a clock-dependent body. */
public final class Version implements Workload {
    @Override
    public String name() {
        return "version";
    }

    @Override
    public ConnectionScript script(int connection, String host, int port) {
        byte[] request = HttpConnection.get(host, port, ApiTargets.VERSION);
        byte[] prefix = ApiTargets.bytes(ApiTargets.VERSION_PREFIX);
        return ConnectionScript.repeating(request, r -> r.status() == 200 && r.bodyStartsWith(prefix));
    }
}
