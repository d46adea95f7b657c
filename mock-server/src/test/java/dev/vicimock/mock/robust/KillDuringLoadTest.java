package dev.vicimock.mock.robust;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vicimock.mock.state.AdminLogEntry;
import dev.vicimock.mock.state.Row;
import dev.vicimock.mock.state.Snapshot;
import dev.vicimock.mock.state.StateJson;
import dev.vicimock.mock.state.Tables;
import dev.vicimock.mock.testing.RawClient;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The standalone simulator with {@code --state-file} in a child JVM, killed with SIGKILL while four clients keep
 * updating phones, then started again on the same file: the file always loads, and holds every change whose
 * answer a client had received (and nothing it never sent).
 */
class KillDuringLoadTest {
    private static final int KILLS = 3;
    private static final String[][] PHONES = {
        {"cc100", "10.0.9.8"}, {"cc101", "192.168.198.5"}, {"55000", "192.168.198.5"}, {"cc102", "192.168.198.5"}
    };
    private static final Pattern TAG = Pattern.compile("fullname='(r\\d+t\\d+n\\d+)'");

    @TempDir
    Path dir;

    @Test
    void killNineDuringLoadLosesNoAcknowledgedChange() throws Exception {
        Path file = dir.resolve("state.json");
        Random random = new Random(42);
        Load previous = null;
        int restarts = 0;
        int acknowledged = 0;
        for (int round = 0; round <= KILLS; round++) {
            try (ChildSimulator child = ChildSimulator.start("--state-file", file.toString())) {
                int port = child.awaitServing();
                if (previous != null) {
                    previous.assertKeptBy(state(port));
                    restarts++;
                }
                if (round == KILLS) {
                    break;
                }
                Load load = new Load(port, round);
                load.start();
                load.awaitAcknowledged(40 + random.nextInt(80));
                child.killNine();
                load.stop();
                acknowledged += load.acked.size();
                previous = load;
            }
        }
        System.out.printf(
                "durability: %d kill -9 during load, restarts survived %d, %d acknowledged changes, lost 0%n",
                KILLS, restarts, acknowledged);
        assertEquals(KILLS, restarts);
    }

    @Test
    void theStandaloneServerRefusesACorruptStateFileAndLeavesIt() throws Exception {
        Path file = dir.resolve("state.json");
        byte[] corrupt = "{\"format\":\"vicidial-state/1\",\"users\":[{\"user\":\"6666\",\"user_level\":\"nine\"}]}"
                .getBytes(StandardCharsets.UTF_8);
        Files.write(file, corrupt);
        try (ChildSimulator child = ChildSimulator.start("--state-file", file.toString())) {
            assertEquals(2, child.awaitExit(), child.output());
            assertTrue(
                    child.output()
                            .contains("cannot start: state file " + file + " is not a valid vicidial-state/1"
                                    + " document: users[0].user_level must be a whole number"),
                    child.output());
        }
        assertArrayEquals(corrupt, Files.readAllBytes(file));
    }

    private static Snapshot state(int port) {
        RawClient.Response r = Calls.admin(port, "GET", "/__admin/vicidial/state", null, null);
        assertEquals(200, r.status(), r.text());
        return StateJson.read(r.body());
    }

    /** Four clients, each updating its own phone with numbered names until stopped; what they sent and got back. */
    private static final class Load {
        final int port;
        final int round;
        final AtomicIntegerArray lastSent = new AtomicIntegerArray(PHONES.length);
        final AtomicIntegerArray lastAcked = new AtomicIntegerArray(PHONES.length);
        final Set<String> acked = ConcurrentHashMap.newKeySet();
        final AtomicBoolean running = new AtomicBoolean(true);
        final AtomicInteger failures = new AtomicInteger();
        final Thread[] clients = new Thread[PHONES.length];

        Load(int port, int round) {
            this.port = port;
            this.round = round;
            for (int t = 0; t < PHONES.length; t++) {
                lastSent.set(t, -1);
                lastAcked.set(t, -1);
            }
        }

        void start() {
            for (int t = 0; t < PHONES.length; t++) {
                int client = t;
                clients[t] = new Thread(() -> run(client), "load-" + t);
                clients[t].start();
            }
        }

        private void run(int t) {
            for (int n = 0; running.get(); n++) {
                String tag = "r" + round + "t" + t + "n" + n;
                lastSent.set(t, n);
                try {
                    RawClient.Response r = RawClient.send(
                            port,
                            RawClient.request(
                                    "GET",
                                    HostileRequests.API + "?"
                                            + Calls.query(
                                                    Calls.update(PHONES[t][0], PHONES[t][1], "phone_full_name", tag)),
                                    Map.of(),
                                    null),
                            false);
                    if (r.status() == 200 && r.text().startsWith("SUCCESS")) {
                        acked.add(tag);
                        lastAcked.set(t, n);
                    }
                } catch (IOException e) {
                    // the server died under this request: it was never acknowledged
                    failures.incrementAndGet();
                    return;
                }
            }
        }

        void awaitAcknowledged(int count) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
            while (acked.size() < count && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            assertTrue(acked.size() >= count, "the load got going: " + acked.size() + " answers");
        }

        void stop() throws InterruptedException {
            running.set(false);
            for (Thread c : clients) {
                c.join();
            }
        }

        /** The restarted state holds every acknowledged change, and no name that was never sent. */
        void assertKeptBy(Snapshot s) {
            Set<String> logged = new HashSet<>();
            for (AdminLogEntry e : s.adminLog()) {
                Matcher m = TAG.matcher(e.eventSql());
                if (m.find()) {
                    logged.add(m.group(1));
                }
            }
            Set<String> missing = new HashSet<>(acked);
            missing.removeAll(logged);
            assertEquals(Set.of(), missing, "acknowledged changes missing from the admin log after kill -9");
            for (int t = 0; t < PHONES.length; t++) {
                String name = phone(s, PHONES[t][0]).text("fullname");
                Matcher m = Pattern.compile("r" + round + "t" + t + "n(\\d+)").matcher(name);
                assertTrue(m.matches() || lastAcked.get(t) < 0, "phone " + PHONES[t][0] + " holds " + name);
                int kept = m.matches() ? Integer.parseInt(m.group(1)) : -1;
                assertTrue(
                        kept >= lastAcked.get(t) && kept <= lastSent.get(t),
                        "phone " + PHONES[t][0] + " holds n" + kept + ", acknowledged up to n" + lastAcked.get(t)
                                + ", sent up to n" + lastSent.get(t));
            }
        }

        private static Row phone(Snapshot s, String extension) {
            return s.rows(Tables.PHONES).stream()
                    .filter(r -> r.text("extension").equals(extension))
                    .findFirst()
                    .orElseThrow();
        }
    }
}
