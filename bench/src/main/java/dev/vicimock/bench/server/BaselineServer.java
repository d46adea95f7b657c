package dev.vicimock.bench.server;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.ConsoleNotifier;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import dev.vicimock.bench.workload.ApiTargets;

/**
 * The baseline: plain WireMock serving one static stub with the simulator's update_phone success answer
 * (same body and headers) for the same URL. The ceiling of the engine the simulator is built on.
 * Run as its own JVM: {@code java -cp vicidial-bench.jar dev.vicimock.bench.server.BaselineServer --port P}.
 */
public final class BaselineServer {
    public static void main(String[] args) {
        WireMockServer server = new WireMockServer(options(args));
        server.stubFor(any(urlPathEqualTo(ApiTargets.PATH)).willReturn(aResponse()
                .withStatus(200)
                .withHeader("Content-Type", "text/html; charset=utf-8")
                .withHeader("Cache-Control", "no-cache, must-revalidate")
                .withHeader("Pragma", "no-cache")
                .withBody(ApiTargets.UPDATE_SUCCESS_BODY)));
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "baseline-stop"));
        System.out.println("Baseline WireMock serving http://127.0.0.1:" + server.port());
    }

    /**
     * The server settings: loopback, the given port, and the WireMock standalone flags the simulator's runner
     * is given ({@code --no-request-journal}, {@code --max-request-journal-entries N},
     * {@code --container-threads N}, {@code --async-response-enabled}), so both run the same engine setup.
     */
    static WireMockConfiguration options(String... args) {
        // as the simulator's runner (VicidialMock.start): loopback, a quiet console notifier, WireMock defaults
        WireMockConfiguration o = WireMockConfiguration.options().bindAddress("127.0.0.1").port(8080)
                .notifier(new ConsoleNotifier(false));
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port" -> o.port(Integer.parseInt(args[++i]));
                case "--no-request-journal" -> o.disableRequestJournal();
                case "--max-request-journal-entries" -> o.maxRequestJournalEntries(Integer.parseInt(args[++i]));
                case "--container-threads" -> o.containerThreads(Integer.parseInt(args[++i]));
                case "--async-response-enabled" -> o.asynchronousResponseEnabled(true);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        return o;
    }

    private BaselineServer() {
    }
}
