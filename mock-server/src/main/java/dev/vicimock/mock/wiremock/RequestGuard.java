package dev.vicimock.mock.wiremock;

import dev.vicimock.mock.http.ApiPath;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.server.Request;

/**
 * What stands between a client and WireMock. It refuses, with a one-line explanation, what never reaches the PHP
 * script behind a stock Apache (a request line over {@code LimitRequestLine}) or what the simulator will not buffer
 * (a body over the configured limit, or one that ends before its declared length); it keeps the raw request for
 * the simulator, and shows WireMock a {@link WireMockView} that its parsers cannot fail on. Jetty itself has
 * already refused what is not HTTP at all (raw spaces or bytes over 0x7f in the target, a bad Host) with 400, and
 * a request head over its buffer with 414 or 431. {@link GuardedHandlers} calls it for every request; it cannot be
 * a WireMock request filter, which runs too late for all of this (see {@link GuardedServerFactory}).
 */
final class RequestGuard {
    private static final byte[] NO_BODY = new byte[0];
    private final RequestLimits limits;
    private final boolean keepRaw;

    /** {@code keepRaw}: bind the raw request for the simulator (the stub side) or not (the admin side). */
    RequestGuard(RequestLimits limits, boolean keepRaw) {
        this.limits = limits;
        this.keepRaw = keepRaw;
    }

    /**
     * Lets a request in: the request WireMock is to be shown (the request itself, or a view of it), with the raw
     * request bound for the simulator until {@link #release()}; or null when the guard has answered it itself.
     */
    HttpServletRequest admit(HttpServletRequest http, HttpServletResponse out) throws IOException {
        String query = http.getQueryString();
        if (ApiPath.isApi(http.getRequestURI())) {
            long line = http.getMethod().length()
                    + 1L
                    + http.getRequestURI().length()
                    + (query == null ? 0 : 1 + query.length())
                    + 1
                    + http.getProtocol().length();
            if (limits.requestLineTooLong(line)) {
                refuse(
                        out,
                        414,
                        "the request line is " + line + " bytes, over the limit of " + limits.maxRequestLineBytes()
                                + " (Apache's LimitRequestLine)");
                return null;
            }
        }
        if (limits.bodyTooLarge(http.getContentLengthLong())) {
            refuse(
                    out,
                    413,
                    "the request body of " + http.getContentLengthLong() + " bytes is over the limit of "
                            + limits.maxBodyBytes() + " bytes");
            return null;
        }
        boolean bodyless = http.getContentLengthLong() <= 0 && http.getHeader("Transfer-Encoding") == null;
        byte[] body;
        try {
            body = bodyless ? NO_BODY : read(http.getInputStream(), limits.maxBodyBytes());
        } catch (IOException | RuntimeException e) {
            // Jetty reports a body cut short (early EOF) or badly chunked as an exception on read
            refuse(out, 400, "the request body could not be read to its end: " + e.getMessage());
            return null;
        }
        if (body == null) {
            refuse(out, 413, "the request body is over the limit of " + limits.maxBodyBytes() + " bytes");
            return null;
        }
        if (keepRaw) {
            new RawRequest(query, http.getContentType(), body).bind();
        }
        repairQuery(http, query);
        // a request without body or body headers gives WireMock nothing to trip on: it gets the request itself
        boolean plain = bodyless && http.getContentType() == null && http.getHeader("Content-Encoding") == null;
        return plain ? http : WireMockView.of(http, body, limits.maxBodyBytes());
    }

    /** Ends an admitted request: the raw request is no longer the thread's. */
    void release() {
        RawRequest.unbind();
    }

    /**
     * Answers a failure of WireMock's handling that is the guard's to answer, and says whether it did: WireMock
     * forwards an unmatched GET to its files with the query decoded once more, and Jetty then fails on an escape
     * the client never sent; the answer meant for that request is WireMock's 404.
     */
    boolean answered(RuntimeException failure, HttpServletResponse out) throws IOException {
        if (!unmatchedForwardFailed(failure) || out.isCommitted()) {
            return false;
        }
        out.sendError(HttpServletResponse.SC_NOT_FOUND);
        return true;
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
