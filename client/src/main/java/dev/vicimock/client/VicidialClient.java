package dev.vicimock.client;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A small Non-Agent API client over {@link HttpClient}: one method per function, each sending a GET with the
 * credentials, {@code source} and the given parameters, and reading the body into the function's typed result.
 * Any HTTP status is read, since the real server answers its own crashes with HTTP 500 and an empty body
 * ({@link Outcome#NONE}).
 */
public final class VicidialClient {
    private final HttpClient http;
    private final URI apiUrl;
    private final Map<String, String> credentials;

    /**
     * @param apiUrl the full URL of {@code non_agent_api.php}
     * @param source the {@code source} parameter (at least two characters)
     */
    public VicidialClient(String apiUrl, String user, String pass, String source) {
        this(HttpClient.newHttpClient(), apiUrl, user, pass, source);
    }

    public VicidialClient(HttpClient http, String apiUrl, String user, String pass, String source) {
        this.http = http;
        this.apiUrl = URI.create(apiUrl);
        this.credentials = Map.of("source", source, "user", user, "pass", pass);
    }

    public UpdatePhoneResult updatePhone(Map<String, String> params) {
        return UpdatePhoneResult.parse(call(ApiFunction.UPDATE_PHONE, params));
    }

    public AddPhoneResult addPhone(Map<String, String> params) {
        return AddPhoneResult.parse(call(ApiFunction.ADD_PHONE, params));
    }

    public VersionResult version() {
        return VersionResult.parse(call(ApiFunction.VERSION, Map.of()));
    }

    public AddUserResult addUser(Map<String, String> params) {
        return AddUserResult.parse(call(ApiFunction.ADD_USER, params));
    }

    public UpdateUserResult updateUser(Map<String, String> params) {
        return UpdateUserResult.parse(call(ApiFunction.UPDATE_USER, params));
    }

    public CopyUserResult copyUser(Map<String, String> params) {
        return CopyUserResult.parse(call(ApiFunction.COPY_USER, params));
    }

    public UserDetailsResult userDetails(Map<String, String> params) {
        return UserDetailsResult.parse(call(ApiFunction.USER_DETAILS, params));
    }

    public AddPhoneAliasResult addPhoneAlias(Map<String, String> params) {
        return AddPhoneAliasResult.parse(call(ApiFunction.ADD_PHONE_ALIAS, params));
    }

    public UpdatePhoneAliasResult updatePhoneAlias(Map<String, String> params) {
        return UpdatePhoneAliasResult.parse(call(ApiFunction.UPDATE_PHONE_ALIAS, params));
    }

    public AddGroupAliasResult addGroupAlias(Map<String, String> params) {
        return AddGroupAliasResult.parse(call(ApiFunction.ADD_GROUP_ALIAS, params));
    }

    /** Sends one call and returns the body as received. */
    public String call(ApiFunction function, Map<String, String> params) {
        Map<String, String> query = new LinkedHashMap<>(credentials);
        query.put("function", function.apiName());
        query.putAll(params);
        String encoded = query.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpRequest request =
                HttpRequest.newBuilder(URI.create(apiUrl + "?" + encoded)).GET().build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                    .body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while calling " + function.apiName(), e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
