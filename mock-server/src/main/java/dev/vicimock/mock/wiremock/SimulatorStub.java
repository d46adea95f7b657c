package dev.vicimock.mock.wiremock;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.github.tomakehurst.wiremock.core.Admin;
import com.github.tomakehurst.wiremock.extension.StubLifecycleListener;
import com.github.tomakehurst.wiremock.matching.UrlPattern;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import dev.vicimock.mock.http.ApiPath;
import java.util.List;
import java.util.UUID;

/**
 * The catch-all stubs that route {@code /vicidial/non_agent_api.php} (the default dialer) and
 * {@code /dialers/NAME/vicidial/non_agent_api.php} (an isolated dialer) to the simulator. They have a low priority
 * so any stub a user adds for a particular request wins, and they come back after a WireMock reset.
 */
public final class SimulatorStub implements StubLifecycleListener {
    public static final String PATH = ApiPath.DEFAULT;
    /** Lower numbers win in WireMock; user stubs default to 5. */
    public static final int PRIORITY = 10;

    public static final UUID ID = UUID.fromString("7e1c1d1a-0000-4000-8000-00000000a9a1");
    /** The id of the isolated dialers' stub. */
    public static final UUID DIALERS_ID = UUID.fromString("7e1c1d1a-0000-4000-8000-00000000a9a2");

    private final Admin admin;

    @Override
    public String getName() {
        return "vicidial-simulator-stub";
    }

    /** The default dialer's stub: any method on the API path, answered by {@link ApiTransformer}. */
    public static StubMapping mapping() {
        return mapping(urlPathEqualTo(PATH), ID, "VICIdial Non-Agent API simulator");
    }

    /** The isolated dialers' stub: any method on a dialer's API path ({@link ApiPath#DIALER_PATTERN}). */
    public static StubMapping dialersMapping() {
        return mapping(
                urlPathMatching(ApiPath.DIALER_PATTERN),
                DIALERS_ID,
                "VICIdial Non-Agent API simulator, isolated dialers");
    }

    private static StubMapping mapping(UrlPattern path, UUID id, String name) {
        StubMapping m = any(path)
                .atPriority(PRIORITY)
                .willReturn(aResponse().withTransformers(ApiTransformer.NAME))
                .build();
        m.setId(id);
        m.setName(name);
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

    /** Adds the stubs that are missing (idempotent). */
    public void install() {
        for (StubMapping m : List.of(mapping(), dialersMapping())) {
            if (admin.getStubMapping(m.getId()).getItem() == null) {
                admin.addStubMapping(m);
            }
        }
    }

    @Override
    public void afterStubsReset() {
        install();
    }
}
