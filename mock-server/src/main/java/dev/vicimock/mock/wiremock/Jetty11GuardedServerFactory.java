package dev.vicimock.mock.wiremock;

import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.http.AdminRequestHandler;
import com.github.tomakehurst.wiremock.http.HttpServer;
import com.github.tomakehurst.wiremock.http.StubRequestHandler;
import com.github.tomakehurst.wiremock.jetty11.Jetty11HttpServer;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.handler.HandlerCollection;

/**
 * WireMock 3's own Jetty 11 server, with its handlers behind the simulator's request guard ({@link GuardedHandlers}):
 * it subclasses {@link Jetty11HttpServer} to take the handler collection WireMock builds.
 */
final class Jetty11GuardedServerFactory implements GuardedServerFactory {
    private final RequestLimits limits;

    Jetty11GuardedServerFactory(RequestLimits limits) {
        this.limits = limits;
    }

    @Override
    public HttpServer buildHttpServer(
            Options options, AdminRequestHandler adminRequestHandler, StubRequestHandler stubRequestHandler) {
        return new GuardedJettyServer(options, adminRequestHandler, stubRequestHandler);
    }

    /**
     * Named, since WireMock's verbose log names the server by its class's simple name. An inner class: the super
     * constructor builds the handlers, and only the enclosing instance (not a field of this one) is set by then.
     */
    private final class GuardedJettyServer extends Jetty11HttpServer {
        private GuardedJettyServer(
                Options options, AdminRequestHandler adminRequestHandler, StubRequestHandler stubRequestHandler) {
            super(options, adminRequestHandler, stubRequestHandler);
        }

        @Override
        protected Handler createHandler(
                Options options, AdminRequestHandler adminRequestHandler, StubRequestHandler stubRequestHandler) {
            Handler wireMock = super.createHandler(options, adminRequestHandler, stubRequestHandler);
            if (!(wireMock instanceof HandlerCollection collection)) {
                throw new IllegalStateException("WireMock's Jetty server no longer builds a handler collection: "
                        + wireMock.getClass().getName());
            }
            Handler[] handlers = collection.getHandlers();
            collection.setHandlers(null);
            return new GuardedHandlers(handlers, limits);
        }
    }
}
