package dev.vicimock.mock.function;

import static dev.vicimock.mock.testing.Dialer.UPDATE_CC100;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.vicimock.mock.state.Row;
import dev.vicimock.mock.state.Snapshot;
import dev.vicimock.mock.testing.Dialer;
import dev.vicimock.mock.testing.OrderedPairs;
import dev.vicimock.mock.testing.States;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The order of update_phone's checks: the first failing one answers, and a failed validation writes nothing. */
class ValidationOrderTest {
    private static final String UPDATED = "SUCCESS: update_phone PHONE HAS BEEN UPDATED - 6666|cc100|10.0.9.8|\n";
    private static final String NO_UPDATES = "NOTICE: update_phone NO UPDATES DEFINED: |6666|\n";

    /**
     * One optional field: an invalid value, the reason its error gives, a valid value and the column and value
     * that valid value stores; {@code newer} marks the fields only 2.14-202 knows.
     */
    record Field(
            String param, String invalid, String reason, String valid, String column, String stored, boolean newer) {
        @Override
        public String toString() {
            return param;
        }
    }

    /** The optional fields in the order the real code validates them. */
    static final List<Field> ORDER = List.of(
            new Field("local_gmt", "99", "YOU MUST USE A VALID TIMEZONE", "-8.00", "local_gmt", "-8.00", false),
            new Field(
                    "email", "a", "YOU MUST USE A VALID EMAIL", "ops%40example.com", "email", "ops@example.com", false),
            new Field(
                    "phone_context",
                    "x",
                    "YOU MUST USE A VALID PHONE CONTEXT",
                    "ctx-a",
                    "phone_context",
                    "ctx-a",
                    false),
            new Field(
                    "phone_full_name",
                    "J",
                    "YOU MUST USE A VALID PHONE NAME",
                    "Full%20Name",
                    "fullname",
                    "Full Name",
                    false),
            new Field(
                    "registration_password",
                    "r",
                    "YOU MUST USE A VALID REGISTRATION PASSWORD",
                    "regpass1",
                    "conf_secret",
                    "regpass1",
                    false),
            new Field("protocol", "BAD", "YOU MUST USE A VALID PROTOCOL", "IAX2", "protocol", "IAX2", false),
            new Field("phone_pass", "p", "YOU MUST USE A VALID PHONE PASSWORD", "ppass1", "pass", "ppass1", false),
            new Field("phone_login", "x101", "LOGIN ALREADY EXISTS", "newlogin", "login", "newlogin", false),
            new Field(
                    "voicemail_id",
                    "7",
                    "YOU MUST USE A VALID VOICEMAIL NUMBER",
                    "9001",
                    "voicemail_id",
                    "9001",
                    false),
            new Field(
                    "dialplan_number",
                    "12",
                    "YOU MUST USE A VALID DIALPLAN NUMBER",
                    "9002",
                    "dialplan_number",
                    "9002",
                    false),
            new Field("active", "X", "ACTIVE MUST BE Y OR N, THIS IS AN OPTIONAL FIELD", "N", "active", "N", false),
            new Field(
                    "outbound_cid",
                    "123",
                    "OUTBOUND CID MUST BE FROM 6 TO 18 DIGITS, THIS IS AN OPTIONAL FIELD",
                    "3125550000",
                    "outbound_cid",
                    "3125550000",
                    false),
            new Field(
                    "admin_user_group",
                    "A",
                    "USER GROUP MUST BE FROM 2 TO 20 CHARACTERS, THIS IS AN OPTIONAL FIELD",
                    "ADMIN",
                    "user_group",
                    "ADMIN",
                    false),
            new Field(
                    "outbound_alt_cid",
                    "123",
                    "OUTBOUND ALT CID MUST BE FROM 6 TO 18 DIGITS, THIS IS AN OPTIONAL FIELD",
                    "3125550001",
                    "outbound_alt_cid",
                    "3125550001",
                    true),
            new Field(
                    "phone_ring_timeout",
                    "1",
                    "PHONE RING TIMEOUT MUST BE FROM 2 TO 180 SECONDS, THIS IS AN OPTIONAL FIELD",
                    "45",
                    "phone_ring_timeout",
                    "45",
                    true),
            new Field(
                    "delete_vm_after_email",
                    "X",
                    "DELETE VOICEMAIL AFTER EMAIL MUST BE Y OR N, THIS IS AN OPTIONAL FIELD",
                    "Y",
                    "delete_vm_after_email",
                    "Y",
                    true),
            new Field(
                    "template_id",
                    "nosuch",
                    "TEMPLATE ID DOES NOT EXIST, THIS IS AN OPTIONAL FIELD",
                    "tmpl1",
                    "template_id",
                    "tmpl1",
                    true));

    /** The answer the real server gives when {@code field} is the first invalid one of the request. */
    private static String error(Field field, Map<String, String> request) {
        String data = switch (field.param()) {
            // the real code echoes outbound_alt_cid here, not the timeout
            case "phone_ring_timeout" -> request.getOrDefault("outbound_alt_cid", "");
            case "template_id" -> request.getOrDefault("phone_login", "") + "|" + field.invalid();
            default -> field.invalid();
        };
        return "ERROR: update_phone " + field.reason() + ": |6666|" + data + "\n";
    }

    private static String query(Map<String, String> fields) {
        return UPDATE_CC100
                + fields.entrySet().stream()
                        .map(e -> "&" + e.getKey() + "=" + e.getValue())
                        .collect(Collectors.joining());
    }

    static Stream<Arguments> pairs() {
        return OrderedPairs.onProfiles(List.of("2.14-202", "2.14-107"), ORDER);
    }

    @ParameterizedTest(name = "{0}: {1} before {2}")
    @MethodSource("pairs")
    void eachFieldsErrorWinsOverTheNextOnes(String profile, Field first, Field later) {
        Dialer d = Dialer.of(profile);
        Snapshot before = States.writable(d.snapshot());
        Map<String, String> request = new LinkedHashMap<>();
        // the later field first in the query: the order of the checks, not of the parameters, decides
        request.put(later.param(), later.invalid());
        request.put(first.param(), first.invalid());
        String body = d.body(query(request));
        if (profile.equals("2.14-107") && first.newer()) {
            assertEquals(NO_UPDATES, body, "2.14-107 does not know " + first + " or " + later);
        } else {
            assertEquals(error(first, request), body);
        }
        assertEquals(before, States.writable(d.snapshot()));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2.14-202", "2.14-107"})
    void withEveryFieldInvalidTheTimezoneAnswers(String profile) {
        Map<String, String> request = new LinkedHashMap<>();
        for (int i = ORDER.size() - 1; i >= 0; i--) {
            request.put(ORDER.get(i).param(), ORDER.get(i).invalid());
        }
        assertEquals(
                "ERROR: update_phone YOU MUST USE A VALID TIMEZONE: |6666|99\n",
                Dialer.of(profile).body(query(request)));
    }

    private static Map<String, String> allValid() {
        Map<String, String> request = new LinkedHashMap<>();
        ORDER.forEach(f -> request.put(f.param(), f.valid()));
        return request;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2.14-202", "2.14-107"})
    void withEveryFieldValidEachIsWritten(String profile) {
        Dialer d = Dialer.of(profile);
        Row before = d.cc100();
        assertEquals(UPDATED, d.body(query(allValid())));
        Row after = d.cc100();
        for (Field f : ORDER) {
            if (profile.equals("2.14-107") && f.newer()) {
                assertEquals(before.text(f.column()), after.text(f.column()), f + " is ignored by 2.14-107");
            } else {
                assertEquals(f.stored(), after.text(f.column()), f.param());
                assertNotEquals(before.text(f.column()), after.text(f.column()), f + " must change for this test");
            }
        }
        assertEquals(1, d.snapshot().adminLog().size());
        assertEquals("Y", States.server(d.snapshot(), "10.0.9.8").text("rebuild_conf_files"));
    }

    static Stream<Arguments> singleInvalid() {
        return Stream.of("2.14-202", "2.14-107")
                .flatMap(p -> IntStream.range(0, ORDER.size()).mapToObj(i -> Arguments.of(p, ORDER.get(i))));
    }

    @ParameterizedTest(name = "{0}: only {1} invalid")
    @MethodSource("singleInvalid")
    void nothingIsWrittenWhenAnyValidationFails(String profile, Field invalid) {
        Dialer d = Dialer.of(profile);
        Snapshot before = States.writable(d.snapshot());
        Map<String, String> request = allValid();
        request.put(invalid.param(), invalid.invalid());
        String body = d.body(query(request));
        if (profile.equals("2.14-107") && invalid.newer()) {
            assertEquals(UPDATED, body, "2.14-107 ignores " + invalid + " and writes the rest");
            Row after = d.cc100();
            ORDER.stream().filter(f -> !f.newer()).forEach(f -> assertEquals(f.stored(), after.text(f.column())));
            assertEquals(
                    States.phone(before, "cc100", "10.0.9.8").text(invalid.column()), after.text(invalid.column()));
        } else {
            assertEquals(error(invalid, request), body);
            assertEquals(before, States.writable(d.snapshot()), "phones, servers and the admin log are untouched");
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2.14-202", "2.14-107"})
    void theChecksBeforeTheFieldsComeFirstInTheirOrder(String profile) {
        Dialer d = Dialer.of(profile);
        String fields = "&local_gmt=99&email=a";
        String[][] steps = {
            {
                "source=x&user=6666&pass=wrong&function=update_phone&extension=c&server_ip=",
                "ERROR: Login incorrect, please try again: |6666|wrong|BAD|"
            },
            {
                "source=x&user=6666&pass=1234&function=update_phone&extension=c&server_ip=",
                "ERROR: Invalid Source - x\nERROR: Invalid Source: |x|"
            },
            {
                "source=test&user=2222&pass=1234&function=update_phone&extension=c&server_ip=",
                "ERROR: auth USER DOES NOT HAVE PERMISSION TO USE THIS FUNCTION: |2222|update_phone|"
            },
            {
                "source=test&user=4444&pass=1234&function=update_phone&extension=c&server_ip=",
                "ERROR: update_phone USER DOES NOT HAVE PERMISSION TO UPDATE PHONES: |4444|0"
            },
            {
                "source=test&user=6666&pass=1234&function=update_phone&extension=c&server_ip=",
                "ERROR: update_phone YOU MUST USE ALL REQUIRED FIELDS: |6666|c|"
            },
            {
                "source=test&user=6666&pass=1234&function=update_phone&extension=cc100&server_ip=10.9.9.9",
                "ERROR: update_phone SERVER DOES NOT EXIST: |6666|10.9.9.9"
            },
            {
                "source=test&user=6666&pass=1234&function=update_phone&extension=cc100&server_ip=192.168.198.5",
                "ERROR: update_phone PHONE DOES NOT EXIST ON THIS SERVER: |6666|192.168.198.5|cc100"
            },
            {
                "source=test&user=1111&pass=1234&function=update_phone&extension=oth300&server_ip=10.0.9.8",
                "ERROR: update_phone PHONE DOES NOT EXIST ON THIS SERVER: |1111|10.0.9.8|oth300"
            },
            {
                "source=test&user=7878&pass=1234&function=update_phone&extension=cc100&server_ip=10.0.9.8"
                        + "&delete_phone=Y",
                "NOTICE: update_phone USER DOES NOT HAVE PERMISSION TO DELETE PHONES: |7878|0"
            },
            {
                "source=test&user=6666&pass=1234&function=update_phone&extension=cc100&server_ip=10.0.9.8",
                "ERROR: update_phone YOU MUST USE A VALID TIMEZONE: |6666|99"
            },
        };
        Snapshot before = States.writable(d.snapshot());
        for (String[] step : steps) {
            assertEquals(step[1] + "\n", d.body(step[0] + fields), step[0]);
        }
        assertEquals(before, States.writable(d.snapshot()));
        assertEquals(
                "SUCCESS: update_phone PHONE HAS BEEN DELETED - 6666|cc100|10.0.9.8|\n",
                d.body(steps[steps.length - 1][0] + fields + "&delete_phone=Y"),
                "a delete validates no field");
    }
}
