package dev.vicimock.mock.state;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vicimock.mock.pipeline.Simulator;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The streaming reader reports what a reader of the whole document would: syntax errors first, then content
 * errors in a fixed order whatever the order of the document.
 */
class StateJsonReaderTest {

    private static String error(String json) {
        return assertThrows(StateException.class, () -> StateJson.read(json.getBytes(StandardCharsets.UTF_8)))
                .getMessage();
    }

    @Test
    void aSyntaxErrorAnywhereWinsOverAnEarlierContentError() {
        String m = error("{\"phones\":[{\"colour\":\"blue\"}],\"servers\":[{]}");
        assertTrue(m.startsWith("not valid JSON: "), m);
    }

    @Test
    void aRepeatedFieldIsASyntaxError() {
        assertTrue(error("{\"phones\":[],\"phones\":[]}").startsWith("not valid JSON: "));
    }

    @Test
    void contentErrorsComeInTheFixedOrderNotTheDocumentOrder() {
        assertEquals(
                "servers[0] is missing its key column 'server_ip'",
                error("{\"phones\":[{\"colour\":\"blue\"}],\"servers\":[{}]}"));
        assertEquals("format must be \"vicidial-state/1\", got \"x\"", error("{\"servers\":[{}],\"format\":\"x\"}"));
        assertTrue(error("{\"format\":\"x\",\"phone\":[]}").startsWith("unknown table 'phone' (known: "));
        assertEquals("system_settings must be an object", error("{\"admin_log\":[7],\"system_settings\":[]}"));
    }

    @Test
    void theFirstErrorOfATableIsTheOneReported() {
        assertEquals(
                "phones[1] has unknown column 'colour'",
                error("{\"phones\":["
                        + "{\"extension\":\"a1\",\"server_ip\":\"1\"},{\"colour\":1,\"email\":[1,{\"a\":[]}]},"
                        + "{\"extension\":\"a1\",\"server_ip\":\"1\"}],\"users\":[]}"));
        assertEquals(
                "phones[1] duplicates the key extension=A1, server_ip=1 of an earlier row (keys compare"
                        + " case-insensitively, as in the database)",
                error("{\"phones\":["
                        + "{\"extension\":\"a1\",\"server_ip\":\"1\"},{\"extension\":\"A1\",\"server_ip\":\"1\"},"
                        + "{\"colour\":1}]}"));
    }

    @Test
    void nonStringCellsAreJudgedAsBefore() {
        assertEquals(
                "users[0].user_level must be a whole number, got \"9\"",
                error("{\"users\":[{\"user\":\"1\",\"user_level\":\"9\"}]}"));
        assertEquals(
                "users[0].full_name must be a string or null, got {\"a\":[1,2]}",
                error("{\"users\":[{\"user\":\"1\",\"full_name\":{\"a\":[1,2]}}]}"));
        assertEquals("format must be \"vicidial-state/1\", got null", error("{\"format\":null}"));
    }

    @Test
    void emptyAndNonObjectDocuments() {
        assertEquals("empty document: expected a JSON object in format vicidial-state/1", error(""));
        assertEquals("the state must be a JSON object in format vicidial-state/1", error("[1,2]"));
        assertEquals(
                "the state must be a JSON object in format vicidial-state/1",
                assertThrows(StateException.class, () -> StateJson.read(new ByteArrayInputStream(new byte[0])))
                        .getMessage());
    }

    @Test
    void theDefaultStateSurvivesARoundTrip() {
        byte[] once = StateJson.write(Simulator.defaultState());
        assertArrayEquals(once, StateJson.write(StateJson.read(once)));
    }
}
