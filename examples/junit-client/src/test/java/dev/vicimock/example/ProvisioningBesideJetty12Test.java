package dev.vicimock.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vicimock.client.AddPhoneResult;
import dev.vicimock.client.AddUserResult;
import dev.vicimock.client.UpdatePhoneResult;
import dev.vicimock.client.VicidialClient;
import dev.vicimock.mock.VicidialMock;
import dev.vicimock.mock.junit.VicidialMockExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An integrator's test: the application's own Jetty 12 server runs in the same JVM as the shaded simulator (Jetty 11
 * inside, relocated), and a provisioning script written with the client library (add_user, add_phone, update_phone)
 * runs against the simulator.
 */
class ProvisioningBesideJetty12Test {
    private static final String SERVER_IP = "10.0.9.8";

    @RegisterExtension
    static VicidialMockExtension vicidial = VicidialMockExtension.perClass();

    private static Server application;

    @BeforeAll
    static void startTheApplicationsJetty12() throws Exception {
        application = new Server();
        ServerConnector connector = new ServerConnector(application);
        connector.setPort(0);
        application.addConnector(connector);
        application.setHandler(new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) {
                response.write(true, ByteBuffer.wrap("app".getBytes(StandardCharsets.UTF_8)), callback);
                return true;
            }
        });
        application.start();
    }

    @AfterAll
    static void stopTheApplication() throws Exception {
        application.stop();
    }

    @Test
    void bothJettiesServeInOneJvm(VicidialMock mock) throws Exception {
        assertTrue(Server.getVersion().startsWith("12."), Server.getVersion());
        assertEquals("app", get(application.getURI().toString()));
        assertTrue(get(mock.apiUrl() + "?function=version").startsWith("VERSION: "));
    }

    @Test
    void provisionsAnAgentAndItsPhone(VicidialMock mock) {
        VicidialClient client = new VicidialClient(mock.apiUrl(), "8001", "1234", "example");

        AddUserResult user = client.addUser(Map.of(
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
        assertTrue(user.added(), user.reply().main().answer().line());
        assertEquals("agent77", user.agentUser());

        AddPhoneResult phone = client.addPhone(Map.ofEntries(
                Map.entry("extension", "7701"),
                Map.entry("dialplan_number", "7701"),
                Map.entry("voicemail_id", "7701"),
                Map.entry("phone_login", "agent77ph"),
                Map.entry("phone_pass", "Ph0nepw"),
                Map.entry("server_ip", SERVER_IP),
                Map.entry("protocol", "SIP"),
                Map.entry("registration_password", "Reg1pw"),
                Map.entry("phone_full_name", "Agent 77"),
                Map.entry("local_gmt", "-5.00"),
                Map.entry("outbound_cid", "7275551212")));
        assertTrue(phone.added(), phone.reply().main().answer().line());
        assertEquals("7701", phone.extension());

        UpdatePhoneResult update = client.updatePhone(
                Map.of("extension", "7701", "server_ip", SERVER_IP, "phone_full_name", "Agent Seventy Seven"));
        assertTrue(update.updated(), update.reply().main().answer().line());
        assertEquals(SERVER_IP, update.serverIp());
        assertEquals(List.of(), update.unread());
    }

    private static String get(String url) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        return response.body();
    }
}
