package dev.vicimock.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ServeEventListener;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.vicimock.conformance.db.LocalMariaDb;
import dev.vicimock.mock.VicidialMock;
import dev.vicimock.mock.state.Tables;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * The rehearsal of a real-server run again, now with the suite given a read-only account on the stand-in's
 * database ({@code vicidial.db.*}): a private MariaDB with the upstream tables, which a {@link StateMirror} keeps
 * holding what the simulator holds after every request. The stored-value steps must then be checked in those
 * tables, not skipped, and pass; a stored value that is wrong, or a row written behind a refusal, must fail the
 * scenario that checks it; and a column the account may not read must be reported as not checked.
 */
class DatabaseRehearsalTest {

    private static final String READER = "suite_reader";
    private static final String READER_PASSWORD = "reader-pass";

    private static LocalMariaDb db;

    @BeforeAll
    static void startDatabase() {
        db = LocalMariaDb.start();
        db.execute(LocalMariaDb.upstreamTables());
        db.readOnlyAccount(READER, READER_PASSWORD);
    }

    @AfterAll
    static void stopDatabase() {
        if (db != null) {
            db.close();
        }
    }

    @Test
    void withTheDatabaseTheStoredValuesOfARealTargetAreCheckedAndPass() throws Exception {
        Rehearsal run = rehearse((table, row) -> row, "", READER, false);
        TestExecutionSummary result = run.summary().getSummary();
        System.out.printf(
                "database rehearsal: %d scenarios in %d s; stored-value steps checked in the database: %d, not"
                        + " checked: %d; the state copied into MariaDB %d times%n",
                result.getTestsStartedCount(),
                run.took().toSeconds(),
                run.counts().checked(),
                run.counts().unchecked().size(),
                run.copies());
        assertEquals(0, result.getTotalFailureCount(), () -> RealTargetRehearsalTest.failures(result));
        assertTrue(result.getTestsSucceededCount() > 250, "only " + result.getTestsSucceededCount() + " passed");
        assertEquals(List.of(), run.counts().unchecked(), "steps not checked although the database can be read");
        assertTrue(run.counts().checked() > 0, "no stored-value step was checked in the database");
        for (String reason : run.skips()) {
            assertTrue(
                    reason.startsWith("skipped: simulator only, because")
                            || reason.startsWith("skipped: it locks an account"),
                    "unexpected skip: " + reason);
        }
        assertEquals(0, db.connectionsOf(READER), "the reader's connection is still open after the run");
    }

    @Test
    void aWrongStoredValueOrAWriteBehindARefusalFailsTheScenario() throws Exception {
        BiFunction<String, Map<String, Object>, Map<String, Object>> tamper = (table, row) -> {
            if (table.equals("phones") && row.get("fullname") != null) {
                row.put("fullname", row.get("fullname") + "-tampered");
            }
            return row;
        };
        // and every request changes a user, as a server that writes while it answers "refused" would
        Rehearsal run = rehearse(tamper, "@phone_full_name", READER, true);
        TestExecutionSummary result = run.summary().getSummary();
        List<String> messages = result.getFailures().stream()
                .map(f -> String.valueOf(f.getException().getMessage()))
                .toList();
        boolean wrongValue = false;
        boolean written = false;
        for (String message : messages) {
            boolean phoneName =
                    message.startsWith("phone_full_name (fullname): expected «") && message.endsWith("-tampered»");
            boolean users = message.equals("table users beyond the login columns changed");
            assertTrue(phoneName || users, "a failure the tampering does not explain: " + message);
            wrongValue |= phoneName;
            written |= users;
        }
        assertTrue(wrongValue, "a wrong stored value went unnoticed: " + messages);
        assertTrue(written, "a row written behind a refusal went unnoticed by 'nothing was written': " + messages);
    }

    @Test
    void aColumnTheAccountMayNotReadIsReportedAsNotChecked() throws Exception {
        String columns = Tables.PHONES.columns().stream()
                .filter(c -> !c.equals("pass") && !c.equals("conf_secret"))
                .collect(Collectors.joining(", "));
        db.execute("CREATE USER 'no_secrets'@'127.0.0.1' IDENTIFIED BY '" + READER_PASSWORD + "';"
                + " GRANT SELECT (" + columns + ") ON asterisk.phones TO 'no_secrets'@'127.0.0.1';"
                + Stream.of(
                                "servers",
                                "vicidial_users",
                                "vicidial_user_groups",
                                "phones_alias",
                                "system_settings",
                                "vicidial_admin_log")
                        .map(t -> " GRANT SELECT ON asterisk." + t + " TO 'no_secrets'@'127.0.0.1';")
                        .collect(Collectors.joining()));
        Rehearsal run = rehearse((table, row) -> row, "@registration_password", "no_secrets", false);
        TestExecutionSummary result = run.summary().getSummary();
        assertEquals(0, result.getTotalFailureCount(), () -> RealTargetRehearsalTest.failures(result));
        assertTrue(run.counts().unchecked().size() > 0, "the password steps were not reported as not checked");
        for (String reason : run.counts().unchecked()) {
            assertTrue(
                    reason.contains("no column pass its account may read")
                            || reason.contains("no column conf_secret its account may read"),
                    reason);
        }
        assertTrue(run.counts().checked() > run.counts().unchecked().size(), "the other stored values are checked");
    }

    /** What one rehearsal left to check. */
    private record Rehearsal(
            SummaryGeneratingListener summary, List<String> skips, AllureCounts counts, Duration took, int copies) {}

    /**
     * Runs the features with these tags against the simulator posing as a real server, with its database read as
     * {@code account}; {@code writeOnEveryRequest} also changes a user row in the database before each answer.
     */
    private static Rehearsal rehearse(
            BiFunction<String, Map<String, Object>, Map<String, Object>> tamper,
            String tags,
            String account,
            boolean writeOnEveryRequest)
            throws Exception {
        try (StateMirror mirror = new StateMirror(db, tamper);
                VicidialMock server = VicidialMock.builder()
                        .port(0)
                        .profile(System.getProperty("vicidial.profile", "2.14-202"))
                        .wireMockOptions(c -> {
                            if (writeOnEveryRequest) {
                                c.extensions(new ServeEventListener() {
                                    @Override
                                    public String getName() {
                                        return "write-behind-the-api";
                                    }

                                    @Override
                                    public void beforeResponseSent(ServeEvent event, Parameters parameters) {
                                        mirror.touchUsers();
                                    }
                                });
                            }
                        })
                        .build()
                        .start();
                CountingProxy apache = new CountingProxy(
                        URI.create(server.baseUrl()).getPort(),
                        RealTargetRehearsalTest.WORKERS,
                        RealTargetRehearsalTest.KEEP_ALIVE)) {
            mirror.follow(server.simulator().state());
            RealTargetRehearsalTest.configureAsRealServer(apache.proxied(server.apiUrl()));
            System.setProperty("vicidial.db.url", db.jdbcUrl());
            System.setProperty("vicidial.db.user", account);
            System.setProperty("vicidial.db.pass", READER_PASSWORD);
            SummaryGeneratingListener summary = new SummaryGeneratingListener();
            RealTargetRehearsalTest.SkipReasons skips = new RealTargetRehearsalTest.SkipReasons();
            long start = System.nanoTime();
            AllureCounts counts;
            try {
                counts = AllureCounts.during(() -> {
                    RealTargetRehearsalTest.launcher()
                            .execute(RealTargetRehearsalTest.features(AllureCounts.PLUGIN, tags), summary, skips);
                    return null;
                });
            } finally {
                // the other rehearsals in this JVM run without a database
                System.clearProperty("vicidial.db.url");
                System.clearProperty("vicidial.db.user");
                System.clearProperty("vicidial.db.pass");
            }
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertEquals(List.of(), mirror.failures(), "the state could not be copied into MariaDB");
            return new Rehearsal(summary, skips.reasons, counts, took, mirror.copies());
        }
    }
}
