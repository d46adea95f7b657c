package dev.vicimock.mock;

import dev.vicimock.mock.compare.BadInputException;
import dev.vicimock.mock.compare.CompareReport;
import dev.vicimock.mock.compare.Comparison;
import dev.vicimock.mock.compare.CorpusScenario;
import dev.vicimock.mock.compare.RecordedCorpus;
import dev.vicimock.mock.compare.ReportFiles;
import dev.vicimock.mock.compare.RunFile;
import dev.vicimock.mock.compare.RunFileCorpus;
import dev.vicimock.mock.compare.RunFiles;
import dev.vicimock.mock.compare.UpgradePreview;
import dev.vicimock.mock.pipeline.Simulator;
import dev.vicimock.mock.release.Release;
import dev.vicimock.mock.release.Releases;
import dev.vicimock.mock.state.Snapshot;
import dev.vicimock.mock.state.StateException;
import dev.vicimock.mock.state.StateJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code java -jar vicidial-mock.jar compare LEFT RIGHT}: what answers differently between two runs of the suite,
 * or between two release profiles replaying a corpus with no server at all (the upgrade preview). Writes
 * {@code report.md} and {@code report.json}; exits 0 when nothing differs, 1 when something does, 2 on bad input.
 */
@Command(
        name = "compare",
        mixinStandardHelpOptions = true,
        versionProvider = VersionInfo.class,
        customSynopsis =
                "java -jar vicidial-mock.jar compare LEFT RIGHT [--out DIR] [--corpus RUN_FILE] [--state FILE]",
        description = {
            "Compares two runs scenario by scenario; LEFT and RIGHT are each a run file (saved by the "
                    + "suite with -Dvicidial.run-file=PATH) or profile:RELEASE, the simulator as that release replaying "
                    + "a corpus: the recorded cases, --corpus, or the other side's run file.",
            "Exit status: 0 nothing differs, 1 something differs, 2 bad input."
        })
final class CompareCommand implements Callable<Integer> {
    static final String NAME = "compare";
    static final String PROFILE = "profile:";

    @Parameters(index = "0", paramLabel = "LEFT", description = "the old side: a run file or profile:RELEASE")
    String left;

    @Parameters(index = "1", paramLabel = "RIGHT", description = "the new side: a run file or profile:RELEASE")
    String right;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            defaultValue = "compare-report",
            description = "folder for report.md and report.json (default: ${DEFAULT-VALUE})")
    Path out;

    @Option(
            names = "--corpus",
            paramLabel = "RUN_FILE",
            description = "the requests a profile replays (default: the other side's run file, or the recorded cases)")
    Path corpus;

    @Option(
            names = "--state",
            paramLabel = "FILE",
            description = "start state of every scenario of a run-file corpus (default: the recorded seed)")
    Path state;

    @Spec
    CommandSpec spec;

    /** Runs the command; returns the exit status. */
    static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine command = new CommandLine(new CompareCommand());
        command.setOut(out).setErr(err);
        command.setParameterExceptionHandler((e, a) -> {
            err.println("vicidial-mock compare: " + oneLine(e.getMessage())
                    + " (see java -jar vicidial-mock.jar compare --help)");
            return 2;
        });
        command.setExecutionExceptionHandler((e, c, p) -> {
            String why = e instanceof BadInputException
                    ? ""
                    : "failed: " + e.getClass().getSimpleName() + ": ";
            err.println("vicidial-mock compare: " + why + oneLine(e.getMessage()));
            return 2;
        });
        return command.execute(args);
    }

    @Override
    public Integer call() {
        Side l = side(left);
        Side r = side(right);
        RunFile source = corpus != null ? RunFiles.read(corpus) : l.run != null ? l.run : r.run;
        List<CorpusScenario> replayed =
                source == null ? RecordedCorpus.shipped() : RunFileCorpus.of(source, startState());
        UpgradePreview preview = new UpgradePreview(Instant.now());
        RunFile leftRun = l.run != null
                ? l.run
                : source == null ? preview.run(replayed, l.release) : preview.replay(source, replayed, l.release);
        RunFile rightRun = r.run != null
                ? r.run
                : source == null ? preview.run(replayed, r.release) : preview.replay(source, replayed, r.release);
        CompareReport report = Comparison.of(leftRun, rightRun);
        Path md = ReportFiles.write(out, report);
        spec.commandLine()
                .getOut()
                .println(report.scenarios() + " scenarios compared: "
                        + report.differingScenarios().size()
                        + " answer differently, " + report.onlyLeft().size() + " only left, "
                        + report.onlyRight().size()
                        + " only right; report: " + md);
        spec.commandLine().getOut().flush();
        return report.same() ? 0 : 1;
    }

    private record Side(RunFile run, Release release) {}

    private static Side side(String arg) {
        if (arg.startsWith(PROFILE)) {
            String name = arg.substring(PROFILE.length());
            Release release = Releases.byName(name)
                    .orElseThrow(() -> new BadInputException(
                            "unknown profile '" + name + "' (known: " + String.join(", ", Releases.names()) + ")"));
            return new Side(null, release);
        }
        return new Side(RunFiles.read(Path.of(arg)), null);
    }

    private Snapshot startState() {
        if (state == null) {
            return Simulator.defaultState();
        }
        try (InputStream in = Files.newInputStream(state)) {
            return StateJson.read(in);
        } catch (NoSuchFileException e) {
            throw new BadInputException("no such state file: " + state);
        } catch (IOException | StateException e) {
            throw new BadInputException("bad state file " + state + ": " + e.getMessage(), e);
        }
    }

    private static String oneLine(String message) {
        return String.valueOf(message).replaceAll("\\s*\\R\\s*", "; ");
    }
}
