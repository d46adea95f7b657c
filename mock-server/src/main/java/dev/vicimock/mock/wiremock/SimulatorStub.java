package dev.vicimock.mock.wiremock;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.core.Admin;
import com.github.tomakehurst.wiremock.extension.StubLifecycleListener;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import java.util.UUID;

/**
 * The catch-all stub that routes {@code /vicidial/non_agent_api.php} to the simulator. It has a low priority
 * so any stub a user adds for a particular request wins, and it comes back after a WireMock reset.
 */
public final class SimulatorStub implements StubLifecycleListener {
    public static final String PATH = "/vicidial/non_agent_api.php";
    /** Lower numbers win in WireMock; user stubs default to 5. */
    public static final int PRIORITY = 10;
    public static final UUID ID = UUID.fromString("7e1c1d1a-0000-4000-8000-00000000a9a1");

    private final Admin admin;

    @Override
    public String getName() {
        return "vicidial-simulator-stub";
    }

    /** The stub definition: any method on the API path, answered by {@link ApiTransformer}. */
    public static StubMapping mapping() {
        StubMapping m = any(urlPathEqualTo(PATH))
                .atPriority(PRIORITY)
                .willReturn(aResponse().withTransformers(ApiTransformer.NAME))
                .build();
        m.setId(ID);
        m.setName("VICIdial Non-Agent API simulator");
        return m;
    }

    SimulatorStub(Admin admin) {
        this.admin = admin;
    }

    /** Installs the stub when the server starts, unless a stub with its id is there already. */
    @Override
    public void start() {
        install();
    }

    /** Adds the stub if it is missing (idempotent). */
    public void install() {
        if (admin.getStubMapping(ID).getItem() == null) {
            admin.addStubMapping(mapping());
        }
    }

    @Override
    public void afterStubsReset() {
        install();
    }
}
