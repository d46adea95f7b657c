package dev.vicimock.mock.wiremock;

import com.github.tomakehurst.wiremock.extension.Extension;
import com.github.tomakehurst.wiremock.extension.ExtensionFactory;
import com.github.tomakehurst.wiremock.extension.WireMockServices;
import dev.vicimock.mock.Simulator;
import dev.vicimock.mock.release.Releases;
import java.time.Clock;
import java.util.List;

/**
 * Registers the simulator with a WireMock server: the transformer behind the catch-all stub, the admin routes and
 * their JSON errors, and the stub keeper. Not for WireMock's standalone runner, whose {@code --extensions} takes
 * {@code Extension} classes only: the simulator also needs its request guard and masked journal, which
 * {@code VicidialMock} sets up.
 */
public final class VicidialExtensions implements ExtensionFactory {
    private final Simulator simulator;
    private volatile SimulatorStub stub;

    public VicidialExtensions() {
        this(new Simulator(Simulator.defaultState(), Releases.DEFAULT, Clock.systemDefaultZone()));
    }

    public VicidialExtensions(Simulator simulator) {
        this.simulator = simulator;
    }

    @Override
    public List<Extension> create(WireMockServices services) {
        stub = new SimulatorStub(services.getAdmin());
        return List.of(new ApiTransformer(simulator, services.getOptions().notifier()), new StateAdminRoutes(simulator),
                new AdminErrors(services), stub);
    }

    /** The stub keeper, once WireMock has created the extensions. */
    public SimulatorStub stub() {
        return stub;
    }

    public Simulator simulator() {
        return simulator;
    }
}
