package dev.vicimock.mock.robust;

import com.github.tomakehurst.wiremock.common.Notifier;
import java.util.ArrayList;
import java.util.List;

/** A WireMock notifier that keeps what was logged, so a test can assert that nothing went wrong or leaked. */
final class RecordingNotifier implements Notifier {
    private final boolean keepInfos;
    private final List<String> infos = new ArrayList<>();
    private final List<String> errors = new ArrayList<>();

    /** {@code keepInfos}: keep info messages too (WireMock logs every request at info: costly in a long run). */
    RecordingNotifier(boolean keepInfos) {
        this.keepInfos = keepInfos;
    }

    @Override
    public synchronized void info(String message) {
        if (keepInfos) {
            infos.add(message);
        }
    }

    @Override
    public synchronized void error(String message) {
        errors.add(message);
    }

    @Override
    public synchronized void error(String message, Throwable t) {
        errors.add(message + ": " + t);
    }

    synchronized List<String> errors() {
        return List.copyOf(errors);
    }

    /** Errors other than WireMock's report of a request no stub matched (a 404, which is expected). */
    synchronized List<String> failures() {
        return errors.stream()
                .filter(e -> !e.contains("Request was not matched"))
                .toList();
    }

    synchronized List<String> infos() {
        return List.copyOf(infos);
    }
}
