package dev.vicimock.mock.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vicimock.mock.MockDialer;
import dev.vicimock.mock.VicidialMock;
import dev.vicimock.mock.answer.Answer;
import dev.vicimock.mock.http.ApiRequest;
import dev.vicimock.mock.pipeline.Simulator;
import dev.vicimock.mock.release.Releases;
import dev.vicimock.mock.state.AdminLogEntry;
import dev.vicimock.mock.state.Row;
import dev.vicimock.mock.state.Schema;
import dev.vicimock.mock.state.Snapshot;
import dev.vicimock.mock.state.StateJson;
import dev.vicimock.mock.state.Tables;
import dev.vicimock.mock.testing.RawClient;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Many client threads add, update and delete the same few phones and agents (add_phone/update_phone,
 * add_user/update_user) over HTTP while a reader keeps taking the state. Every change carries a unique tag in several columns, so the final state can be compared with a
 * serial replay of the accepted changes in the order the admin log recorded them: equal means no lost update,
 * no torn row and no change from a rejected call.
 */
class ConcurrentChangesTest {
    private static final int THREADS = 8;
    private static final int OPS_PER_THREAD = 150;
    private static final String[][] PHONES = {
        {"cx1", "10.0.9.8"},
        {"cx2", "10.0.9.8"},
        {"cx3", "10.0.9.8"},
        {"cx4", "192.168.198.5"},
        {"cc100", "10.0.9.8"},
        {"cc101", "192.168.198.5"}
    };
    /** Agents the user calls fight over: three the run creates and one of the seed. */
    private static final String[] AGENTS = {"cu1", "cu2", "cu3", "9002"};

    private static final Pattern TAG = Pattern.compile("'pw(t\\d+n\\d+)'");

    /** One call: its parameters, and the answer it got. */
    record Op(String tag, String kind, String extension, String serverIp, Map<String, String> params, String answer) {
        boolean accepted() {
            return answer.startsWith("SUCCESS: ");
        }
    }

    @Test
    void concurrentChangesEqualASerialReplayOfTheAcceptedOnes() throws Exception {
        try (VicidialMock mock = VicidialMock.builder().build().start()) {
            changeConcurrentlyAndCompareWithSerialReplay(
                    mock,
                    HostileRequests.API,
                    "/__admin/vicidial/state",
                    () -> mock.simulator().state().snapshot(),
                    0,
                    THREADS);
        }
    }

    /**
     * Two isolated dialers on one server, changed at once on the same phones and agents: each ends in the serial
     * replay of its own accepted calls (a call of the other dialer in its admin log fails the replay), and the
     * default dialer is left as it was.
     */
    @Test
    void twoDialersChangedInParallelOnTheSamePhonesEachEqualTheirOwnSerialReplay() throws Exception {
        try (VicidialMock mock = VicidialMock.builder().build().start()) {
            Snapshot defaultBefore = mock.simulator().state().snapshot();
            MockDialer a = mock.dialer("ci-a");
            MockDialer b = mock.dialer("ci-b");
            ExecutorService jobs = Executors.newFixedThreadPool(2);
            Future<?> first = jobs.submit(() -> {
                changeConcurrentlyAndCompareWithSerialReplay(
                        mock,
                        "/dialers/ci-a" + HostileRequests.API,
                        "/__admin/vicidial/dialers/ci-a/state",
                        () -> a.simulator().state().snapshot(),
                        0,
                        THREADS / 2);
                return null;
            });
            Future<?> second = jobs.submit(() -> {
                changeConcurrentlyAndCompareWithSerialReplay(
                        mock,
                        "/dialers/ci-b" + HostileRequests.API,
                        "/__admin/vicidial/dialers/ci-b/state",
                        () -> b.simulator().state().snapshot(),
                        THREADS / 2,
                        THREADS / 2);
                return null;
            });
            first.get();
            second.get();
            jobs.shutdown();
            assertEquals(
                    StateJson.toTree(defaultBefore),
                    StateJson.toTree(mock.simulator().state().snapshot()),
                    "the default dialer is untouched");
        }
    }

    /**
     * {@code threads} client threads (numbered from {@code firstThread}, which makes their tags) change the dialer at
     * {@code api} while a reader takes its state at {@code statePath}; then its state must equal the serial replay.
     */
    private static void changeConcurrentlyAndCompareWithSerialReplay(
            VicidialMock mock, String api, String statePath, Supplier<Snapshot> state, int firstThread, int threads)
            throws Exception {
        Snapshot before = state.get();
        List<Op> ops = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger snapshotsChecked = new AtomicInteger();
        List<String> tornRows = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(threads + 1);
        Future<?> reader = pool.submit(() -> {
            while (running.get()) {
                checkRows(mock, statePath, tornRows);
                snapshotsChecked.incrementAndGet();
            }
            return null;
        });
        List<Future<?>> writers = new ArrayList<>();
        for (int t = firstThread; t < firstThread + threads; t++) {
            int thread = t;
            writers.add(pool.submit(() -> {
                Random random = new Random(1000 + thread);
                for (int n = 0; n < OPS_PER_THREAD; n++) {
                    ops.add(call(mock, api, next(random, "t" + thread + "n" + n)));
                }
                return null;
            }));
        }
        for (Future<?> w : writers) {
            w.get();
        }
        running.set(false);
        reader.get();
        pool.shutdown();

        Snapshot after = state.get();
        List<Op> accepted = ops.stream().filter(Op::accepted).toList();
        List<AdminLogEntry> logged = after.adminLog()
                .subList(before.adminLog().size(), after.adminLog().size());
        assertEquals(List.of(), tornRows, "rows seen half written by a concurrent reader");
        assertTrue(
                accepted.size() > threads * OPS_PER_THREAD / 4,
                "enough calls succeed to prove anything: " + accepted.size());
        assertEquals(accepted.size(), logged.size(), "one admin log entry per accepted change");
        Snapshot replayed = replay(before, logged, accepted);
        assertEquals(rows(replayed, Tables.PHONES), rows(after, Tables.PHONES), "phones: live vs serial replay");
        assertEquals(rows(replayed, Tables.SERVERS), rows(after, Tables.SERVERS), "servers");
        assertEquals(withoutLoginDates(replayed), withoutLoginDates(after), "users apart from login dates");
        assertEquals(
                keys(after.rows(Tables.PHONES)).size(),
                after.rows(Tables.PHONES).size(),
                "no duplicate phone key");
        StateJson.read(StateJson.write(after));
        System.out.printf(
                "concurrency on %s: %d calls from %d threads, %d accepted, %d state reads, lost updates 0%n",
                api, ops.size(), threads, accepted.size(), snapshotsChecked.get());
    }

    /** Replays the accepted calls one by one in admin log order on a fresh simulator; each must succeed again. */
    private static Snapshot replay(Snapshot start, List<AdminLogEntry> log, List<Op> accepted) {
        Simulator serial = new Simulator(start, Releases.DEFAULT, Clock.systemDefaultZone());
        Map<String, Op> byTag =
                accepted.stream().filter(o -> !o.kind().endsWith("delete")).collect(Collectors.toMap(Op::tag, o -> o));
        Map<String, Op> deletes = new HashMap<>();
        accepted.stream()
                .filter(o -> o.kind().equals("delete"))
                .forEach(o -> deletes.put(o.extension() + "@" + o.serverIp(), o));
        accepted.stream()
                .filter(o -> o.kind().equals("user-delete"))
                .forEach(o -> deletes.put("user:" + o.extension(), o));
        Set<String> used = new HashSet<>();
        for (AdminLogEntry entry : log) {
            Op op;
            if (entry.eventType().equals("DELETE") && entry.eventSection().equals("USERS")) {
                op = deletes.get("user:" + entry.recordId());
            } else if (entry.eventType().equals("DELETE")) {
                String[] phone =
                        entry.eventNotes().substring("phone: ".length()).split("\\|");
                op = deletes.get(phone[0] + "@" + phone[1]);
            } else {
                Matcher m = TAG.matcher(entry.eventSql());
                assertTrue(m.find(), "a tagged change in the admin log: " + entry.eventSql());
                op = byTag.get(m.group(1));
                assertTrue(op != null && used.add(op.tag()), "each accepted change logged once: " + m.group(1));
            }
            Answer answer = serial.handle(ApiRequest.ofParams(op.params(), "127.0.0.1"));
            assertTrue(answer.render().startsWith("SUCCESS: "), "serially, " + op + " answers " + answer);
        }
        assertEquals(byTag.keySet(), used, "every accepted add and update appears in the admin log");
        return serial.state().snapshot();
    }

    private static Op next(Random random, String tag) {
        if (random.nextInt(3) == 0) {
            return nextUserCall(random, tag);
        }
        String[] phone = PHONES[random.nextInt(PHONES.length)];
        Map<String, String> p = new LinkedHashMap<>();
        p.put("source", "test");
        p.put("user", "6666");
        p.put("pass", "1234");
        p.put("extension", phone[0]);
        p.put("server_ip", phone[1]);
        int roll = random.nextInt(10);
        String kind = roll < 4 ? "add" : roll < 8 ? "update" : "delete";
        switch (kind) {
            case "add" -> {
                p.put("function", "add_phone");
                p.put("dialplan_number", tag);
                p.put("voicemail_id", tag);
                p.put("phone_login", tag);
                p.put("phone_pass", "pw" + tag);
                p.put("protocol", "SIP");
                p.put("registration_password", "rp" + tag);
                p.put("phone_full_name", tag);
                p.put("local_gmt", "-5.00");
                p.put("outbound_cid", digits(tag));
            }
            case "update" -> {
                p.put("function", "update_phone");
                p.put("phone_full_name", tag);
                p.put("email", tag + "@x.io");
                p.put("outbound_cid", digits(tag));
                p.put("dialplan_number", tag);
                p.put("phone_pass", "pw" + tag);
            }
            default -> {
                p.put("function", "update_phone");
                p.put("delete_phone", "Y");
            }
        }
        return new Op(tag, kind, phone[0], phone[1], p, null);
    }

    /** add_user, update_user or its delete_user=Y on one of a few agents, by the provisioning admin 8001. */
    private static Op nextUserCall(Random random, String tag) {
        String agent = AGENTS[random.nextInt(AGENTS.length)];
        Map<String, String> p = new LinkedHashMap<>();
        p.put("source", "test");
        p.put("user", "8001");
        p.put("pass", "1234");
        p.put("agent_user", agent);
        int roll = random.nextInt(10);
        String kind = roll < 4 ? "user-add" : roll < 8 ? "user-update" : "user-delete";
        switch (kind) {
            case "user-add" -> {
                p.put("function", "add_user");
                p.put("agent_pass", "pw" + tag);
                p.put("agent_user_level", "1");
                p.put("agent_full_name", tag);
                p.put("agent_user_group", "AGENTS");
            }
            case "user-update" -> {
                p.put("function", "update_user");
                p.put("agent_full_name", tag);
                p.put("email", tag + "@x.io");
                p.put("agent_pass", "pw" + tag);
            }
            default -> {
                p.put("function", "update_user");
                p.put("delete_user", "Y");
            }
        }
        return new Op(tag, kind, agent, "", p, null);
    }

    private static Op call(VicidialMock mock, String api, Op op) throws IOException {
        String query = op.params().entrySet().stream()
                .map(e -> e.getKey() + "=" + HostileRequests.encode(e.getValue()))
                .collect(Collectors.joining("&"));
        RawClient.Response r =
                RawClient.send(mock.port(), RawClient.request("GET", api + "?" + query, Map.of(), null), false);
        assertEquals(200, r.status(), r.text());
        return new Op(op.tag(), op.kind(), op.extension(), op.serverIp(), op.params(), r.text());
    }

    /** Every tagged phone or user row in a state read mid-run holds one change's values in all its tagged columns. */
    private static void checkRows(VicidialMock mock, String statePath, List<String> torn) throws IOException {
        RawClient.Response r = RawClient.send(mock.port(), RawClient.request("GET", statePath, Map.of(), null), false);
        Snapshot s = StateJson.read(r.body());
        for (Row user : s.rows(Tables.USERS)) {
            String tag = user.textOrEmpty("full_name");
            if (tag.matches("t\\d+n\\d+") && !("pw" + tag).equals(user.text("pass"))) {
                torn.add(user.toString());
            }
        }
        for (Row phone : s.rows(Tables.PHONES)) {
            String tag = phone.textOrEmpty("fullname");
            if (tag.matches("t\\d+n\\d+")
                    && !(digits(tag).equals(phone.text("outbound_cid"))
                            && tag.equals(phone.text("dialplan_number"))
                            && ("pw" + tag).equals(phone.text("pass")))) {
                torn.add(phone.toString());
            }
        }
    }

    /** A number unique to the tag, 9 digits: valid as outbound_cid. */
    private static String digits(String tag) {
        String[] parts = tag.substring(1).split("n");
        return String.format("1%02d%06d", Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
    }

    private static Map<String, Row> rows(Snapshot s, Schema table) {
        Map<String, Row> m = new TreeMap<>();
        s.rows(table).forEach(r -> m.put(r.key(), r));
        return m;
    }

    private static Map<String, Row> withoutLoginDates(Snapshot s) {
        Map<String, Row> m = new TreeMap<>();
        s.rows(Tables.USERS).forEach(r -> m.put(r.key(), r.with("last_login_date", null)));
        return m;
    }

    private static Set<String> keys(List<Row> rows) {
        return rows.stream().map(Row::key).collect(Collectors.toSet());
    }
}
