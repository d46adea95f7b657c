package dev.vicimock.bench.workload;

import dev.vicimock.bench.load.ConnectionScript;
import dev.vicimock.bench.load.HttpConnection;
import dev.vicimock.bench.load.HttpResponse;
import dev.vicimock.bench.load.Workload;

/**
 * add_phone then update_phone delete_phone=Y of the same phone, over and over; each connection owns its
 * own extension (b000, b001, ...) so the cycles never collide. Each add and each delete counts as a request.
 * The server state must not contain these phones when a run starts (the suite resets it before every run).
 */
public final class AddDeleteCycle implements Workload {
    @Override
    public String name() {
        return "add-delete";
    }

    /** The extension connection {@code connection} adds and deletes. */
    public static String extension(int connection) {
        return String.format("b%03d", connection);
    }

    @Override
    public ConnectionScript script(int connection, String host, int port) {
        String ext = extension(connection);
        byte[][] requests = {
            HttpConnection.get(host, port, ApiTargets.addPhone(ext)),
            HttpConnection.get(host, port, ApiTargets.deletePhone(ext)),
        };
        byte[][] expected = {
            ApiTargets.bytes(ApiTargets.addPhoneBody(ext)), ApiTargets.bytes(ApiTargets.deletePhoneBody(ext)),
        };
        return new ConnectionScript() {
            private int step = -1;

            @Override
            public byte[] next() {
                step = (step + 1) & 1;
                return requests[step];
            }

            @Override
            public boolean accept(HttpResponse r) {
                return r.status() == 200 && r.bodyEquals(expected[step]);
            }
        };
    }
}
