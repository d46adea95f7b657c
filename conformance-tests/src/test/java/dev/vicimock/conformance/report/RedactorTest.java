package dev.vicimock.conformance.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vicimock.conformance.target.ApiExchange;
import dev.vicimock.conformance.target.ApiRequest;
import dev.vicimock.conformance.target.Param;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** No password reaches a report: not in the request, not where the server echoes it back. */
class RedactorTest {

    private static final String URL = "http://127.0.0.1:1/vicidial/non_agent_api.php";

    @Test
    void masksEveryPasswordParameterOfAQuery() {
        ApiRequest request = ApiRequest.get(List.of(
                new Param("user", "6666"),
                new Param("pass", "s3cret!"),
                new Param("phone_pass", "pp-secret"),
                new Param("registration_password", "reg-secret"),
                new Param("phone_full_name", "Kept")));
        String shown = Redactor.request(URL, request);
        assertFalse(shown.contains("s3cret") || shown.contains("pp-secret") || shown.contains("reg-secret"), shown);
        assertTrue(
                shown.contains("user=6666") && shown.contains("pass=***") && shown.contains("phone_full_name=Kept"),
                shown);
    }

    @Test
    void masksPasswordsInFormMultipartAndJsonBodies() {
        String form = Redactor.request(URL, ApiRequest.postForm(List.of(), List.of(new Param("pass", "formsecret"))));
        String multipart = Redactor.request(
                URL, ApiRequest.postMultipart(List.of(), List.of(new Param("phone_pass", "partsecret"))));
        String json = Redactor.request(
                URL,
                ApiRequest.postBody(List.of(), "application/json", "{\"user\": \"6666\", \"pass\": \"jsonsecret\"}"));
        assertFalse(form.contains("formsecret"), form);
        assertFalse(multipart.contains("partsecret"), multipart);
        assertFalse(json.contains("jsonsecret"), json);
        assertTrue(json.contains("\"pass\": \"***\""), json);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '¦',
            value = {
                "ERROR: Login incorrect, please try again: |6666|x|BAD|\\n ¦ ERROR: Login incorrect, please try again: |6666|***|BAD|\\n",
                "ERROR: Login incorrect, please try again: |||BAD|\\n ¦ ERROR: Login incorrect, please try again: |||BAD|\\n",
                "ERROR: update_phone YOU MUST USE A VALID PHONE PASSWORD: |6666|p\\n ¦ ERROR: update_phone YOU MUST USE A VALID PHONE PASSWORD: |6666|***\\n",
                "ERROR: update_phone YOU MUST USE A VALID REGISTRATION PASSWORD: |6666|r\\n ¦ ERROR: update_phone YOU MUST USE A VALID REGISTRATION PASSWORD: |6666|***\\n",
                "ERROR: add_phone YOU MUST USE ALL REQUIRED FIELDS: |6666|cc200||200|cc200|pw|10.0.9.8|SIP|rp|Test Phone|-5.00|7275551212\\n ¦ ERROR: add_phone YOU MUST USE ALL REQUIRED FIELDS: |6666|cc200||200|cc200|***|10.0.9.8|SIP|***|Test Phone|-5.00|7275551212\\n",
                "SUCCESS: update_phone PHONE HAS BEEN UPDATED - 6666|cc100|10.0.9.8|\\n ¦ SUCCESS: update_phone PHONE HAS BEEN UPDATED - 6666|cc100|10.0.9.8|\\n",
            })
    void masksThePasswordsTheServerEchoes(String body, String shown) {
        // the table writes line breaks as \n, which a CSV row cannot hold
        assertEquals(shown.replace("\\n", "\n"), Redactor.text(body.replace("\\n", "\n")));
    }

    @Test
    void masksThePasswordInDebugSql() {
        ApiRequest request = ApiRequest.get(List.of(new Param("pass", "12#34")));
        ApiExchange exchange = new ApiExchange(request, 200, Map.of(), "DEBUG: where pass='1234'\n");
        assertFalse(Redactor.response(exchange).contains("1234"), Redactor.response(exchange));
    }

    @Test
    void neverMasksAValueThatMerelyContainsThePassword() {
        ApiRequest request = ApiRequest.get(
                List.of(new Param("user", "6666"), new Param("pass", "1234"), new Param("extension", "12345")));
        ApiExchange exchange = new ApiExchange(
                request, 200, Map.of(), "SUCCESS: update_phone PHONE HAS BEEN UPDATED - 6666|12345|10.0.9.8|\n");
        assertEquals("GET " + URL + "?user=6666&pass=***&extension=12345\n", Redactor.request(URL, request));
        assertTrue(Redactor.response(exchange).endsWith("6666|12345|10.0.9.8|\n"), Redactor.response(exchange));
    }

    @Test
    void masksStoredValuesOfPasswordColumnsByName() {
        assertEquals("***", Redactor.value("phone_pass", "12345"));
        assertEquals("***", Redactor.value("conf_secret", "x"));
        assertEquals("12345", Redactor.value("extension", "12345"));
    }

    @Test
    void masksPasswordRowsOfTheDataTablesCucumberAttaches() {
        String table = "phone_full_name\tFull Name\nphone_pass\tppass1\nregistration_password\tregpass1\n"
                + "body\tpass\tbad\nquery\tuser\t6666\n";
        assertEquals(
                "phone_full_name\tFull Name\nphone_pass\t***\nregistration_password\t***\n"
                        + "body\tpass\t***\nquery\tuser\t6666\n",
                AttachmentScrubber.maskTable(table));
    }
}
