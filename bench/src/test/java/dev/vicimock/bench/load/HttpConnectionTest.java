package dev.vicimock.bench.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HttpConnectionTest {

    private static HttpConnection over(String wire) {
        return new HttpConnection(new ByteArrayInputStream(wire.getBytes(StandardCharsets.ISO_8859_1)));
    }

    @Test
    void readsConsecutiveContentLengthResponsesOnOneConnection() throws IOException {
        HttpConnection c = over("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 3\r\n\r\nab\n"
                + "HTTP/1.1 418 I'm a teapot\r\ncontent-length: 5\r\n\r\nhello");
        HttpResponse first = c.readNext();
        assertEquals(200, first.status());
        assertEquals("ab\n", first.bodyText());
        HttpResponse second = c.readNext();
        assertEquals(418, second.status());
        assertEquals("hello", second.bodyText());
        assertFalse(second.closeAfter);
    }

    @Test
    void readsChunkedBodiesAndSkipsTrailers() throws IOException {
        HttpConnection c = over("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                + "4;ext=1\r\nSUCC\r\nA\r\nESS: done\n\r\n0\r\nX-Trailer: y\r\n\r\n"
                + "HTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\nz");
        assertEquals("SUCCESS: done\n", c.readNext().bodyText());
        assertEquals("z", c.readNext().bodyText());
    }

    @Test
    void bodyWithoutLengthRunsToCloseAndMarksTheConnectionClosed() throws IOException {
        HttpResponse r = over("HTTP/1.0 200 OK\r\n\r\nuntil the end").readNext();
        assertEquals("until the end", r.bodyText());
        assertTrue(r.closeAfter);
    }

    @Test
    void connectionCloseHeaderIsHonoured() throws IOException {
        HttpResponse r = over("HTTP/1.1 500 Server Error\r\nConnection: close\r\nContent-Length: 0\r\n\r\n")
                .readNext();
        assertEquals(500, r.status());
        assertEquals(0, r.bodyLength());
        assertTrue(r.closeAfter);
    }

    @Test
    void anAnswerIsDueWhenItIs200WithTheExactBodyOrItsPrefix() throws IOException {
        HttpResponse r =
                over("HTTP/1.1 200 OK\r\nContent-Length: 9\r\n\r\nVERSION: ").readNext();
        assertTrue(r.answers(Workload.Step.answered("/v", "VERSION: ")));
        assertTrue(r.answers(Workload.Step.answeredStartingWith("/v", "VERS")));
        assertFalse(r.answers(Workload.Step.answered("/v", "VERSION")));
        assertFalse(r.answers(Workload.Step.answeredStartingWith("/v", "VERSION: 2")));
        HttpResponse teapot = over("HTTP/1.1 418 I'm a teapot\r\nContent-Length: 9\r\n\r\nVERSION: ")
                .readNext();
        assertFalse(teapot.answers(Workload.Step.answered("/v", "VERSION: ")));
    }

    @Test
    void requestBytesAreAMinimalKeepAliveGet() {
        assertEquals(
                "GET /x?a=1 HTTP/1.1\r\nHost: 127.0.0.1:81\r\n\r\n",
                new String(HttpConnection.get("127.0.0.1", 81, "/x?a=1"), StandardCharsets.ISO_8859_1));
    }
}
