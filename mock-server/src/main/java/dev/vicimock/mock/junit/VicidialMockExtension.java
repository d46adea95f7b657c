package dev.vicimock.mock.junit;

import dev.vicimock.mock.MockDialer;
import dev.vicimock.mock.VicidialMock;
import java.util.concurrent.atomic.AtomicLong;
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
 *   <li>{@link #dialerPerTest()}: one server for the whole run, shared by every class registering this mode, and
 *       an isolated dialer of its own for each test (a {@link MockDialer} parameter or {@link #dialer()}), deleted
 *       after it. Tests and classes may run concurrently.</li>
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
public final class VicidialMockExtension
        implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback, ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(VicidialMockExtension.class);

    /** The key of the run's shared server in JUnit's root store. */
    private static final String SHARED_SERVER = "shared-server";

    private static final AtomicLong DIALERS = new AtomicLong();

    private enum Mode {
        PER_CLASS,
        PER_TEST,
        DIALER_PER_TEST
    }

    private final Mode mode;
    private final boolean perTest;
    private final Consumer<VicidialMock.Builder> settings;
    private final ThreadLocal<VicidialMock> currentTest = new ThreadLocal<>();
    private final ThreadLocal<MockDialer> currentDialer = new ThreadLocal<>();
    private volatile VicidialMock perClassMock;

    /** One server per test class, reset before each test. */
    public VicidialMockExtension() {
        this(Mode.PER_CLASS, b -> {});
    }

    private VicidialMockExtension(Mode mode, Consumer<VicidialMock.Builder> settings) {
        this.mode = mode;
        this.perTest = mode == Mode.PER_TEST;
        this.settings = settings;
    }

    public static VicidialMockExtension perClass() {
        return new VicidialMockExtension();
    }

    public static VicidialMockExtension perTest() {
        return new VicidialMockExtension(Mode.PER_TEST, b -> {});
    }

    /**
     * One server for the run and a fresh isolated dialer per test: parallel test classes share the server without
     * sharing state. The server takes the settings of the first class that starts it, and stops when the run ends.
     */
    public static VicidialMockExtension dialerPerTest() {
        return new VicidialMockExtension(Mode.DIALER_PER_TEST, b -> {});
    }

    /** The same lifecycle with the server configured by {@code settings} (profile, state, clock...). */
    public VicidialMockExtension configure(Consumer<VicidialMock.Builder> more) {
        return new VicidialMockExtension(mode, settings.andThen(more));
    }

    /** The current test's own dialer, with {@link #dialerPerTest()}. */
    public MockDialer dialer() {
        MockDialer dialer = currentDialer.get();
        if (dialer == null) {
            throw new IllegalStateException("no dialer of its own for this test; register dialerPerTest()");
        }
        return dialer;
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
        if (mode == Mode.PER_CLASS && running(context) == null) {
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
        if (mode == Mode.DIALER_PER_TEST) {
            VicidialMock mock = shared(context).mock();
            TestDialer own = new TestDialer(mock.dialer(dialerName(context)));
            context.getStore(NAMESPACE).put(TestDialer.class, own);
            currentTest.set(mock);
            currentDialer.set(own.dialer());
            return;
        }
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
        currentDialer.remove();
        TestDialer dialer = context.getStore(NAMESPACE).remove(TestDialer.class, TestDialer.class);
        if (dialer != null) {
            dialer.close();
        }
        // the test's own server is closed now rather than when JUnit closes the store: ports and file freed at once
        RunningMock own = context.getStore(NAMESPACE).remove(this, RunningMock.class);
        if (own != null) {
            own.close();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == VicidialMock.class || (type == MockDialer.class && mode == Mode.DIALER_PER_TEST);
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        if (mode == Mode.DIALER_PER_TEST) {
            TestDialer own = context.getStore(NAMESPACE).get(TestDialer.class, TestDialer.class);
            if (parameter.getParameter().getType() == VicidialMock.class) {
                return shared(context).mock();
            }
            if (own == null) {
                throw new IllegalStateException(
                        "no dialer of its own for " + context.getDisplayName() + " (only test methods get one)");
            }
            return own.dialer();
        }
        RunningMock running = running(context);
        if (running == null) {
            throw new IllegalStateException("no VicidialMock is running for " + context.getDisplayName());
        }
        return running.mock();
    }

    /** The run's shared server, started by the first test that needs it and closed by JUnit when the run ends. */
    private RunningMock shared(ExtensionContext context) {
        return context.getRoot()
                .getStore(NAMESPACE)
                .getOrComputeIfAbsent(SHARED_SERVER, key -> RunningMock.start(settings), RunningMock.class);
    }

    /** The test's class and method, made a dialer name ({@code [A-Za-z0-9_.-]}, at most 64) unique in the run. */
    static String dialerName(ExtensionContext context) {
        String suffix = "-" + DIALERS.incrementAndGet();
        String base = context.getRequiredTestClass().getSimpleName() + "."
                + context.getTestMethod().map(m -> m.getName()).orElse("test");
        base = base.replaceAll("[^A-Za-z0-9_.-]", "_");
        return base.substring(0, Math.min(base.length(), 64 - suffix.length())) + suffix;
    }

    /** This extension's server for the context: the test's own, else its class's or an enclosing class's. */
    private RunningMock running(ExtensionContext context) {
        return context.getStore(NAMESPACE).get(this, RunningMock.class);
    }
}
