package dev.vicimock.mock.wiremock;

import com.github.tomakehurst.wiremock.extension.Extension;
import com.github.tomakehurst.wiremock.extension.ExtensionFactory;
import com.github.tomakehurst.wiremock.extension.WireMockServices;
import dev.vicimock.mock.pipeline.DialerLimits;
import dev.vicimock.mock.pipeline.Dialers;
import dev.vicimock.mock.pipeline.Simulator;
import dev.vicimock.mock.release.Releases;
import java.time.Clock;
import java.util.List;

/**
 * Registers the simulator with a WireMock server: the transformer behind the catch-all stubs, the admin routes (the
 * default dialer's and the isolated dialers') and their JSON errors, and the stub keeper. Not for WireMock's standalone runner, whose {@code --extensions} takes
 * {@code Extension} classes only: the simulator also needs its request guard and masked journal, which
 * {@code VicidialMock} sets up.
 */
public final class VicidialExtensions implements ExtensionFactory {
    private final Dialers dialers;
    private volatile SimulatorStub stub;

    public VicidialExtensions() {
        this(new Simulator(Simulator.defaultState(), Releases.DEFAULT, Clock.systemDefaultZone()));
    }

    /** The simulator as the default dialer, with isolated dialers in memory within the default limits. */
    public VicidialExtensions(Simulator simulator) {
        this(new Dialers(simulator, DialerLimits.DEFAULT));
    }

    public VicidialExtensions(Dialers dialers) {
        this.dialers = dialers;
    }

    @Override
    public List<Extension> create(WireMockServices services) {
        stub = new SimulatorStub(services.getAdmin());
        return List.of(
                new ApiTransformer(dialers, services.getOptions().notifier()),
                new StateAdminRoutes(dialers.defaultDialer()),
                new DialerAdminRoutes(dialers),
                new AdminErrors(services),
                stub);
    }

    /** The stub keeper, once WireMock has created the extensions. */
    public SimulatorStub stub() {
        return stub;
    }

    /** The default dialer. */
    public Simulator simulator() {
        return dialers.defaultDialer();
    }

    public Dialers dialers() {
        return dialers;
    }
}
