package dev.vicimock.conformance.report;

import dev.vicimock.conformance.answer.GrammarLine;
import io.qameta.allure.Allure;
import io.qameta.allure.AllureLifecycle;
import io.qameta.allure.model.Label;
import io.qameta.allure.model.Parameter;
import io.qameta.allure.model.Status;
import io.qameta.allure.model.StatusDetails;
import io.qameta.allure.model.TestResult;
import io.qameta.allure.util.ResultsUtils;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

/**
 * Writes what a run found out beyond the scenarios themselves: the coverage table as Markdown and CSV under
 * {@code reports/coverage/}, the same table as a result of its own in the Allure report, and the target and
 * release in Allure's environment widget.
 */
public final class ReportWriter {

    private final Path reportsDir;

    public ReportWriter(Path reportsDir) {
        this.reportsDir = reportsDir;
    }

    /** The reports folder: {@code conformance.reports.dir}, set by the build to the repository's reports/. */
    public static ReportWriter fromSystemProperties() {
        return new ReportWriter(Path.of(System.getProperty("conformance.reports.dir", "../reports"))
                .toAbsolutePath().normalize());
    }

    public Path coverageFile(RunFacts facts, String extension) {
        return reportsDir.resolve("coverage").resolve("coverage-" + facts.kind() + "-" + facts.release()
                + "." + extension);
    }

    public void write(Coverage coverage, RunFacts facts) {
        String markdown = coverage.markdown(facts);
        String csv = coverage.csv(facts);
        writeFile(coverageFile(facts, "md"), markdown);
        writeFile(coverageFile(facts, "csv"), csv);
        writeAllureResult(coverage, facts, markdown, csv);
        writeAllureEnvironment(coverage, facts);
    }

    private void writeAllureResult(Coverage coverage, RunFacts facts, String markdown, String csv) {
        AllureLifecycle lifecycle = Allure.getLifecycle();
        List<GrammarLine> missing = coverage.missing(facts.release());
        int skipped = coverage.outcomes().getOrDefault("SKIPPED", 0);
        Status status = missing.isEmpty() ? Status.PASSED : skipped > 0 ? Status.SKIPPED : Status.FAILED;
        String message = missing.isEmpty() ? "every answer of the grammar for " + facts.release() + " was received"
                : "not received: " + missing + (skipped > 0 ? " (" + skipped + " scenarios were skipped)" : "");
        String uuid = UUID.randomUUID().toString();
        TestResult result = new TestResult()
                .setUuid(uuid)
                .setName("Coverage of the update_phone response grammar (" + facts.kind() + ", "
                        + facts.release() + ")")
                .setFullName("coverage:" + facts.kind() + ":" + facts.release())
                .setHistoryId(ResultsUtils.md5("coverage:" + facts.kind() + ":" + facts.release()))
                .setTestCaseId(ResultsUtils.md5("coverage"))
                .setDescription("Which answers and fields this run exercised against " + facts.target() + ".")
                .setLabels(List.of(new Label().setName("suite").setValue("Coverage"),
                        new Label().setName("feature").setValue("Coverage")))
                .setParameters(List.of(new Parameter().setName("target").setValue(facts.kind()),
                        new Parameter().setName("release").setValue(facts.release())))
                .setStatus(status)
                .setStatusDetails(new StatusDetails().setMessage(message));
        lifecycle.scheduleTestCase(result);
        lifecycle.startTestCase(uuid);
        lifecycle.addAttachment("coverage.md", "text/markdown", "md", markdown.getBytes(StandardCharsets.UTF_8));
        lifecycle.addAttachment("coverage.csv", "text/csv", "csv", csv.getBytes(StandardCharsets.UTF_8));
        lifecycle.stopTestCase(uuid);
        lifecycle.writeTestCase(uuid);
    }

    /** Adds this run's facts to environment.properties, keeping the other profile's run beside it. */
    private void writeAllureEnvironment(Coverage coverage, RunFacts facts) {
        Path results = Path.of(System.getProperty("allure.results.directory", "allure-results"));
        Path file = results.resolve("environment.properties");
        Properties props = new Properties();
        try {
            Files.createDirectories(results);
            if (Files.exists(file)) {
                try (InputStream in = Files.newInputStream(file)) {
                    props.load(in);
                }
            }
            String key = facts.kind() + "." + facts.release();
            props.setProperty(key + ".target", facts.target());
            props.setProperty(key + ".reported", facts.reported());
            facts.note().ifPresent(n -> props.setProperty(key + ".note", n));
            props.setProperty(key + ".scenarios", coverage.outcomes().toString());
            try (OutputStream out = Files.newOutputStream(file)) {
                props.store(out, null);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeFile(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
