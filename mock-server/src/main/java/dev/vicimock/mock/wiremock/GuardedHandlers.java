package dev.vicimock.mock.wiremock;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.HandlerCollection;
import org.eclipse.jetty.util.MultiException;

/**
 * WireMock's own Jetty handlers, called in WireMock's order behind a {@link RequestGuard}: the stub side's guard
 * with the request limits and the raw request kept for the simulator, the admin side's only protecting WireMock
 * from input its parsing would fail on.
 *
 * <p>It takes the place of WireMock's handler collection rather than wrapping it, so a request goes no deeper into
 * the stack than in plain WireMock. That matters more than it seems: WireMock's journal tries every query value as
 * a date and each failed try throws an exception, which records the whole stack; with a servlet filter in the
 * chain those exceptions cost the simulator measurably more than plain WireMock.
 */
final class GuardedHandlers extends HandlerCollection {
    private static final String ADMIN_ROOT = "/__admin";

    private final RequestGuard stubGuard;
    private final RequestGuard adminGuard;

    GuardedHandlers(Handler[] wireMockHandlers, RequestLimits limits) {
        this.stubGuard = new RequestGuard(limits, true);
        this.adminGuard = new RequestGuard(new RequestLimits(0, 0), false);
        setHandlers(wireMockHandlers);
    }

    /** As {@link HandlerCollection#handle}, with the guard in front, in one frame. */
    @Override
    public void handle(String target, Request baseRequest, HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        Handler[] handlers = getHandlers();
        if (!isStarted() || handlers == null) {
            return;
        }
        RequestGuard guard = isAdmin(target) ? adminGuard : stubGuard;
        HttpServletRequest shown = guard.admit(request, response);
        if (shown == null) {
            baseRequest.setHandled(true);
            return;
        }
        MultiException failures = null;
        try {
            for (Handler handler : handlers) {
                try {
                    handler.handle(target, baseRequest, shown, response);
                } catch (IOException | RuntimeException e) {
                    throw e;
                } catch (Exception e) {
                    // like WireMock's collection: the other handlers still run, the failures are thrown together
                    failures = failures == null ? new MultiException() : failures;
                    failures.add(e);
                }
            }
        } catch (RuntimeException e) {
            if (!guard.answered(e, response)) {
                throw e;
            }
            baseRequest.setHandled(true);
        } finally {
            guard.release();
        }
        if (failures != null) {
            throw new ServletException(failures.size() == 1 ? failures.getThrowable(0) : failures);
        }
    }

    private static boolean isAdmin(String target) {
        return target.startsWith(ADMIN_ROOT)
                && (target.length() == ADMIN_ROOT.length() || target.charAt(ADMIN_ROOT.length()) == '/');
    }
}
