package dev.vicimock.mock;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vicimock.mock.wiremock.EngineSettings;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The standalone runner's engine: threads sized to the machine, and delayed stubs that hold no worker thread. */
class StandaloneEngineTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void refusesFewerContainerThreadsThanJettyNeeds() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> Main.parse(new String[] {"--container-threads", "7"}, null));
        assertTrue(e.getMessage().contains("at least 8"), e.getMessage());
    }

    @Test
    void defaultThreadsLeaveWorkersOnTopOfJettysOwn() {
        assertTrue(EngineSettings.defaultContainerThreads() >= 10);
    }

    @Test
    void delayedStubsDoNotHoldTheFewWorkerThreads() throws Exception {
        try (VicidialMock mock = Main.parse(new String[] {"--port", "0", "--container-threads", "8"}, null)
                .build()
                .start()) {
            mock.wireMock()
                    .stubFor(get(urlPathEqualTo("/slow")).willReturn(aResponse().withFixedDelay(1500)));
            List<CompletableFuture<Long>> slow = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                slow.add(HTTP.sendAsync(
                                HttpRequest.newBuilder(URI.create(mock.baseUrl() + "/slow"))
                                        .build(),
                                HttpResponse.BodyHandlers.discarding())
                        .thenApply(r -> System.nanoTime()));
            }
            Thread.sleep(200);
            HttpResponse<String> version = HTTP.send(
                    HttpRequest.newBuilder(URI.create(mock.apiUrl() + "?function=version"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            long answered = System.nanoTime();
            assertEquals(200, version.statusCode());
            for (CompletableFuture<Long> s : slow) {
                // six delayed answers on two workers would keep the API waiting until some of them had finished
                assertTrue(s.get() > answered, "the API answered only after a delayed stub");
            }
        }
    }
}
