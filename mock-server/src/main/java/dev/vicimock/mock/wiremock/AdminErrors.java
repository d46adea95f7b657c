package dev.vicimock.mock.wiremock;

import com.github.tomakehurst.wiremock.admin.AdminRoutes;
import com.github.tomakehurst.wiremock.admin.tasks.NotFoundAdminTask;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.AdminApiExtension;
import com.github.tomakehurst.wiremock.extension.WireMockServices;
import com.github.tomakehurst.wiremock.extension.requestfilter.AdminRequestFilterV2;
import com.github.tomakehurst.wiremock.extension.requestfilter.RequestFilterAction;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.security.Authenticator;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Says in JSON what is wrong with an admin request that WireMock would answer with an empty body: 401 (with
 * {@code WWW-Authenticate: Bearer} when the admin token protects the API), 404 for a route that does not exist and
 * 405 (with {@code Allow}) for a route that exists for other methods. It runs before WireMock's own handling.
 */
final class AdminErrors implements AdminRequestFilterV2 {
    private static final String ADMIN_ROOT = "/__admin";
    private static final List<RequestMethod> METHODS = List.of(
            RequestMethod.GET,
            RequestMethod.HEAD,
            RequestMethod.POST,
            RequestMethod.PUT,
            RequestMethod.PATCH,
            RequestMethod.DELETE,
            RequestMethod.OPTIONS);

    private final WireMockServices services;
    private volatile AdminRoutes routes;

    AdminErrors(WireMockServices services) {
        this.services = services;
    }

    @Override
    public String getName() {
        return "vicidial-admin-errors";
    }

    @Override
    public RequestFilterAction filter(Request request, ServeEvent serveEvent) {
        Authenticator authenticator = services.getOptions().getAdminAuthenticator();
        if (authenticator != null && !authenticator.authenticate(request)) {
            ResponseDefinitionBuilder refused = error(
                    401,
                    authenticator instanceof AdminToken
                            ? "the admin API needs the header Authorization: Bearer TOKEN"
                            : "not authorised");
            if (authenticator instanceof AdminToken) {
                refused.withHeader("WWW-Authenticate", "Bearer realm=\"vicidial-mock\"");
            }
            return RequestFilterAction.stopWith(refused.build());
        }
        String path = path(request.getUrl());
        if (exists(request.getMethod(), path)) {
            return RequestFilterAction.continueWith(request);
        }
        List<String> allowed = METHODS.stream()
                .filter(m -> exists(m, path))
                .map(RequestMethod::getName)
                .toList();
        if (allowed.isEmpty()) {
            return RequestFilterAction.stopWith(
                    error(404, "no admin route " + ADMIN_ROOT + path).build());
        }
        return RequestFilterAction.stopWith(error(
                        405,
                        request.getMethod() + " is not allowed on " + ADMIN_ROOT + path + "; allowed: "
                                + String.join(", ", allowed))
                .withHeader("Allow", allowed.stream().collect(Collectors.joining(", ")))
                .build());
    }

    private boolean exists(RequestMethod method, String path) {
        return !(routes().taskFor(method, path) instanceof NotFoundAdminTask);
    }

    /** WireMock's route table with every admin extension, built once all extensions are loaded. */
    private AdminRoutes routes() {
        if (routes == null) {
            routes = AdminRoutes.forServer(
                    services.getExtensions().ofType(AdminApiExtension.class).values(), services.getStores());
        }
        return routes;
    }

    private static String path(String url) {
        String path = url.startsWith(ADMIN_ROOT) ? url.substring(ADMIN_ROOT.length()) : url;
        int q = path.indexOf('?');
        return q < 0 ? path : path.substring(0, q);
    }

    private static ResponseDefinitionBuilder error(int status, String message) {
        return new ResponseDefinitionBuilder()
                .withStatus(status)
                .withHeader("Content-Type", "application/json")
                .withBody(AdminJson.error(message));
    }
}
