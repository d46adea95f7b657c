package dev.vicimock.mock.function;

import static dev.vicimock.mock.testing.Dialer.UPDATE_CC100;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vicimock.mock.state.Snapshot;
import dev.vicimock.mock.testing.Dialer;
import dev.vicimock.mock.testing.States;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The limits of each update_phone field at their edges, per release, and what the database then stores. */
class FieldRulesTest {
    private static final Pattern REPEAT = Pattern.compile("(.)\\*(\\d+)");

    /** Expands {@code a*5} to {@code aaaaa} anywhere in the text, to write long values in a table. */
    private static String expand(String spec) {
        Matcher m = REPEAT.matcher(spec);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(b, Matcher.quoteReplacement(m.group(1).repeat(Integer.parseInt(m.group(2)))));
        }
        return m.appendTail(b).toString();
    }

    @ParameterizedTest(name = "{0} {1}={2} stores {4}")
    @CsvSource(
            delimiter = ';',
            value = {
                // profile; parameter; raw value; column; stored value
                "2.14-202; email; a%40b.c; email; a@b.c",
                "2.14-107; email; a%40bc; email; a@bc",
                "2.14-202; email; a*294%40x.com; email; a*100",
                "2.14-202; phone_context; ab; phone_context; ab",
                "2.14-202; phone_context; c*30; phone_context; c*20",
                "2.14-202; phone_full_name; Jo; fullname; Jo",
                "2.14-107; phone_full_name; n*30; fullname; n*30",
                "2.14-202; registration_password; r*30; conf_secret; r*30",
                "2.14-107; registration_password; r*30; conf_secret; r*20",
                "2.14-202; phone_pass; pp; pass; pp",
                "2.14-202; phone_pass; p*30; pass; p*30",
                "2.14-202; phone_login; l; login; l",
                "2.14-107; phone_login; l*40; login; l*15",
                "2.14-202; voicemail_id; 12; voicemail_id; 12",
                "2.14-202; voicemail_id; 9*30; voicemail_id; 9*10",
                "2.14-202; dialplan_number; 123; dialplan_number; 123",
                "2.14-107; dialplan_number; 8*30; dialplan_number; 8*20",
                "2.14-202; outbound_cid; 123456; outbound_cid; 123456",
                "2.14-107; outbound_cid; 1*18; outbound_cid; 1*18",
                "2.14-202; admin_user_group; AB; user_group; AB",
                "2.14-202; admin_user_group; G*20; user_group; G*20",
                "2.14-202; outbound_alt_cid; 123456; outbound_alt_cid; 123456",
                "2.14-202; outbound_alt_cid; 1*18; outbound_alt_cid; 1*18",
                "2.14-202; phone_ring_timeout; 2; phone_ring_timeout; 2",
                "2.14-202; phone_ring_timeout; 180; phone_ring_timeout; 180",
                "2.14-202; phone_ring_timeout; 0045; phone_ring_timeout; 45",
                "2.14-202; protocol; Zap; protocol; Zap",
                "2.14-107; protocol; EXTERNAL; protocol; EXTERNAL",
                "2.14-202; local_gmt; 12.75; local_gmt; 12.75",
                "2.14-202; local_gmt; -12; local_gmt; -12",
                "2.14-107; local_gmt; 5.5; local_gmt; 5.5",
                "2.14-202; local_gmt; -3.500; local_gmt; -3.500",
                "2.14-202; local_gmt; 09.; local_gmt; 09.",
                "2.14-202; local_gmt; .0; local_gmt; .0",
                "2.14-202; local_gmt; -10.00000; local_gmt; -10.00",
                "2.14-202; email; --BLANK--; email; ''",
                "2.14-107; email; --blank--; email; --blank--",
                "2.14-202; phone_context; --BLANK--; phone_context; ''",
                "2.14-107; phone_full_name; --BLANK--; fullname; ''",
                "2.14-202; registration_password; --BLANK--; conf_secret; ''",
                "2.14-202; phone_pass; --BLANK--; pass; --BLANK--",
                "2.14-202; phone_login; --BLANK--; login; --BLANK--",
                "2.14-202; admin_user_group; --BLANK--; user_group; --BLANK--",
                "2.14-202; template_id; --blank--; template_id; ''",
                "2.14-202; template_id; TMPL1; template_id; TMPL1",
            })
    void acceptsAValueWithinItsLimits(String profile, String parameter, String raw, String column, String stored) {
        Dialer d = Dialer.of(profile, phoneWithTemplate());
        assertEquals(
                "SUCCESS: update_phone PHONE HAS BEEN UPDATED - 6666|cc100|10.0.9.8|\n",
                d.body(UPDATE_CC100 + "&" + parameter + "=" + expand(raw)));
        assertEquals(expand(stored), d.cc100().text(column));
    }

    /** cc100 with a template and an email set, so that clearing them shows. */
    private static Snapshot phoneWithTemplate() {
        return States.seed(t -> {
            States.set(t, "phones", "extension", "cc100", "template_id", "tmpl1");
            States.set(t, "phones", "extension", "cc100", "email", "old@example.com");
        });
    }

    @ParameterizedTest(name = "{0} {1}={2}")
    @CsvSource(
            delimiter = ';',
            value = {
                // profile; parameter; raw value; reason; echoed value
                "2.14-202; email; a%40bc; YOU MUST USE A VALID EMAIL; a@bc",
                "2.14-107; email; a%40b; YOU MUST USE A VALID EMAIL; a@b",
                "2.14-202; email; a*295%40x.com; YOU MUST USE A VALID EMAIL; a*295@x.com",
                "2.14-202; phone_context; c*31; YOU MUST USE A VALID PHONE CONTEXT; c*31",
                "2.14-107; phone_full_name; n*31; YOU MUST USE A VALID PHONE NAME; n*31",
                "2.14-202; registration_password; r; YOU MUST USE A VALID REGISTRATION PASSWORD; r",
                "2.14-202; phone_pass; p*31; YOU MUST USE A VALID PHONE PASSWORD; p*31",
                "2.14-202; voicemail_id; 9*31; YOU MUST USE A VALID VOICEMAIL NUMBER; 9*31",
                "2.14-107; dialplan_number; 12; YOU MUST USE A VALID DIALPLAN NUMBER; 12",
                "2.14-202; dialplan_number; 8*31; YOU MUST USE A VALID DIALPLAN NUMBER; 8*31",
                "2.14-202; outbound_cid; 12345; OUTBOUND CID MUST BE FROM 6 TO 18 DIGITS, THIS IS AN OPTIONAL FIELD; 12345",
                "2.14-107; outbound_cid; 1*19; OUTBOUND CID MUST BE FROM 6 TO 18 DIGITS, THIS IS AN OPTIONAL FIELD; 1*19",
                "2.14-202; admin_user_group; G*21; USER GROUP MUST BE FROM 2 TO 20 CHARACTERS, THIS IS AN OPTIONAL FIELD; G*21",
                "2.14-202; outbound_alt_cid; 1*19; OUTBOUND ALT CID MUST BE FROM 6 TO 18 DIGITS, THIS IS AN OPTIONAL FIELD; 1*19",
                "2.14-202; phone_ring_timeout; 181; PHONE RING TIMEOUT MUST BE FROM 2 TO 180 SECONDS, THIS IS AN OPTIONAL FIELD; ''",
                "2.14-202; phone_ring_timeout; 9*25; PHONE RING TIMEOUT MUST BE FROM 2 TO 180 SECONDS, THIS IS AN OPTIONAL FIELD; ''",
                "2.14-202; protocol; ZAP; YOU MUST USE A VALID PROTOCOL; ZAP",
                "2.14-107; protocol; PJSIP; YOU MUST USE A VALID PROTOCOL; PJSIP",
                "2.14-202; local_gmt; 5.25; YOU MUST USE A VALID TIMEZONE; 5.25",
                "2.14-202; local_gmt; 13; YOU MUST USE A VALID TIMEZONE; 13",
                "2.14-107; local_gmt; -12.5; YOU MUST USE A VALID TIMEZONE; -12.5",
                "2.14-202; local_gmt; .; YOU MUST USE A VALID TIMEZONE; .",
                "2.14-202; local_gmt; 5-5; YOU MUST USE A VALID TIMEZONE; 5-5",
                "2.14-202; active; YN; ACTIVE MUST BE Y OR N, THIS IS AN OPTIONAL FIELD; YN",
                "2.14-202; delete_vm_after_email; n; DELETE VOICEMAIL AFTER EMAIL MUST BE Y OR N, THIS IS AN OPTIONAL FIELD; n",
            })
    void refusesAValueOutsideItsLimits(String profile, String parameter, String raw, String reason, String echo) {
        Dialer d = Dialer.of(profile);
        Snapshot before = States.writable(d.snapshot());
        assertEquals(
                "ERROR: update_phone " + reason + ": |6666|" + expand(echo) + "\n",
                d.body(UPDATE_CC100 + "&" + parameter + "=" + expand(raw)));
        assertEquals(before, States.writable(d.snapshot()));
    }

    @ParameterizedTest(name = "{0} login {1} from {2}@{3}")
    @CsvSource({
        // the login of cc102@192.168.198.5 is x101; a conflict needs another extension AND another server
        "2.14-202, x101, cc100, 10.0.9.8, LOGIN ALREADY EXISTS",
        "2.14-107, X101, cc100, 10.0.9.8, LOGIN ALREADY EXISTS",
        "2.14-202, x101, cc101, 192.168.198.5, UPDATED",
        "2.14-202, 55000, cc100, 10.0.9.8, LOGIN ALREADY EXISTS",
        "2.14-202, lim200, cc100, 10.0.9.8, UPDATED",
        "2.14-107, cc100, cc100, 10.0.9.8, UPDATED",
    })
    void aLoginConflictsOnlyWithAPhoneOfAnotherExtensionOnAnotherServer(
            String profile, String login, String extension, String server, String outcome) {
        Dialer d = Dialer.of(profile);
        String body = d.body("source=test&user=6666&pass=1234&function=update_phone&extension=" + extension
                + "&server_ip=" + server + "&phone_login=" + login);
        assertEquals(
                outcome.equals("UPDATED")
                        ? "SUCCESS: update_phone PHONE HAS BEEN UPDATED - 6666|" + extension + "|" + server + "|\n"
                        : "ERROR: update_phone LOGIN ALREADY EXISTS: |6666|" + login + "\n",
                body);
    }
}
