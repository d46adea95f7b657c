package dev.vicimock.mock.wiremock;

import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.security.Authenticator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * WireMock's admin authenticator for a shared secret: every {@code /__admin} request must carry
 * {@code Authorization: Bearer TOKEN}, else WireMock answers 401. Compares in constant time.
 */
public final class AdminToken implements Authenticator {
    private final byte[] expected;

    public AdminToken(String token) {
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("the admin token must not be empty");
        }
        this.expected = ("Bearer " + token).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public boolean authenticate(Request request) {
        HttpHeader header = request.header("Authorization");
        if (header == null || !header.isPresent()) {
            return false;
        }
        boolean match = false;
        for (String value : header.values()) {
            match |= MessageDigest.isEqual(expected, value.trim().getBytes(StandardCharsets.UTF_8));
        }
        return match;
    }
}
