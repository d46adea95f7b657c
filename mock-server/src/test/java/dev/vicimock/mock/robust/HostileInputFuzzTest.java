package dev.vicimock.mock.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vicimock.mock.VicidialMock;
import dev.vicimock.mock.release.Filter;
import dev.vicimock.mock.release.Release;
import dev.vicimock.mock.release.Releases;
import dev.vicimock.mock.state.Snapshot;
import dev.vicimock.mock.state.StateJson;
import dev.vicimock.mock.state.Tables;
import dev.vicimock.mock.testing.RawClient;
import dev.vicimock.mock.wiremock.RequestLimits;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Sends seeded hostile requests (3,000 by default; {@code -Dfuzz.requests=100000} for the long run,
 * {@code -Dfuzz.seed=N} for another sequence) over real HTTP from several threads, in batches that alternate the
 * release profile and the system settings, and checks after every answer and every batch that the simulator
 * stayed up, never failed internally, answered 5xx only where the real release does, answered 200 only with a
 * grammar line, and kept a valid state.
 */
class HostileInputFuzzTest {
    private static final Set<String> USER_FUNCTIONS = Set.of(
            "add_user",
            "update_user",
            "copy_user",
            "user_details",
            "add_phone_alias",
            "update_phone_alias",
            "add_group_alias");
    private static final int REQUESTS = Integer.getInteger("fuzz.requests", 3000);
    private static final long SEED = Long.getLong("fuzz.seed", 20_251_126L);
    private static final int THREADS = Integer.getInteger("fuzz.threads", 4);
    private static final int BATCH = 250;
    /** Smaller than the default limit so that oversized bodies stay cheap to send, larger than 1 MB. */
    private static final long MAX_BODY = 2L << 20;

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The journal holds the fuzz's own monsters (parameter names of 64 KiB): no read limits for checking it. */
    private static final ObjectMapper LENIENT_JSON = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNameLength(Integer.MAX_VALUE)
                    .maxStringLength(Integer.MAX_VALUE)
                    .build())
            .build());

    private static final Pattern SUCCESS = Pattern.compile("(?m)^SUCCESS: ");
    private static final Pattern TEAPOT_FUNCTION = Pattern.compile("^Coffee: ([^|]*)\\|");

    @Test
    void hostileRequestsGetOnlyAnswersTheRealServerCouldGive() throws Exception {
        RecordingNotifier notifier = new RecordingNotifier(false);
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        Map<Integer, Integer> statuses = Collections.synchronizedMap(new TreeMap<>());
        Map<String, Integer> outcomes = Collections.synchronizedMap(new TreeMap<>());
        int sent = 0;
        AtomicInteger unloggable = new AtomicInteger();
        try (VicidialMock mock = VicidialMock.builder()
                .requestLimits(new RequestLimits(RequestLimits.APACHE_REQUEST_LINE, MAX_BODY))
                .wireMockOptions(c -> c.notifier(notifier).maxRequestJournalEntries(200))
                .build()
                .start()) {
            Admin admin = new Admin(mock.port());
            JsonNode seed = JSON.readTree(mock.stateJson());
            HostileRequests requests = new HostileRequests(SEED, MAX_BODY, RequestLimits.APACHE_REQUEST_LINE);
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            try {
                for (int batch = 0; sent < REQUESTS; batch++) {
                    Release release = Releases.all().get(batch % Releases.all().size());
                    String profile = release.name();
                    admin.put("/__admin/vicidial/profile", "{\"profile\":\"" + profile + "\"}");
                    admin.put("/__admin/vicidial/state", variant(seed, batch).toString());
                    boolean loose = nonLatin(batch) && release.filters().filterFor("extension", true) == Filter.NONE;
                    // 2.14-159 and older echo agent_user unfiltered, line breaks included, in the user functions
                    boolean looseAgent =
                            loose || release.filters().filterFor("agent_user", nonLatin(batch)) == Filter.NONE;
                    boolean crashes = release.runtime().crashesOnSloppyInput();
                    List<HostileRequests.Case> cases = new ArrayList<>();
                    for (int i = 0; i < BATCH && sent + i < REQUESTS; i++) {
                        cases.add(requests.next(crashes));
                    }
                    List<Future<Integer>> answers = new ArrayList<>();
                    for (HostileRequests.Case c : cases) {
                        answers.add(pool.submit(() -> {
                            RawClient.Response r = RawClient.send(mock.port(), c.bytes(), c.halfClose());
                            statuses.merge(r.status(), 1, Integer::sum);
                            if (c.api() && r.status() == 200) {
                                outcomes.merge(outcome(r.text()), 1, Integer::sum);
                            }
                            boolean userFunction = c.functions().stream().anyMatch(f -> USER_FUNCTIONS.contains(f));
                            String problem = judge(c, r, userFunction ? looseAgent : loose, crashes);
                            if (problem != null) {
                                failures.add(profile + " " + problem + "\n  request: " + c.describe() + "\n  answer: "
                                        + r.status() + " " + abbreviate(r.text()));
                            }
                            int succeeded = c.api() && r.status() == 200 ? successes(r.text()) : 0;
                            if (!crashes && c.mayBreakLogStatement()) {
                                unloggable.addAndGet(succeeded);
                            }
                            return succeeded;
                        }));
                    }
                    int accepted = 0;
                    for (Future<Integer> f : answers) {
                        accepted += f.get();
                    }
                    sent += cases.size();
                    checkState(admin, profile, batch, accepted, unloggable.getAndSet(0), cases, failures);
                }
            } finally {
                pool.shutdownNow();
            }
            RawClient.Response version = RawClient.send(
                    mock.port(),
                    RawClient.request("GET", HostileRequests.API + "?function=version", Map.of(), null),
                    false);
            assertEquals(200, version.status(), "the simulator still answers after the fuzz run");
            RawClient.Response journal = admin.get("/__admin/requests");
            assertEquals(200, journal.status(), "the request journal still serialises: " + abbreviate(journal.text()));
            assertTrue(LENIENT_JSON.readTree(journal.body()).path("requests").isArray());
        }
        System.out.printf(
                "fuzz: %d requests, seed %d, %d failures, statuses %s%nfuzz: answers %s%n",
                sent, SEED, failures.size(), statuses, outcomes);
        assertEquals(List.of(), notifier.failures(), "errors logged by WireMock or the simulator");
        assertEquals(
                List.of(),
                failures.subList(0, Math.min(20, failures.size())),
                failures.size() + " of " + sent + " answers broke an invariant (seed " + SEED + ")");
    }

    /**
     * The problem with this answer to this request, or null when it is one the real server could give;
     * {@code crashes} for a release on PHP 8, whose page dies on SQL errors.
     */
    static String judge(HostileRequests.Case c, RawClient.Response r, boolean looseEcho, boolean crashes) {
        if (!c.statuses().contains(r.status())) {
            return "status " + r.status() + " where only " + c.statuses() + " may come";
        }
        if (r.text().contains("vicidial-mock internal error")) {
            return "internal error";
        }
        if (!c.api() || r.status() == 413 || r.status() == 414 || r.status() == 431 || r.status() == 400) {
            return null;
        }
        if (!"text/html; charset=utf-8".equals(r.header("Content-Type"))) {
            return "Content-Type " + r.header("Content-Type");
        }
        boolean diesAfterAnswer = crashes && rawApostrophe(c.bytes());
        if (r.status() == 500 && r.body().length == 0) {
            return c.may500() || (c.head() && diesAfterAnswer)
                    ? null
                    : "HTTP 500 where the real release does not fail (only 2.14-202 dies, on an array or a quote in email)";
        }
        if (r.status() == 500 && !diesAfterAnswer) {
            // with a body, the page died after answering: only a raw apostrophe in the request does that
            return "HTTP 500 with a body, but no raw apostrophe in the request";
        }
        if (c.head()) {
            return r.body().length == 0 ? null : "a body in the answer to HEAD";
        }
        if (r.status() == 418) {
            Matcher m = TEAPOT_FUNCTION.matcher(r.text());
            boolean asked = m.find()
                    && c.functions().stream().anyMatch(f -> filteredFunction(f).equals(m.group(1)));
            return ResponseGrammar.isTeapot(r.text()) && asked ? null : "a teapot answer to a request for no coffee";
        }
        if (!ResponseGrammar.isAnswer(r.text(), c.debug(), looseEcho)) {
            return c.debug() ? "body outside the response grammar" : "body outside the response grammar (no DB)";
        }
        return null;
    }

    /** True when the request target or the body of a POST holds a literal apostrophe, not {@code %27}. */
    static boolean rawApostrophe(byte[] request) {
        String text = new String(request, StandardCharsets.ISO_8859_1);
        int lineEnd = text.indexOf("\r\n");
        String requestLine = lineEnd < 0 ? text : text.substring(0, lineEnd);
        int headersEnd = text.indexOf("\r\n\r\n");
        boolean post = requestLine.startsWith("POST ");
        return requestLine.indexOf('\'') >= 0 || (post && headersEnd >= 0 && text.indexOf('\'', headersEnd) >= 0);
    }

    /**
     * After a batch: the state reads back as a valid document and holds one admin log entry per success, less
     * those whose log statement a quote may have broken on PHP 7 ({@code unloggable}).
     */
    private static void checkState(
            Admin admin,
            String profile,
            int batch,
            int accepted,
            int unloggable,
            List<HostileRequests.Case> cases,
            List<String> failures)
            throws Exception {
        RawClient.Response r = admin.get("/__admin/vicidial/state");
        if (r.status() != 200) {
            failures.add(profile + " batch " + batch + ": GET state answered " + r.status());
            return;
        }
        Snapshot state;
        try {
            state = StateJson.read(r.body());
        } catch (RuntimeException e) {
            failures.add(profile + " batch " + batch + ": state does not read back: " + e.getMessage());
            return;
        }
        long heads = cases.stream().filter(HostileRequests.Case::head).count();
        int logged = state.adminLog().size();
        if (logged < accepted - unloggable || logged > accepted + heads) {
            failures.add(profile + " batch " + batch + ": " + logged + " admin log entries for " + accepted
                    + " successes (+ up to " + heads + " unseen HEAD answers, - up to " + unloggable
                    + " with a quote on PHP 7)");
        }
        Set<String> keys = new HashSet<>();
        state.rows(Tables.PHONES).forEach(p -> {
            if (!keys.add(p.key())) {
                failures.add(profile + " batch " + batch + ": duplicate phone " + p.key());
            }
        });
    }

    /** Every third batch with non-Latin filters, every fourth with web debug allowed (2.14-202 DB output). */
    private static JsonNode variant(JsonNode seed, int batch) {
        ObjectNode state = seed.deepCopy();
        ObjectNode settings = (ObjectNode) state.get("system_settings");
        settings.put("use_non_latin", nonLatin(batch) ? "1" : "0");
        settings.put("allow_web_debug", batch % 4 == 3 ? "1" : "0");
        state.putArray("admin_log");
        return state;
    }

    /** The answer's kind for the run's summary: its last line up to the data. */
    private static String outcome(String body) {
        String[] lines = body.split("\n");
        String last = lines.length == 0 ? "" : lines[lines.length - 1];
        int end = last.indexOf(": |");
        end = end < 0 ? last.indexOf(" - ") : end;
        end = end < 0 ? last.indexOf('|') : end;
        return (lines.length > 1 && body.startsWith("DEBUG") ? "(debug) " : "")
                + (end < 0 ? last : last.substring(0, end));
    }

    private static boolean nonLatin(int batch) {
        return batch % 3 == 2;
    }

    private static int successes(String body) {
        Matcher m = SUCCESS.matcher(body);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static String filteredFunction(String encoded) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '%'
                    && i + 2 < encoded.length()
                    && Character.digit(encoded.charAt(i + 1), 16) >= 0
                    && Character.digit(encoded.charAt(i + 2), 16) >= 0) {
                c = (char) Integer.parseInt(encoded.substring(i + 1, i + 3), 16);
                i += 2;
            }
            if (Character.isLetterOrDigit(c) && c < 128 || c == '-' || c == '_') {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static String abbreviate(String s) {
        String one = s.replace("\n", "\\n");
        return one.length() > 300 ? one.substring(0, 300) + "... (" + one.length() + " chars)" : one;
    }

    /** The admin API over the same raw client. */
    record Admin(int port) {
        RawClient.Response get(String path) throws IOException {
            return RawClient.send(port, RawClient.request("GET", path, Map.of(), null), false);
        }

        void put(String path, String json) throws IOException {
            RawClient.Response r = RawClient.send(
                    port,
                    RawClient.request(
                            "PUT",
                            path,
                            Map.of("Content-Type", "application/json"),
                            json.getBytes(StandardCharsets.UTF_8)),
                    false);
            assertEquals(200, r.status(), path + ": " + r.text());
        }
    }
}
