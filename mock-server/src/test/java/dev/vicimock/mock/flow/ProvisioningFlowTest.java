package dev.vicimock.mock.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.vicimock.mock.VicidialMock;
import dev.vicimock.mock.state.Row;
import dev.vicimock.mock.state.Snapshot;
import dev.vicimock.mock.state.StateJson;
import dev.vicimock.mock.state.Tables;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A provisioning script as integrators write it, over HTTP: an agent and its phone are created together,
 * changed together, the agent is copied as a template, then everything is deleted. Each answer and the state
 * it leaves are checked, on the newest release and on 2.14-107, which lacks copy_user and user_details.
 */
class ProvisioningFlowTest {
    private static final String SERVER = "10.0.9.8";
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void createsChangesCopiesAndDeletesAnAgentWithItsPhone() throws Exception {
        try (VicidialMock mock = VicidialMock.builder().build().start()) {
            assertEquals(
                    "SUCCESS: add_user USER HAS BEEN ADDED - 8001|agent77|S3cr3tpw|1|Agent 77|AGENTS\n",
                    call(
                            mock,
                            "add_user",
                            "agent_user",
                            "agent77",
                            "agent_pass",
                            "S3cr3tpw",
                            "agent_user_level",
                            "1",
                            "agent_full_name",
                            "Agent 77",
                            "agent_user_group",
                            "AGENTS"));
            assertEquals(
                    "SUCCESS: add_phone PHONE HAS BEEN ADDED - 8001|7701|" + SERVER + "|SIP|7701\n",
                    call(
                            mock,
                            "add_phone",
                            "extension",
                            "7701",
                            "dialplan_number",
                            "7701",
                            "voicemail_id",
                            "7701",
                            "phone_login",
                            "agent77ph",
                            "phone_pass",
                            "Ph0nepw",
                            "server_ip",
                            SERVER,
                            "protocol",
                            "SIP",
                            "registration_password",
                            "Reg1pw",
                            "phone_full_name",
                            "Agent 77",
                            "local_gmt",
                            "-5.00",
                            "outbound_cid",
                            "7275551212"));
            assertEquals(
                    "SUCCESS: update_user USER HAS BEEN UPDATED - 8001|agent77|\n",
                    call(
                            mock,
                            "update_user",
                            "agent_user",
                            "agent77",
                            "agent_full_name",
                            "Agent Seventy Seven",
                            "phone_login",
                            "agent77ph",
                            "phone_pass",
                            "Ph0nepw",
                            "email",
                            "a77@example.com"));
            assertEquals(
                    "SUCCESS: update_phone PHONE HAS BEEN UPDATED - 8001|7701|" + SERVER + "|\n",
                    call(
                            mock,
                            "update_phone",
                            "extension",
                            "7701",
                            "server_ip",
                            SERVER,
                            "phone_full_name",
                            "Agent Seventy Seven"));
            Row agent = user(mock, "agent77");
            assertEquals("Agent Seventy Seven", agent.text("full_name"));
            assertEquals("agent77ph", agent.text("phone_login"));
            assertEquals("a77@example.com", agent.text("email"));

            assertEquals(
                    "SUCCESS: copy_user USER HAS BEEN COPIED - 8001|agent78|Sec0ndpw|Agent 78|agent77\n",
                    call(
                            mock,
                            "copy_user",
                            "agent_user",
                            "agent78",
                            "agent_pass",
                            "Sec0ndpw",
                            "agent_full_name",
                            "Agent 78",
                            "source_user",
                            "agent77"));
            Row copy = user(mock, "agent78");
            assertEquals("Sec0ndpw", copy.text("pass"));
            assertEquals("agent77ph", copy.text("phone_login"), "the copy takes the template's phone login");
            assertEquals(
                    "user,full_name,user_group,user_level,active\nagent78,Agent 78,AGENTS,1,Y\n",
                    call(mock, "user_details", "agent_user", "agent78", "stage", "csv", "header", "YES"));

            for (String u : new String[] {"agent77", "agent78"}) {
                assertEquals(
                        "SUCCESS: update_user USER HAS BEEN DELETED - 8001|" + u + "|\n",
                        call(mock, "update_user", "agent_user", u, "delete_user", "Y"));
                assertNull(user(mock, u), u + " is gone");
            }
            assertEquals(
                    "SUCCESS: update_phone PHONE HAS BEEN DELETED - 8001|7701|" + SERVER + "|\n",
                    call(mock, "update_phone", "extension", "7701", "server_ip", SERVER, "delete_phone", "Y"));
            assertEquals(
                    "ERROR: user_details USER NOT FOUND: 8001|agent77\n",
                    call(mock, "user_details", "agent_user", "agent77"));
        }
    }

    @Test
    void onTheOldestReleaseTheSameScriptLacksOnlyCopyAndDetails() throws Exception {
        try (VicidialMock mock =
                VicidialMock.builder().profile("2.14-107").build().start()) {
            assertEquals(
                    "SUCCESS: add_user USER HAS BEEN ADDED - 8001|agent77|S3cr3tpw|1|Agent 77|AGENTS\n",
                    call(
                            mock,
                            "add_user",
                            "agent_user",
                            "agent77",
                            "agent_pass",
                            "S3cr3tpw",
                            "agent_user_level",
                            "1",
                            "agent_full_name",
                            "Agent 77",
                            "agent_user_group",
                            "AGENTS"));
            assertEquals(
                    "ERROR: NO FUNCTION SPECIFIED\n",
                    call(
                            mock,
                            "copy_user",
                            "agent_user",
                            "agent78",
                            "agent_pass",
                            "Sec0ndpw",
                            "agent_full_name",
                            "Agent 78",
                            "source_user",
                            "agent77"));
            assertEquals("ERROR: NO FUNCTION SPECIFIED\n", call(mock, "user_details", "agent_user", "agent77"));
            assertNull(user(mock, "agent78"));
            assertEquals(
                    "SUCCESS: update_user USER HAS BEEN DELETED - 8001|agent77|\n",
                    call(mock, "update_user", "agent_user", "agent77", "delete_user", "Y"));
            assertNull(user(mock, "agent77"));
        }
    }

    @Test
    void theSuccessLineEchoesThePasswordButTheJournalMasksIt() throws Exception {
        try (VicidialMock mock = VicidialMock.builder().build().start()) {
            call(
                    mock,
                    "add_user",
                    "agent_user",
                    "agent79",
                    "agent_pass",
                    "S3cr3tpw",
                    "agent_user_level",
                    "1",
                    "agent_full_name",
                    "Agent 79",
                    "agent_user_group",
                    "AGENTS");
            String journal = http.send(
                            HttpRequest.newBuilder(URI.create(mock.baseUrl() + "/__admin/requests"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
            assertNotNull(journal);
            assertEquals(-1, journal.indexOf("S3cr3tpw"), "the password is masked in the journal: " + journal);
            assertNotNull(user(mock, "agent79"));
        }
    }

    /** A GET as the provisioning admin 8001; the rest of the parameters are name/value pairs. */
    private String call(VicidialMock mock, String function, String... pairs) throws IOException, InterruptedException {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("source", "flowtest");
        params.put("user", "8001");
        params.put("pass", "1234");
        params.put("function", function);
        for (int i = 0; i < pairs.length; i += 2) {
            params.put(pairs[i], pairs[i + 1]);
        }
        String query = params.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> r = http.send(
                HttpRequest.newBuilder(URI.create(mock.apiUrl() + "?" + query)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), function + ": " + r.body());
        return r.body();
    }

    private static Row user(VicidialMock mock, String user) {
        Snapshot s = StateJson.read(mock.stateJson().getBytes(StandardCharsets.UTF_8));
        return s.rows(Tables.USERS).stream()
                .filter(r -> r.text("user").equals(user))
                .findFirst()
                .orElse(null);
    }
}
