package dev.vicimock.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vicimock.conformance.target.SimulatorAdmin;
import dev.vicimock.conformance.target.SimulatorAdmin.State;
import dev.vicimock.conformance.target.TargetConfig;
import dev.vicimock.mock.VicidialMock;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * A dress rehearsal of a run against a real server, with the simulator standing in for it: the suite is given
 * only a URL and the users of each role, as an operator would give them, so it must create every phone it
 * touches, keep off what it may not do there, and clean up. Afterwards the stand-in must be as it was found,
 * apart from what no API client can undo (the admin log, the servers' rebuild flags, login dates). The stand-in
 * sits behind a {@link CountingProxy} that hands out connections as Apache prefork does: the run must hold no more
 * than its few keep-alive connections, close them at the end, and never wait for one of the server's workers.
 * Without a database to read ({@code vicidial.db.url}), every stored-value step must be reported as not checked,
 * naming the setting, and none as checked; {@link DatabaseRehearsalTest} runs the same with one.
 */
public class RealTargetRehearsalTest {
    /**
     * The stand-in has as few web workers as a small Apache prefork dialer ({@code MaxRequestWorkers 8}), each
     * holding an idle keep-alive connection for 2 s; {@code -Dconformance.rehearsal.workers=0} lifts the limit.
     */
    static final int WORKERS = Integer.getInteger("conformance.rehearsal.workers", 8);

    static final Duration KEEP_ALIVE = Duration.ofSeconds(2);

    @Test
    void theFeaturesPassAgainstARealTargetAndLeaveItAsTheyFoundIt() throws Exception {
        try (VicidialMock server = VicidialMock.builder()
                        .port(0)
                        .profile(System.getProperty("vicidial.profile", "2.14-202"))
                        .build()
                        .start();
                CountingProxy apache =
                        new CountingProxy(URI.create(server.baseUrl()).getPort(), WORKERS, KEEP_ALIVE)) {
            SimulatorAdmin admin = new SimulatorAdmin(server.baseUrl());
            State before = admin.state();
            configureAsRealServer(apache.proxied(server.apiUrl()));

            SummaryGeneratingListener summary = new SummaryGeneratingListener();
            SkipReasons skips = new SkipReasons();
            long start = System.nanoTime();
            AllureCounts stored = AllureCounts.during(() -> {
                launcher().execute(features("summary, " + AllureCounts.PLUGIN), summary, skips);
                return null;
            });
            Duration took = Duration.ofNanos(System.nanoTime() - start);

            boolean allClosed = apache.awaitNoneHeld(Duration.ofSeconds(5));
            System.out.printf(
                    "rehearsal: %d scenarios in %d s through %s workers; %d connections opened, at most %d"
                            + " held at once, %d still held after the run, longest wait for a worker %d ms%n",
                    summary.getSummary().getTestsStartedCount(),
                    took.toSeconds(),
                    WORKERS == 0 ? "unlimited" : String.valueOf(WORKERS),
                    apache.accepted(),
                    apache.maxHeld(),
                    apache.held(),
                    apache.maxWaitMillis());
            System.out.printf(
                    "rehearsal without a database: stored-value steps not checked: %d, checked: %d%n",
                    stored.unchecked().size(), stored.checked());
            assertTrue(
                    apache.maxHeld() <= TargetConfig.DEFAULT_MAX_CONNECTIONS,
                    "the suite held " + apache.maxHeld() + " connections at once");
            assertTrue(allClosed, apache.held() + " connections left open after the run");
            assertTrue(
                    apache.maxWaitMillis() < 1000,
                    "a request waited " + apache.maxWaitMillis() + " ms for one of the server's workers");

            var result = summary.getSummary();
            assertEquals(0, result.getTotalFailureCount(), () -> failures(result));
            assertTrue(result.getTestsSucceededCount() > 250, "only " + result.getTestsSucceededCount() + " passed");
            for (String reason : skips.reasons) {
                assertTrue(
                        reason.startsWith("skipped: simulator only, because")
                                || reason.startsWith("skipped: it locks an account")
                                || (reason.startsWith("skipped: it needs ") && reason.contains("set vicidial.db.url")),
                        "unexpected skip: " + reason);
            }
            assertTrue(skips.reasons.size() > 0 && skips.reasons.size() < 30, skips.reasons.size() + " skipped");
            // without vicidial.db.url no stored value can be read: every such step says so, none passes as checked
            assertEquals(0, stored.checked(), "steps checked in a database the run was not given");
            assertTrue(stored.unchecked().size() > 0, "no step was reported as not checked");
            for (String reason : stored.unchecked()) {
                assertTrue(
                        reason.contains("set vicidial.db.url"), "a reason that does not name the setting: " + reason);
            }

            State after = admin.state();
            for (String table : List.of(
                    "phones",
                    "users",
                    "user_groups",
                    "conf_templates",
                    "phones_alias",
                    "groups_alias",
                    "campaign_agents",
                    "inbound_group_agents")) {
                assertEquals(
                        withoutLoginDates(before.table(table)),
                        withoutLoginDates(after.table(table)),
                        "table " + table + " changed");
            }
            assertEquals(
                    withoutRebuildFlags(before.table("servers")),
                    withoutRebuildFlags(after.table("servers")),
                    "servers changed beyond their rebuild flags");
        }
    }

    /** The settings an operator would write in the properties file, for the simulator's seed users. */
    static void configureAsRealServer(String apiUrl) {
        settingsAsRealServer(apiUrl).forEach(System::setProperty);
    }

    /** The keys and values of a properties file that points the suite at the simulator as at a real server. */
    static Map<String, String> settingsAsRealServer(String apiUrl) {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("vicidial.target", "real");
        s.put("vicidial.url", apiUrl);
        s.put("vicidial.server_ip", "10.0.9.8");
        s.put("vicidial.second_server_ip", "192.168.198.5");
        s.put("vicidial.unknown_server_ip", "10.0.9.9");
        s.put("vicidial.hidden_user_group", "OTHER");
        s.put("vicidial.template_id", "tmpl1");
        s.put("vicidial.agent_user_group", "AGENTS");
        // an agent without campaign or in-group rows, as an operator is asked to choose
        s.put("vicidial.template_user", "9002");
        Map<String, String> users = Map.of(
                "admin",
                "6666",
                "no_delete",
                "7878",
                "level7",
                "5555",
                "no_ast_admin",
                "4444",
                "no_api_access",
                "3333",
                "function_restricted",
                "2222",
                "limited_group",
                "1111",
                "user_admin",
                "8001",
                "user_no_delete",
                "8002",
                "user_level8",
                "8004");
        users.forEach((role, user) -> {
            s.put("vicidial.user." + role, user);
            s.put("vicidial.pass." + role, "1234");
        });
        return s;
    }

    public static Launcher launcher() {
        // no Allure listener: the rehearsal is not part of the report
        return LauncherFactory.create(LauncherConfig.builder()
                .enableTestExecutionListenerAutoRegistration(false)
                .build());
    }

    static LauncherDiscoveryRequest features() {
        return features("summary");
    }

    /** The features with these Cucumber plugins (an empty list: none, so Cucumber prints no summary of its own). */
    public static LauncherDiscoveryRequest features(String plugins) {
        return features(plugins, "");
    }

    /** The features with these tags (Cucumber's tag expression; empty: all), with these plugins. */
    static LauncherDiscoveryRequest features(String plugins, String tags) {
        LauncherDiscoveryRequestBuilder request = LauncherDiscoveryRequestBuilder.request()
                .selectors(DiscoverySelectors.selectDirectory("../features"))
                .filters(EngineFilter.includeEngines("cucumber"))
                .configurationParameter("cucumber.glue", "dev.vicimock.conformance.steps")
                .configurationParameter("cucumber.publish.quiet", "true");
        if (!plugins.isBlank()) {
            request.configurationParameter("cucumber.plugin", plugins);
        }
        if (!tags.isBlank()) {
            request.configurationParameter("cucumber.filter.tags", tags);
        }
        return request.build();
    }

    public static String failures(TestExecutionSummary summary) {
        StringBuilder sb = new StringBuilder();
        summary.getFailures()
                .forEach(f -> sb.append(f.getTestIdentifier().getDisplayName())
                        .append(": ")
                        .append(f.getException().getMessage())
                        .append('\n'));
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
    public static final class SkipReasons implements TestExecutionListener {
        public final List<String> reasons = new ArrayList<>();

        @Override
        public void executionFinished(TestIdentifier id, TestExecutionResult result) {
            if (id.isTest() && result.getStatus() == TestExecutionResult.Status.ABORTED) {
                reasons.add(result.getThrowable().map(Throwable::getMessage).orElse("(no reason)"));
            }
        }
    }
}
