package dev.vicimock.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Field names for the real lines and for the documentation's form of the same lines. */
class NamedLineTest {

    @Test
    void namesTheFieldsOfASuccessLineAndDropsItsClosingBar() {
        NamedLine line = NamedLine.parse("SUCCESS: update_phone PHONE HAS BEEN UPDATED - 6666|cc100|10.0.9.8|");
        assertEquals(Map.of("user", "6666", "extension", "cc100", "server_ip", "10.0.9.8"), line.fields());
        assertEquals(
                List.of("user", "extension", "server_ip"),
                List.copyOf(line.fields().keySet()));
        assertTrue(line.lossless());
    }

    @Test
    void aFinalEmptyFieldIsAValueWhereTheLineHasNoClosingBar() {
        NamedLine line = NamedLine.parse("ERROR: update_phone YOU MUST USE ALL REQUIRED FIELDS: |6666|cc100|");
        assertEquals("cc100", line.get("extension"));
        assertEquals("", line.field("server_ip").orElseThrow());
        assertTrue(line.lossless());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "ERROR: add_phone PHONE LOGIN ALREADY EXISTS: |6666|cc100",
                "ERROR: add_phone PHONE LOGIN ALREADY EXISTS - 6666|cc100",
            })
    void namesTheDocumentedFormLikeTheRealOne(String line) {
        assertEquals(
                Map.of("user", "6666", "phone_login", "cc100"),
                NamedLine.parse(line).fields());
    }

    @Test
    void namesTheDocumentedNoticeWithItsDocumentedData() {
        NamedLine line = NamedLine.parse("NOTICE: update_phone NO UPDATES DEFINED - 6666|0");
        assertEquals("6666", line.get("user"));
        assertTrue(line.known());
    }

    @Test
    void choosesTheVariantByTheNumberOfFields() {
        NamedLine one = NamedLine.parse(
                "NOTICE: update_user USER CAMPAIGN RANKS/GRADES HAVE BEEN UPDATED" + " - 8001|9001|5|2|CAMPA|1");
        assertEquals("CAMPA", one.get("campaign_id"));
        assertTrue(one.lossless());
        NamedLine all =
                NamedLine.parse("NOTICE: update_user USER CAMPAIGN RANKS/GRADES HAVE BEEN UPDATED" + " - 8001|9001|5|");
        assertEquals("", all.get("campaign_grade"));
        assertFalse(all.field("campaign_id").isPresent());
    }

    @Test
    void keepsWhatNoNameAccountsFor() {
        NamedLine line = NamedLine.parse("SUCCESS: update_phone PHONE HAS BEEN UPDATED - 6666|cc100|10.0.9.8|SIP|100");
        assertEquals(List.of("SIP", "100"), line.unnamed());
        assertFalse(line.lossless());
        assertFalse(
                NamedLine.parse("SUCCESS: update_phone SOMETHING NEW - 6666").known());
    }
}
