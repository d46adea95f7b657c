package dev.vicimock.bench.workload;

import dev.vicimock.bench.load.ConnectionScript;
import dev.vicimock.bench.load.HttpConnection;
import dev.vicimock.bench.load.HttpResponse;
import dev.vicimock.bench.load.Workload;

/**
 * update_phone on cc100 that succeeds, alternating the full name between NameA and NameB so every request
 * really writes. The baseline's static stub answers these URLs with this very body.
 */
public final class UpdateSuccess implements Workload {
    @Override
    public String name() {
        return "update-success";
    }

    @Override
    public ConnectionScript script(int connection, String host, int port) {
        byte[][] requests = {
            HttpConnection.get(host, port, ApiTargets.updateSuccess("NameA")),
            HttpConnection.get(host, port, ApiTargets.updateSuccess("NameB")),
        };
        byte[] expected = ApiTargets.bytes(ApiTargets.UPDATE_SUCCESS_BODY);
        return new ConnectionScript() {
            private int sent = connection;

            @Override
            public byte[] next() {
                return requests[sent++ & 1];
            }

            @Override
            public boolean accept(HttpResponse r) {
                return r.status() == 200 && r.bodyEquals(expected);
            }
        };
    }
}
