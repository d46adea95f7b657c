package dev.vicimock.mock.http;

import static dev.vicimock.mock.testing.Dialer.UPDATE_CC100;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vicimock.mock.answer.Answer;
import dev.vicimock.mock.testing.Dialer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** How request parameters are read, as PHP fills {@code $_GET} and {@code $_POST}, seen through the simulator. */
class ParameterParsingTest {
    private static final String FORM = "application/x-www-form-urlencoded";
    private static final String UPDATED = "SUCCESS: update_phone PHONE HAS BEEN UPDATED - 6666|cc100|10.0.9.8|\n";
    private static final String AUTH = "source=test&user=6666&pass=1234&function=update_phone";

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void getValueWinsOverPostValueEvenWhenEmpty() {
        Dialer d = Dialer.of("2.14-202");
        Answer a = d.post(AUTH + "&server_ip=10.0.9.8&extension=", FORM, bytes("extension=cc100&phone_full_name=X2"));
        assertEquals("ERROR: update_phone YOU MUST USE ALL REQUIRED FIELDS: |6666||10.0.9.8\n", Dialer.text(a));
    }

    @Test
    void getValueWinsPerParameterAndPostFillsTheRest() {
        Dialer d = Dialer.of("2.14-107");
        Answer a = d.post(
                AUTH + "&extension=cc100", FORM, bytes("extension=cc101&server_ip=10.0.9.8&phone_full_name=FromPost"));
        assertEquals(UPDATED, Dialer.text(a));
        assertEquals("FromPost", d.cc100().text("fullname"));
        assertEquals("Phone cc101", d.phone("cc101", "192.168.198.5").text("fullname"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"query", "body"})
    void lastDuplicateWins(String where) {
        Dialer d = Dialer.of("2.14-202");
        String dup = "phone_full_name=First&phone_full_name=Second";
        Answer a = where.equals("query") ? d.get(UPDATE_CC100 + "&" + dup) : d.post(UPDATE_CC100, FORM, bytes(dup));
        assertEquals(UPDATED, Dialer.text(a));
        assertEquals("Second", d.cc100().text("fullname"));
    }

    @ParameterizedTest(name = "{0} stores {1}")
    @CsvSource(
            delimiter = ';',
            value = {
                "A+B; A B",
                "A%2BB; A+B",
                "A%20%20B; A  B",
            })
    void plusDecodesToASpaceAndAnEncodedPlusStaysAPlus(String raw, String stored) {
        Dialer d = Dialer.of("2.14-202");
        assertEquals(UPDATED, d.body(UPDATE_CC100 + "&phone_full_name=" + raw));
        assertEquals(stored, d.cc100().text("fullname"));
    }

    @Test
    void plusInAFormBodyDecodesToASpace() {
        Dialer d = Dialer.of("2.14-202");
        assertEquals(UPDATED, Dialer.text(d.post(UPDATE_CC100, FORM, bytes("phone_full_name=C+D"))));
        assertEquals("C D", d.cc100().text("fullname"));
    }

    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource(
            delimiter = ';',
            value = {
                "extension[]=cc100; 2.14-202; 500; ''",
                "extension%5B%5D=cc100; 2.14-202; 500; ''",
                "extension[0]=cc100; 2.14-202; 500; ''",
                "extension[]=cc100; 2.14-107; 200; ERROR: update_phone YOU MUST USE ALL REQUIRED FIELDS: |6666|Array|10.0.9.8",
                "extension%5B%5D=cc100; 2.14-107; 200; ERROR: update_phone YOU MUST USE ALL REQUIRED FIELDS: |6666|Array|10.0.9.8",
            })
    void anArrayParameterCrashes202AndReadsAsArrayOn107(String param, String profile, int status, String body) {
        Answer a = Dialer.of(profile).get(AUTH + "&server_ip=10.0.9.8&" + param);
        assertEquals(status, a.status());
        assertEquals(body.isEmpty() ? "" : body + "\n", Dialer.text(a));
    }

    @Test
    void anArrayOfAnOptionalFieldIsNotGivenOn107() {
        Dialer d = Dialer.of("2.14-107");
        assertEquals(
                "NOTICE: update_phone NO UPDATES DEFINED: |6666|\n", d.body(UPDATE_CC100 + "&phone_full_name[]=X"));
        assertEquals("Phone cc100", d.cc100().text("fullname"));
    }

    @ParameterizedTest(name = "{0} stores {1}")
    @CsvSource(
            delimiter = ';',
            value = {
                "50%zzoff%40x.com; 50%zzoff@x.com",
                "ab%40x.co%2; ab@x.co%2",
                "ab%40x.co%; ab@x.co%",
                "a%g1%40x.com; a%g1@x.com",
            })
    void invalidPercentEncodingIsKeptLiterally(String raw, String stored) {
        Dialer d = Dialer.of("2.14-202");
        assertEquals(UPDATED, d.body(UPDATE_CC100 + "&email=" + raw));
        assertEquals(stored, d.cc100().text("email"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"phone.full.name", "phone.full_name", "phone+full+name", "phone%20full.name"})
    void dotsAndSpacesInNamesBecomeUnderscores(String name) {
        Dialer d = Dialer.of("2.14-202");
        assertEquals(UPDATED, d.body(UPDATE_CC100 + "&" + name + "=Renamed"));
        assertEquals("Renamed", d.cc100().text("fullname"));
    }

    @Test
    void readsAMultipartBodyAndIgnoresFileParts() {
        Dialer d = Dialer.of("2.14-202");
        String b = "XyZb0undary";
        String body = part(b, "source", "test") + part(b, "user", "6666") + part(b, "pass", "1234")
                + part(b, "function", "update_phone") + part(b, "extension", "cc100") + part(b, "server_ip", "10.0.9.8")
                + "--" + b + "\r\nContent-Disposition: form-data; name=\"email\"; filename=\"e.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\nfile@example.com\r\n"
                + part(b, "phone_full_name", "Multi Part") + "--" + b + "--\r\n";
        Answer a = d.post(null, "multipart/form-data; boundary=" + b, bytes(body));
        assertEquals(UPDATED, Dialer.text(a));
        assertEquals("Multi Part", d.cc100().text("fullname"));
        assertEquals("", d.cc100().text("email"));
    }

    @Test
    void getWinsOverAMultipartValue() {
        Dialer d = Dialer.of("2.14-202");
        String b = "q";
        String body = part(b, "phone_full_name", "FromBody") + part(b, "extension", "cc101") + "--" + b + "--\r\n";
        Answer a = d.post(UPDATE_CC100, "multipart/form-data; boundary=\"" + b + "\"", bytes(body));
        assertEquals(UPDATED, Dialer.text(a));
        assertEquals("FromBody", d.cc100().text("fullname"));
    }

    @ParameterizedTest(name = "Content-Type {0}")
    @ValueSource(strings = {"application/json", "text/plain", "none"})
    void aBodyOfAnotherTypeIsNotRead(String type) {
        Dialer d = Dialer.of("2.14-202");
        Answer a = d.post(null, type.equals("none") ? null : type, bytes(UPDATE_CC100));
        assertEquals("ERROR: Login incorrect, please try again: |||BAD|\n", Dialer.text(a));
    }

    @Test
    void unknownParametersAreIgnored() {
        Dialer d = Dialer.of("2.14-107");
        assertEquals(UPDATED, d.body(UPDATE_CC100 + "&format=json&phone_full_name=Fmt&colour=blue&=x&&"));
        assertEquals("Fmt", d.cc100().text("fullname"));
    }

    private static String part(String boundary, String name, String value) {
        return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
    }
}
