package dev.vicimock.mock.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Two runs compared scenario by scenario, with what differs only because of the run normalised away. */
class ComparisonTest {
    private static final RunFile.Request VERSION =
            new RunFile.Request("GET", "/vicidial/non_agent_api.php?function=version", null, null);

    private static RunFile run(String prefix, String version, RunFile.Scenario... scenarios) {
        return new RunFile(
                RunFile.FORMAT,
                new RunFile.Target("http://x/vicidial/non_agent_api.php", version, "b"),
                prefix,
                List.of(scenarios));
    }

    private static RunFile.Scenario scenario(String name, String... bodies) {
        List<RunFile.Exchange> exchanges = new java.util.ArrayList<>();
        for (int i = 0; i < bodies.length; i++) {
            exchanges.add(new RunFile.Exchange("When step " + (i + 1), VERSION, 200, bodies[i]));
        }
        return new RunFile.Scenario("update_phone", name, exchanges, null);
    }

    @Test
    void theRunsOwnPrefixDatesAndVersionClockNeverShowAsDifferences() {
        RunFile left = run(
                "cfabcde",
                "2.14-202",
                scenario("adds", "SUCCESS: add_phone PHONE HAS BEEN ADDED - 6666|cfabcdep|10.0.0.1|\n"),
                scenario(
                        "version",
                        "VERSION: 2.14-202|BUILD: 250720-1841|DATE: 2025-01-02 03:04:05|EPOCH: 1735805045|DST: 0|TZ: -5.00|TZNOW: -5.00|\n"));
        RunFile right = run(
                "cfzzzzz",
                "2.14-202",
                scenario("adds", "SUCCESS: add_phone PHONE HAS BEEN ADDED - 6666|cfzzzzzp|10.0.0.1|\n"),
                scenario(
                        "version",
                        "VERSION: 2.14-202|BUILD: 250720-1841|DATE: 2025-07-08 09:10:11|EPOCH: 1751980211|DST: 1|TZ: -5.00|TZNOW: -4.00|\n"));
        CompareReport report = Comparison.of(left, right);
        assertEquals(2, report.scenarios());
        assertTrue(report.same(), report.differing().toString());
    }

    @Test
    void aDifferentAnswerIsListedWithTheStepAndBothNormalisedAnswers() {
        CompareReport report = Comparison.of(
                run("cfabcde", "2.14-107", scenario("s", "A\n", "ERROR: cfabcdep x\n")),
                run("cfzzzzz", "2.14-202", scenario("s", "A\n", "ERROR: cfzzzzzp y\n")));
        assertEquals(1, report.differing().size());
        CompareReport.Difference d = report.differing().get(0);
        assertEquals("When step 2", d.step());
        assertEquals("ERROR: {run}p x\n", d.left().body());
        assertEquals("ERROR: {run}p y\n", d.right().body());
    }

    @Test
    void scenariosOfOnlyOneRunAreListedAsSuchAndNotCompared() {
        CompareReport report = Comparison.of(
                run(null, "a", scenario("both", "A\n"), scenario("old", "B\n")),
                run(null, "b", scenario("new", "C\n"), scenario("both", "A\n")));
        assertEquals(1, report.scenarios());
        assertEquals(List.of(new CompareReport.ScenarioRef("update_phone", "old")), report.onlyLeft());
        assertEquals(List.of(new CompareReport.ScenarioRef("update_phone", "new")), report.onlyRight());
        assertTrue(report.differing().isEmpty());
    }

    @Test
    void theMarkdownMarksTheDifferingPartOfBothAnswers() {
        CompareReport report = Comparison.of(
                run(null, "2.14-107", scenario("s", "ERROR: phone_pass 5\n")),
                run(null, "2.14-202", scenario("s", "ERROR: phone_pass 6\n")));
        String md = ReportMarkdown.render(report);
        assertTrue(md.contains("## update_phone\n\n### s\n"), md);
        assertTrue(md.contains("ERROR: phone_pass [-5-]\n"), md);
        assertTrue(md.contains("ERROR: phone_pass {+6+}\n"), md);
    }
}
