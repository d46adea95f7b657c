package dev.vicimock.conformance.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vicimock.mock.VicidialMock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The fixtures' promises, checked against the simulator: the probe finds taken names without adding anything,
 * and a created phone is deleted and forgotten.
 */
class FixturesTest {

    private static final Credentials ADMIN = new Credentials("6666", "1234");
    private static VicidialMock mock;
    private static ApiClient client;
    private final Fixtures fixtures = new Fixtures("cftest1");

    @BeforeAll
    static void start() {
        mock = VicidialMock.builder().port(0).build().start();
        client = new ApiClient(mock.apiUrl());
    }

    @AfterAll
    static void stop() {
        mock.stop();
    }

    @BeforeEach
    void reset() {
        mock.reset();
    }

    @Test
    void theProbeSaysAFreeNameIsFreeAndAddsNothing() {
        String before = mock.stateJson();
        assertEquals(Optional.empty(), fixtures.probe(client, ADMIN, fixtures.extension("B"), "10.0.9.8"));
        assertEquals(phones(before), phones(mock.stateJson()));
    }

    @Test
    void theProbeFindsAnExistingPhone() {
        Optional<String> taken = fixtures.probe(client, ADMIN, "cc100", "10.0.9.8");
        assertTrue(taken.orElseThrow().contains("PHONE ALREADY EXISTS"), taken.get());
    }

    @Test
    void theProbeFindsALoginInUseOnAnotherServer() {
        // the seed phone cc102 on 192.168.198.5 has the login x101
        Optional<String> taken = fixtures.probe(client, ADMIN, "x101", "10.0.9.8");
        assertTrue(taken.orElseThrow().contains("PHONE LOGIN ALREADY EXISTS"), taken.get());
    }

    @Test
    void aCreatedPhoneIsDeletedAndForgotten() {
        TestPhone phone = fixtures.phone("C", "10.0.9.8");
        fixtures.created(phone.extension(), phone.serverIp());
        ApiExchange added =
                client.send(ApiRequest.get(Requests.call(ADMIN, "add_phone", Fixtures.addPhoneParams(phone))));
        assertEquals("SUCCESS: add_phone PHONE HAS BEEN ADDED - 6666|cftest1c|10.0.9.8|SIP|8603\n", added.body());

        assertEquals(Optional.empty(), fixtures.delete(client, ADMIN, phone.extension(), phone.serverIp()));
        assertTrue(fixtures.outstanding().isEmpty());
        assertTrue(
                fixtures.probe(client, ADMIN, phone.extension(), phone.serverIp())
                        .isEmpty(),
                "the phone is gone");
    }

    @Test
    void deletingAPhoneThatIsAlreadyGoneCountsAsDone() {
        fixtures.created(fixtures.extension("D"), "10.0.9.8");
        assertEquals(Optional.empty(), fixtures.delete(client, ADMIN, fixtures.extension("D"), "10.0.9.8"));
    }

    @Test
    void aDeleteTheServerRefusesIsReported() {
        Credentials noDelete = new Credentials("7878", "1234");
        Optional<String> problem = fixtures.delete(client, noDelete, "cc100", "10.0.9.8");
        assertTrue(problem.orElseThrow().contains("PERMISSION TO DELETE"), problem.get());
    }

    @Test
    void namesStayShortEnoughForEveryColumn() {
        for (String alias : Fixtures.ALIASES) {
            // the login column holds 15 characters; the suite pads {prefix:20} to show the cut
            assertTrue(fixtures.phone(alias, "10.0.9.8").login().length() <= 15);
        }
        assertThrows(IllegalArgumentException.class, () -> fixtures.phone("Z", "10.0.9.8"));
        assertThrows(IllegalArgumentException.class, () -> new Fixtures("Bad prefix"));
    }

    private static List<String> phones(String stateJson) {
        return List.of(stateJson.substring(stateJson.indexOf("\"phones\""), stateJson.indexOf("\"admin_log\"")));
    }
}
