package dev.vicimock.conformance.cli;

import dev.vicimock.mock.release.Releases;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** What {@code --version} prints: the suite's build and the releases whose answers its features know. */
final class VersionInfo implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {
            "vicidial-conformance " + suiteVersion() + " (releases " + String.join(", ", Releases.names()) + ")"
        };
    }

    /** The project version Maven wrote into {@code version.properties}, or "unknown" outside a Maven build. */
    static String suiteVersion() {
        try (InputStream in = VersionInfo.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
