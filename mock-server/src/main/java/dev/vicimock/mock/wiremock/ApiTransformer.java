package dev.vicimock.mock.wiremock;

import com.github.tomakehurst.wiremock.common.Notifier;
import com.github.tomakehurst.wiremock.extension.ResponseTransformerV2;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.Response;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.vicimock.mock.answer.Answer;
import dev.vicimock.mock.http.ApiPath;
import dev.vicimock.mock.http.ApiRequest;
import dev.vicimock.mock.pipeline.DialerLimitReached;
import dev.vicimock.mock.pipeline.Dialers;
import dev.vicimock.mock.pipeline.Simulator;

/**
 * Answers requests matched by the simulator's catch-all stub with what the simulated VICIdial says, and only the
 * headers the real {@code non_agent_api.php} sends. A response transformer rather than a response-definition one,
 * because it runs after WireMock has added its own {@code Matched-Stub-*} headers and can leave them out. The path
 * picks the dialer: the default one, or an isolated one by name (a map lookup); when a new dialer would be one too
 * many, the answer is a 503 with a one-line reason, which the real script never sends.
 */
public final class ApiTransformer implements ResponseTransformerV2 {
    public static final String NAME = "vicidial-non-agent-api";
    private static final HttpHeaders HEADERS = new HttpHeaders(
            new HttpHeader("Content-Type", "text/html; charset=utf-8"),
            new HttpHeader("Cache-Control", "no-cache, must-revalidate"),
            new HttpHeader("Pragma", "no-cache"));

    private static final HttpHeaders REFUSAL = new HttpHeaders(new HttpHeader("Content-Type", "text/plain"));

    private final Dialers dialers;
    private final Notifier notifier;

    public ApiTransformer(Dialers dialers, Notifier notifier) {
        this.dialers = dialers;
        this.notifier = notifier;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public Response transform(Response stubbed, ServeEvent serveEvent) {
        Request request = serveEvent.getRequest();
        String url = request.getUrl();
        int q = url.indexOf('?');
        RawRequest raw = RawRequest.current()
                .orElseGet(() -> new RawRequest(
                        q < 0 ? null : url.substring(q + 1), request.getHeader("Content-Type"), request.getBody()));
        // PHP fills $_POST from the body of a POST only; other methods' bodies are not parameters
        boolean post = request.getMethod().value().equals("POST");
        String dialer = ApiPath.dialerOf(q < 0 ? url : url.substring(0, q));
        Answer answer;
        try {
            Simulator simulator = dialer == null || dialer.isEmpty()
                    ? dialers.defaultDialer()
                    : dialers.use(dialer).simulator();
            answer = simulator.handle(
                    ApiRequest.of(raw.query(), post ? raw.body() : null, raw.contentType(), request.getClientIp()));
        } catch (DialerLimitReached full) {
            return Response.response()
                    .status(503)
                    .headers(REFUSAL)
                    .body("vicidial-mock: " + full.getMessage() + "\n")
                    .build();
        } catch (RuntimeException bug) {
            // not the real server's behaviour: a defect of the simulator, said plainly rather than hidden
            notifier.error("vicidial-mock failed on " + request.getMethod() + " " + url, bug);
            return Response.response()
                    .status(500)
                    .headers(HEADERS)
                    .body("vicidial-mock internal error: " + bug)
                    .build();
        }
        return Response.response()
                .status(answer.status())
                .headers(HEADERS)
                .body(answer.body())
                .build();
    }
}
