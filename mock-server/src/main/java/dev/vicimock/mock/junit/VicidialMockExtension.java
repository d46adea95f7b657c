package dev.vicimock.mock.junit;

import dev.vicimock.mock.VicidialMock;
import java.util.function.Consumer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A simulated VICIdial for an integrator's JUnit 5 tests. Per class (the default) one server serves the whole
 * class and its state is reset before each test; per test every test gets a fresh server. Test methods may
 * take a {@link VicidialMock} parameter.
 *
 * <pre>{@code
 * @RegisterExtension
 * static VicidialMockExtension vicidial = VicidialMockExtension.perClass();
 *
 * @Test
 * void updatesAPhone(VicidialMock mock) { client(mock.apiUrl()).updatePhone(...); }
 * }</pre>
 * Used with {@code @ExtendWith(VicidialMockExtension.class)} it behaves as {@link #perClass()}.
 */
public final class VicidialMockExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback,
        AfterEachCallback, ParameterResolver {
    private final boolean perTest;
    private final Consumer<VicidialMock.Builder> settings;
    private VicidialMock mock;

    /** One server per test class, reset before each test. */
    public VicidialMockExtension() {
        this(false, b -> { });
    }

    private VicidialMockExtension(boolean perTest, Consumer<VicidialMock.Builder> settings) {
        this.perTest = perTest;
        this.settings = settings;
    }

    public static VicidialMockExtension perClass() {
        return new VicidialMockExtension();
    }

    public static VicidialMockExtension perTest() {
        return new VicidialMockExtension(true, b -> { });
    }

    /** The same lifecycle with the server configured by {@code settings} (profile, state, clock...). */
    public VicidialMockExtension configure(Consumer<VicidialMock.Builder> more) {
        return new VicidialMockExtension(perTest, settings.andThen(more));
    }

    /** The running mock (inside a test or a lifecycle method). */
    public VicidialMock mock() {
        if (mock == null) {
            throw new IllegalStateException("no VicidialMock is running outside a test");
        }
        return mock;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (!perTest) {
            mock = start();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (!perTest && mock != null) {
            mock.stop();
            mock = null;
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (perTest) {
            mock = start();
        } else if (mock == null) {
            // registered on an instance field: no beforeAll call for this extension
            mock = start();
        } else {
            mock.reset();
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (perTest && mock != null) {
            mock.stop();
            mock = null;
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == VicidialMock.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return mock();
    }

    private VicidialMock start() {
        VicidialMock.Builder b = VicidialMock.builder();
        settings.accept(b);
        return b.build().start();
    }
}
