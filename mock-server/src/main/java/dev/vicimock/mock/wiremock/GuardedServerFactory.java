package dev.vicimock.mock.wiremock;

import com.github.tomakehurst.wiremock.http.HttpServerFactory;

/**
 * WireMock's HTTP server with the simulator's {@link RequestGuard} in front of WireMock's handlers. This is the one
 * seam that reaches into WireMock's server internals (WireMock 3's Jetty 11 server, which WireMock 4 replaces): an
 * upgrade writes another implementation and leaves its callers alone; {@code ServerInternalsTest} names what the
 * implementation relies on and fails first when any of it is gone.
 *
 * <p>Why not WireMock's {@code RequestFilterV2}: WireMock runs its filters only after it has made the request's
 * {@code ServeEvent}, which reads the whole body and splits the query. By then a body over the limit has been
 * buffered (the guard refuses it with 413 from its declared length, unread), a body cut short has already failed
 * inside WireMock (the guard answers 400), and an invalid percent escape has already thrown in WireMock's split
 * (the guard rewrites it first); nor can a filter answer the failure of WireMock's forward of an unmatched GET,
 * which comes after it (the guard answers WireMock's 404). {@code RequestGuardTest} checks each of these.
 */
public interface GuardedServerFactory extends HttpServerFactory {
    /** The guarded server of the WireMock this build runs on. */
    static GuardedServerFactory of(RequestLimits limits) {
        return new Jetty11GuardedServerFactory(limits);
    }
}
