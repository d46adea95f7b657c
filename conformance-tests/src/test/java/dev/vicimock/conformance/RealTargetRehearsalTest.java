package dev.vicimock.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vicimock.conformance.target.SimulatorAdmin;
import dev.vicimock.conformance.target.SimulatorAdmin.State;
import dev.vicimock.mock.VicidialMock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.EngineFilter;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;

/**
 * A dress rehearsal of a run against a real server, with the simulator standing in for it: the suite is given
 * only a URL and the users of each role, as an operator would give them, so it must create every phone it
 * touches, keep off what it may not do there, and clean up. Afterwards the stand-in must be as it was found,
 * apart from what no API client can undo (the admin log, the servers' rebuild flags, login dates).
 */
class RealTargetRehearsalTest {

    @Test
    void theFeaturesPassAgainstARealTargetAndLeaveItAsTheyFoundIt() {
        try (VicidialMock server = VicidialMock.builder().port(0)
                .profile(System.getProperty("vicidial.profile", "2.14-202")).build().start()) {
            SimulatorAdmin admin = new SimulatorAdmin(server.baseUrl());
            State before = admin.state();
            configureAsRealServer(server.apiUrl());

            SummaryGeneratingListener summary = new SummaryGeneratingListener();
            SkipReasons skips = new SkipReasons();
            launcher().execute(features(), summary, skips);

            var result = summary.getSummary();
            assertEquals(0, result.getTotalFailureCount(), () -> failures(result));
            assertTrue(result.getTestsSucceededCount() > 250, "only " + result.getTestsSucceededCount() + " passed");
            for (String reason : skips.reasons) {
                assertTrue(reason.startsWith("skipped: simulator only, because")
                        || reason.startsWith("skipped: it locks an account"), "unexpected skip: " + reason);
            }
            assertTrue(skips.reasons.size() > 0 && skips.reasons.size() < 30, skips.reasons.size() + " skipped");

            State after = admin.state();
            for (String table : List.of("phones", "users", "user_groups", "conf_templates", "phones_alias",
                    "groups_alias", "campaign_agents", "inbound_group_agents")) {
                assertEquals(withoutLoginDates(before.table(table)), withoutLoginDates(after.table(table)),
                        "table " + table + " changed");
            }
            assertEquals(withoutRebuildFlags(before.table("servers")), withoutRebuildFlags(after.table("servers")),
                    "servers changed beyond their rebuild flags");
        }
    }

    /** The settings an operator would write in the properties file, for the simulator's seed users. */
    static void configureAsRealServer(String apiUrl) {
        System.setProperty("vicidial.target", "real");
        System.setProperty("vicidial.url", apiUrl);
        System.setProperty("vicidial.server_ip", "10.0.9.8");
        System.setProperty("vicidial.second_server_ip", "192.168.198.5");
        System.setProperty("vicidial.unknown_server_ip", "10.0.9.9");
        System.setProperty("vicidial.hidden_user_group", "OTHER");
        System.setProperty("vicidial.template_id", "tmpl1");
        System.setProperty("vicidial.agent_user_group", "AGENTS");
        // an agent without campaign or in-group rows, as an operator is asked to choose
        System.setProperty("vicidial.template_user", "9002");
        Map<String, String> users = Map.of("admin", "6666", "no_delete", "7878", "level7", "5555",
                "no_ast_admin", "4444", "no_api_access", "3333", "function_restricted", "2222",
                "limited_group", "1111", "user_admin", "8001", "user_no_delete", "8002", "user_level8", "8004");
        users.forEach((role, user) -> {
            System.setProperty("vicidial.user." + role, user);
            System.setProperty("vicidial.pass." + role, "1234");
        });
    }

    static Launcher launcher() {
        // no Allure listener: the rehearsal is not part of the report
        return LauncherFactory.create(LauncherConfig.builder()
                .enableTestExecutionListenerAutoRegistration(false).build());
    }

    static LauncherDiscoveryRequest features() {
        return LauncherDiscoveryRequestBuilder.request()
                .selectors(DiscoverySelectors.selectDirectory("../features"))
                .filters(EngineFilter.includeEngines("cucumber"))
                .configurationParameter("cucumber.glue", "dev.vicimock.conformance.steps")
                .configurationParameter("cucumber.plugin", "summary")
                .build();
    }

    private static String failures(org.junit.platform.launcher.listeners.TestExecutionSummary summary) {
        StringBuilder sb = new StringBuilder();
        summary.getFailures().forEach(f -> sb.append(f.getTestIdentifier().getDisplayName()).append(": ")
                .append(f.getException().getMessage()).append('\n'));
        return sb.toString();
    }

    private static List<Map<String, Object>> withoutLoginDates(List<Map<String, Object>> rows) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            Map<String, Object> copy = new HashMap<>(row);
            copy.remove("last_login_date");
            out.add(copy);
        }
        return out;
    }

    private static List<Map<String, Object>> withoutRebuildFlags(List<Map<String, Object>> rows) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            Map<String, Object> copy = new HashMap<>(row);
            copy.remove("rebuild_conf_files");
            out.add(copy);
        }
        return out;
    }

    /** Collects the message of every skipped scenario. */
    private static final class SkipReasons implements TestExecutionListener {
        final List<String> reasons = new ArrayList<>();

        @Override
        public void executionFinished(TestIdentifier id, TestExecutionResult result) {
            if (id.isTest() && result.getStatus() == TestExecutionResult.Status.ABORTED) {
                reasons.add(result.getThrowable().map(Throwable::getMessage).orElse("(no reason)"));
            }
        }
    }
}
