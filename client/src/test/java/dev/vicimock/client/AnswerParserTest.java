package dev.vicimock.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The parser on real answer lines (from the recorded oracle) and on the documentation's form. */
class AnswerParserTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '¦',
            value = {
                // line ¦ word ¦ function ¦ reason ¦ fields, comma-separated ¦ form
                "ERROR: update_phone SERVER DOES NOT EXIST: |6666|10.0.9.9 ¦ ERROR ¦ update_phone ¦ SERVER DOES NOT EXIST ¦ 6666,10.0.9.9 ¦ COLON_BAR",
                "ERROR: update_phone YOU MUST USE ALL REQUIRED FIELDS: |6666||10.0.9.8 ¦ ERROR ¦ update_phone ¦ YOU MUST USE ALL REQUIRED FIELDS ¦ 6666,,10.0.9.8 ¦ COLON_BAR",
                "ERROR: update_phone YOU MUST USE ALL REQUIRED FIELDS: |6666|cc100| ¦ ERROR ¦ update_phone ¦ YOU MUST USE ALL REQUIRED FIELDS ¦ 6666,cc100, ¦ COLON_BAR",
                "ERROR: update_phone PHONE DOES NOT EXIST ON THIS SERVER: |6666|10.0.9.8|zz999 ¦ ERROR ¦ update_phone ¦ PHONE DOES NOT EXIST ON THIS SERVER ¦ 6666,10.0.9.8,zz999 ¦ COLON_BAR",
                "NOTICE: update_phone USER DOES NOT HAVE PERMISSION TO DELETE PHONES: |7878|0 ¦ NOTICE ¦ update_phone ¦ USER DOES NOT HAVE PERMISSION TO DELETE PHONES ¦ 7878,0 ¦ COLON_BAR",
                "NOTICE: update_phone NO UPDATES DEFINED: |6666| ¦ NOTICE ¦ update_phone ¦ NO UPDATES DEFINED ¦ 6666, ¦ COLON_BAR",
                "SUCCESS: update_phone PHONE HAS BEEN UPDATED - 6666|cc100|10.0.9.8| ¦ SUCCESS ¦ update_phone ¦ PHONE HAS BEEN UPDATED ¦ 6666,cc100,10.0.9.8, ¦ SPACE_DASH",
                "SUCCESS: update_phone PHONE HAS BEEN DELETED - 6666|cc100|10.0.9.8| ¦ SUCCESS ¦ update_phone ¦ PHONE HAS BEEN DELETED ¦ 6666,cc100,10.0.9.8, ¦ SPACE_DASH",
                "SUCCESS: add_phone PHONE HAS BEEN ADDED - 6666|cc200|10.0.9.8|SIP|200 ¦ SUCCESS ¦ add_phone ¦ PHONE HAS BEEN ADDED ¦ 6666,cc200,10.0.9.8,SIP,200 ¦ SPACE_DASH",
                "ERROR: Login incorrect, please try again: |6666|wrong|BAD| ¦ ERROR ¦ ¦ Login incorrect, please try again ¦ 6666,wrong,BAD, ¦ COLON_BAR",
                "ERROR: Too many login attempts, try again in 15 minutes: |6666|LOCK| ¦ ERROR ¦ ¦ Too many login attempts, try again in 15 minutes ¦ 6666,LOCK, ¦ COLON_BAR",
                "ERROR: auth USER DOES NOT HAVE PERMISSION TO USE THIS FUNCTION: |2222|update_phone| ¦ ERROR ¦ auth ¦ USER DOES NOT HAVE PERMISSION TO USE THIS FUNCTION ¦ 2222,update_phone, ¦ COLON_BAR",
                "ERROR: Invalid Source - a ¦ ERROR ¦ ¦ Invalid Source ¦ a ¦ SPACE_DASH",
                "ERROR: Invalid Source: |a| ¦ ERROR ¦ ¦ Invalid Source ¦ a, ¦ COLON_BAR",
                "ERROR: update_phone PHONE RING TIMEOUT MUST BE FROM 2 TO 180 SECONDS, THIS IS AN OPTIONAL FIELD: |6666| ¦ ERROR ¦ update_phone ¦ PHONE RING TIMEOUT MUST BE FROM 2 TO 180 SECONDS, THIS IS AN OPTIONAL FIELD ¦ 6666, ¦ COLON_BAR",
                "ERROR: update_phone TEMPLATE ID DOES NOT EXIST, THIS IS AN OPTIONAL FIELD: |6666||nosuch ¦ ERROR ¦ update_phone ¦ TEMPLATE ID DOES NOT EXIST, THIS IS AN OPTIONAL FIELD ¦ 6666,,nosuch ¦ COLON_BAR",
                "ERROR: NO FUNCTION SPECIFIED ¦ ERROR ¦ ¦ NO FUNCTION SPECIFIED ¦ ¦ NO_DATA",
                // the documentation's form, which the real server does not send for errors
                "ERROR: update_phone NO UPDATES DEFINED - 6666|0 ¦ ERROR ¦ update_phone ¦ NO UPDATES DEFINED ¦ 6666,0 ¦ SPACE_DASH",
                "ERROR: update_phone YOU MUST USE ALL REQUIRED FIELDS - 6666|| ¦ ERROR ¦ update_phone ¦ YOU MUST USE ALL REQUIRED FIELDS ¦ 6666,, ¦ SPACE_DASH",
                "ERROR: add_phone PHONE LOGIN ALREADY EXISTS - 6666|cc100 ¦ ERROR ¦ add_phone ¦ PHONE LOGIN ALREADY EXISTS ¦ 6666,cc100 ¦ SPACE_DASH",
                // user_details' errors without the bar, and update_user's reason in lower case
                "ERROR: user_details USER NOT FOUND: 8001|nosuch ¦ ERROR ¦ user_details ¦ USER NOT FOUND ¦ 8001,nosuch ¦ COLON",
                "ERROR: update_user wrapup_seconds_override MUST BE A VALID DIGIT BETWEEN -1 AND 9999, THIS IS AN OPTIONAL FIELD: |8001|10000 ¦ ERROR ¦ update_user ¦ wrapup_seconds_override MUST BE A VALID DIGIT BETWEEN -1 AND 9999, THIS IS AN OPTIONAL FIELD ¦ 8001,10000 ¦ COLON_BAR",
                // a reason holding a colon, before the dash
                "NOTICE: update_user USER PASSWORD RESET FAILED: NO VALID EMAIL PROVIDED - 8001|9002|bad ¦ NOTICE ¦ update_user ¦ USER PASSWORD RESET FAILED: NO VALID EMAIL PROVIDED ¦ 8001,9002,bad ¦ SPACE_DASH",
            })
    void readsTheWordFunctionReasonFieldsAndForm(
            String line, String word, String function, String reason, String fields, Form form) {
        ApiAnswer answer = AnswerParser.parseLine(line);
        assertEquals(word, answer.word());
        assertEquals(Optional.ofNullable(function), answer.function());
        assertEquals(reason, answer.reason());
        assertEquals(fields == null ? List.of() : Arrays.asList(fields.split(",", -1)), answer.fields());
        assertEquals(form, answer.form());
        assertEquals(line, answer.line());
    }

    @Test
    void readsTheVersionLineAsKeysAndValuesInTheLinesOrder() {
        ApiAnswer answer = AnswerParser.parseLine("VERSION: 2.14-202|BUILD: 250720-1841|DATE: 2026-11-26 10:11:12"
                + "|EPOCH: 1795687872|DST: 0|TZ: -5.00|TZNOW: -5|");
        assertEquals("VERSION", answer.word());
        assertEquals(Form.KEY_VALUE, answer.form());
        assertEquals(
                Map.of(
                        "VERSION",
                        "2.14-202",
                        "BUILD",
                        "250720-1841",
                        "DATE",
                        "2026-11-26 10:11:12",
                        "EPOCH",
                        "1795687872",
                        "DST",
                        "0",
                        "TZ",
                        "-5.00",
                        "TZNOW",
                        "-5"),
                answer.values());
        assertEquals(
                List.of("VERSION", "BUILD", "DATE", "EPOCH", "DST", "TZ", "TZNOW"),
                List.copyOf(answer.values().keySet()));
    }

    @Test
    void readsTheTeapotLineAsBareFields() {
        ApiAnswer answer = AnswerParser.parseLine("Coffee: brew_coffee|Error 418 I'm a teapot");
        assertEquals("Coffee", answer.word());
        assertEquals(Form.BARE_FIELDS, answer.form());
        assertEquals(List.of("brew_coffee", "Error 418 I'm a teapot"), answer.fields());
    }

    @Test
    void splitsABodyIntoLinesWithoutAnEmptyLastOne() {
        List<ApiAnswer> lines = AnswerParser.parseBody("ERROR: Invalid Source - \nERROR: Invalid Source: ||\n");
        assertEquals(2, lines.size());
        assertEquals(Form.SPACE_DASH, lines.get(0).form());
        assertEquals(List.of(""), lines.get(0).fields());
        assertEquals(List.of("", ""), lines.get(1).fields());
        assertEquals(
                "ERROR: Invalid Source: ||",
                AnswerParser.parseMain("ERROR: Invalid Source - \n" + "ERROR: Invalid Source: ||\n")
                        .orElseThrow()
                        .line());
    }

    @Test
    void theExtraEmptyLineOfUpdateUserIsNotTakenForTheAnswer() {
        String body = "ERROR: update_user USER DOES NOT HAVE PERMISSION TO UPDATE THIS USER: |8004|9009|<=|8\n\n";
        assertEquals(
                "USER DOES NOT HAVE PERMISSION TO UPDATE THIS USER",
                AnswerParser.parseMain(body).orElseThrow().reason());
    }

    @Test
    void anEmptyBodyHasNoAnswer() {
        assertTrue(AnswerParser.parseBody("").isEmpty());
        assertTrue(AnswerParser.parseMain("").isEmpty());
    }

    @Test
    void debugOutputIsNotTakenForTheAnswer() {
        String body = "DEBUG: auth query - SELECT 1;\n|SELECT 2;|\nSUCCESS: update_phone PHONE HAS BEEN UPDATED"
                + " - 6666|cc100|10.0.9.8|\n";
        List<ApiAnswer> lines = AnswerParser.parseBody(body);
        assertEquals(Form.UNRECOGNISED, lines.get(1).form());
        assertTrue(AnswerParser.parseMain(body).orElseThrow().isSuccess());
    }
}
