package dev.vicimock.conformance;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vicimock.conformance.target.SimulatorAdmin;
import dev.vicimock.conformance.target.SimulatorAdmin.State;
import dev.vicimock.mock.VicidialMock;
import dev.vicimock.mock.wiremock.SimulatorStub;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;

/**
 * Proves that the suite leaves a real server as it found it even when the network fails midway: a simulator plays
 * the real server, the features run against it in {@code real} mode, and for a stretch of the run calls fail
 * before reaching it or after it acted on them, creations and clean-up deletes above all ({@link FaultInjector}). Scenarios hit by a failure fail; the
 * server's tables must still end exactly as they began, apart from what no API client can undo or what the suite's
 * own logins touch (the admin log, the servers' rebuild flags, the users' login dates and failed-login counts).
 */
class InterruptedRealRunTest {
    /** The suite makes about 900 calls: break some from the 250th to the 650th. */
    private static final int FROM = 250;

    private static final int TO = 650;

    @Test
    void aRunBrokenMidwayStillLeavesTheServerAsItFoundIt() {
        FaultInjector faults = new FaultInjector(FROM, TO);
        try (VicidialMock server = VicidialMock.builder()
                .port(0)
                .profile(System.getProperty("vicidial.profile", "2.14-202"))
                .wireMockOptions(c -> c.extensions(faults))
                .build()
                .start()) {
            faults.answerWith(server.simulator());
            server.wireMock()
                    .stubFor(any(urlPathEqualTo(SimulatorStub.PATH))
                            .atPriority(1)
                            .willReturn(aResponse().withTransformers(FaultInjector.NAME)));
            SimulatorAdmin admin = new SimulatorAdmin(server.baseUrl());
            State before = admin.state();
            RealTargetRehearsalTest.configureAsRealServer(server.apiUrl());

            SummaryGeneratingListener summary = new SummaryGeneratingListener();
            // no Cucumber summary: its "N failed" would read like a broken build, while here failing is the point
            RealTargetRehearsalTest.launcher().execute(RealTargetRehearsalTest.features(""), summary);

            State after = admin.state();
            var result = summary.getSummary();
            System.out.printf(
                    "fault-injection rehearsal (the failures below are injected on purpose and expected):"
                            + " %d calls, network failures injected %s: %d phones created whose answer was lost,"
                            + " %d deletes broken; %d scenarios passed, %d hit by an injected failure%n",
                    faults.calls(),
                    faults.injected(),
                    faults.lostAdds(),
                    faults.brokenDeletes(),
                    result.getTestsSucceededCount(),
                    result.getTotalFailureCount());
            assertTrue(faults.calls() > TO, "the run went past the broken stretch: " + faults.calls() + " calls");
            assertTrue(faults.lostAdds() > 0, "some phones were created and their answers lost");
            assertTrue(faults.brokenDeletes() > 0, "some clean-up deletes broke");
            assertTrue(result.getTotalFailureCount() > 0, "the broken calls failed scenarios");
            for (String table : List.of("phones", "user_groups", "conf_templates", "phones_alias")) {
                assertEquals(before.table(table), after.table(table), "table " + table + " changed");
            }
            assertEquals(
                    without(before.table("users"), "last_login_date", "failed_login_count"),
                    without(after.table("users"), "last_login_date", "failed_login_count"),
                    "users changed");
            assertEquals(
                    without(before.table("servers"), "rebuild_conf_files"),
                    without(after.table("servers"), "rebuild_conf_files"),
                    "servers changed");
            assertEquals(before.json().get("system_settings"), after.json().get("system_settings"));
            System.out.println("fault-injection rehearsal: as expected, the server's tables are as the run found them");
        }
    }

    private static List<Map<String, Object>> without(List<Map<String, Object>> rows, String... columns) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            Map<String, Object> copy = new HashMap<>(row);
            copy.keySet().removeAll(Set.of(columns));
            out.add(copy);
        }
        return out;
    }
}
