package dev.vicimock.mock.wiremock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.vicimock.mock.MockDialer;
import dev.vicimock.mock.VicidialMock;
import dev.vicimock.mock.pipeline.DialerLimitReached;
import dev.vicimock.mock.testing.MutableClock;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Isolated dialers at {@code /dialers/NAME/vicidial/non_agent_api.php}: their own state and profile, their admin
 * routes, the maximum and the idle expiry, and the journal, over HTTP on an embedded server.
 */
class IsolatedDialersTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final String API = "/vicidial/non_agent_api.php";
    private static final String RENAME = API + "?source=test&user=6666&pass=1234&function=update_phone"
            + "&extension=cc100&server_ip=10.0.9.8&phone_full_name=";
    private static final String ADD_102 = API + "?source=test&user=6666&pass=1234&function=add_phone"
            + "&extension=cc777&server_ip=10.0.9.8&dialplan_number=102&voicemail_id=102&phone_login=cc777"
            + "&phone_pass=x102&protocol=SIP&registration_password=r102&phone_full_name=One&local_gmt=-5.00"
            + "&outbound_cid=5551230102";

    record Reply(int status, String body, String contentType) {
        JsonNode json() throws IOException {
            return JSON.readTree(body);
        }
    }

    @Test
    void theSameChangesOnTwoDialersAndTheDefaultEachLandInTheirOwnState() throws Exception {
        try (VicidialMock mock = VicidialMock.builder().build().start()) {
            assertTrue(send(mock, "GET", "/dialers/job-1" + RENAME + "One", null)
                    .body()
                    .startsWith("SUCCESS"));
            assertTrue(send(mock, "GET", "/dialers/job-2" + RENAME + "Two", null)
                    .body()
                    .startsWith("SUCCESS"));
            // the same new phone on both: no "already exists" across dialers
            assertTrue(
                    send(mock, "GET", "/dialers/job-1" + ADD_102, null).body().startsWith("SUCCESS"));
            assertTrue(
                    send(mock, "GET", "/dialers/job-2" + ADD_102, null).body().startsWith("SUCCESS"));
            assertEquals("One", fullName(mock, "/__admin/vicidial/dialers/job-1/state", "cc100"));
            assertEquals("Two", fullName(mock, "/__admin/vicidial/dialers/job-2/state", "cc100"));
            assertEquals(
                    fullName(mock, "/__admin/vicidial/state", "cc100"),
                    fullName(mock, "/__admin/vicidial/dialers/job-3/state", "cc100"),
                    "a new dialer starts as the" + " default dialer started");
            assertEquals(null, fullName(mock, "/__admin/vicidial/state", "cc777"), "the default dialer is untouched");
            assertEquals(
                    1,
                    send(mock, "GET", "/__admin/vicidial/dialers/job-1/state", null)
                                    .json()
                                    .get("admin_log")
                                    .size()
                            - send(mock, "GET", "/__admin/vicidial/state", null)
                                    .json()
                                    .get("admin_log")
                                    .size()
                            - 1,
                    "each dialer has its own admin log: two entries on job-1");
        }
    }

    @Test
    void aProfileSwitchInOneDialerLeavesTheOthersAndTheDefaultAsTheyWere() throws Exception {
        try (VicidialMock mock = VicidialMock.builder().build().start()) {
            Reply switched = send(mock, "PUT", "/__admin/vicidial/dialers/old/profile", "{\"profile\":\"2.14-107\"}");
            assertEquals(200, switched.status(), switched.body());
            assertTrue(version(mock, "/dialers/old").startsWith("VERSION: 2.14-107|"));
            assertTrue(version(mock, "/dialers/new").startsWith("VERSION: 2.14-202|"));
            assertTrue(version(mock, "").startsWith("VERSION: 2.14-202|"));
            assertEquals(
                    "{\"profile\":\"2.14-202\"}",
                    send(mock, "GET", "/__admin/vicidial/dialers/new/profile", null)
                            .body());
            assertEquals("2.14-107", mock.dialer("old").profile());
        }
    }

    @Test
    void theMaximumRefusesANewDialerWith503OnTheApiAndAnErrorOnTheAdminApiAndRemovesNone() throws Exception {
        try (VicidialMock mock = VicidialMock.builder().maxDialers(2).build().start()) {
            version(mock, "/dialers/a");
            version(mock, "/dialers/b");
            Reply api = send(mock, "GET", "/dialers/c" + API + "?function=version", null);
            assertEquals(503, api.status());
            assertEquals("text/plain", api.contentType());
            assertTrue(
                    api.body().startsWith("vicidial-mock: cannot create dialer 'c': all 2 dialers are in use"),
                    api.body());
            assertEquals(1, api.body().lines().count(), "one line");
            Reply admin = send(mock, "PUT", "/__admin/vicidial/dialers/c/state", mock.stateJson());
            assertEquals(503, admin.status());
            assertTrue(admin.json().get("error").asText().startsWith("cannot create dialer 'c'"), admin.body());
            assertThrows(DialerLimitReached.class, () -> mock.dialer("c"));
            assertEquals(List.of("a", "b"), names(mock));
            assertTrue(version(mock, "").startsWith("VERSION:"), "the default dialer is not counted");

            assertEquals(
                    200,
                    send(mock, "DELETE", "/__admin/vicidial/dialers/a", null).status());
            assertTrue(version(mock, "/dialers/c").startsWith("VERSION:"), "room again once one is deleted");
            assertEquals(List.of("b", "c"), names(mock));
        }
    }

    @Test
    void anIdleDialerExpiresToMakeRoomAndAgainStartsFromTheStartState() throws Exception {
        MutableClock clock = MutableClock.at("2025-01-15T07:00:00", "America/New_York");
        try (VicidialMock mock = VicidialMock.builder()
                .clock(clock)
                .maxDialers(2)
                .dialerIdleExpiry(Duration.ofMinutes(30))
                .build()
                .start()) {
            send(mock, "GET", "/dialers/idle" + RENAME + "Gone", null);
            clock.advance(Duration.ofMinutes(20));
            version(mock, "/dialers/busy");
            clock.advance(Duration.ofMinutes(20));
            send(mock, "GET", "/dialers/busy" + RENAME + "Kept", null);
            assertEquals(List.of("busy"), names(mock), "idle for 40 minutes: gone; used 20 minutes ago: kept");
            version(mock, "/dialers/third");
            version(mock, "/dialers/fourth-refused");
            assertEquals(List.of("busy", "third"), names(mock), "the one in use is never removed for a new one");
            assertEquals("Kept", fullName(mock, "/__admin/vicidial/dialers/busy/state", "cc100"));
            clock.advance(Duration.ofMinutes(31));
            assertEquals(
                    fullName(mock, "/__admin/vicidial/state", "cc100"),
                    fullName(mock, "/__admin/vicidial/dialers/busy/state", "cc100"),
                    "expired, then new on next use");
        }
    }

    @Test
    void deletingAnUnknownDialerIs404AndABadNameIs400() throws Exception {
        try (VicidialMock mock = VicidialMock.builder().build().start()) {
            Reply unknown = send(mock, "DELETE", "/__admin/vicidial/dialers/nobody", null);
            assertEquals(404, unknown.status());
            assertEquals("no dialer 'nobody'", unknown.json().get("error").asText());
            Reply bad = send(mock, "GET", "/__admin/vicidial/dialers/" + "n".repeat(65) + "/state", null);
            assertEquals(400, bad.status());
            assertTrue(bad.json().get("error").asText().contains("cannot name a dialer"), bad.body());
            assertEquals(
                    404,
                    send(mock, "GET", "/dialers/" + "n".repeat(65) + API + "?function=version", null)
                            .status(),
                    "no API on a path that names no dialer");
            assertThrows(IllegalArgumentException.class, () -> mock.dialer(".."));
        }
    }

    @Test
    void theJournalShowsWhichDialerWasHitWithPasswordsMasked() throws Exception {
        try (VicidialMock mock = VicidialMock.builder().build().start()) {
            send(mock, "GET", "/dialers/job-9" + RENAME + "Journal", null);
            List<LoggedRequest> hits =
                    mock.wireMock().findAll(WireMock.getRequestedFor(WireMock.urlPathEqualTo("/dialers/job-9" + API)));
            assertEquals(1, hits.size());
            assertTrue(hits.get(0).getUrl().contains("pass=***"), hits.get(0).getUrl());
            assertFalse(hits.get(0).getUrl().contains("1234"), hits.get(0).getUrl());
        }
    }

    @Test
    void aHandleGivesTheDialersUrlAndState() throws Exception {
        try (VicidialMock mock = VicidialMock.builder().build().start()) {
            MockDialer mine = mock.dialer("handle");
            assertEquals(mock.baseUrl() + "/dialers/handle" + API, mine.apiUrl());
            mine.profile("2.14-107");
            assertTrue(version(mock, "/dialers/handle").startsWith("VERSION: 2.14-107|"));
            send(mock, "GET", "/dialers/handle" + RENAME + "Mine", null);
            assertTrue(mine.stateJson().contains("\"Mine\""));
            mine.reset();
            assertFalse(mine.stateJson().contains("\"Mine\""));
            mine.replaceState(mock.stateJson().replace("\"fullname\":\"", "\"fullname\":\"Z"));
            assertTrue(mine.stateJson().contains("\"fullname\":\"Z"));
            assertTrue(mine.delete());
            assertEquals(List.of(), names(mock));
        }
    }

    private static List<String> names(VicidialMock mock) throws IOException, InterruptedException {
        JsonNode list = send(mock, "GET", "/__admin/vicidial/dialers", null).json();
        return JSON.convertValue(
                list.get("dialers").findValuesAsText("name"),
                JSON.getTypeFactory().constructCollectionType(List.class, String.class));
    }

    private static String version(VicidialMock mock, String prefix) throws IOException, InterruptedException {
        return send(mock, "GET", prefix + API + "?function=version", null).body();
    }

    private static String fullName(VicidialMock mock, String statePath, String extension)
            throws IOException, InterruptedException {
        for (JsonNode phone : send(mock, "GET", statePath, null).json().get("phones")) {
            if (phone.get("extension").asText().equals(extension)) {
                return phone.get("fullname").asText();
            }
        }
        return null;
    }

    private static Reply send(VicidialMock mock, String method, String path, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(mock.baseUrl() + path))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        return new Reply(
                r.statusCode(), r.body(), r.headers().firstValue("Content-Type").orElse(null));
    }
}
