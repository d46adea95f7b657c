package dev.vicimock.mock.wiremock;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseTransformerV2;
import com.github.tomakehurst.wiremock.http.Response;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.vicimock.mock.VicidialMock;
import dev.vicimock.mock.testing.RawClient;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The request guard keeps WireMock's call stack as plain WireMock has it. */
class GuardedHandlersTest {
    /**
     * WireMock's journal throws and catches an exception for every query value it reads (it tries each as a date),
     * and an exception costs in proportion to the depth of the stack it records: a guard that makes the stack
     * deeper makes every request of the simulator dearer than plain WireMock's.
     */
    @Test
    void servesARequestNoDeeperInTheStackThanPlainWireMock() throws IOException {
        DepthProbe plainProbe = new DepthProbe();
        WireMockServer plain = new WireMockServer(wireMockConfig().dynamicPort().extensions(plainProbe));
        plain.start();
        DepthProbe simulatorProbe = new DepthProbe();
        try (VicidialMock simulator = VicidialMock.builder()
                .wireMockOptions(c -> c.extensions(simulatorProbe))
                .build()
                .start()) {
            plain.stubFor(probeStub());
            simulator.wireMock().stubFor(probeStub());
            assertEquals(200, probe(plain.port()));
            assertEquals(200, probe(simulator.port()));
            assertTrue(plainProbe.depth > 0 && simulatorProbe.depth > 0, "both probes ran");
            assertEquals(plainProbe.depth, simulatorProbe.depth, "frames between the thread's start and a transformer");
        } finally {
            plain.stop();
        }
    }

    private static MappingBuilder probeStub() {
        return get(urlPathEqualTo("/probe"))
                .willReturn(aResponse().withBody("ok").withTransformers(DepthProbe.NAME));
    }

    private static int probe(int port) throws IOException {
        return RawClient.send(port, RawClient.request("GET", "/probe?a=1&b=2", Map.of(), null), false)
                .status();
    }

    /** Records how many frames deep WireMock calls a response transformer. */
    private static final class DepthProbe implements ResponseTransformerV2 {
        static final String NAME = "stack-depth-probe";
        private volatile long depth;

        @Override
        public Response transform(Response response, ServeEvent serveEvent) {
            depth = StackWalker.getInstance().walk(frames -> frames.count());
            return response;
        }

        @Override
        public boolean applyGlobally() {
            return false;
        }

        @Override
        public String getName() {
            return NAME;
        }
    }
}
