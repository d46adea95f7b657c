package dev.vicimock.mock.wiremock;

import com.github.tomakehurst.wiremock.admin.Router;
import com.github.tomakehurst.wiremock.common.url.PathParams;
import com.github.tomakehurst.wiremock.extension.AdminApiExtension;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import dev.vicimock.mock.http.ApiPath;
import dev.vicimock.mock.pipeline.Dialer;
import dev.vicimock.mock.pipeline.DialerLimitReached;
import dev.vicimock.mock.pipeline.Dialers;
import dev.vicimock.mock.state.DialerState;
import dev.vicimock.mock.state.StateException;
import dev.vicimock.mock.state.StateJson;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The isolated dialers' admin routes under {@code /__admin/vicidial/dialers}: the list, and for one dialer the same
 * state, reset and profile routes as the default dialer's (see {@link StateAdminRoutes}), plus its removal. Every
 * route but the list and DELETE creates the dialer on first use, as a request on its API path does; beyond the
 * maximum that is a 503 with the usual {@code {"error": ...}} body.
 */
public final class DialerAdminRoutes implements AdminApiExtension {
    private static final String ROOT = "/vicidial/dialers";
    private static final String ONE = ROOT + "/{name}";

    private final Dialers dialers;

    public DialerAdminRoutes(Dialers dialers) {
        this.dialers = dialers;
    }

    @Override
    public String getName() {
        return "vicidial-dialer-admin-routes";
    }

    /**
     * Each route is a lambda of its own: WireMock finds a route's path template again by its task's class, so two
     * routes must never share one.
     */
    @Override
    public void contributeAdminApiRoutes(Router router) {
        router.add(RequestMethod.GET, ROOT, (admin, event, params) -> StateAdminRoutes.json(200, list()));
        router.add(
                RequestMethod.GET,
                ONE + "/state",
                (admin, event, params) -> using(
                        params,
                        dialer -> StateAdminRoutes.json(
                                200, StateJson.write(dialer.simulator().state().snapshot()))));
        router.add(
                RequestMethod.PUT,
                ONE + "/state",
                (admin, event, params) -> named(params, name -> {
                    try {
                        dialers.replace(name, StateJson.read(event.getRequest().getBody()));
                        return StateAdminRoutes.json(200, AdminJson.object("replaced", true));
                    } catch (StateException e) {
                        return StateAdminRoutes.error(400, "invalid state: " + e.getMessage());
                    }
                }));
        router.add(
                RequestMethod.POST,
                ONE + "/reset",
                (admin, event, params) -> using(params, dialer -> {
                    dialer.simulator().reset();
                    return StateAdminRoutes.json(200, AdminJson.object("reset", true));
                }));
        router.add(
                RequestMethod.GET,
                ONE + "/profile",
                (admin, event, params) -> using(
                        params,
                        dialer -> StateAdminRoutes.json(
                                200,
                                StateAdminRoutes.profileJson(
                                        dialer.simulator().release().name()))));
        router.add(
                RequestMethod.PUT,
                ONE + "/profile",
                (admin, event, params) -> using(
                        params,
                        dialer -> StateAdminRoutes.switchProfile(
                                event.getRequest().getBodyAsString(), dialer::release)));
        router.add(
                RequestMethod.DELETE,
                ONE,
                (admin, event, params) -> named(
                        params,
                        name -> dialers.delete(name)
                                ? StateAdminRoutes.json(200, AdminJson.object("deleted", name))
                                : StateAdminRoutes.error(404, "no dialer '" + name + "'")));
    }

    /** {@code {"max":N,"idleExpiry":"PT1H","dialers":[{name, profile, phones, users, lastUse}...]}}. */
    private byte[] list() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Dialer d : dialers.list()) {
            DialerState state = d.simulator().state();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", d.name());
            m.put("profile", d.simulator().release().name());
            m.put("phones", state.transaction(db -> db.phones().size()));
            m.put("users", state.transaction(db -> db.users().size()));
            m.put("lastUse", Instant.ofEpochMilli(d.lastUse()).toString());
            out.add(m);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("max", dialers.limits().maxDialers());
        body.put("idleExpiry", dialers.limits().idleExpiry().toString());
        body.put("dialers", out);
        return AdminJson.value(body);
    }

    /** A route on one dialer, which is created if it does not exist. */
    private ResponseDefinition using(PathParams params, Function<Dialer, ResponseDefinition> route) {
        return named(params, name -> route.apply(dialers.use(name)));
    }

    /** A route on a dialer name: 400 for a name that cannot be one, 503 when a new dialer would be too many. */
    private static ResponseDefinition named(PathParams params, Function<String, ResponseDefinition> route) {
        String name = name(params);
        if (!ApiPath.validName(name)) {
            return StateAdminRoutes.error(400, "'" + name + "' cannot name a dialer: " + ApiPath.NAME_RULE);
        }
        try {
            return route.apply(name);
        } catch (DialerLimitReached e) {
            return StateAdminRoutes.error(503, e.getMessage());
        }
    }

    private static String name(PathParams params) {
        return params.get("name");
    }
}
