package dev.vicimock.mock.wiremock;

import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.http.AdminRequestHandler;
import com.github.tomakehurst.wiremock.http.HttpServer;
import com.github.tomakehurst.wiremock.http.HttpServerFactory;
import com.github.tomakehurst.wiremock.http.StubRequestHandler;
import com.github.tomakehurst.wiremock.jetty11.Jetty11HttpServer;
import jakarta.servlet.DispatcherType;
import java.util.EnumSet;
import org.eclipse.jetty.servlet.FilterHolder;
import org.eclipse.jetty.servlet.ServletContextHandler;

/**
 * WireMock's own Jetty server with a {@link RequestGuard} in front of the stub and admin servlets: the stub
 * side with the request limits and the raw request kept for the simulator, the admin side only protected
 * from input WireMock's parsing would fail on.
 */
public final class GuardedServerFactory implements HttpServerFactory {
    private final RequestLimits limits;

    public GuardedServerFactory(RequestLimits limits) {
        this.limits = limits;
    }

    @Override
    public HttpServer buildHttpServer(Options options, AdminRequestHandler adminRequestHandler,
                                      StubRequestHandler stubRequestHandler) {
        return new Jetty11HttpServer(options, adminRequestHandler, stubRequestHandler) {
            @Override
            protected void decorateMockServiceContextBeforeConfig(ServletContextHandler context) {
                context.addFilter(new FilterHolder(new RequestGuard(limits, true)), "/*",
                        EnumSet.of(DispatcherType.REQUEST));
            }

            @Override
            protected void decorateAdminServiceContextBeforeConfig(ServletContextHandler context) {
                context.addFilter(new FilterHolder(new RequestGuard(new RequestLimits(0, 0), false)), "/*",
                        EnumSet.of(DispatcherType.REQUEST));
            }
        };
    }
}
