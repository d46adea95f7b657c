package dev.vicimock.conformance.cli;

import dev.vicimock.conformance.report.Redactor;
import java.io.IOException;
import java.io.PrintStream;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.ClasspathResourceSource;
import org.junit.platform.engine.support.descriptor.FilePosition;
import org.junit.platform.engine.support.descriptor.FileSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * The console's account of a run: one line per scenario that failed or was skipped, as it happens (where, which
 * scenario, the first line of the reason, passwords masked), and the counts at the end. Stack traces are left to
 * the reports. A failure outside any scenario (the run could not start, or clean up) gets its own line; the
 * scenarios it kept from running count as failed, because nothing was checked.
 */
final class ConsoleReport implements TestExecutionListener {

    private final PrintStream out;
    private final Set<String> done = new HashSet<>();
    private TestPlan plan;
    private int passed;
    private int failed;
    private int skipped;
    private int runFailures;

    ConsoleReport(PrintStream out) {
        this.out = out;
    }

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        this.plan = testPlan;
    }

    @Override
    public void executionSkipped(TestIdentifier id, String reason) {
        if (id.isTest()) {
            done.add(id.getUniqueId());
            skipped++;
            out.println(line("SKIPPED", id, reason));
            return;
        }
        int notRun = notRunBelow(id);
        skipped += notRun;
        out.println(line("SKIPPED", id, notRun + " scenarios not run: " + reason));
    }

    @Override
    public void executionFinished(TestIdentifier id, TestExecutionResult result) {
        if (id.isTest()) {
            done.add(id.getUniqueId());
            switch (result.getStatus()) {
                case SUCCESSFUL -> passed++;
                case ABORTED -> {
                    skipped++;
                    out.println(line("SKIPPED", id, reason(result)));
                }
                case FAILED -> {
                    failed++;
                    out.println(line("FAILED", id, reason(result)));
                }
            }
            return;
        }
        if (result.getStatus() == TestExecutionResult.Status.SUCCESSFUL) {
            return;
        }
        // a feature or the whole run ended badly outside its scenarios (the run's set-up or clean-up)
        runFailures++;
        int notRun = notRunBelow(id);
        failed += notRun;
        String what = notRun == 0 ? "" : notRun + (notRun == 1 ? " scenario" : " scenarios") + " not run: ";
        out.println(line("FAILED", id, what + reason(result)));
    }

    /** Marks the tests below a container that never ran as done, and counts them. */
    private int notRunBelow(TestIdentifier container) {
        if (plan == null) {
            return 0;
        }
        int count = 0;
        for (TestIdentifier d : plan.getDescendants(container)) {
            if (d.isTest() && done.add(d.getUniqueId())) {
                count++;
            }
        }
        return count;
    }

    /** The summary line: {@code N passed, N failed, N skipped}. */
    String summary() {
        return passed + " passed, " + failed + " failed, " + skipped + " skipped";
    }

    /** Whether nothing failed: no scenario, and nothing around the scenarios. */
    boolean nothingFailed() {
        return failed == 0 && runFailures == 0;
    }

    int passed() {
        return passed;
    }

    int failed() {
        return failed;
    }

    int skipped() {
        return skipped;
    }

    /** {@code STATUS features/x.feature:12 scenario name: reason}, with passwords masked. */
    static String line(String status, TestIdentifier id, String reason) {
        String where = where(id.getSource());
        // the engine's own node stands for the run: its set-up before the first scenario, its clean-up after the last
        String name = id.getParentIdObject().isEmpty() ? "the run" : id.getDisplayName();
        String first = headline(reason);
        if (status.equals("SKIPPED") && first.startsWith("skipped: ")) {
            first = first.substring("skipped: ".length()); // the suite's own skip messages say it already
        }
        return Redactor.message(status + " " + (where.isEmpty() ? "" : where + " ") + name + ": " + first);
    }

    private static String where(Optional<TestSource> source) {
        if (source.isEmpty()) {
            return "";
        }
        if (source.get() instanceof ClasspathResourceSource resource) {
            return resource.getClasspathResourceName() + line(resource.getPosition());
        }
        if (source.get() instanceof FileSource file) {
            return file.getFile().getName() + line(file.getPosition());
        }
        return "";
    }

    private static String line(Optional<FilePosition> position) {
        return position.map(p -> ":" + p.getLine()).orElse("");
    }

    private static String reason(TestExecutionResult result) {
        return result.getThrowable().map(ConsoleReport::reason).orElse("(no reason given)");
    }

    /** The message; for a connection that failed, what failed, which a bare "Connection refused" does not say. */
    static String reason(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof IOException io) {
                return "target unreachable: " + io.getClass().getSimpleName()
                        + (io.getMessage() == null ? "" : ": " + io.getMessage());
            }
        }
        return t.getMessage() == null || t.getMessage().isBlank() ? t.getClass().getSimpleName() : t.getMessage();
    }

    /**
     * The first line that says something, with the indented lines that continue it (an answer mismatch says what
     * was expected on one line and what came on the next); the rest of a message is in the reports.
     */
    static String headline(String text) {
        String first = firstLine(text);
        if (text == null) {
            return first;
        }
        StringBuilder sb = new StringBuilder(first);
        String[] lines = text.strip().split("\\R");
        for (int i = 1; i < lines.length; i++) {
            String l = lines[i];
            if (l.isBlank() || !Character.isWhitespace(l.charAt(0)) || l.strip().startsWith("at ")) {
                break;
            }
            sb.append(' ').append(l.strip());
        }
        return sb.toString();
    }

    /** The first line that says something. */
    static String firstLine(String text) {
        if (text == null) {
            return "(no reason given)";
        }
        for (String l : text.split("\\R")) {
            if (!l.isBlank()) {
                return l.strip();
            }
        }
        return "(no reason given)";
    }
}
