package dev.vicimock.mock.junit;

import dev.vicimock.mock.MockDialer;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A test's own dialer kept in JUnit's extension store: deleted when the test ends, even when it fails, so a shared
 * server does not fill up with the dialers of finished tests.
 */
final class TestDialer implements ExtensionContext.Store.CloseableResource {
    private final MockDialer dialer;

    TestDialer(MockDialer dialer) {
        this.dialer = dialer;
    }

    MockDialer dialer() {
        return dialer;
    }

    @Override
    public void close() {
        dialer.delete();
    }
}
