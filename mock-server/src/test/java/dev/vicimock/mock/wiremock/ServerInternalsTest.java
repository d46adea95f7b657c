package dev.vicimock.mock.wiremock;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.core.Version;
import com.github.tomakehurst.wiremock.http.AdminRequestHandler;
import com.github.tomakehurst.wiremock.http.StubRequestHandler;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.Charset;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.HandlerCollection;
import org.eclipse.jetty.util.Jetty;
import org.eclipse.jetty.util.MultiMap;
import org.eclipse.jetty.util.UrlEncoded;
import org.junit.jupiter.api.Test;

/**
 * What {@link GuardedServerFactory}'s implementation and the request guard take from WireMock's and Jetty's
 * internals, by name and signature: after a WireMock or Jetty upgrade this fails first and says what is gone,
 * before a request finds out. Each failure means rewriting the seam, not loosening this test.
 */
class ServerInternalsTest {
    private static final String SEAM = " (the seam: wiremock/GuardedServerFactory and its Jetty 11 implementation)";

    @Test
    void runsOnWireMock3AndJetty11() {
        assertTrue(
                Version.getCurrentVersion().startsWith("3."),
                "written for WireMock 3, found " + Version.getCurrentVersion() + SEAM);
        assertTrue(Jetty.VERSION.startsWith("11."), "written for Jetty 11, found " + Jetty.VERSION + SEAM);
    }

    @Test
    void wireMocksJettyServerStillLetsASubclassTakeItsHandlers() throws Exception {
        Class<?> server = Class.forName("com.github.tomakehurst.wiremock.jetty11.Jetty11HttpServer");
        assertDoesNotThrow(
                () -> server.getConstructor(Options.class, AdminRequestHandler.class, StubRequestHandler.class),
                "Jetty11HttpServer(Options, AdminRequestHandler, StubRequestHandler)" + SEAM);
        Method createHandler = server.getDeclaredMethod(
                "createHandler", Options.class, AdminRequestHandler.class, StubRequestHandler.class);
        assertTrue(
                Modifier.isProtected(createHandler.getModifiers()) || Modifier.isPublic(createHandler.getModifiers()),
                "Jetty11HttpServer.createHandler overridable" + SEAM);
        assertEquals(Handler.class, createHandler.getReturnType(), "createHandler returns a Jetty Handler" + SEAM);
    }

    @Test
    void jettysHandlerCollectionStillHandsOutAndTakesItsHandlers() throws Exception {
        assertEquals(
                Handler[].class,
                HandlerCollection.class.getMethod("getHandlers").getReturnType(),
                SEAM);
        HandlerCollection.class.getMethod("setHandlers", Handler[].class);
        HandlerCollection.class.getMethod(
                "handle", String.class, Request.class, HttpServletRequest.class, HttpServletResponse.class);
    }

    @Test
    void jettysRequestStillLetsTheGuardRewriteItsQuery() throws Exception {
        Method base = Request.class.getMethod("getBaseRequest", ServletRequest.class);
        assertTrue(Modifier.isStatic(base.getModifiers()), "Request.getBaseRequest is static" + SEAM);
        Request.class.getMethod("getHttpURI");
        Request.class.getMethod("setHttpURI", HttpURI.class);
        Class<?> mutable = HttpURI.class.getMethod("build", HttpURI.class).getReturnType();
        mutable.getMethod("query", String.class);
        mutable.getMethod("asImmutable");
    }

    @Test
    void jettysFormDecodingIsStillWhereWireMockViewTriesABody() throws Exception {
        UrlEncoded.class.getMethod("decodeTo", String.class, MultiMap.class, Charset.class);
    }
}
