package dev.vicimock.mock;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The standalone runner keeps a bounded request journal, in constant time per request, that verification still works on. */
class StandaloneJournalTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static void version(VicidialMock mock) throws Exception {
        HTTP.send(
                HttpRequest.newBuilder(URI.create(mock.apiUrl() + "?function=version"))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
    }

    @Test
    void journalKeepsTheMostRecentRequestsAndVerificationWorks() throws Exception {
        try (VicidialMock mock = Main.parse(new String[] {"--port", "0", "--max-request-journal-entries", "3"}, null)
                .build()
                .start()) {
            for (int i = 0; i < 5; i++) {
                version(mock);
            }
            assertEquals(3, mock.wireMock().getAllServeEvents().size());
            mock.wireMock().verify(3, getRequestedFor(urlPathEqualTo("/vicidial/non_agent_api.php")));
            mock.wireMock().resetRequests();
            version(mock);
            assertEquals(1, mock.wireMock().getAllServeEvents().size());
        }
    }

    @Test
    void refusesANonPositiveLimit() {
        assertThrows(
                IllegalArgumentException.class,
                () -> Main.parse(new String[] {"--max-request-journal-entries", "0"}, null));
    }
}
