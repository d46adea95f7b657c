package dev.vicimock.mock.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vicimock.mock.VicidialMock;
import dev.vicimock.mock.testing.RawClient;
import org.junit.jupiter.api.Test;

/** Admin requests that fail say why in a JSON body, with the status and headers HTTP asks for. */
class AdminErrorsTest {
    private static final String TOKEN = "s3cr3t-admin-token";

    @Test
    void aMissingTokenGets401WithABearerChallenge() {
        try (VicidialMock mock =
                VicidialMock.builder().adminToken(TOKEN).build().start()) {
            RawClient.Response r = Calls.admin(mock.port(), "GET", "/__admin/vicidial/state", null, null);
            assertEquals(401, r.status());
            assertEquals("Bearer realm=\"vicidial-mock\"", r.header("WWW-Authenticate"));
            assertJsonError(r, "Authorization: Bearer TOKEN");
        }
    }

    @Test
    void anUnknownRouteGets404AndAKnownRouteWithTheWrongMethod405() {
        try (VicidialMock mock = VicidialMock.builder().build().start()) {
            assertJsonError(Calls.admin(mock.port(), "GET", "/__admin/nothing", null, null), "no admin route");
            assertEquals(
                    404,
                    Calls.admin(mock.port(), "GET", "/__admin/nothing", null, null)
                            .status());

            RawClient.Response r = Calls.admin(mock.port(), "DELETE", "/__admin/vicidial/state", null, null);
            assertEquals(405, r.status());
            assertEquals("GET, PUT", r.header("Allow"));
            assertJsonError(r, "DELETE is not allowed on /__admin/vicidial/state");
        }
    }

    @Test
    void wireMocksOwnRoutesStillAnswer() {
        try (VicidialMock mock = VicidialMock.builder().build().start()) {
            assertEquals(
                    200,
                    Calls.admin(mock.port(), "GET", "/__admin/mappings", null, null)
                            .status());
            assertEquals(
                    404,
                    Calls.admin(
                                    mock.port(),
                                    "GET",
                                    "/__admin/mappings/00000000-0000-0000-0000-000000000000",
                                    null,
                                    null)
                            .status());
            assertEquals(
                    200,
                    Calls.admin(mock.port(), "POST", "/__admin/requests/count", null, "{}")
                            .status());
        }
    }

    @Test
    void aStateWithoutItsFormatIsRefusedAndChangesNothing() {
        try (VicidialMock mock = VicidialMock.builder().build().start()) {
            String before = mock.stateJson();
            RawClient.Response r = Calls.admin(mock.port(), "PUT", "/__admin/vicidial/state", null, "{}");
            assertEquals(400, r.status());
            assertJsonError(r, "vicidial-state/1");
            assertEquals(before, mock.stateJson());
        }
    }

    private static void assertJsonError(RawClient.Response r, String mention) {
        assertTrue(r.header("Content-Type").startsWith("application/json"), r.header("Content-Type"));
        assertTrue(r.utf8().startsWith("{\"error\":\"") && r.utf8().contains(mention), r.utf8());
    }
}
