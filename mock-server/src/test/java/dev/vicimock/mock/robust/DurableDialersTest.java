package dev.vicimock.mock.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vicimock.mock.VicidialMock;
import dev.vicimock.mock.state.StateJson;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A durable state file keeps every isolated dialer across restarts, each in {@code FILE.dialers/NAME.json} with its
 * profile; a file from before dialers existed loads as it did; a deleted dialer's files are gone.
 */
class DurableDialersTest {
    private static final HttpClient HTTP =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final String RENAME = "/vicidial/non_agent_api.php?source=test&user=6666&pass=1234"
            + "&function=update_phone&extension=cc100&server_ip=10.0.9.8&phone_full_name=";

    @TempDir
    Path dir;

    @Test
    void aRestartKeepsEveryDialerWithItsStateAndProfile() throws Exception {
        Path file = dir.resolve("state.json");
        String defaultState;
        try (VicidialMock mock =
                VicidialMock.builder().durableStateFile(file).build().start()) {
            get(mock, "/dialers/a" + RENAME + "Alpha");
            get(mock, "/dialers/b" + RENAME + "Beta");
            mock.dialer("b").profile("2.14-107");
            get(mock, "/dialers/gone" + RENAME + "Gone");
            assertTrue(mock.dialer("gone").delete());
            defaultState = mock.stateJson();
        }
        assertTrue(Files.exists(dir.resolve("state.json.dialers/a.json")));
        assertFalse(Files.exists(dir.resolve("state.json.dialers/gone.json")), "a deleted dialer's file is gone");
        try (VicidialMock mock =
                VicidialMock.builder().durableStateFile(file).build().start()) {
            assertEquals(
                    List.of("a", "b"),
                    mock.dialers().list().stream().map(d -> d.name()).toList());
            assertTrue(mock.dialer("a").stateJson().contains("\"Alpha\""));
            assertTrue(mock.dialer("b").stateJson().contains("\"Beta\""));
            assertEquals("2.14-107", mock.dialer("b").profile());
            assertEquals("2.14-202", mock.dialer("a").profile());
            assertTrue(get(mock, "/dialers/b/vicidial/non_agent_api.php?function=version")
                    .startsWith("VERSION: 2.14-107|"));
            assertEquals(
                    StateJson.toTree(StateJson.read(defaultState.getBytes())),
                    StateJson.toTree(mock.simulator().state().snapshot()),
                    "the default dialer's state as it was");
            assertFalse(mock.dialer("gone").stateJson().contains("\"Gone\""), "deleted: new from the start state");
        }
    }

    @Test
    void aStateFileFromBeforeDialersLoadsWithNoDialers() throws Exception {
        Path file = dir.resolve("old.json");
        try (VicidialMock mock = VicidialMock.builder().build()) {
            Files.writeString(file, mock.stateJson().replace("\"fullname\":\"", "\"fullname\":\"Old "));
        }
        try (VicidialMock mock =
                VicidialMock.builder().durableStateFile(file).build().start()) {
            assertTrue(mock.stateJson().contains("\"Old "));
            assertEquals(List.of(), mock.dialers().list());
            assertFalse(Files.exists(dir.resolve("old.json.dialers")), "no directory until the first dialer");
        }
    }

    private static String get(VicidialMock mock, String path) throws IOException, InterruptedException {
        return HTTP.send(
                        HttpRequest.newBuilder(URI.create(mock.baseUrl() + path))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
    }
}
