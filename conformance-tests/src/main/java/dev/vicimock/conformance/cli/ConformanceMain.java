package dev.vicimock.conformance.cli;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;

import io.cucumber.junit.platform.engine.Constants;
import io.cucumber.tagexpressions.TagExpressionException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.junit.platform.launcher.EngineFilter;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The runnable conformance suite: {@code java -jar vicidial-conformance.jar --config FILE [--tags EXPR] [--report
 * DIR]} runs the features inside the jar against the target the settings file names, on the JUnit Platform with
 * the plugins of the Maven run, so that both count the same scenarios. It prints one line per failed or skipped
 * scenario and {@code N passed, N failed, N skipped} last; exit status 0 when nothing failed, 1 when something
 * did, 2 for a command line or settings file it cannot run with.
 */
@Command(
        name = "java -jar vicidial-conformance.jar",
        mixinStandardHelpOptions = true,
        versionProvider = VersionInfo.class,
        sortOptions = false,
        customSynopsis = "java -jar vicidial-conformance.jar --config FILE [--tags EXPR] [--report DIR]",
        description = "Runs the VICIdial Non-Agent API conformance features against a real server or the embedded"
                + " simulator.",
        footer = {
            "Exit status: 0 nothing failed, 1 a scenario (or the run itself) failed, 2 bad command line or settings.",
            "Settings file keys: see vicidial.properties.example; an environment variable (VICIDIAL_PASS_ADMIN for"
                    + " vicidial.pass.admin) or -D overrides a key."
        })
public final class ConformanceMain implements Callable<Integer> {

    static final int PASSED = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;

    private static final String NAME = "vicidial-conformance";
    private static final String HINT = " (see java -jar vicidial-conformance.jar --help)";

    @Option(
            names = "--config",
            required = true,
            paramLabel = "FILE",
            description = "settings file: vicidial.target=real with the server's URL, addresses and users, or"
                    + " vicidial.target=mock with vicidial.profile for the embedded simulator")
    Path config;

    @Option(
            names = "--tags",
            paramLabel = "EXPR",
            description = "run only the scenarios this Cucumber tag expression selects, e.g. \"@delete and not"
                    + " @lockout\"")
    String tags;

    @Option(
            names = "--report",
            paramLabel = "DIR",
            defaultValue = "conformance-report",
            description = "folder for the Allure results (DIR/allure-results), the HTML report (DIR/cucumber.html)"
                    + " and the coverage tables (DIR/coverage); default: ${DEFAULT-VALUE}")
    Path report;

    private final PrintStream out;
    private final PrintStream err;

    ConformanceMain(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        QuietLogging.install(System.err);
        int status = run(args, System.out, System.err);
        System.out.flush();
        System.err.flush();
        // the simulator's and the HTTP clients' threads are not ours to wait for
        System.exit(status);
    }

    /** Parses the arguments, runs the suite and returns the exit status. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        ConformanceMain main = new ConformanceMain(out, err);
        CommandLine command = new CommandLine(main);
        try {
            command.parseArgs(args);
        } catch (ParameterException e) {
            err.println(NAME + ": " + oneLine(e.getMessage()) + HINT);
            return USAGE;
        }
        if (command.isUsageHelpRequested()) {
            command.usage(new PrintWriter(out, true));
            return PASSED;
        }
        if (command.isVersionHelpRequested()) {
            command.printVersionHelp(new PrintWriter(out, true));
            return PASSED;
        }
        try {
            return main.call();
        } catch (UsageError e) {
            err.println(NAME + ": " + oneLine(e.getMessage()));
            return USAGE;
        } catch (RuntimeException e) {
            err.println(NAME + ": the run stopped: " + oneLine(String.valueOf(e.getMessage())));
            return FAILED;
        }
    }

    @Override
    public Integer call() throws UsageError {
        TagFilter filter = null;
        if (tags != null) {
            try {
                filter = new TagFilter(tags);
            } catch (TagExpressionException e) {
                throw new UsageError("--tags: " + oneLine(e.getMessage()));
            }
        }
        RunSettings.applyConfig(config);
        RunSettings reports = RunSettings.reportTo(report);

        Launcher launcher = LauncherFactory.create(LauncherConfig.builder()
                // only the listener below: no stray listeners a library registers as a service
                .enableTestExecutionListenerAutoRegistration(false)
                .build());
        TestPlan plan = launcher.discover(request(reports, filter));
        long scenarios = plan.countTestIdentifiers(TestIdentifier::isTest);
        if (scenarios == 0 && tags != null) {
            throw new UsageError("no scenario matches --tags " + tags);
        }
        ConsoleReport console = new ConsoleReport(out);
        launcher.execute(plan, console);

        out.println("report: " + reports.htmlReport() + "; Allure results: " + reports.allureResults());
        out.println(console.summary());
        return console.nothingFailed() ? PASSED : FAILED;
    }

    private static LauncherDiscoveryRequest request(RunSettings reports, TagFilter filter) {
        LauncherDiscoveryRequestBuilder request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectPackage(SuiteDefinition.FEATURES_PACKAGE))
                .filters(EngineFilter.includeEngines("cucumber"))
                .configurationParameter(Constants.GLUE_PROPERTY_NAME, SuiteDefinition.GLUE)
                .configurationParameter(
                        Constants.PLUGIN_PROPERTY_NAME, SuiteDefinition.PLUGINS + ", html:" + reports.htmlReport())
                .configurationParameter(Constants.PLUGIN_PUBLISH_QUIET_PROPERTY_NAME, "true")
                // each scenario by its own name, an example by the name its outline gives it
                .configurationParameter(Constants.JUNIT_PLATFORM_NAMING_STRATEGY_PROPERTY_NAME, "short")
                .configurationParameter(
                        Constants.JUNIT_PLATFORM_SHORT_NAMING_STRATEGY_EXAMPLE_NAME_PROPERTY_NAME, "pickle");
        if (filter != null) {
            request.filters(filter);
        }
        return request.build();
    }

    private static String oneLine(String message) {
        return String.valueOf(message).strip().replaceAll("\\s*\\R\\s*", "; ");
    }
}
