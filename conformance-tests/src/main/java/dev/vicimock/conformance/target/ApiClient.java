package dev.vicimock.conformance.target;

import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.MultiPartConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Sends {@link ApiRequest}s to the target's API URL with rest-assured and keeps the answer byte for byte. It
 * turns off everything that would change the request on the way (URL re-encoding, charset suffixes, redirects),
 * and sends everything over a small {@link ConnectionPool}, closed by {@link #close()}.
 */
public final class ApiClient implements AutoCloseable {

    /** The response headers the suite asserts; others are not kept. */
    static final List<String> KEPT_HEADERS = List.of("content-type", "cache-control", "pragma");

    private static final String BOUNDARY = "----conformanceBoundary7MA4YWxkTrZu0gW";

    private final String apiUrl;
    private final RestAssuredConfig config;
    private final ConnectionPool pool;

    /** A client holding at most {@link TargetConfig#DEFAULT_MAX_CONNECTIONS} connections. */
    public ApiClient(String apiUrl) {
        this(apiUrl, TargetConfig.DEFAULT_MAX_CONNECTIONS);
    }

    /** A client holding at most {@code maxConnections} connections to the target at any time. */
    public ApiClient(String apiUrl, int maxConnections) {
        this.apiUrl = apiUrl;
        this.pool = new ConnectionPool(maxConnections);
        this.config = RestAssuredConfig.config()
                .encoderConfig(EncoderConfig.encoderConfig()
                        .appendDefaultContentCharsetToContentTypeIfUndefined(false)
                        .defaultContentCharset(StandardCharsets.UTF_8))
                .multiPartConfig(MultiPartConfig.multiPartConfig().defaultBoundary(BOUNDARY))
                .httpClient(HttpClientConfig.httpClientConfig()
                        .httpClientFactory(pool::client)
                        .setParam("http.protocol.handle-redirects", false)
                        .setParam("http.connection.timeout", 15_000)
                        .setParam("http.socket.timeout", 60_000));
    }

    public String apiUrl() {
        return apiUrl;
    }

    public ApiExchange send(ApiRequest request) {
        pool.evictIdle();
        RequestSpecification spec = RestAssured.given().config(config).urlEncodingEnabled(false);
        if (!request.multipart().isEmpty()) {
            spec.contentType(ApiRequest.MULTIPART);
            for (Param part : request.multipart()) {
                spec.multiPart(part.name(), part.value());
            }
        } else if (request.contentType().isPresent()) {
            // a String body: rest-assured encodes forms from text only, and sends this text unchanged
            spec.contentType(request.contentType().get()).body(request.body());
        }
        String url = request.rawQuery().isEmpty() ? apiUrl : apiUrl + "?" + request.rawQuery();
        Response response = spec.request(request.method(), url);
        Map<String, String> headers = new HashMap<>();
        response.getHeaders().forEach(h -> {
            String name = h.getName().toLowerCase(Locale.ROOT);
            if (KEPT_HEADERS.contains(name)) {
                headers.put(name, h.getValue());
            }
        });
        String body = new String(response.asByteArray(), StandardCharsets.UTF_8);
        return new ApiExchange(request, response.getStatusCode(), headers, body);
    }

    /** Closes every connection to the target. */
    @Override
    public void close() {
        pool.close();
    }
}
