package dev.vicimock.mock.junit;

import dev.vicimock.mock.VicidialMock;
import java.util.function.Consumer;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A started mock kept in JUnit's extension store: JUnit closes it when the class or test it belongs to ends, so the
 * server stops and its durable state file is released even when a callback or a test fails.
 */
final class RunningMock implements ExtensionContext.Store.CloseableResource {
    private final VicidialMock mock;

    private RunningMock(VicidialMock mock) {
        this.mock = mock;
    }

    static RunningMock start(Consumer<VicidialMock.Builder> settings) {
        VicidialMock.Builder builder = VicidialMock.builder();
        settings.accept(builder);
        return new RunningMock(builder.build().start());
    }

    VicidialMock mock() {
        return mock;
    }

    @Override
    public void close() {
        mock.close();
    }
}
