package dev.vicimock.mock.function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vicimock.mock.state.Snapshot;
import dev.vicimock.mock.state.StateJson;
import dev.vicimock.mock.testing.Dialer;
import dev.vicimock.mock.testing.States;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** user_details on 2.14-202: the output shapes, who may ask, and which users they may see. */
class UserDetailsTest {
    private static final String ASK = "source=test&pass=1234&function=user_details&agent_user=";

    private static String details(String query) {
        return Dialer.of("2.14-202", States.provisioning()).body("user=8001&" + ASK + query);
    }

    @ParameterizedTest(name = "stage={0} header={1}")
    @CsvSource(
            delimiter = ';',
            value = {
                "csv; YES; user,full_name,user_group,user_level,active\\n9001,Agent One,AGENTS,1,Y\\n",
                "tab; ''; 9001\\tAgent One\\tAGENTS\\t1\\tY\\n",
                "pipe; YES; user|full_name|user_group|user_level|active\\n9001|Agent One|AGENTS|1|Y\\n",
                "xml; ''; 9001|Agent One|AGENTS|1|Y\\n",
                "CSV; Yes; 9001|Agent One|AGENTS|1|Y\\n",
                "''; yes; 9001|Agent One|AGENTS|1|Y\\n"
            })
    void theStageChoosesTheDelimiterAndOnlyAnExactYesAddsTheHeader(String stage, String header, String expected) {
        assertEquals(
                expected.replace("\\n", "\n").replace("\\t", "\t"),
                details("9001&stage=" + stage + "&header=" + header));
    }

    @Test
    void theUserColumnEchoesTheRequestAndNothingIsEscaped() {
        Snapshot state = States.read(withUser(States.provisioning()));
        assertEquals(
                "ab-C|O|Neil, \"Jr\"|AGENTS|3|N\n", Dialer.of("2.14-202", state).body("user=8001&" + ASK + "ab-C"));
    }

    private static ObjectNode withUser(Snapshot s) {
        ObjectNode tree = StateJson.toTree(s);
        tree.withArray("users")
                .addObject()
                .put("user", "AB-c")
                .put("full_name", "O|Neil, \"Jr\"")
                .put("user_level", 3)
                .put("user_group", "AGENTS")
                .put("active", "N");
        return tree;
    }

    @ParameterizedTest(name = "{0} asks: {1}")
    @CsvSource(
            delimiter = ';',
            value = {
                "8008; 9001|Agent One|AGENTS|1|Y",
                "6666; ERROR: user_details USER DOES NOT HAVE PERMISSION TO GET USER DETAILS: |6666|0|",
                "8007; ERROR: user_details USER DOES NOT HAVE PERMISSION TO GET USER DETAILS: |8007|0|",
                "8005; 9001|Agent One|AGENTS|1|Y"
            })
    void reportAccessAboveLevelSixIsNeeded(String caller, String expected) {
        assertEquals(
                expected + "\n",
                Dialer.of("2.14-202", States.provisioning()).body("user=" + caller + "&" + ASK + "9001"));
    }

    @Test
    void aUserOutsideTheViewableGroupsIsNotFound() {
        assertEquals(
                "ERROR: user_details USER NOT FOUND: 8005|9002\n",
                Dialer.of("2.14-202", States.provisioning()).body("user=8005&" + ASK + "9002"));
    }

    @ParameterizedTest(name = "{0} chars")
    @CsvSource({
        "0, ERROR: user_details INVALID SEARCH PARAMETERS: 8001|",
        "99, ERROR: user_details USER NOT FOUND: 8001|",
        "100, ERROR: user_details INVALID SEARCH PARAMETERS: 8001|"
    })
    void theSearchTakesOneTo99Characters(int length, String prefix) {
        String id = "u".repeat(length);
        assertEquals(prefix + id + "\n", details(id));
    }

    @Test
    void withDebugTheQueryIsShownWithTheViewLimit() {
        Dialer d = Dialer.of("2.14-202", States.provisioningWithSetting("allow_web_debug", "1"));
        String body = d.body("user=8005&DB=1&" + ASK + "9001");
        // after the auth query's debug line
        assertTrue(
                body.endsWith(
                        "\nSELECT full_name,user_group,user_level,active from vicidial_users where "
                                + "user='9001' and user_group IN('---ALL---','','SUBADM','AGENTS');\n9001|Agent One|AGENTS|1|Y\n"),
                body);
    }

    @Test
    void olderReleasesDoNotKnowIt() {
        assertEquals(
                "ERROR: NO FUNCTION SPECIFIED\n",
                Dialer.of("2.14-107", States.provisioning()).body("user=8001&" + ASK + "9001"));
    }
}
