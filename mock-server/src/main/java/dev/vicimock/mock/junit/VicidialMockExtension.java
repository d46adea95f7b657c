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
 * A simulated VICIdial for an integrator's JUnit 5 tests; every test starts from a clean server: the simulator's
 * start state, no stubs but the simulator's own, an empty request journal. Test methods may take a
 * {@link VicidialMock} parameter.
 *
 * <ul>
 *   <li>On a static field, {@link #perClass()} (the default, also with {@code @ExtendWith}): one server for the
 *       class and its {@code @Nested} classes, reset before each test, closed after the class.</li>
 *   <li>On a static field, {@link #perTest()}: a fresh server for each test, closed after it.</li>
 *   <li>On an instance field: as {@link #perTest()}, since JUnit makes a new extension with each test instance.</li>
 * </ul>
 *
 * <pre>{@code
 * @RegisterExtension
 * static VicidialMockExtension vicidial = VicidialMockExtension.perClass();
 *
 * @Test
 * void updatesAPhone(VicidialMock mock) { client(mock.apiUrl()).updatePhone(...); }
 * }</pre>
 *
 * <p>The servers live in JUnit's extension store, which closes them (and releases a durable state file) when the
 * class or test they belong to ends, even when a test fails. Per-test servers are safe with concurrent test
 * methods; a per-class server is shared by the tests of its class, so those tests must not run concurrently.
 */
public final class VicidialMockExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback,
        AfterEachCallback, ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(
            VicidialMockExtension.class);

    private final boolean perTest;
    private final Consumer<VicidialMock.Builder> settings;
    private final ThreadLocal<VicidialMock> currentTest = new ThreadLocal<>();
    private volatile VicidialMock perClassMock;

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

    /** The running mock of the current test (or, per class, of the class, in its lifecycle methods too). */
    public VicidialMock mock() {
        VicidialMock mock = currentTest.get();
        if (mock == null) {
            mock = perClassMock;
        }
        if (mock == null) {
            throw new IllegalStateException("no VicidialMock is running outside a test");
        }
        return mock;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        // a @Nested class finds its enclosing class's server through the store and keeps it
        if (!perTest && running(context) == null) {
            RunningMock running = RunningMock.start(settings);
            context.getStore(NAMESPACE).put(this, running);
            perClassMock = running.mock();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        // only the class that started the server closes it; a @Nested class's store holds none of its own
        RunningMock own = context.getStore(NAMESPACE).remove(this, RunningMock.class);
        if (own != null) {
            perClassMock = null;
            own.close();
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        RunningMock shared = running(context);
        VicidialMock mock;
        if (shared == null) {
            // per test, or registered on an instance field (no beforeAll for it): this test's own server
            RunningMock own = RunningMock.start(settings);
            context.getStore(NAMESPACE).put(this, own);
            mock = own.mock();
        } else {
            mock = shared.mock();
            mock.wireMock().resetAll();
            mock.reset();
        }
        currentTest.set(mock);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        currentTest.remove();
        // the test's own server is closed now rather than when JUnit closes the store: ports and file freed at once
        RunningMock own = context.getStore(NAMESPACE).remove(this, RunningMock.class);
        if (own != null) {
            own.close();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == VicidialMock.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        RunningMock running = running(context);
        if (running == null) {
            throw new IllegalStateException("no VicidialMock is running for " + context.getDisplayName());
        }
        return running.mock();
    }

    /** This extension's server for the context: the test's own, else its class's or an enclosing class's. */
    private RunningMock running(ExtensionContext context) {
        return context.getStore(NAMESPACE).get(this, RunningMock.class);
    }
}
