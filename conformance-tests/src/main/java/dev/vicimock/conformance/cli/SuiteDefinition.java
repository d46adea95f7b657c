package dev.vicimock.conformance.cli;

/**
 * What makes a run of the features a conformance run, shared by the Maven run ({@code ConformanceSuiteTest}) and
 * the runnable jar, so that both run the same steps with the same report plugins.
 */
public final class SuiteDefinition {

    /** The package of the step definitions and hooks. */
    public static final String GLUE = "dev.vicimock.conformance.steps";

    /**
     * The Cucumber plugins of every run: Allure's results, the target and release on each result, and the run file
     * ({@code vicidial.run-file}).
     */
    public static final String PLUGINS = "io.qameta.allure.cucumber7jvm.AllureCucumber7Jvm, "
            + "dev.vicimock.conformance.steps.AllureTestLabels, dev.vicimock.conformance.report.RunFileRecorder";

    /** Where the build puts the feature files inside the suite's jar (see the module's POM). */
    public static final String FEATURES_PACKAGE = "features";

    private SuiteDefinition() {}
}
