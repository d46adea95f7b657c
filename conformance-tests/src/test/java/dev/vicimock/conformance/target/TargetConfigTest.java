package dev.vicimock.conformance.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opentest4j.TestAbortedException;

/** How settings are named and what happens when one is missing. */
class TargetConfigTest {

    @ParameterizedTest
    @CsvSource({
        "vicidial.url, VICIDIAL_URL",
        "vicidial.pass.admin, VICIDIAL_PASS_ADMIN",
        "vicidial.user.function_restricted, VICIDIAL_USER_FUNCTION_RESTRICTED",
        "vicidial.second_server_ip, VICIDIAL_SECOND_SERVER_IP",
    })
    void anEnvironmentVariableIsTheKeyInCapitalsWithUnderscores(String key, String variable) {
        assertEquals(variable, TargetConfig.environmentName(key));
    }

    @Test
    void theSimulatorPlaysEveryRoleWithASeedUser() {
        TargetConfig config = TargetConfig.forSimulator("2.14-202");
        assertEquals(
                new Credentials("6666", "1234").user(),
                config.credentials(Role.ADMIN).user());
        assertEquals("1111", config.credentials(Role.LIMITED_GROUP).user());
        assertEquals("OTHER", config.require(TargetConfig.HIDDEN_USER_GROUP, "test"));
        assertTrue(config.disruptive());
    }

    @Test
    void aMissingSettingSkipsNamingTheSetting() {
        TargetConfig config = TargetConfig.forSimulator("2.14-202");
        TestAbortedException skip = assertThrows(
                TestAbortedException.class, () -> config.require("vicidial.nothing", "the test asks for it"));
        assertTrue(skip.getMessage().contains("vicidial.nothing"), skip.getMessage());
    }
}
