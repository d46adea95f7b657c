package dev.vicimock.mock.robust;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vicimock.mock.VicidialMock;
import dev.vicimock.mock.pipeline.Simulator;
import dev.vicimock.mock.state.Row;
import dev.vicimock.mock.state.Snapshot;
import dev.vicimock.mock.state.StateFile;
import dev.vicimock.mock.state.StateFileException;
import dev.vicimock.mock.state.StateJson;
import dev.vicimock.mock.state.Tables;
import dev.vicimock.mock.testing.RawClient;
import dev.vicimock.mock.testing.States;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code durableStateFile}: the state outlives the simulator, every acknowledged change is on disk, bad files stop the start. */
class DurableStateTest {
    @TempDir
    Path dir;

    @Test
    void aChangeIsOnDiskWhenItsAnswerArrives() throws IOException {
        Path file = dir.resolve("state.json");
        try (VicidialMock mock =
                VicidialMock.builder().durableStateFile(file).build().start()) {
            for (int i = 0; i < 10; i++) {
                RawClient.Response r =
                        Calls.get(mock.port(), Calls.update("cc100", "10.0.9.8", "phone_full_name", "Durable " + i));
                assertTrue(r.text().startsWith("SUCCESS"), r.text());
                assertEquals(
                        "Durable " + i,
                        phone(readFile(file), "cc100").text("fullname"),
                        "the file holds the change answered " + i);
            }
        }
    }

    @Test
    void theStateSurvivesARestart() throws IOException {
        Path file = dir.resolve("nested/dir/state.json");
        try (VicidialMock mock =
                VicidialMock.builder().durableStateFile(file).build().start()) {
            assertTrue(mock.stateFile().orElseThrow().created());
            Calls.get(mock.port(), Calls.update("cc101", "192.168.198.5", "email", "kept@example.com"));
        }
        try (VicidialMock mock =
                VicidialMock.builder().durableStateFile(file).build().start()) {
            assertFalse(mock.stateFile().orElseThrow().created());
            Snapshot s = mock.simulator().state().snapshot();
            assertEquals("kept@example.com", phone(s, "cc101").text("email"));
            assertEquals(1, s.adminLog().size(), "the admin log is part of the kept state");
        }
    }

    @Test
    void usersAliasesRanksAndTheUserCounterSurviveARestart() throws IOException {
        Path file = dir.resolve("provisioning.json");
        try (VicidialMock mock =
                VicidialMock.builder().durableStateFile(file).build().start()) {
            Calls.get(
                    mock.port(),
                    Calls.params(
                            "source",
                            "test",
                            "user",
                            "8001",
                            "pass",
                            "1234",
                            "function",
                            "add_user",
                            "agent_user",
                            "AUTOGENERATE",
                            "agent_pass",
                            "kept1234",
                            "agent_user_level",
                            "1",
                            "agent_full_name",
                            "Kept Agent",
                            "agent_user_group",
                            "AGENTS"));
            Calls.get(
                    mock.port(),
                    Calls.params(
                            "source",
                            "test",
                            "user",
                            "8001",
                            "pass",
                            "1234",
                            "function",
                            "add_user",
                            "agent_user",
                            "AUTOGENERATE",
                            "agent_pass",
                            "kept5678",
                            "agent_user_level",
                            "1",
                            "agent_full_name",
                            "Kept Agent 2",
                            "agent_user_group",
                            "AGENTS"));
            Calls.get(
                    mock.port(),
                    Calls.params(
                            "source",
                            "test",
                            "user",
                            "8001",
                            "pass",
                            "1234",
                            "function",
                            "add_phone_alias",
                            "alias_id",
                            "keptalias",
                            "alias_name",
                            "Kept",
                            "phone_logins",
                            "cc100"));
            Calls.get(
                    mock.port(),
                    Calls.params(
                            "source",
                            "test",
                            "user",
                            "8001",
                            "pass",
                            "1234",
                            "function",
                            "update_user",
                            "agent_user",
                            "9001",
                            "campaign_rank",
                            "7",
                            "campaign_grade",
                            "8"));
        }
        try (VicidialMock mock =
                VicidialMock.builder().durableStateFile(file).build().start()) {
            Snapshot s = mock.simulator().state().snapshot();
            assertEquals("Kept Agent 2", States.user(s, "1108").text("full_name"), "the second AUTOGENERATE user");
            assertEquals("1108", s.systemSettings().get("auto_user_add_value"), "the counter moved on");
            assertTrue(s.rows(Tables.PHONES_ALIAS).stream()
                    .anyMatch(r -> r.text("alias_id").equals("keptalias")));
            assertTrue(s.rows(Tables.CAMPAIGN_AGENTS).stream()
                    .anyMatch(r -> r.text("user").equals("9001")
                            && r.text("campaign_id").equals("CAMPB")
                            && r.number("campaign_rank") == 7));
            assertEquals(4, s.adminLog().size(), "two adds, the alias and the rank update");
        }
    }

    @Test
    void resetGoesBackToTheStartStateAndKeepsThat() throws IOException {
        Path file = dir.resolve("state.json");
        try (VicidialMock mock =
                VicidialMock.builder().durableStateFile(file).build().start()) {
            Calls.get(mock.port(), Calls.update("cc100", "10.0.9.8", "phone_full_name", "Changed"));
            assertEquals(
                    200,
                    Calls.admin(mock.port(), "POST", "/__admin/vicidial/reset", null, null)
                            .status());
            assertEquals("Phone cc100", phone(readFile(file), "cc100").text("fullname"));
        }
    }

    @Test
    void concurrentChangesLeaveTheFileEqualToTheState() throws Exception {
        Path file = dir.resolve("state.json");
        try (VicidialMock mock =
                VicidialMock.builder().durableStateFile(file).build().start()) {
            ExecutorService pool = Executors.newFixedThreadPool(4);
            List<Future<?>> done = new ArrayList<>();
            String[][] phones = {
                {"cc100", "10.0.9.8"},
                {"cc101", "192.168.198.5"},
                {"55000", "192.168.198.5"},
                {"cc102", "192.168.198.5"}
            };
            for (String[] p : phones) {
                done.add(pool.submit(() -> {
                    for (int i = 0; i < 40; i++) {
                        Calls.get(mock.port(), Calls.update(p[0], p[1], "phone_full_name", p[0] + " " + i));
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
            pool.shutdown();
            assertEquals(mock.stateJson(), new String(StateJson.write(StateFile.read(file)), StandardCharsets.UTF_8));
            assertFalse(Files.exists(dir.resolve(".state.json.tmp")), "no temporary file is left behind");
        }
    }

    @Test
    void aJournalLineCutOffByACrashIsIgnoredAndEveryCompleteOneKept() throws IOException {
        Path crashed = crashedCopy(3);
        Files.write(
                journal(crashed),
                "{\"upsert\":{\"phones\":[{\"exten".getBytes(StandardCharsets.UTF_8),
                StandardOpenOption.APPEND);
        try (VicidialMock mock =
                VicidialMock.builder().durableStateFile(crashed).build()) {
            assertEquals(
                    "Journal 2",
                    phone(mock.simulator().state().snapshot(), "cc100").text("fullname"));
            assertEquals(3, mock.simulator().state().snapshot().adminLog().size());
        }
    }

    @Test
    void aBrokenJournalLineStopsTheStart() throws IOException {
        Path crashed = crashedCopy(2);
        Files.write(
                journal(crashed),
                "{\"upsert\":{\"phones\":[{\"extension\":7}]}}\n".getBytes(StandardCharsets.UTF_8),
                StandardOpenOption.APPEND);
        byte[] before = Files.readAllBytes(journal(crashed));
        StateFileException e = assertThrows(
                StateFileException.class,
                () -> VicidialMock.builder().durableStateFile(crashed).build());
        assertTrue(
                e.getMessage().startsWith("state journal " + journal(crashed) + " line 4 is not a valid change"),
                e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(journal(crashed)));
    }

    @Test
    void aJournalLeftFromBeforeTheLastFullWriteIsIgnored() throws IOException {
        Path crashed = crashedCopy(2);
        Files.writeString(
                journal(crashed),
                "{\"journal\":\"vicidial-state-journal/1\",\"base\":\"0000\"}\n"
                        + "{\"upsert\":{},\"delete\":{\"phones\":[{\"extension\":\"cc100\",\"server_ip\":\"10.0.9.8\"}]}}\n");
        try (VicidialMock mock =
                VicidialMock.builder().durableStateFile(crashed).build()) {
            assertEquals(
                    "Phone cc100",
                    phone(mock.simulator().state().snapshot(), "cc100").text("fullname"));
        }
    }

    @Test
    void aLongRunFoldsTheJournalIntoTheFile() throws IOException {
        Path file = dir.resolve("state.json");
        try (VicidialMock mock =
                VicidialMock.builder().durableStateFile(file).build().start()) {
            String longName = "x".repeat(28);
            for (int i = 0; i < 800; i++) {
                Calls.get(
                        mock.port(),
                        Calls.update(
                                "cc100",
                                "10.0.9.8",
                                "phone_full_name",
                                longName + (i % 100),
                                "email",
                                "run" + i + "@" + "example".repeat(30) + ".com"));
            }
            assertTrue(StateJson.read(Files.readAllBytes(file)).adminLog().size() > 0, "the full file was rewritten");
            assertTrue(Files.size(journal(file)) <= Math.max(1 << 20, Files.size(file)), "the journal stays bounded");
            assertEquals(mock.stateJson(), new String(StateJson.write(StateFile.read(file)), StandardCharsets.UTF_8));
        }
    }

    @Test
    void aFileThatIsNotAStateStopsTheStartAndIsLeftAsItWas() throws IOException {
        Path file = dir.resolve("state.json");
        byte[] garbage =
                "{\"format\":\"vicidial-state/1\",\"phones\":[{\"extension\":".getBytes(StandardCharsets.UTF_8);
        Files.write(file, garbage);
        StateFileException e = assertThrows(
                StateFileException.class,
                () -> VicidialMock.builder().durableStateFile(file).build());
        assertTrue(
                e.getMessage().contains(file.toString()) && e.getMessage().contains("not a valid vicidial-state/1"),
                e.getMessage());
        assertArrayEquals(garbage, Files.readAllBytes(file), "the bad file is never overwritten");

        Files.writeString(file, "{\"phones\":[],\"trunks\":[]}");
        e = assertThrows(
                StateFileException.class,
                () -> VicidialMock.builder().durableStateFile(file).build());
        assertTrue(e.getMessage().contains("unknown table 'trunks'"), e.getMessage());
    }

    @Test
    void aFileThatCannotBeReadStopsTheStart() throws IOException {
        Path notAFile = Files.createDirectory(dir.resolve("state.json"));
        StateFileException e = assertThrows(
                StateFileException.class,
                () -> VicidialMock.builder().durableStateFile(notAFile).build());
        assertTrue(e.getMessage().startsWith("cannot read state file " + notAFile), e.getMessage());
    }

    @Test
    void twoSimulatorsNeverShareAStateFile() {
        Path file = dir.resolve("state.json");
        try (VicidialMock first = VicidialMock.builder().durableStateFile(file).build()) {
            StateFileException e = assertThrows(
                    StateFileException.class,
                    () -> VicidialMock.builder().durableStateFile(file).build());
            assertTrue(e.getMessage().contains("in use by another vicidial-mock"), e.getMessage());
        }
        VicidialMock.builder().durableStateFile(file).build().close();
    }

    @Test
    void anExistingFileWinsOverTheStartState() throws IOException {
        Path file = dir.resolve("state.json");
        Snapshot seed = Simulator.defaultState();
        Files.write(
                file,
                StateJson.write(new Snapshot(
                        seed.systemSettings(), Map.of("phones", List.of(phone(seed, "cc100"))), List.of())));
        try (VicidialMock mock = VicidialMock.builder().durableStateFile(file).build()) {
            assertEquals(
                    1, mock.simulator().state().snapshot().rows(Tables.PHONES).size());
        }
    }

    /** The files of a simulator that made {@code changes} updates and then died without closing them. */
    private Path crashedCopy(int changes) throws IOException {
        Path file = dir.resolve("live/state.json");
        Path copy = dir.resolve("crashed/state.json");
        Files.createDirectories(copy.getParent());
        try (VicidialMock mock =
                VicidialMock.builder().durableStateFile(file).build().start()) {
            for (int i = 0; i < changes; i++) {
                Calls.get(mock.port(), Calls.update("cc100", "10.0.9.8", "phone_full_name", "Journal " + i));
            }
            mock.stop();
            // what the disk holds at this moment is what a kill -9 would leave
            Files.copy(file, copy);
            Files.copy(journal(file), journal(copy));
        }
        return copy;
    }

    private static Path journal(Path file) {
        return file.resolveSibling(file.getFileName() + ".journal");
    }

    private static Snapshot readFile(Path file) {
        return StateFile.read(file);
    }

    private static Row phone(Snapshot s, String extension) {
        return s.rows(Tables.PHONES).stream()
                .filter(r -> r.text("extension").equals(extension))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no phone " + extension));
    }
}
