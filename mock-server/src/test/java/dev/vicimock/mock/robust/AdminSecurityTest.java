package dev.vicimock.mock.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vicimock.mock.Main;
import dev.vicimock.mock.VicidialMock;
import dev.vicimock.mock.state.Tables;
import dev.vicimock.mock.testing.RawClient;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The admin API behind a token, and the standalone server on the loopback address unless told otherwise. */
class AdminSecurityTest {
    private static final String TOKEN = "s3cr3t-admin-token";

    @Test
    void withATokenEveryAdminRouteWantsIt() {
        try (VicidialMock mock =
                VicidialMock.builder().adminToken(TOKEN).build().start()) {
            for (String path : List.of(
                    "/__admin/vicidial/state", "/__admin/vicidial/profile", "/__admin/mappings", "/__admin/requests")) {
                assertEquals(
                        401, Calls.admin(mock.port(), "GET", path, null, null).status(), path + " without token");
                assertEquals(
                        401,
                        Calls.admin(mock.port(), "GET", path, "wrong", null).status(),
                        path + " wrong token");
                assertEquals(
                        200, Calls.admin(mock.port(), "GET", path, TOKEN, null).status(), path + " with token");
            }
            assertEquals(
                    401,
                    Calls.admin(mock.port(), "POST", "/__admin/vicidial/reset", null, null)
                            .status());
            assertEquals(
                    401,
                    Calls.admin(mock.port(), "PUT", "/__admin/vicidial/state", null, "{}")
                            .status());
            assertEquals(
                    1,
                    mock.simulator().state().snapshot().rows(Tables.USERS).stream()
                            .filter(u -> u.text("user").equals("6666"))
                            .count(),
                    "a refused PUT changes nothing");
        }
    }

    @Test
    void theTokenLeavesTheApiAlone() {
        try (VicidialMock mock =
                VicidialMock.builder().adminToken(TOKEN).build().start()) {
            RawClient.Response r = Calls.get(mock.port(), Calls.params("function", "version"));
            assertEquals(200, r.status());
            assertTrue(r.text().startsWith("VERSION: 2.14-202|"), r.text());
        }
    }

    @Test
    void withoutATokenTheAdminApiIsOpen() {
        try (VicidialMock mock = VicidialMock.builder().build().start()) {
            assertFalse(mock.adminProtected());
            assertEquals(
                    200,
                    Calls.admin(mock.port(), "GET", "/__admin/vicidial/state", null, null)
                            .status());
        }
    }

    @Test
    void theStandaloneServerListensOnLoopbackAndTakesTheTokenFromTheEnvironment() throws Exception {
        try (ChildSimulator child = ChildSimulator.start()) {
            int port = child.awaitServing();
            assertTrue(child.output().contains("serving http://127.0.0.1:" + port + "/"), child.output());
            assertFalse(child.output().contains("warning"), child.output());
        }
        try (ChildSimulator child = ChildSimulator.startWithEnvironment(Map.of(Main.TOKEN_VARIABLE, TOKEN))) {
            int port = child.awaitServing();
            assertTrue(child.output().contains("Authorization: Bearer token required"), child.output());
            assertEquals(
                    401,
                    Calls.admin(port, "GET", "/__admin/vicidial/state", null, null)
                            .status());
            assertEquals(
                    200,
                    Calls.admin(port, "GET", "/__admin/vicidial/state", TOKEN, null)
                            .status());
        }
    }

    @Test
    void theEmbeddedServerListensOnLoopbackByDefault() {
        try (VicidialMock mock = VicidialMock.builder().build().start()) {
            assertEquals("127.0.0.1", mock.wireMock().getOptions().bindAddress());
            assertTrue(mock.loopbackOnly());
        }
    }
}
