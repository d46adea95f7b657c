package dev.vicimock.mock;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.ConsoleNotifier;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import dev.vicimock.mock.http.ApiPath;
import dev.vicimock.mock.pipeline.DialerLimitReached;
import dev.vicimock.mock.pipeline.DialerLimits;
import dev.vicimock.mock.pipeline.Dialers;
import dev.vicimock.mock.pipeline.Simulator;
import dev.vicimock.mock.release.Release;
import dev.vicimock.mock.release.Releases;
import dev.vicimock.mock.state.DialerFiles;
import dev.vicimock.mock.state.Snapshot;
import dev.vicimock.mock.state.StateFile;
import dev.vicimock.mock.state.StateJson;
import dev.vicimock.mock.wiremock.AdminToken;
import dev.vicimock.mock.wiremock.GuardedServerFactory;
import dev.vicimock.mock.wiremock.RedactingNotifier;
import dev.vicimock.mock.wiremock.RedactingStores;
import dev.vicimock.mock.wiremock.RequestLimits;
import dev.vicimock.mock.wiremock.VicidialExtensions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A simulated VICIdial on a WireMock server: start it, point a client at {@link #apiUrl()}, read or replace
 * its state, stop it. WireMock's own admin API, journal and stubs stay available through {@link #wireMock()}.
 *
 * <pre>{@code
 * try (VicidialMock mock = VicidialMock.builder().build().start()) {
 *     String url = mock.apiUrl(); // http://127.0.0.1:PORT/vicidial/non_agent_api.php
 *     MockDialer mine = mock.dialer("job-42"); // an isolated dialer of its own on the same server
 *     String isolated = mine.apiUrl(); // http://127.0.0.1:PORT/dialers/job-42/vicidial/non_agent_api.php
 * }
 * }</pre>
 */
public final class VicidialMock implements AutoCloseable {
    private final Builder settings;
    private final Simulator simulator;
    private final StateFile stateFile;
    private final Dialers dialers;
    private WireMockServer server;

    private VicidialMock(Builder settings) {
        this.settings = settings;
        this.simulator = new Simulator(settings.state, settings.release, settings.clock);
        this.stateFile = settings.durableStateFile == null
                ? null
                : StateFile.open(settings.durableStateFile, () -> settings.state);
        if (stateFile != null) {
            // reset still goes back to the start state; the file holds where the last run left off
            simulator.state().replace(stateFile.loaded());
            stateFile.attach(simulator.state());
        }
        DialerLimits limits = new DialerLimits(settings.maxDialers, settings.dialerIdleExpiry);
        try {
            this.dialers =
                    new Dialers(simulator, limits, stateFile == null ? null : DialerFiles.beside(stateFile.path()));
        } catch (RuntimeException e) {
            if (stateFile != null) {
                stateFile.close();
            }
            throw e;
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Starts the server; returns this for chaining. */
    public synchronized VicidialMock start() {
        if (server != null) {
            return this;
        }
        VicidialExtensions extensions = new VicidialExtensions(dialers);
        ConsoleNotifier console = new ConsoleNotifier(settings.verbose);
        WireMockConfiguration config = wireMockConfig()
                .port(settings.port)
                .bindAddress(settings.bindAddress)
                .extensions(extensions)
                .httpServerFactory(GuardedServerFactory.of(settings.limits))
                .notifier(console);
        settings.wireMockOptions.accept(config);
        if (config.notifier() == console && !settings.verbose) {
            // WireMock formats every request and its answer as text for the notifier even when a quiet notifier
            // drops it: about a tenth of a request's CPU, for nothing
            config.stubRequestLoggingDisabled(true);
        }
        // last, so that options cannot undo them: a masked journal and log, and the admin token
        config.withStores(new RedactingStores(config.getStores()))
                .notifier(new RedactingNotifier(config.notifier(), config.notifier() != console || settings.verbose));
        if (settings.adminToken != null) {
            config.adminAuthenticator(new AdminToken(settings.adminToken));
        }
        server = new WireMockServer(config);
        server.start();
        extensions.stub().install();
        return this;
    }

    public synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /** Stops the server and releases the durable state files (the default dialer's and the others'), if any. */
    @Override
    public void close() {
        stop();
        dialers.close();
        if (stateFile != null) {
            stateFile.close();
        }
    }

    public int port() {
        return running().port();
    }

    /** {@code http://HOST:PORT}, the root of WireMock's admin API as well. */
    public String baseUrl() {
        String host = settings.bindAddress.equals("0.0.0.0") ? "127.0.0.1" : settings.bindAddress;
        return "http://" + host + ":" + port();
    }

    /** The URL of the simulated {@code non_agent_api.php}. */
    public String apiUrl() {
        return baseUrl() + "/vicidial/non_agent_api.php";
    }

    /**
     * The isolated dialer of this name on this server, created now from the start state if it does not exist:
     * its own state, profile, admin log and lockouts, at {@code /dialers/NAME/vicidial/non_agent_api.php}.
     *
     * @throws IllegalArgumentException for a name that is not 1-64 of {@code [A-Za-z0-9_.-]} (nor . or ..)
     * @throws DialerLimitReached when it would be one dialer too many
     */
    public MockDialer dialer(String name) {
        dialers.use(name);
        return new MockDialer(this, name);
    }

    /** The default dialer and the isolated ones, by name. */
    public Dialers dialers() {
        return dialers;
    }

    /** The URL of an isolated dialer's {@code non_agent_api.php}. */
    String apiUrl(String dialer) {
        return baseUrl() + ApiPath.of(dialer);
    }

    /** The file the state is kept in across restarts, when one was configured. */
    public Optional<StateFile> stateFile() {
        return Optional.ofNullable(stateFile);
    }

    /** Whether {@code /__admin} requires the admin token. */
    public boolean adminProtected() {
        return settings.adminToken != null;
    }

    /** Whether the server listens on a loopback address only. */
    public boolean loopbackOnly() {
        try {
            return InetAddress.getByName(settings.bindAddress).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** The simulator behind the server: state, release profile, reset. */
    public Simulator simulator() {
        return simulator;
    }

    /** The current state as {@code vicidial-state/1} JSON (with the admin log). */
    public String stateJson() {
        return new String(StateJson.write(simulator.state().snapshot()), StandardCharsets.UTF_8);
    }

    /** Replaces the state with a {@code vicidial-state/1} document; throws StateException when it is invalid. */
    public void replaceState(String json) {
        simulator.state().replace(StateJson.read(json.getBytes(StandardCharsets.UTF_8)));
    }

    public void reset() {
        simulator.reset();
    }

    /** The WireMock server itself, for stubs that override the simulator, verification and fault injection. */
    public WireMockServer wireMock() {
        return running();
    }

    private WireMockServer running() {
        if (server == null) {
            throw new IllegalStateException("the mock is not running; call start()");
        }
        return server;
    }

    /** Settings with sensible defaults: a free port on 127.0.0.1, the seed state, 2.14-202, the system clock. */
    public static final class Builder {
        private int port = 0;
        private String bindAddress = "127.0.0.1";
        private Release release = Releases.DEFAULT;
        private Snapshot state;
        private Clock clock = Clock.systemDefaultZone();
        private boolean verbose;
        private RequestLimits limits = RequestLimits.DEFAULT;
        private Path durableStateFile;
        private String adminToken;
        private int maxDialers = DialerLimits.DEFAULT.maxDialers();
        private Duration dialerIdleExpiry = DialerLimits.DEFAULT.idleExpiry();
        private Consumer<WireMockConfiguration> wireMockOptions = c -> {};

        /** 0 (the default) picks a free port. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        public Builder bindAddress(String address) {
            this.bindAddress = address;
            return this;
        }

        /** The release to answer as, e.g. {@code 2.14-107}. */
        public Builder profile(String name) {
            this.release = Releases.byName(name)
                    .orElseThrow(() ->
                            new IllegalArgumentException("unknown profile '" + name + "'; known: " + Releases.names()));
            return this;
        }

        public Builder state(Snapshot snapshot) {
            this.state = snapshot;
            return this;
        }

        /** Loads the start state from a {@code vicidial-state/1} file. */
        public Builder stateFile(Path file) {
            try (InputStream in = Files.newInputStream(file)) {
                this.state = StateJson.read(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read state file " + file, e);
            }
            return this;
        }

        /** The dialer's clock: login dates, lockout, {@code version}. */
        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        /**
         * Where the simulator refuses oversized requests: by default a request line over 8190 bytes on the API
         * path gets 414 (Apache's {@code LimitRequestLine}) and a body over 8 MiB gets 413 (PHP's
         * {@code post_max_size}).
         */
        public Builder requestLimits(RequestLimits limits) {
            this.limits = Objects.requireNonNull(limits);
            return this;
        }

        /**
         * Keeps the state in this file (and {@code FILE.journal} beside it) across restarts: loaded at start if it
         * exists, else created from the start state; every change is on disk before its answer is sent (see
         * {@link StateFile}). A file that cannot be read or is not valid makes {@link #build()} throw and is left
         * untouched.
         */
        public Builder durableStateFile(Path file) {
            this.durableStateFile = file;
            return this;
        }

        /**
         * Isolated dialers kept at most (default 100; the default dialer is not counted). A new one beyond it is
         * refused (503 on its API path, an error on the admin API) unless an idle one expires to make room.
         */
        public Builder maxDialers(int max) {
            this.maxDialers = max;
            return this;
        }

        /**
         * How long an isolated dialer may go without a request or admin call before it is removed, by the builder's
         * clock (default one hour; {@link Duration#ZERO} keeps dialers until deleted).
         */
        public Builder dialerIdleExpiry(Duration expiry) {
            this.dialerIdleExpiry = expiry;
            return this;
        }

        /** Requires {@code Authorization: Bearer TOKEN} on every {@code /__admin} request (401 otherwise). */
        public Builder adminToken(String token) {
            this.adminToken = token == null || token.isEmpty() ? null : token;
            return this;
        }

        /** WireMock's console notifier prints every request when verbose. */
        public Builder verbose(boolean verbose) {
            this.verbose = verbose;
            return this;
        }

        /** Further WireMock settings (threads, journal, HTTPS...), applied after the simulator's own. */
        public Builder wireMockOptions(Consumer<WireMockConfiguration> options) {
            this.wireMockOptions = options;
            return this;
        }

        public VicidialMock build() {
            // checks the limits now rather than at start
            new DialerLimits(maxDialers, dialerIdleExpiry);
            if (state == null) {
                state = Simulator.defaultState();
            }
            return new VicidialMock(this);
        }
    }
}
