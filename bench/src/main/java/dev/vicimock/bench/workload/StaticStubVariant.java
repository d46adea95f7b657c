package dev.vicimock.bench.workload;

import dev.vicimock.bench.load.ConnectionScript;
import dev.vicimock.bench.load.HttpResponse;
import dev.vicimock.bench.load.Workload;

/**
 * The requests of a simulator workload sent to the baseline, whose one static stub answers every one of them
 * with the update_phone success body: the same URLs, so the same work for WireMock's own request handling.
 */
public final class StaticStubVariant implements Workload {
    private final Workload of;

    public StaticStubVariant(Workload of) {
        this.of = of;
    }

    @Override
    public String name() {
        return of.name();
    }

    @Override
    public ConnectionScript script(int connection, String host, int port) {
        ConnectionScript requests = of.script(connection, host, port);
        byte[] stubBody = ApiTargets.bytes(ApiTargets.UPDATE_SUCCESS_BODY);
        return new ConnectionScript() {
            @Override
            public byte[] next() {
                return requests.next();
            }

            @Override
            public boolean accept(HttpResponse r) {
                return r.status() == 200 && r.bodyEquals(stubBody);
            }
        };
    }
}
