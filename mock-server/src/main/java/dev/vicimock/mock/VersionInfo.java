package dev.vicimock.mock;

import com.github.tomakehurst.wiremock.core.Version;
import dev.vicimock.mock.release.Releases;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** What {@code --version} prints: the simulator's build, the WireMock it runs on and the releases it knows. */
final class VersionInfo implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {
            "vicidial-mock " + simulatorVersion() + " (WireMock " + Version.getCurrentVersion() + "; releases "
                    + String.join(", ", Releases.names()) + ")"
        };
    }

    /** The project version Maven wrote into {@code version.properties}, or "unknown" outside a Maven build. */
    static String simulatorVersion() {
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
