package dev.vicimock.mock.wiremock;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.server.Request;

/**
 * The servlet filter in front of WireMock on the stub port. It refuses, with a one-line explanation, what never
 * reaches the PHP script behind a stock Apache (a request line over {@code LimitRequestLine}) or what the simulator
 * will not buffer (a body over the configured limit, or one that ends before its declared length); it keeps the
 * raw request for the simulator, and passes WireMock a {@link WireMockView} that its parsers cannot fail on.
 * Jetty itself has already refused what is not HTTP at all (raw spaces or bytes over 0x7f in the target, a bad
 * Host) with 400, and a request head over its buffer with 414 or 431.
 */
public final class RequestGuard implements Filter {
    private static final byte[] NO_BODY = new byte[0];
    private final RequestLimits limits;
    private final boolean keepRaw;

    /** {@code keepRaw}: bind the raw request for the simulator (the stub port) or not (the admin port). */
    public RequestGuard(RequestLimits limits, boolean keepRaw) {
        this.limits = limits;
        this.keepRaw = keepRaw;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        if (!(req instanceof HttpServletRequest http) || !(res instanceof HttpServletResponse out)) {
            chain.doFilter(req, res);
            return;
        }
        String query = http.getQueryString();
        if (SimulatorStub.PATH.equals(http.getRequestURI())) {
            long line = http.getMethod().length() + 1L + http.getRequestURI().length()
                    + (query == null ? 0 : 1 + query.length()) + 1 + http.getProtocol().length();
            if (limits.requestLineTooLong(line)) {
                refuse(out, 414, "the request line is " + line + " bytes, over the limit of "
                        + limits.maxRequestLineBytes() + " (Apache's LimitRequestLine)");
                return;
            }
        }
        if (limits.bodyTooLarge(http.getContentLengthLong())) {
            refuse(out, 413, "the request body of " + http.getContentLengthLong() + " bytes is over the limit of "
                    + limits.maxBodyBytes() + " bytes");
            return;
        }
        boolean bodyless = http.getContentLengthLong() <= 0 && http.getHeader("Transfer-Encoding") == null;
        byte[] body;
        try {
            body = bodyless ? NO_BODY : read(http.getInputStream(), limits.maxBodyBytes());
        } catch (IOException | RuntimeException e) {
            // Jetty reports a body cut short (early EOF) or badly chunked as an exception on read
            refuse(out, 400, "the request body could not be read to its end: " + e.getMessage());
            return;
        }
        if (body == null) {
            refuse(out, 413, "the request body is over the limit of " + limits.maxBodyBytes() + " bytes");
            return;
        }
        if (keepRaw) {
            new RawRequest(query, http.getContentType(), body).bind();
        }
        repairQuery(http, query);
        // a request without body or body headers gives WireMock nothing to trip on: it gets the request itself
        boolean plain = bodyless && http.getContentType() == null && http.getHeader("Content-Encoding") == null;
        try {
            chain.doFilter(plain ? http : WireMockView.of(http, body, limits.maxBodyBytes()), res);
        } catch (RuntimeException e) {
            if (!unmatchedForwardFailed(e) || out.isCommitted()) {
                throw e;
            }
            // WireMock forwards an unmatched GET to its files with the query decoded once more, and Jetty then
            // fails on an escape the client never sent; the answer meant for that request is WireMock's 404
            out.sendError(HttpServletResponse.SC_NOT_FOUND);
        } finally {
            RawRequest.unbind();
        }
    }

    private static boolean unmatchedForwardFailed(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IllegalArgumentException) {
                for (StackTraceElement frame : t.getStackTrace()) {
                    if (frame.getClassName().equals("org.eclipse.jetty.server.Dispatcher")
                            && frame.getMethodName().equals("forward")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Rewrites an invalid percent escape in the query ({@code %zz}, a lone {@code %}) as {@code %25zz} on Jetty's
     * own request, so that neither WireMock's parameter split nor Jetty's forward of an unmatched GET throws on
     * it. PHP decodes both spellings to the same bytes, and the simulator reads the raw query anyway.
     */
    private static void repairQuery(HttpServletRequest http, String query) {
        String repaired = query == null ? null : WireMockView.repairEscapes(query);
        Request base = Request.getBaseRequest(http);
        if (repaired != null && !repaired.equals(query) && base != null) {
            base.setHttpURI(HttpURI.build(base.getHttpURI()).query(repaired).asImmutable());
        }
    }

    /** The whole stream, or null when it is longer than the limit (0: no limit). */
    static byte[] read(InputStream in, long limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[4096];
        int n;
        while ((n = in.read(buffer)) >= 0) {
            out.write(buffer, 0, n);
            if (limit > 0 && out.size() > limit) {
                return null;
            }
        }
        return out.toByteArray();
    }

    private static void refuse(HttpServletResponse out, int status, String why) throws IOException {
        if (out.isCommitted()) {
            return;
        }
        out.reset();
        out.setStatus(status);
        out.setHeader("Connection", "close");
        out.setContentType("text/plain; charset=utf-8");
        byte[] body = ("vicidial-mock: " + why + "\n").getBytes(StandardCharsets.UTF_8);
        out.setContentLength(body.length);
        out.getOutputStream().write(body);
    }
}
