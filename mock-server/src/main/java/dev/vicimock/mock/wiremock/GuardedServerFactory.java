package dev.vicimock.mock.wiremock;

import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.http.AdminRequestHandler;
import com.github.tomakehurst.wiremock.http.HttpServer;
import com.github.tomakehurst.wiremock.http.HttpServerFactory;
import com.github.tomakehurst.wiremock.http.StubRequestHandler;
import com.github.tomakehurst.wiremock.jetty11.Jetty11HttpServer;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.handler.HandlerCollection;

/** WireMock's own Jetty server, with its handlers behind the simulator's request guard ({@link GuardedHandlers}). */
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
            protected Handler createHandler(Options options, AdminRequestHandler adminRequestHandler,
                                            StubRequestHandler stubRequestHandler) {
                Handler wireMock = super.createHandler(options, adminRequestHandler, stubRequestHandler);
                if (!(wireMock instanceof HandlerCollection collection)) {
                    throw new IllegalStateException("WireMock's Jetty server no longer builds a handler collection: "
                            + wireMock.getClass().getName());
                }
                Handler[] handlers = collection.getHandlers();
                collection.setHandlers(null);
                return new GuardedHandlers(handlers, limits);
            }
        };
    }
}
