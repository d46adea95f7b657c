package dev.vicimock.mock.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vicimock.mock.VicidialMock;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The JUnit 5 extension gives each test a simulator whose state starts from the seed. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class VicidialMockExtensionTest {
    @RegisterExtension
    static VicidialMockExtension vicidial = VicidialMockExtension.perClass().configure(b -> b.profile("2.14-107"));

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static String get(VicidialMock mock, String query) throws IOException, InterruptedException {
        return HTTP.send(
                        HttpRequest.newBuilder(URI.create(mock.apiUrl() + "?" + query))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
    }

    @Test
    @Order(1)
    void injectsTheRunningMockWithItsConfiguredProfile(VicidialMock mock) throws Exception {
        assertTrue(get(mock, "function=version").startsWith("VERSION: 2.14-107|"));
        assertEquals(
                "SUCCESS: update_phone PHONE HAS BEEN DELETED - 6666|cc100|10.0.9.8|\n",
                get(
                        mock,
                        "source=test&user=6666&pass=1234&function=update_phone&extension=cc100"
                                + "&server_ip=10.0.9.8&delete_phone=Y"));
    }

    @Test
    @Order(2)
    void resetsTheStateBeforeEachTest(VicidialMock mock) throws Exception {
        assertEquals(
                "SUCCESS: update_phone PHONE HAS BEEN UPDATED - 6666|cc100|10.0.9.8|\n",
                get(
                        mock,
                        "source=test&user=6666&pass=1234&function=update_phone&extension=cc100"
                                + "&server_ip=10.0.9.8&phone_full_name=Again"));
    }
}
