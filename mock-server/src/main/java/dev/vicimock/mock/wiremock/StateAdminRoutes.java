package dev.vicimock.mock.wiremock;

import com.github.tomakehurst.wiremock.admin.Router;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.AdminApiExtension;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import dev.vicimock.mock.pipeline.Simulator;
import dev.vicimock.mock.release.Release;
import dev.vicimock.mock.release.Releases;
import dev.vicimock.mock.state.StateException;
import dev.vicimock.mock.state.StateJson;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The simulator's admin routes under {@code /__admin/vicidial}: read and replace the whole state, reset it,
 * and read or switch the release profile. A public contract: the routes and JSON shapes do not change.
 */
public final class StateAdminRoutes implements AdminApiExtension {
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
        router.add(
                RequestMethod.GET,
                "/vicidial/state",
                (admin, event, params) ->
                        json(200, StateJson.write(simulator.state().snapshot())));
        router.add(RequestMethod.PUT, "/vicidial/state", (admin, event, params) -> {
            try {
                simulator.state().replace(StateJson.read(event.getRequest().getBody()));
                return json(200, AdminJson.object("replaced", true));
            } catch (StateException e) {
                return error(400, "invalid state: " + e.getMessage());
            }
        });
        router.add(RequestMethod.POST, "/vicidial/reset", (admin, event, params) -> {
            simulator.reset();
            return json(200, AdminJson.object("reset", true));
        });
        router.add(
                RequestMethod.GET,
                "/vicidial/profile",
                (admin, event, params) ->
                        json(200, profileJson(simulator.release().name())));
        router.add(RequestMethod.PUT, "/vicidial/profile", (admin, event, params) -> {
            return switchProfile(event.getRequest().getBodyAsString(), simulator::release);
        });
    }

    /** {@code {"profile":"NAME"}} to the release it names, handed to {@code apply}; 400 for any other body. */
    static ResponseDefinition switchProfile(String body, Consumer<Release> apply) {
        Optional<String> name = AdminJson.text(body, "profile");
        if (name.isEmpty()) {
            return error(400, "expected {\"profile\":\"NAME\"} with NAME one of " + Releases.names());
        }
        return Releases.byName(name.get())
                .map(r -> {
                    apply.accept(r);
                    return json(200, profileJson(r.name()));
                })
                .orElseGet(() -> error(400, "unknown profile '" + name.get() + "'; known: " + Releases.names()));
    }

    static byte[] profileJson(String name) {
        return AdminJson.object("profile", name);
    }

    static ResponseDefinition json(int status, byte[] body) {
        return new ResponseDefinitionBuilder()
                .withStatus(status)
                .withHeader("Content-Type", "application/json")
                .withBody(body)
                .build();
    }

    static ResponseDefinition error(int status, String message) {
        return json(status, AdminJson.error(message));
    }
}
