package dev.vicimock.mock.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vicimock.mock.VicidialMock;
import dev.vicimock.mock.testing.RawClient;
import dev.vicimock.mock.wiremock.RequestLimits;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The documented answers to oversized and broken requests, and PHP's reading of the odd ones WireMock alone
 * would fail on.
 */
class RequestGuardTest {
    private static final String LOGIN_FAILED = "ERROR: Login incorrect, please try again: |";
    private static VicidialMock mock;

    @BeforeAll
    static void start() {
        mock = VicidialMock.builder()
                .requestLimits(new RequestLimits(RequestLimits.APACHE_REQUEST_LINE, 4096))
                .build()
                .start();
    }

    @AfterAll
    static void stop() {
        mock.close();
    }

    @Test
    void aRequestLineOverApachesLimitGets414() {
        String prefix = HostileRequests.API + "?user=6666&x=";
        int filler = RequestLimits.APACHE_REQUEST_LINE - "GET ".length() - prefix.length() - " HTTP/1.1".length();
        RawClient.Response longest = get(prefix + "a".repeat(filler));
        assertEquals(200, longest.status(), "8190 bytes still reach the API");
        RawClient.Response over = get(prefix + "a".repeat(filler + 1));
        assertEquals(414, over.status());
        assertEquals(
                "vicidial-mock: the request line is 8191 bytes, over the limit of 8190 (Apache's LimitRequestLine)\n",
                over.text());
    }

    @Test
    void aBodyOverTheLimitGets413() {
        byte[] limit = form("user=6666&x=", 4096);
        assertEquals(
                200, post("application/x-www-form-urlencoded", Map.of(), limit).status());
        RawClient.Response over = post("application/x-www-form-urlencoded", Map.of(), form("user=6666&x=", 4097));
        assertEquals(413, over.status());
        assertEquals("vicidial-mock: the request body of 4097 bytes is over the limit of 4096 bytes\n", over.text());
        RawClient.Response chunked = post(
                "application/x-www-form-urlencoded",
                Map.of("Transfer-Encoding", "chunked"),
                ("1001\r\n" + new String(form("user=6666&x=", 4097), StandardCharsets.ISO_8859_1) + "\r\n0\r\n\r\n")
                        .getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(413, chunked.status());
    }

    @Test
    void aBodyCutShortGets400() throws Exception {
        byte[] request = RawClient.request(
                "POST",
                HostileRequests.API,
                Map.of("Content-Type", "application/x-www-form-urlencoded", "Content-Length", "100"),
                "user=6666".getBytes(StandardCharsets.UTF_8));
        RawClient.Response r = RawClient.send(mock.port(), request, true);
        assertEquals(400, r.status());
        assertTrue(r.text().startsWith("vicidial-mock: the request body could not be read to its end"), r.text());
    }

    @Test
    void onlyAPostBodyCarriesParameters() {
        byte[] body = "user=6666&pass=nope".getBytes(StandardCharsets.UTF_8);
        assertEquals(
                LOGIN_FAILED + "6666|nope|BAD|\n",
                post("application/x-www-form-urlencoded", Map.of(), body).text());
        for (String method : new String[] {"PUT", "DELETE", "PATCH"}) {
            RawClient.Response r = Calls.send(
                    mock.port(),
                    RawClient.request(
                            method,
                            HostileRequests.API,
                            Map.of("Content-Type", "application/x-www-form-urlencoded"),
                            body));
            assertEquals(LOGIN_FAILED + "||BAD|\n", r.text(), method + " body is not $_POST");
        }
    }

    @Test
    void anInvalidPercentEscapeIsReadLiterallyAsPhpDoes() {
        assertEquals(
                LOGIN_FAILED + "66zz66|12|BAD|\n",
                get(HostileRequests.API + "?user=66%zz66&pass=12%").text());
        assertEquals(
                200,
                Calls.admin(mock.port(), "GET", "/__admin/requests", null, null).status());
    }

    @Test
    void oddBodiesAreReadAsPhpReadsThem() {
        byte[] form = "user=6666&pass=nope".getBytes(StandardCharsets.UTF_8);
        String read = LOGIN_FAILED + "6666|nope|BAD|\n";
        assertEquals(
                read,
                post("application/x-www-form-urlencoded; charset=no-such-charset", Map.of(), form)
                        .text());
        assertEquals(
                read,
                post("application/x-www-form-urlencoded", Map.of("Content-Encoding", "gzip"), form)
                        .text(),
                "Apache does not inflate request bodies for PHP");
        assertEquals(
                LOGIN_FAILED + "6666|nzzope|BAD|\n",
                post(
                                "application/x-www-form-urlencoded",
                                Map.of(),
                                "user=6666&pass=n%zzope".getBytes(StandardCharsets.UTF_8))
                        .text());
        assertEquals(
                LOGIN_FAILED + "||BAD|\n",
                post("multipart/form-data", Map.of(), form).text(),
                "a multipart body without boundary gives PHP no parameters");
        byte[] cutPart = "--b\r\nContent-Disposition: form-data; name=\"user\"\r\n\r\n6666\r\n--b\r\nContent-Dispo"
                .getBytes(StandardCharsets.UTF_8);
        assertEquals(
                LOGIN_FAILED + "6666||BAD|\n",
                post("multipart/form-data; boundary=b", Map.of(), cutPart).text());
    }

    @Test
    void anUnmatchedRequestWithABrokenEscapeGets404() {
        assertEquals(404, get("/elsewhere?a=%zz&b=1%").status());
    }

    private static byte[] form(String start, int length) {
        return (start + "a".repeat(length - start.length())).getBytes(StandardCharsets.ISO_8859_1);
    }

    private static RawClient.Response get(String target) {
        return Calls.send(mock.port(), RawClient.request("GET", target, Map.of(), null));
    }

    private static RawClient.Response post(String type, Map<String, String> headers, byte[] body) {
        Map<String, String> all = new LinkedHashMap<>(headers);
        all.put("Content-Type", type);
        return Calls.send(mock.port(), RawClient.request("POST", HostileRequests.API, all, body));
    }
}
