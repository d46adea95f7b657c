package dev.vicimock.mock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vicimock.mock.compare.RunFile;
import dev.vicimock.mock.compare.RunFiles;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code compare} as a user meets it: its reports, and its exit status 0 (same), 1 (differs) or 2 (bad input). */
class CompareCommandTest {
    @TempDir
    Path dir;

    private record Result(int exit, String out, String err) {}

    private static Result compare(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = CompareCommand.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(exit, out.toString(), err.toString());
    }

    private Path runFile(String name, String body) {
        RunFile.Request r = new RunFile.Request("GET", "/vicidial/non_agent_api.php?function=version", null, null);
        Path p = dir.resolve(name);
        RunFiles.write(
                p,
                new RunFile(
                        RunFile.FORMAT,
                        new RunFile.Target("http://h/", "2.14-202", "b"),
                        null,
                        List.of(new RunFile.Scenario(
                                "f", "s", List.of(new RunFile.Exchange("When x", r, 200, body)), null))));
        return p;
    }

    @Test
    void twoRunsThatAnswerAlikeExitZero() {
        Result r = compare(
                runFile("a.json", "A\n").toString(),
                runFile("b.json", "A\n").toString(),
                "--out",
                dir.resolve("out").toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(Files.exists(dir.resolve("out/report.md")));
    }

    @Test
    void twoRunsThatAnswerDifferentlyExitOneAndListTheStepInReportJson() throws Exception {
        Result r = compare(
                runFile("a.json", "A\n").toString(),
                runFile("b.json", "B\n").toString(),
                "--out",
                dir.resolve("out").toString());
        assertEquals(1, r.exit(), r.err());
        JsonNode json =
                new ObjectMapper().readTree(dir.resolve("out/report.json").toFile());
        assertEquals(1, json.get("scenarios").asInt());
        assertEquals("When x", json.get("differing").get(0).get("step").asText());
        assertEquals(
                "B\n", json.get("differing").get(0).get("right").get("body").asText());
        for (String field : List.of("left", "right", "onlyLeft", "onlyRight")) {
            assertTrue(json.has(field), field);
        }
    }

    @Test
    void twoProfilesPreviewTheRecordedCasesWithNoServer() throws Exception {
        Result r = compare(
                "profile:2.14-159",
                "profile:2.14-167",
                "--out",
                dir.resolve("out").toString());
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.out().startsWith("665 scenarios compared: 11 answer differently"), r.out());
    }

    @Test
    void aMissingOrMalformedRunFileOrAnUnknownProfileExitsTwoWithOneLine() throws Exception {
        Path malformed = Files.writeString(dir.resolve("bad.json"), "{\"format\": ");
        Path other = Files.writeString(dir.resolve("other.json"), "{\"format\": \"something-else\"}");
        for (String[] args : List.of(
                new String[] {dir.resolve("missing.json").toString(), "profile:2.14-202"},
                new String[] {malformed.toString(), "profile:2.14-202"},
                new String[] {other.toString(), "profile:2.14-202"},
                new String[] {"profile:2.14-202", "profile:9.9"},
                new String[] {"profile:2.14-202"})) {
            Result r = compare(args);
            assertEquals(2, r.exit(), String.join(" ", args) + ": " + r.err());
            assertEquals(1, r.err().lines().count(), r.err());
        }
    }
}
