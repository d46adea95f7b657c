package dev.vicimock.mock.wiremock;

import com.github.tomakehurst.wiremock.admin.Router;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.AdminApiExtension;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import dev.vicimock.mock.pipeline.Simulator;
import dev.vicimock.mock.release.Releases;
import dev.vicimock.mock.state.StateException;
import dev.vicimock.mock.state.StateJson;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The simulator's admin routes under {@code /__admin/vicidial}: read and replace the whole state, reset it,
 * and read or switch the release profile. A public contract: the routes and JSON shapes do not change.
 */
public final class StateAdminRoutes implements AdminApiExtension {
    private static final Pattern PROFILE = Pattern.compile("^\\s*\\{\\s*\"profile\"\\s*:\\s*\"([^\"]*)\"\\s*}\\s*$");

    private final Simulator simulator;

    public StateAdminRoutes(Simulator simulator) {
        this.simulator = simulator;
    }

    @Override
    public String getName() {
        return "vicidial-admin-routes";
    }

    @Override
    public void contributeAdminApiRoutes(Router router) {
        router.add(RequestMethod.GET, "/vicidial/state",
                (admin, event, params) -> json(200, StateJson.write(simulator.state().snapshot())));
        router.add(RequestMethod.PUT, "/vicidial/state", (admin, event, params) -> {
            try {
                simulator.state().replace(StateJson.read(event.getRequest().getBody()));
                return json(200, "{\"replaced\":true}");
            } catch (StateException e) {
                return error(400, "invalid state: " + e.getMessage());
            }
        });
        router.add(RequestMethod.POST, "/vicidial/reset", (admin, event, params) -> {
            simulator.reset();
            return json(200, "{\"reset\":true}");
        });
        router.add(RequestMethod.GET, "/vicidial/profile",
                (admin, event, params) -> json(200, profileJson(simulator.release().name())));
        router.add(RequestMethod.PUT, "/vicidial/profile", (admin, event, params) -> {
            Matcher m = PROFILE.matcher(event.getRequest().getBodyAsString());
            if (!m.matches()) {
                return error(400, "expected {\"profile\":\"NAME\"} with NAME one of " + Releases.names());
            }
            return Releases.byName(m.group(1))
                    .map(r -> {
                        simulator.release(r);
                        return json(200, profileJson(r.name()));
                    })
                    .orElseGet(() -> error(400, "unknown profile '" + m.group(1) + "'; known: " + Releases.names()));
        });
    }

    private static String profileJson(String name) {
        return "{\"profile\":\"" + name + "\"}";
    }

    private static ResponseDefinition json(int status, String body) {
        return json(status, body.getBytes(StandardCharsets.UTF_8));
    }

    private static ResponseDefinition json(int status, byte[] body) {
        return new ResponseDefinitionBuilder().withStatus(status)
                .withHeader("Content-Type", "application/json")
                .withBody(body).build();
    }

    private static ResponseDefinition error(int status, String message) {
        String escaped = message.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
        return json(status, "{\"error\":\"" + escaped + "\"}");
    }
}
