package dev.vicimock.bench.server;

import dev.vicimock.bench.workload.ApiTargets;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The simulator's admin routes the benchmark needs: read, replace and reset the state. */
public final class AdminClient {
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final URI base;

    public AdminClient(String host, int port) {
        this.base = URI.create("http://" + host + ":" + port);
    }

    public String getState() throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(
                HttpRequest.newBuilder(base.resolve(ApiTargets.ADMIN + "/state"))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        expectOk("GET state", r.statusCode(), r.body());
        return r.body();
    }

    /** Replaces the state; returns the nanoseconds from sending the request to the complete answer. */
    public long putState(byte[] json) throws IOException, InterruptedException {
        HttpRequest req = HttpRequest.newBuilder(base.resolve(ApiTargets.ADMIN + "/state"))
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(60))
                .PUT(HttpRequest.BodyPublishers.ofByteArray(json))
                .build();
        long t0 = System.nanoTime();
        HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString());
        long took = System.nanoTime() - t0;
        expectOk("PUT state", r.statusCode(), r.body());
        return took;
    }

    public void reset() throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(
                HttpRequest.newBuilder(base.resolve(ApiTargets.ADMIN + "/reset"))
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        expectOk("POST reset", r.statusCode(), r.body());
    }

    private static void expectOk(String what, int status, String body) {
        if (status / 100 != 2) {
            throw new IllegalStateException(
                    what + " answered " + status + ": " + body.substring(0, Math.min(300, body.length())));
        }
    }
}
