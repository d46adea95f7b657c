package dev.vicimock.mock.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vicimock.mock.VicidialMock;
import dev.vicimock.mock.answer.Answer;
import dev.vicimock.mock.http.ApiRequest;
import dev.vicimock.mock.pipeline.Simulator;
import dev.vicimock.mock.release.Releases;
import dev.vicimock.mock.testing.States;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Threads updating, deleting and re-adding the same phones leave a state that a serial replay of the admin log explains. */
class ConcurrentRequestsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int PHONES = 8;
    private static final int WRITERS = 6;
    private static final int REQUESTS_PER_WRITER = 60;
    private static final Pattern FULLNAME = Pattern.compile("fullname='([^']*)'");

    private VicidialMock mock;
    private HttpClient http;

    record Call(String op, String extension, String value, int status, String body) {}

    @BeforeEach
    void start() {
        mock = VicidialMock.builder()
                .state(States.seed(t -> {
                    for (int i = 0; i < PHONES; i++) {
                        t.withArray("phones")
                                .addObject()
                                .put("extension", ext(i))
                                .put("server_ip", "10.0.9.8")
                                .put("login", ext(i))
                                .put("fullname", "orig");
                    }
                }))
                .build()
                .start();
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    }

    @AfterEach
    void stop() {
        mock.stop();
    }

    private static String ext(int i) {
        return String.format(Locale.ROOT, "px%02d", i);
    }

    private String get(String pathAndQuery) throws Exception {
        return send(pathAndQuery).body();
    }

    private HttpResponse<String> send(String pathAndQuery) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(mock.baseUrl() + pathAndQuery))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private Call call(String op, String extension, String value) throws Exception {
        HttpResponse<String> r = send("/vicidial/non_agent_api.php?" + query(op, extension, value));
        return new Call(op, extension, value, r.statusCode(), r.body());
    }

    private static String query(String op, String extension, String value) {
        String q = "source=test&user=6666&pass=1234&server_ip=10.0.9.8&extension=" + extension;
        return q
                + switch (op) {
                    case "update" -> "&function=update_phone&phone_full_name=" + value;
                    case "delete" -> "&function=update_phone&delete_phone=Y";
                    default ->
                        "&function=add_phone&dialplan_number=100&voicemail_id=100&phone_login=" + extension
                                + "&phone_pass=test&protocol=SIP&registration_password=secret&phone_full_name=" + value
                                + "&local_gmt=-5.00&outbound_cid=3125550000";
                };
    }

    @ParameterizedTest(name = "profile {0}")
    @ValueSource(strings = {"2.14-202", "2.14-107"})
    void concurrentWritesLeaveAStateEqualToASerialReplayOfTheAdminLog(String profile) throws Exception {
        mock.simulator().release(Releases.byName(profile).orElseThrow());
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS + 1);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<List<Call>>> writers = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            writers.add(pool.submit(() -> {
                Random random = new Random(writer);
                List<Call> calls = new ArrayList<>();
                go.await();
                for (int i = 0; i < REQUESTS_PER_WRITER; i++) {
                    String extension = ext(random.nextInt(PHONES));
                    int dice = random.nextInt(10);
                    String op = dice < 5 ? "update" : dice < 8 ? "delete" : "add";
                    calls.add(call(op, extension, "W" + writer + "N" + i));
                }
                return calls;
            }));
        }
        Future<List<String>> reader = pool.submit(() -> {
            List<String> snapshots = new ArrayList<>();
            go.await();
            for (int i = 0; i < 25; i++) {
                snapshots.add(get("/__admin/vicidial/state"));
            }
            return snapshots;
        });
        go.countDown();
        List<Call> calls = new ArrayList<>();
        for (Future<List<Call>> f : writers) {
            calls.addAll(f.get(2, TimeUnit.MINUTES));
        }
        List<String> snapshots = reader.get(2, TimeUnit.MINUTES);
        pool.shutdown();

        JsonNode state = JSON.readTree(get("/__admin/vicidial/state"));
        assertExplainedBySerialReplay(calls, state);
        for (String s : snapshots) {
            JsonNode snap = JSON.readTree(s);
            assertNoDuplicateKeys(snap);
            assertEquals(
                    replay(snap.path("admin_log")).size(),
                    countTestPhones(snap),
                    "a snapshot taken mid-run is consistent with its own admin log");
        }
    }

    @ParameterizedTest(name = "profile {0}")
    @ValueSource(strings = {"2.14-202", "2.14-107"})
    void manyThreadsOnTheSimulatorItselfLeaveAStateEqualToASerialReplay(String profile) throws Exception {
        // the same check without HTTP in between, so that calls overlap far more often
        Simulator simulator = mock.simulator();
        simulator.release(Releases.byName(profile).orElseThrow());
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<List<Call>>> workers = new ArrayList<>();
        for (int w = 0; w < threads; w++) {
            int worker = w;
            workers.add(pool.submit(() -> {
                Random random = new Random(100 + worker);
                List<Call> calls = new ArrayList<>();
                go.await();
                for (int i = 0; i < 1500; i++) {
                    String extension = ext(random.nextInt(3));
                    int dice = random.nextInt(10);
                    String op = dice < 4 ? "update" : dice < 7 ? "delete" : "add";
                    String value = "T" + worker + "N" + i;
                    Answer a = simulator.handle(ApiRequest.of(query(op, extension, value), null, null, "127.0.0.1"));
                    calls.add(new Call(op, extension, value, a.status(), new String(a.body(), StandardCharsets.UTF_8)));
                }
                return calls;
            }));
        }
        go.countDown();
        List<Call> calls = new ArrayList<>();
        for (Future<List<Call>> f : workers) {
            calls.addAll(f.get(2, TimeUnit.MINUTES));
        }
        pool.shutdown();
        assertExplainedBySerialReplay(
                calls, JSON.readTree(StateJson.write(simulator.state().snapshot())));
    }

    /** Every answer is one the request allows, and the final state is the serial replay of the admin log. */
    private static void assertExplainedBySerialReplay(List<Call> calls, JsonNode state) {
        Map<String, Integer> succeeded = new HashMap<>();
        for (Call c : calls) {
            assertEquals(200, c.status(), c.toString());
            assertTrue(expectedAnswers(c).contains(c.body()), "unexpected answer " + c);
            if (c.body().startsWith("SUCCESS")) {
                succeeded.merge(c.op(), 1, Integer::sum);
            }
        }
        assertTrue(
                succeeded.getOrDefault("delete", 0) > 0 && succeeded.getOrDefault("add", 0) > 0,
                "the run must exercise deletes and re-adds: " + succeeded);

        assertNoDuplicateKeys(state);
        Map<String, String> replayed = replay(state.path("admin_log"));
        Map<String, String> actual = new HashMap<>();
        for (JsonNode p : state.path("phones")) {
            if (p.path("extension").asText().startsWith("px")) {
                actual.put(p.path("extension").asText(), p.path("fullname").asText());
            }
        }
        assertEquals(replayed, actual, "the state is what the admin log's order of changes gives");

        Set<String> written = new HashSet<>(Collections.singleton("orig"));
        calls.stream()
                .filter(c -> c.body().startsWith("SUCCESS") && !c.op().equals("delete"))
                .forEach(c -> written.add(c.value()));
        actual.values().forEach(v -> assertTrue(written.contains(v), "fullname " + v + " was never written"));

        Map<String, Integer> logged = new HashMap<>();
        state.path("admin_log").forEach(e -> logged.merge(e.path("event_type").asText(), 1, Integer::sum));
        assertEquals(succeeded.getOrDefault("update", 0), logged.getOrDefault("MODIFY", 0));
        assertEquals(succeeded.getOrDefault("delete", 0), logged.getOrDefault("DELETE", 0));
        assertEquals(succeeded.getOrDefault("add", 0), logged.getOrDefault("ADD", 0));
    }

    private static Set<String> expectedAnswers(Call c) {
        String tail = "6666|" + c.extension() + "|10.0.9.8|";
        return switch (c.op()) {
            case "update" ->
                Set.of(
                        "SUCCESS: update_phone PHONE HAS BEEN UPDATED - " + tail + "\n",
                        "ERROR: update_phone PHONE DOES NOT EXIST ON THIS SERVER: |6666|10.0.9.8|" + c.extension()
                                + "\n");
            case "delete" ->
                Set.of(
                        "SUCCESS: update_phone PHONE HAS BEEN DELETED - " + tail + "\n",
                        "ERROR: update_phone PHONE DOES NOT EXIST ON THIS SERVER: |6666|10.0.9.8|" + c.extension()
                                + "\n");
            default ->
                Set.of(
                        "SUCCESS: add_phone PHONE HAS BEEN ADDED - " + tail + "SIP|100\n",
                        "ERROR: add_phone PHONE ALREADY EXISTS ON THIS SERVER: |6666|10.0.9.8|" + c.extension() + "\n");
        };
    }

    /** Applies the admin log in order to the start state, checking each change was possible at its turn. */
    private static Map<String, String> replay(JsonNode log) {
        Map<String, String> phones = new HashMap<>();
        for (int i = 0; i < PHONES; i++) {
            phones.put(ext(i), "orig");
        }
        for (JsonNode e : log) {
            String extension = e.path("record_id").asText();
            String type = e.path("event_type").asText();
            Matcher m = FULLNAME.matcher(e.path("event_sql").asText());
            switch (type) {
                case "ADD" -> {
                    assertTrue(!phones.containsKey(extension), "ADD of present " + extension);
                    assertTrue(m.find(), e.toString());
                    phones.put(extension, m.group(1));
                }
                case "MODIFY" -> {
                    assertNotNull(phones.get(extension), "MODIFY of absent " + extension);
                    assertTrue(m.find(), e.toString());
                    phones.put(extension, m.group(1));
                }
                case "DELETE" -> assertNotNull(phones.remove(extension), "DELETE of absent " + extension);
                default -> throw new AssertionError("unexpected log entry " + e);
            }
        }
        return phones;
    }

    private static void assertNoDuplicateKeys(JsonNode state) {
        Set<String> keys = new HashSet<>();
        for (JsonNode p : state.path("phones")) {
            String key = Values.collate(p.path("extension").asText()) + "@"
                    + Values.collate(p.path("server_ip").asText());
            assertTrue(keys.add(key), "duplicate phone " + key);
        }
    }

    private static long countTestPhones(JsonNode state) {
        long n = 0;
        for (JsonNode p : state.path("phones")) {
            if (p.path("extension").asText().startsWith("px")) {
                n++;
            }
        }
        return n;
    }
}
