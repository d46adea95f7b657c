package dev.vicimock.bench.server;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.ConsoleNotifier;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import dev.vicimock.bench.workload.ApiTargets;
import dev.vicimock.mock.wiremock.EngineSettings;

/**
 * The baseline: plain WireMock serving one static stub with the simulator's update_phone success answer
 * (same body and headers) for the same URL. The ceiling of the engine the simulator is built on.
 * Run as its own JVM: {@code java -cp vicidial-bench.jar dev.vicimock.bench.server.BaselineServer --port P}.
 */
public final class BaselineServer {
    public static void main(String[] args) {
        WireMockServer server = withStub(options(args));
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "baseline-stop"));
        System.out.println("Baseline WireMock serving http://127.0.0.1:" + server.port());
    }

    /** Plain WireMock on these settings with the baseline's one stub (the in-process benchmark uses it too). */
    public static WireMockServer withStub(WireMockConfiguration options) {
        WireMockServer server = new WireMockServer(options);
        server.stubFor(any(urlPathEqualTo(ApiTargets.PATH))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "text/html; charset=utf-8")
                        .withHeader("Cache-Control", "no-cache, must-revalidate")
                        .withHeader("Pragma", "no-cache")
                        .withBody(ApiTargets.UPDATE_SUCCESS_BODY)));
        return server;
    }

    /**
     * The server settings of the simulator's standalone runner ({@code dev.vicimock.mock.Main} and
     * {@code VicidialMock.start}), built with the same classes, and the same engine flags:
     * {@code --port N}, {@code --verbose}, {@code --max-request-journal-entries N}, {@code --container-threads N}
     * (see {@link EngineSettings}). The simulator's own extensions
     * (the API transformer, the request guard in front of it, the masking of secrets in the journal) are not
     * part of the engine and stay out: their cost is the simulator's.
     */
    public static WireMockConfiguration options(String... args) {
        WireMockConfiguration o =
                WireMockConfiguration.options().bindAddress("127.0.0.1").port(8080);
        boolean verbose = false;
        EngineSettings engine = EngineSettings.defaults();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port" -> o.port(Integer.parseInt(args[++i]));
                case "--verbose" -> verbose = true;
                case "--max-request-journal-entries" -> engine = engine.withJournalEntries(Integer.parseInt(args[++i]));
                case "--container-threads" -> engine = engine.withContainerThreads(Integer.parseInt(args[++i]));
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        o.notifier(new ConsoleNotifier(verbose)).stubRequestLoggingDisabled(!verbose);
        engine.applyTo(o);
        return o;
    }

    private BaselineServer() {}
}
