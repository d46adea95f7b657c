package dev.vicimock.mock.junit;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.vicimock.mock.MockDialer;
import dev.vicimock.mock.VicidialMock;
import java.io.IOException;
import java.net.ConnectException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/**
 * The JUnit extension in each way it can be registered, run by JUnit's test kit: every test starts with the start
 * state, only the simulator's stub and an empty journal, whatever the test before it did; no server outlives its
 * class (per class) or its test (per test, instance field), and a durable state file is released with it.
 */
class VicidialMockExtensionModesTest {
    /** The ports the scenario tests ran on, to check afterwards that nothing listens there any more. */
    static final Queue<Integer> PORTS = new ConcurrentLinkedQueue<>();

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeEach
    void forgetPorts() {
        PORTS.clear();
    }

    @Test
    void perClassOnAStaticFieldSharesOneServerAndCleansItBeforeEachTest() throws Exception {
        assertAllPassed(run(Map.of(), PerClassScenario.class), 2);
        assertEquals(1, Set.copyOf(PORTS).size(), "one server for the class");
        assertNothingListens();
    }

    @Test
    void perTestOnAStaticFieldGivesEachTestItsOwnServer() throws Exception {
        assertAllPassed(run(Map.of(), PerTestScenario.class), 2);
        assertEquals(2, Set.copyOf(PORTS).size(), "a server per test");
        assertNothingListens();
    }

    @Test
    void anInstanceFieldGivesEachTestItsOwnServerAndStopsIt() throws Exception {
        assertAllPassed(run(Map.of(), InstanceFieldScenario.class), 2);
        assertEquals(2, Set.copyOf(PORTS).size(), "a server per test");
        assertNothingListens();
    }

    @Test
    void nestedClassesShareTheEnclosingServerAndStartClean() throws Exception {
        assertAllPassed(run(Map.of(), NestedScenario.class), 3);
        assertEquals(1, Set.copyOf(PORTS).size(), "the nested tests use the enclosing class's server");
        assertNothingListens();
    }

    @Test
    void testClassesRunInParallelKeepToTheirOwnServers() throws Exception {
        Map<String, String> parallel = Map.of(
                "junit.jupiter.execution.parallel.enabled", "true",
                "junit.jupiter.execution.parallel.mode.default", "same_thread",
                "junit.jupiter.execution.parallel.mode.classes.default", "concurrent");
        assertAllPassed(
                run(parallel, ParallelScenarioOne.class, ParallelScenarioTwo.class, ConcurrentScenario.class), 8);
        assertEquals(6, Set.copyOf(PORTS).size(), "one server for each class, one for each concurrent test");
        assertNothingListens();
    }

    @Test
    void dialerPerTestSharesOneServerAcrossParallelClassesAndGivesEachTestADialerOfItsOwn() throws Exception {
        Map<String, String> parallel = Map.of(
                "junit.jupiter.execution.parallel.enabled", "true",
                "junit.jupiter.execution.parallel.mode.default", "concurrent",
                "junit.jupiter.execution.parallel.mode.classes.default", "concurrent");
        assertAllPassed(run(parallel, DialerScenarioOne.class, DialerScenarioTwo.class), 4);
        assertEquals(1, Set.copyOf(PORTS).size(), "one server for the run");
        assertNothingListens();
    }

    @Test
    void aDurableStateFileIsReleasedAfterTheClass() throws Exception {
        Path dir = Files.createTempDirectory("vicidial-junit");
        DurableStateScenario.file = dir.resolve("state.json");
        assertAllPassed(run(Map.of(), DurableStateScenario.class), 2);
        assertNothingListens();
        // a second simulator may take the file over only once the first has let go of it
        VicidialMock.builder()
                .durableStateFile(DurableStateScenario.file)
                .build()
                .close();
    }

    private static Events run(Map<String, String> configuration, Class<?>... classes) {
        EngineTestKit.Builder kit = EngineTestKit.engine("junit-jupiter").configurationParameters(configuration);
        for (Class<?> c : classes) {
            kit.selectors(selectClass(c));
        }
        return kit.execute().testEvents();
    }

    private static void assertAllPassed(Events events, int tests) {
        List<String> failures = events.failed().stream()
                .map(e -> e.getTestDescriptor().getDisplayName() + ": "
                        + e.getPayload().orElse(""))
                .toList();
        assertEquals(List.of(), failures);
        assertEquals(tests, events.succeeded().count(), "tests passed");
    }

    private static void assertNothingListens() {
        for (int port : new HashSet<>(PORTS)) {
            assertThrows(
                    ConnectException.class,
                    () -> new Socket("127.0.0.1", port).close(),
                    "a server still listens on port " + port);
        }
    }

    /**
     * What each scenario test does: checks that it starts clean (an empty journal, the phone its predecessor
     * deleted is back, no fault stub answers), then leaves a mess for the next one.
     */
    static void startsCleanThenLeavesAMess(VicidialMock mock) throws IOException, InterruptedException {
        PORTS.add(mock.port());
        assertEquals(0, mock.wireMock().getAllServeEvents().size(), "the journal starts empty");
        HttpResponse<String> update = api(
                mock,
                "source=test&user=6666&pass=1234&function=update_phone"
                        + "&extension=cc100&server_ip=10.0.9.8&phone_full_name=Again");
        assertEquals(200, update.statusCode(), "a stub of an earlier test answered");
        assertTrue(update.body().startsWith("SUCCESS: update_phone PHONE HAS BEEN UPDATED"), update.body());

        assertTrue(api(
                        mock,
                        "source=test&user=6666&pass=1234&function=update_phone&extension=cc100"
                                + "&server_ip=10.0.9.8&delete_phone=Y")
                .body()
                .startsWith("SUCCESS"));
        mock.wireMock()
                .stubFor(any(urlPathEqualTo("/vicidial/non_agent_api.php"))
                        .willReturn(aResponse().withStatus(503)));
        assertEquals(503, api(mock, "function=version").statusCode());
    }

    private static HttpResponse<String> api(VicidialMock mock, String query) throws IOException, InterruptedException {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(mock.apiUrl() + "?" + query)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static class PerClassScenario {
        @RegisterExtension
        static VicidialMockExtension vicidial = VicidialMockExtension.perClass();

        @Test
        void first(VicidialMock mock) throws Exception {
            startsCleanThenLeavesAMess(mock);
        }

        @Test
        void second(VicidialMock mock) throws Exception {
            startsCleanThenLeavesAMess(mock);
        }
    }

    static class PerTestScenario {
        @RegisterExtension
        static VicidialMockExtension vicidial = VicidialMockExtension.perTest();

        @Test
        void first(VicidialMock mock) throws Exception {
            startsCleanThenLeavesAMess(mock);
        }

        @Test
        void second() throws Exception {
            startsCleanThenLeavesAMess(vicidial.mock());
        }
    }

    static class InstanceFieldScenario {
        @RegisterExtension
        VicidialMockExtension vicidial = VicidialMockExtension.perClass();

        @Test
        void first(VicidialMock mock) throws Exception {
            startsCleanThenLeavesAMess(mock);
        }

        @Test
        void second() throws Exception {
            startsCleanThenLeavesAMess(vicidial.mock());
        }
    }

    static class NestedScenario {
        @RegisterExtension
        static VicidialMockExtension vicidial = VicidialMockExtension.perClass();

        @Test
        void outer(VicidialMock mock) throws Exception {
            startsCleanThenLeavesAMess(mock);
        }

        @Nested
        class Inner {
            @Test
            void first(VicidialMock mock) throws Exception {
                startsCleanThenLeavesAMess(mock);
            }

            @Test
            void second() throws Exception {
                startsCleanThenLeavesAMess(vicidial.mock());
            }
        }
    }

    static class ParallelScenarioOne extends PerClassScenario {}

    static class ParallelScenarioTwo {
        @RegisterExtension
        static VicidialMockExtension vicidial = VicidialMockExtension.perClass();

        @Test
        void first(VicidialMock mock) throws Exception {
            startsCleanThenLeavesAMess(mock);
        }

        @Test
        void second(VicidialMock mock) throws Exception {
            startsCleanThenLeavesAMess(mock);
        }
    }

    @Execution(ExecutionMode.CONCURRENT)
    static class ConcurrentScenario {
        @RegisterExtension
        static VicidialMockExtension vicidial = VicidialMockExtension.perTest();

        @Test
        void first() throws Exception {
            startsCleanThenLeavesAMess(vicidial.mock());
        }

        @Test
        void second() throws Exception {
            startsCleanThenLeavesAMess(vicidial.mock());
        }

        @Test
        void third(VicidialMock mock) throws Exception {
            startsCleanThenLeavesAMess(mock);
        }

        @Test
        void fourth(VicidialMock mock) throws Exception {
            startsCleanThenLeavesAMess(mock);
        }
    }

    /**
     * What each dialer scenario test does: its own dialer starts clean and on the start profile; then it deletes
     * a phone and switches the profile, which no other test may see.
     */
    static void ownDialerStartsCleanThenLeavesAMess(VicidialMock mock, MockDialer dialer)
            throws IOException, InterruptedException {
        PORTS.add(mock.port());
        assertTrue(dialer.name().startsWith("DialerScenario"), dialer.name());
        assertEquals(mock.baseUrl() + "/dialers/" + dialer.name() + "/vicidial/non_agent_api.php", dialer.apiUrl());
        assertTrue(get(dialer.apiUrl() + "?function=version").startsWith("VERSION: 2.14-202|"));
        assertTrue(
                get(dialer.apiUrl() + "?source=test&user=6666&pass=1234&function=update_phone&extension=cc100"
                                + "&server_ip=10.0.9.8&delete_phone=Y")
                        .startsWith("SUCCESS"),
                "the phone is there, then deleted");
        dialer.profile("2.14-107");
        assertTrue(get(dialer.apiUrl() + "?function=version").startsWith("VERSION: 2.14-107|"));
    }

    private static String get(String url) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString())
                .body();
    }

    static class DialerScenarioOne {
        @RegisterExtension
        static VicidialMockExtension vicidial = VicidialMockExtension.dialerPerTest();

        @Test
        void first(VicidialMock mock, MockDialer dialer) throws Exception {
            ownDialerStartsCleanThenLeavesAMess(mock, dialer);
        }

        @Test
        void second() throws Exception {
            ownDialerStartsCleanThenLeavesAMess(vicidial.mock(), vicidial.dialer());
        }
    }

    static class DialerScenarioTwo extends DialerScenarioOne {}

    static class DurableStateScenario {
        static Path file;

        @RegisterExtension
        static VicidialMockExtension vicidial =
                VicidialMockExtension.perClass().configure(b -> b.durableStateFile(file));

        @Test
        void first(VicidialMock mock) throws Exception {
            startsCleanThenLeavesAMess(mock);
        }

        @Test
        void second(VicidialMock mock) throws Exception {
            startsCleanThenLeavesAMess(mock);
        }
    }
}
