package dev.vicimock.mock.robust;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vicimock.mock.VicidialMock;
import dev.vicimock.mock.http.Redaction;
import dev.vicimock.mock.testing.RawClient;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** pass, phone_pass and registration_password never reach the request journal or the log in clear. */
class RedactionTest {
    private static final Pattern SECRET = Pattern.compile("Sekret\\d");

    @Test
    void theJournalHoldsNoSecretWhateverWayItWasSent() {
        RecordingNotifier log = new RecordingNotifier(true);
        try (VicidialMock mock = VicidialMock.builder()
                .verbose(true)
                .wireMockOptions(c -> c.notifier(log))
                .build()
                .start()) {
            int port = mock.port();
            // a failed login echoes the password; a bad registration password is echoed in its error
            Calls.get(
                    port,
                    Calls.params("source", "test", "user", "6666", "pass", "Sekret1", "function", "update_phone"));
            Calls.get(
                    port,
                    Calls.update(
                            "cc100",
                            "10.0.9.8",
                            "registration_password",
                            "Sekret2x".repeat(5),
                            "phone_pass",
                            "Sekret3",
                            "DB",
                            "1"));
            Calls.send(
                    port,
                    RawClient.request(
                            "GET",
                            "/vicidial/non_agent_api.php?user=6666&p%61ss=Sekret4"
                                    + "&phone.pass=Sekret5&registration_password[]=Sekret6",
                            Map.of(),
                            null));
            Calls.send(
                    port,
                    RawClient.request(
                            "POST",
                            "/vicidial/non_agent_api.php",
                            Map.of("Content-Type", "application/x-www-form-urlencoded"),
                            "function=add_phone&source=test&user=6666&pass=1234&phone_pass=Sekret7&registration_password=Sekret8"
                                    .getBytes(StandardCharsets.UTF_8)));
            Calls.send(
                    port,
                    RawClient.request(
                            "POST",
                            "/vicidial/non_agent_api.php",
                            Map.of("Content-Type", "multipart/form-data; boundary=XyZ"),
                            ("--XyZ\r\nContent-Disposition: form-data; name=\"user\"\r\n\r\n6666\r\n"
                                            + "--XyZ\r\nContent-Disposition: form-data; name=\"pass\"\r\n\r\nSekret9\r\n--XyZ--\r\n")
                                    .getBytes(StandardCharsets.UTF_8)));
            Calls.send(port, RawClient.request("GET", "/elsewhere?pass=Sekret0", Map.of(), null));

            String journal =
                    Calls.admin(port, "GET", "/__admin/requests", null, null).text();
            assertEquals(List.of(), secretsIn(journal), "secrets in GET /__admin/requests");
            assertTrue(journal.contains("***"), "secrets are masked, not dropped");
            assertTrue(journal.contains("user=6666"), "the rest is kept");
            // three GETs carried a pass parameter (one spelled p%61ss), the password 1234 included
            assertEquals(
                    3,
                    mock.wireMock()
                            .countRequestsMatching(getRequestedFor(urlPathEqualTo("/vicidial/non_agent_api.php"))
                                    .withQueryParam("pass", equalTo("***"))
                                    .build())
                            .getCount(),
                    "verification reads the masked journal");
            assertEquals(
                    List.of(),
                    secretsIn(String.join("\n", log.infos()) + String.join("\n", log.errors())),
                    "secrets in the log");
            assertFalse(log.infos().isEmpty(), "verbose logging logged the requests");
        }
    }

    @Test
    void theAdminTokenAndStateSecretsStayOutOfTheLog() {
        RecordingNotifier log = new RecordingNotifier(true);
        try (VicidialMock mock = VicidialMock.builder()
                .verbose(true)
                .adminToken("Sekret1")
                .wireMockOptions(c -> c.notifier(log))
                .build()
                .start()) {
            String state = mock.stateJson().replace("\"pass\":\"1234\"", "\"pass\":\"Sekret2\"");
            assertEquals(
                    200,
                    Calls.admin(mock.port(), "PUT", "/__admin/vicidial/state", "Sekret1", state)
                            .status());
            assertEquals(List.of(), secretsIn(String.join("\n", log.infos())));
        }
    }

    @Test
    void formsMaskSecretValuesAsPhpNamesThem() {
        assertEquals(
                "user=6666&pass=***&p%61ss=***&phone.pass=***&registration_password%5B%5D=***&passive",
                Redaction.form("user=6666&pass=1&p%61ss=2&phone.pass=3&registration_password%5B%5D=4&passive"));
    }

    @Test
    void answersMaskTheEchoedPasswords() {
        assertEquals(
                "ERROR: Login incorrect, please try again: |6666|***|BAD|\n",
                Redaction.answer("ERROR: Login incorrect, please try again: |6666|hunter2|BAD|\n"));
        assertEquals(
                "ERROR: update_phone YOU MUST USE A VALID PHONE PASSWORD: |6666|***\n",
                Redaction.answer("ERROR: update_phone YOU MUST USE A VALID PHONE PASSWORD: |6666|p\n"));
        assertEquals(
                "ERROR: add_phone YOU MUST USE ALL REQUIRED FIELDS: |6666|cc1|12|12|lg|***|10.0.9.8|SIP|***|Name|-5|\n",
                Redaction.answer("ERROR: add_phone YOU MUST USE ALL REQUIRED FIELDS: "
                        + "|6666|cc1|12|12|lg|pw|10.0.9.8|SIP|rp|Name|-5|\n"));
        assertEquals(
                "|UPDATE phones SET install_directory='' ,pass='***' ,conf_secret='***' WHERE x|\n",
                Redaction.answer("|UPDATE phones SET install_directory='' ,pass='pw1' ,conf_secret='rp1' WHERE x|\n"));
        assertEquals(
                "SUCCESS: update_phone PHONE HAS BEEN UPDATED - 6666|cc100|10.0.9.8|\n",
                Redaction.answer("SUCCESS: update_phone PHONE HAS BEEN UPDATED - 6666|cc100|10.0.9.8|\n"));
    }

    private static List<String> secretsIn(String text) {
        Matcher m = SECRET.matcher(text);
        List<String> found = new ArrayList<>();
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }
}
