package dev.vicimock.conformance.report;

import dev.vicimock.conformance.target.ApiExchange;
import dev.vicimock.conformance.target.ApiRequest;
import dev.vicimock.conformance.target.Param;
import dev.vicimock.mock.compare.RunFile;
import dev.vicimock.mock.compare.RunFileBuilder;
import dev.vicimock.mock.compare.RunFiles;
import dev.vicimock.mock.http.Redaction;
import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.PickleStepTestStep;
import io.cucumber.plugin.event.TestCaseStarted;
import io.cucumber.plugin.event.TestRunFinished;
import io.cucumber.plugin.event.TestSourceRead;
import io.cucumber.plugin.event.TestStepStarted;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * Saves every exchange of a run to a run file ({@code -Dvicidial.run-file=PATH}, off by default; {@code {profile}}
 * in PATH becomes the target's version): feature, scenario, step, the request and the answer with passwords masked,
 * and the target's URL, version, build and name prefix. A Cucumber plugin, so that it knows the step each request
 * belongs to; {@code java -jar vicidial-mock.jar compare} reads what it writes.
 */
public final class RunFileRecorder implements ConcurrentEventListener {
    public static final String PROPERTY = "vicidial.run-file";
    private static final Logger LOG = Logger.getLogger(RunFileRecorder.class.getName());
    private static final String BOUNDARY = "vicimock-run-file";
    private static final ThreadLocal<String[]> WHERE = ThreadLocal.withInitial(() -> new String[3]);
    private static final Map<URI, String> FEATURES = new ConcurrentHashMap<>();
    private static volatile RunFileBuilder builder;
    private static volatile RunFile.Target target;
    private static volatile String prefix;

    @Override
    public void setEventPublisher(EventPublisher publisher) {
        if (System.getProperty(PROPERTY, "").isBlank()) {
            return;
        }
        builder = new RunFileBuilder();
        publisher.registerHandlerFor(TestSourceRead.class, e -> FEATURES.put(e.getUri(), featureName(e)));
        publisher.registerHandlerFor(TestCaseStarted.class, e -> {
            String[] where = WHERE.get();
            where[0] = FEATURES.getOrDefault(
                    e.getTestCase().getUri(), e.getTestCase().getUri().toString());
            where[1] = e.getTestCase().getName();
            where[2] = "(before the steps)";
        });
        publisher.registerHandlerFor(TestStepStarted.class, e -> {
            if (e.getTestStep() instanceof PickleStepTestStep step) {
                WHERE.get()[2] = step.getStep().getKeyword().trim() + " "
                        + step.getStep().getText();
            }
        });
        publisher.registerHandlerFor(TestRunFinished.class, e -> write());
    }

    /** Records an exchange of the current scenario, when a run file is being written. */
    public static void record(String apiUrl, String version, String build, String runPrefix, ApiExchange exchange) {
        RunFileBuilder b = builder;
        String[] where = WHERE.get();
        if (b == null || where[1] == null) {
            return;
        }
        target = new RunFile.Target(apiUrl, version, build);
        prefix = runPrefix;
        b.exchange(
                where[0],
                where[1],
                new RunFile.Exchange(where[2], request(apiUrl, exchange.request()), exchange.status(), body(exchange)));
    }

    private static RunFile.Request request(String apiUrl, ApiRequest r) {
        String path = URI.create(apiUrl).getRawPath();
        String target = r.rawQuery().isEmpty() ? path : path + "?" + Redaction.form(r.rawQuery());
        if (!r.multipart().isEmpty()) {
            StringBuilder body = new StringBuilder();
            for (Param p : r.multipart()) {
                body.append("--")
                        .append(BOUNDARY)
                        .append("\r\nContent-Disposition: form-data; name=\"")
                        .append(p.name())
                        .append("\"\r\n\r\n")
                        .append(Redaction.isSecret(p.name()) ? Redaction.MASK : p.value())
                        .append("\r\n");
            }
            body.append("--").append(BOUNDARY).append("--\r\n");
            return new RunFile.Request(
                    r.method(), target, ApiRequest.MULTIPART + "; boundary=" + BOUNDARY, body.toString());
        }
        return new RunFile.Request(r.method(), target, r.contentType().orElse(null), Redactor.body(r));
    }

    /** The answer with the passwords it echoes masked. */
    private static String body(ApiExchange exchange) {
        return Redactor.text(exchange.body());
    }

    private static void write() {
        RunFileBuilder b = builder;
        if (b == null || b.isEmpty() || target == null) {
            return;
        }
        Path path = resolve(System.getProperty(PROPERTY).replace("{profile}", String.valueOf(target.version())));
        RunFiles.write(path, b.build(target, prefix));
        LOG.info(() -> "run file written: " + path);
    }

    /** A relative path means the folder mvn was run from, as for the suite's other paths. */
    private static Path resolve(String path) {
        Path p = Path.of(path);
        String invoked = System.getProperty("vicidial.invocation.dir", "");
        return (p.isAbsolute() || invoked.isBlank() ? p : Path.of(invoked).resolve(p))
                .toAbsolutePath()
                .normalize();
    }

    private static String featureName(TestSourceRead e) {
        return e.getSource()
                .lines()
                .map(String::trim)
                .filter(l -> l.startsWith("Feature:"))
                .map(l -> l.substring("Feature:".length()).trim())
                .findFirst()
                .orElse(e.getUri().toString());
    }
}
