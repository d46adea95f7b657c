package dev.vicimock.conformance.cli;

import dev.vicimock.conformance.target.Fixtures;
import dev.vicimock.conformance.target.ReleaseProfile;
import dev.vicimock.conformance.target.Role;
import dev.vicimock.conformance.target.TargetConfig;
import dev.vicimock.mock.release.Releases;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Turns the command line's settings file and report folder into what the suite reads: the file's {@code vicidial.*}
 * keys as system properties (unless an environment variable or {@code -D} already sets them, the precedence
 * {@link TargetConfig} gives), and the report locations. Everything is checked before the first scenario, so that
 * a typo costs one line and not a run.
 */
final class RunSettings {

    static final String ALLURE_RESULTS = "allure-results";
    static final String HTML_REPORT = "cucumber.html";

    private final Path reportDir;

    private RunSettings(Path reportDir) {
        this.reportDir = reportDir;
    }

    /** Reads and checks the settings file, and publishes its keys as system properties. */
    static TargetConfig applyConfig(Path file) throws UsageError {
        Path config = file.toAbsolutePath().normalize();
        if (!Files.isRegularFile(config)) {
            throw new UsageError("config file " + file + " does not exist or is not a file");
        }
        Properties props = new Properties();
        try (InputStream in = Files.newInputStream(config)) {
            props.load(in);
        } catch (IOException | IllegalArgumentException e) {
            throw new UsageError("cannot read config file " + file + ": " + e.getMessage());
        }
        System.setProperty(TargetConfig.CONFIG_FILE, config.toString());
        for (String key : props.stringPropertyNames()) {
            String value = props.getProperty(key).trim();
            if (key.startsWith("vicidial.") && !value.isEmpty() && !setOutsideTheFile(key)) {
                System.setProperty(key, value);
            }
        }
        return check(file);
    }

    private static boolean setOutsideTheFile(String key) {
        return !isBlank(System.getProperty(key)) || !isBlank(System.getenv(TargetConfig.environmentName(key)));
    }

    /** The settings as the suite will read them, or the first thing that keeps it from starting. */
    private static TargetConfig check(Path file) throws UsageError {
        if (System.getProperty(TargetConfig.TARGET, "").isBlank()
                && isBlank(System.getenv(TargetConfig.environmentName(TargetConfig.TARGET)))) {
            // the suite's own default is the simulator; a run meant for a server must not pass on the simulator
            throw new UsageError(file + ": " + TargetConfig.TARGET + " is not set: real (a server, with "
                    + TargetConfig.URL + ") or mock (the embedded simulator, with " + TargetConfig.PROFILE + ")");
        }
        TargetConfig config;
        try {
            config = TargetConfig.load();
            config.maxConnections();
            config.get(TargetConfig.RUN_PREFIX).ifPresent(Fixtures::new);
        } catch (IllegalArgumentException | UncheckedIOException e) {
            throw new UsageError(file + ": " + e.getMessage());
        }
        if (config.isSimulator()) {
            String profile = config.get(TargetConfig.PROFILE).orElse(Releases.DEFAULT.name());
            if (!ReleaseProfile.isKnown(profile)) {
                throw new UsageError(file + ": " + TargetConfig.PROFILE + " '" + profile + "' is not a release the"
                        + " simulator knows (" + String.join(", ", Releases.names()) + ")");
            }
            return config;
        }
        // without these every scenario would be skipped: a run that checks nothing is a mistake, not a result
        List<String> missing = Stream.of(
                        TargetConfig.URL,
                        TargetConfig.SERVER_IP,
                        TargetConfig.UNKNOWN_SERVER_IP,
                        Role.ADMIN.userSetting(),
                        Role.ADMIN.passSetting())
                .filter(key -> config.get(key).isEmpty())
                .toList();
        if (!missing.isEmpty()) {
            throw new UsageError(file + ": " + String.join(", ", missing) + (missing.size() == 1 ? " is" : " are")
                    + " required with " + TargetConfig.TARGET + "=real (see vicidial.properties.example)");
        }
        String url = config.get(TargetConfig.URL).orElseThrow();
        if (!isHttpUrl(url)) {
            throw new UsageError(file + ": " + TargetConfig.URL + " must be an http or https URL, not '" + url + "'");
        }
        return config;
    }

    private static boolean isHttpUrl(String url) {
        try {
            URI uri = URI.create(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    /**
     * Prepares the report folder: creates it, removes the previous run's Allure results and coverage tables (a
     * report describes the latest run only) and points the suite's reports at it.
     */
    static RunSettings reportTo(Path dir) throws UsageError {
        Path report = dir.toAbsolutePath().normalize();
        if (report.toString().contains(",")) {
            // the folder goes into Cucumber's comma-separated plugin list
            throw new UsageError("--report " + dir + ": the folder's path may not contain a comma");
        }
        try {
            Files.createDirectories(report.resolve(ALLURE_RESULTS));
            deleteFiles(report.resolve(ALLURE_RESULTS), "*");
            if (Files.isDirectory(report.resolve("coverage"))) {
                deleteFiles(report.resolve("coverage"), "coverage-*.{md,csv}");
            }
        } catch (IOException | UncheckedIOException e) {
            throw new UsageError("--report " + dir + ": cannot prepare the folder (" + e.getMessage() + ")");
        }
        if (!Files.isWritable(report)) {
            throw new UsageError("--report " + dir + ": the folder is not writable");
        }
        System.setProperty(
                "allure.results.directory", report.resolve(ALLURE_RESULTS).toString());
        System.setProperty("conformance.reports.dir", report.toString());
        return new RunSettings(report);
    }

    private static void deleteFiles(Path dir, String glob) throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, glob)) {
            for (Path f : files) {
                if (Files.isRegularFile(f)) {
                    Files.delete(f);
                }
            }
        }
    }

    Path reportDir() {
        return reportDir;
    }

    Path allureResults() {
        return reportDir.resolve(ALLURE_RESULTS);
    }

    Path htmlReport() {
        return reportDir.resolve(HTML_REPORT);
    }
}
