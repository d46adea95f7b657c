package dev.vicimock.conformance.report;

import dev.vicimock.conformance.answer.GrammarLine;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

/**
 * Writes what a run found out beyond the scenarios themselves: the coverage table as Markdown and CSV under
 * {@code reports/coverage/}, and the target, release and coverage summary in Allure's environment widget. The
 * coverage is not an Allure test result: the report counts scenarios only, as Cucumber and Surefire do.
 */
public final class ReportWriter {

    private final Path reportsDir;

    public ReportWriter(Path reportsDir) {
        this.reportsDir = reportsDir;
    }

    /** The reports folder: {@code conformance.reports.dir}, set by the build to the repository's reports/. */
    public static ReportWriter fromSystemProperties() {
        return new ReportWriter(Path.of(System.getProperty("conformance.reports.dir", "../reports"))
                .toAbsolutePath()
                .normalize());
    }

    public Path coverageFile(RunFacts facts, String extension) {
        return reportsDir
                .resolve("coverage")
                .resolve("coverage-" + facts.kind() + "-" + facts.release() + "." + extension);
    }

    public void write(Coverage coverage, RunFacts facts) {
        String markdown = coverage.markdown(facts);
        String csv = coverage.csv(facts);
        writeFile(coverageFile(facts, "md"), markdown);
        writeFile(coverageFile(facts, "csv"), csv);
        writeAllureEnvironment(coverage, facts);
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
            List<GrammarLine> missing = coverage.missing(facts.release());
            props.setProperty(
                    key + ".coverage",
                    missing.isEmpty()
                            ? "every answer of the grammar was received"
                            : "not received: " + missing + " (see " + coverageFile(facts, "md") + ")");
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
