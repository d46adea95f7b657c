package dev.vicimock.mock.release;

import static dev.vicimock.mock.testing.Dialer.UPDATE_CC100;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vicimock.mock.state.Row;
import dev.vicimock.mock.state.Snapshot;
import dev.vicimock.mock.testing.Dialer;
import dev.vicimock.mock.testing.States;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Each parameter's input filter per release and {@code use_non_latin} setting, seen in what is stored or echoed. */
class InputFiltersTest {
    private static final String UPDATED = "SUCCESS: update_phone PHONE HAS BEEN UPDATED - 6666|cc100|10.0.9.8|\n";
    private static final String NO_UPDATES = "NOTICE: update_phone NO UPDATES DEFINED: |6666|\n";

    private static Snapshot nonLatin() {
        return States.withSetting("use_non_latin", "1");
    }

    @ParameterizedTest(name = "{0} {1}={2} stores {3}={4}")
    @CsvSource(
            delimiter = ';',
            value = {
                // profile; parameter; raw query value; column; stored
                "2.14-202; email; ops%2Bq%40ex.com; email; ops q@ex.com",
                "2.14-107; email; ops%2Bq%40ex.com; email; ops q@ex.com",
                "2.14-202; email; a%22b%3Cc%3E%40x.com; email; abc@x.com",
                "2.14-107; email; 50%25off%40x.com; email; 50%off@x.com",
                "2.14-202; phone_context; ctx.a%20b%21; phone_context; ctxab",
                "2.14-107; phone_context; ctx.a%20b%21; phone_context; ctxab",
                "2.14-202; phone_full_name; Jo%27s%20Ph%40ne%2B1; fullname; Jos Phne+1",
                "2.14-107; phone_full_name; Jo%27s%20Ph%40ne%2B1; fullname; Jos Phne+1",
                "2.14-202; phone_full_name; J%C3%BCrgen; fullname; Jrgen",
                "2.14-202; registration_password; r.e%20g%21x; conf_secret; regx",
                "2.14-107; registration_password; r.e%20g%21x; conf_secret; regx",
                "2.14-202; protocol; I-A.X2; protocol; IAX2",
                "2.14-107; protocol; I-A.X2; protocol; IAX2",
                "2.14-202; phone_pass; p.a%20s-s_; pass; pas-s_",
                "2.14-107; phone_pass; p.a%20s-s_; pass; pas-s_",
                "2.14-202; phone_login; lo.gin_1; login; login_1",
                "2.14-107; phone_login; lo.gin_1; login; login_1",
                "2.14-202; voicemail_id; abc-12; voicemail_id; abc12",
                "2.14-107; voicemail_id; abc-12; voicemail_id; 12",
                "2.14-202; voicemail_id; --BLANK--; voicemail_id; BLANK",
                "2.14-202; dialplan_number; 9-00*1%23; dialplan_number; 900*1#",
                "2.14-107; dialplan_number; 9-00*1%23; dialplan_number; 900*1#",
                "2.14-202; dialplan_number; --BLANK--; dialplan_number; BLANK",
                "2.14-107; dialplan_number; --BLANK--; dialplan_number; BLANK",
                "2.14-202; active; N.; active; N",
                "2.14-107; active; N.; active; N",
                "2.14-202; outbound_cid; (727)%20555-1212; outbound_cid; 7275551212",
                "2.14-107; outbound_cid; (727)%20555-1212; outbound_cid; 7275551212",
                "2.14-202; outbound_cid; ---ALL---; outbound_cid; ---ALL---",
                "2.14-202; outbound_cid; %20---ALL---; outbound_cid; ---ALL---",
                "2.14-202; admin_user_group; AD%20MIN%21; user_group; ADMIN",
                "2.14-107; admin_user_group; AD%20MIN%21; user_group; ADMIN",
                "2.14-202; local_gmt; GMT-5; local_gmt; -5",
                "2.14-107; local_gmt; GMT-5; local_gmt; -5",
                "2.14-202; local_gmt; %2B5.50; local_gmt; 5.50",
                "2.14-202; outbound_alt_cid; 312-555-0001x; outbound_alt_cid; 3125550001x",
                "2.14-202; phone_ring_timeout; 4%205s; phone_ring_timeout; 45",
                "2.14-202; delete_vm_after_email; Y%21; delete_vm_after_email; Y",
                "2.14-202; is_webphone; y; is_webphone; Y",
                "2.14-202; is_webphone; y_api_launch; is_webphone; Y_API_LAUNCH",
                "2.14-202; webphone_auto_answer; n; webphone_auto_answer; N",
                "2.14-202; use_external_server_ip; y.; use_external_server_ip; Y",
                "2.14-202; on_hook_agent; Y; on_hook_agent; Y",
                "2.14-202; template_id; tm.pl1; template_id; tmpl1",
                "2.14-127; outbound_cid; ---ALL---; outbound_cid; ---ALL---",
                "2.14-127; outbound_alt_cid; 312-555-0001x; outbound_alt_cid; 3125550001x",
                "2.14-127; phone_ring_timeout; 4%205s; phone_ring_timeout; 45",
                "2.14-159; is_webphone; y_api_launch; is_webphone; Y_API_LAUNCH",
                "2.14-159; template_id; tm.pl1; template_id; tmpl1",
                "2.14-167; voicemail_id; abc-12; voicemail_id; 12",
                "2.14-167; email; a%40bc.d; email; a@bc.d",
            })
    void storesTheFilteredValue(String profile, String parameter, String raw, String column, String stored) {
        Dialer d = Dialer.of(profile);
        assertEquals(UPDATED, d.body(UPDATE_CC100 + "&" + parameter + "=" + raw));
        assertEquals(stored, d.cc100().text(column));
    }

    @ParameterizedTest(name = "{0} {1}={2} is not given")
    @CsvSource(
            delimiter = ';',
            value = {
                "2.14-202; active; y",
                "2.14-107; active; y",
                "2.14-202; email; %3C%3E%21",
                "2.14-107; email; %3C%3E%21",
                "2.14-202; phone_full_name; %21%3F",
                "2.14-107; voicemail_id; --BLANK--",
                "2.14-107; voicemail_id; abc",
                "2.14-107; outbound_cid; ---ALL---",
                "2.14-202; outbound_cid; --ALL--",
                "2.14-202; outbound_cid; --BLANK--",
                "2.14-107; outbound_cid; --BLANK--",
                "2.14-202; phone_ring_timeout; --BLANK--",
                "2.14-202; is_webphone; Y_API.LAUNCH",
                "2.14-202; on_hook_agent; yes",
                "2.14-202; template_id; x",
                "2.14-107; outbound_alt_cid; 3125550001",
                "2.14-107; phone_ring_timeout; 45",
                "2.14-107; delete_vm_after_email; Y",
                "2.14-107; is_webphone; Y",
                "2.14-107; template_id; nosuch",
                "2.14-127; is_webphone; Y",
                "2.14-127; template_id; nosuch",
                "2.14-159; voicemail_id; --BLANK--",
            })
    void aValueTheFilterEmptiesOrTheReleaseIgnoresCountsAsNotGiven(String profile, String parameter, String raw) {
        Dialer d = Dialer.of(profile);
        Row before = d.cc100();
        String body = d.body(UPDATE_CC100 + "&" + parameter + "=" + raw);
        if (Releases.byName(profile).orElseThrow().has(Capability.NO_UPDATES_NOTICE)) {
            assertEquals(NO_UPDATES, body);
            assertEquals(before, d.cc100());
        } else {
            assertEquals(UPDATED, body);
            assertEquals(before.with("install_directory", ""), d.cc100());
        }
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(
            delimiter = ';',
            value = {
                // profile; query after the credentials; exact answer line (without the newline)
                "2.14-202; extension=cc100&server_ip=10.0.9.8:5060; ERROR: update_phone SERVER DOES NOT EXIST: |6666|10.0.9.8:5060",
                "2.14-107; extension=cc100&server_ip=10.0.9.8:5060; ERROR: update_phone SERVER DOES NOT EXIST: |6666|10.0.9.85060",
                "2.14-202; extension=cc100&server_ip=10-0-9-8; ERROR: update_phone SERVER DOES NOT EXIST: |6666|10-0-9-8",
                "2.14-107; extension=cc100&server_ip=10-0-9-8; ERROR: update_phone SERVER DOES NOT EXIST: |6666|10098",
                "2.14-202; extension=cc100&server_ip=10.0.9.8abc; ERROR: update_phone SERVER DOES NOT EXIST: |6666|10.0.9.8abc",
                "2.14-107; extension=cc100&server_ip=10.0.9.8abc; NOTICE: update_phone NO UPDATES DEFINED: |6666|",
                "2.14-202; extension=cc100&server_ip=10.0.9.8%2F24; ERROR: update_phone SERVER DOES NOT EXIST: |6666|10.0.9.824",
                "2.14-202; extension=cc100&server_ip=%2010.0.9.8%20; SUCCESS: update_phone PHONE HAS BEEN UPDATED - 6666|cc100|10.0.9.8|",
                "2.14-202; extension=cc%2A%23999&server_ip=10.0.9.8; ERROR: update_phone PHONE DOES NOT EXIST ON THIS SERVER: |6666|10.0.9.8|cc999",
                "2.14-107; extension=cc%2A%23999&server_ip=10.0.9.8; ERROR: update_phone PHONE DOES NOT EXIST ON THIS SERVER: |6666|10.0.9.8|cc999",
                "2.14-202; extension=c%40c.1%3A0%2F0%23*&server_ip=10.0.9.8; SUCCESS: update_phone PHONE HAS BEEN UPDATED - 6666|cc100|10.0.9.8|",
                "2.14-107; extension=c%40c.1%3A0%2F0%23*&server_ip=10.0.9.8; NOTICE: update_phone NO UPDATES DEFINED: |6666|",
                "2.14-202; extension=c%21&server_ip=%21; ERROR: update_phone YOU MUST USE ALL REQUIRED FIELDS: |6666|c|",
                "2.14-202; extension=cc100&server_ip=10.0.9.8&email=a%40b; ERROR: update_phone YOU MUST USE A VALID EMAIL: |6666|a@b",
                "2.14-107; extension=cc100&server_ip=10.0.9.8&voicemail_id=abc1; ERROR: update_phone YOU MUST USE A VALID VOICEMAIL NUMBER: |6666|1",
                "2.14-202; extension=cc100&server_ip=10.0.9.8&local_gmt=--5; ERROR: update_phone YOU MUST USE A VALID TIMEZONE: |6666|--5",
                "2.14-202; extension=cc100&server_ip=10.0.9.8&local_gmt=--BLANK--; ERROR: update_phone YOU MUST USE A VALID TIMEZONE: |6666|----",
                "2.14-107; extension=cc100&server_ip=10.0.9.8&protocol=s.i.p; ERROR: update_phone YOU MUST USE A VALID PROTOCOL: |6666|sip",
                "2.14-202; extension=cc100&server_ip=10.0.9.8&active=--BLANK--; ERROR: update_phone ACTIVE MUST BE Y OR N, THIS IS AN OPTIONAL FIELD: |6666|BLANK",
                "2.14-202; extension=cc100&server_ip=10.0.9.8&outbound_alt_cid=--BLANK--; ERROR: update_phone OUTBOUND ALT CID MUST BE FROM 6 TO 18 DIGITS, THIS IS AN OPTIONAL FIELD: |6666|BLANK",
                "2.14-202; extension=cc100&server_ip=10.0.9.8&delete_vm_after_email=y; ERROR: update_phone DELETE VOICEMAIL AFTER EMAIL MUST BE Y OR N, THIS IS AN OPTIONAL FIELD: |6666|y",
                "2.14-202; extension=cc100&server_ip=10.0.9.8&outbound_cid=12-34-5; ERROR: update_phone OUTBOUND CID MUST BE FROM 6 TO 18 DIGITS, THIS IS AN OPTIONAL FIELD: |6666|12345",
            })
    void echoesTheFilteredValue(String profile, String query, String line) {
        Dialer d = Dialer.of(profile);
        assertEquals(line + "\n", d.body("source=test&user=6666&pass=1234&function=update_phone&" + query));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(
            delimiter = ';',
            value = {
                "2.14-202; source=test&user=us%20er%21&pass=1234&function=update_phone; ERROR: Login incorrect, please try again: |user|1234|BAD|",
                "2.14-107; source=test&user=us%20er%21&pass=1234&function=update_phone; ERROR: Login incorrect, please try again: |user|1234|BAD|",
                "2.14-202; source=test&user=6666&pass=p%40ss%20w.&function=update_phone; ERROR: Login incorrect, please try again: |6666|pssw|BAD|",
                "2.14-107; source=test&user=6666&pass=p%40ss%20w.&function=update_phone; ERROR: Login incorrect, please try again: |6666|pssw|BAD|",
                "2.14-202; source=%C3%A9a%21&user=6666&pass=1234&function=update_phone; ERROR: Invalid Source - a\\nERROR: Invalid Source: |a|",
                "2.14-107; source=t.e%20&user=6666&pass=1234&function=update_phone; ERROR: update_phone YOU MUST USE ALL REQUIRED FIELDS: |6666||",
                "2.14-202; source=test&user=6666&pass=1234&function=update.phone; ERROR: NO FUNCTION SPECIFIED",
                "2.14-107; source=test&user=6666&pass=1234&function=update_phone%21&extension=cc100&server_ip=10.0.9.8&active=N; SUCCESS: update_phone PHONE HAS BEEN UPDATED - 6666|cc100|10.0.9.8|",
            })
    void filtersTheCredentialsSourceAndFunction(String profile, String query, String line) {
        // a literal backslash-n in the table separates answer lines
        assertEquals(line.replace("\\n", "\n") + "\n", Dialer.of(profile).body(query));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(
            delimiter = ';',
            value = {
                "Y, deletes; Y%21",
                "Y, deletes; %20Y",
                "lowercase, updates; y",
                "YES, updates; YES",
                "N, updates; N",
            })
    void deletesOnlyWhenDeletePhoneFiltersToExactlyY(String what, String raw) {
        Dialer d = Dialer.of("2.14-202");
        String body = d.body(UPDATE_CC100 + "&delete_phone=" + raw);
        if (what.endsWith("deletes")) {
            assertEquals("SUCCESS: update_phone PHONE HAS BEEN DELETED - 6666|cc100|10.0.9.8|\n", body);
            assertEquals(null, d.cc100());
        } else {
            assertEquals(UPDATED, body);
            assertEquals("", d.cc100().text("install_directory"));
        }
    }

    @ParameterizedTest(name = "{1}={2} stores {3}={4}")
    @CsvSource(
            delimiter = ';',
            value = {
                "2.14-202; phone_full_name; J%C3%BCrgen%20M%C3%BCller; fullname; Jürgen Müller",
                "2.14-202; phone_full_name; J%C3%BCrgen%E2%82%AC%21; fullname; Jürgen",
                "2.14-202; email; j%C3%BCrgen%40ex%C3%A4mple.de; email; jürgen@exämple.de",
                "2.14-202; voicemail_id; %C3%A412; voicemail_id; ä12",
                "2.14-202; phone_context; %D0%BA%D1%82-1; phone_context; кт-1",
                "2.14-202; outbound_cid; %C3%A4123456; outbound_cid; 123456",
                "2.14-202; outbound_cid; ---ALL---; outbound_cid; ---ALL---",
                "2.14-202; outbound_alt_cid; %D0%96123456; outbound_alt_cid; Ж123456",
                "2.14-202; admin_user_group; %C3%89QUIPE; user_group; ÉQUIPE",
                "2.14-202; local_gmt; %C3%A4-5; local_gmt; -5",
                "2.14-107; phone_full_name; J%C3%BCrgen%21%40; fullname; Jürgen!@",
                "2.14-107; voicemail_id; --BLANK--; voicemail_id; ''",
                "2.14-107; outbound_cid; 727-555-1212; outbound_cid; 727-555-1212",
                "2.14-167; phone_full_name; J%C3%BCrgen%21%40; fullname; Jürgen!@",
                "2.14-127; phone_ring_timeout; 45abc; phone_ring_timeout; 45",
            })
    void keepsUnicodeLettersWithNonLatin(String profile, String parameter, String raw, String column, String stored) {
        Dialer d = Dialer.of(profile, nonLatin());
        assertEquals(UPDATED, d.body(UPDATE_CC100 + "&" + parameter + "=" + raw));
        assertEquals(stored, d.cc100().text(column));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(
            delimiter = ';',
            value = {
                "2.14-202; extension=cc100&server_ip=10.0.9.8%C3%A4; SUCCESS: update_phone PHONE HAS BEEN UPDATED - 6666|cc100|10.0.9.8|",
                "2.14-107; extension=cc100&server_ip=10.0.9.8abc; ERROR: update_phone SERVER DOES NOT EXIST: |6666|10.0.9.8abc",
                "2.14-202; extension=c%C3%A4&server_ip=10.0.9.8; ERROR: update_phone PHONE DOES NOT EXIST ON THIS SERVER: |6666|10.0.9.8|cä",
                "2.14-202; extension=cc100&server_ip=10.0.9.8&protocol=S%C3%8DP; ERROR: update_phone YOU MUST USE A VALID PROTOCOL: |6666|SP",
            })
    void filtersThatIgnoreNonLatin(String profile, String query, String line) {
        Dialer d = Dialer.of(profile, nonLatin());
        assertEquals(line + "\n", d.body("source=test&user=6666&pass=1234&function=update_phone&" + query));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = ';',
            value = {
                "2.14-202; source=test&user=6666&pass=b%20a%23d.%C3%A9&function=update_phone; ERROR: Login incorrect, please try again: |6666|badé|BAD|",
                "2.14-107; source=test&user=6666&pass=b%20a%23d.%C3%A9&function=update_phone; ERROR: Login incorrect, please try again: |6666|b ad.é|BAD|",
                "2.14-107; source=test&user=66%2766&pass=12%3B34&function=no_such; ERROR: NO FUNCTION SPECIFIED",
                "2.14-159; source=test&user=6666&pass=b%20a%23d.%C3%A9&function=update_phone; ERROR: Login incorrect, please try again: |6666|b ad.é|BAD|",
                "2.14-167; source=test&user=6666&pass=b%20a%23d.%C3%A9&function=update_phone; ERROR: Login incorrect, please try again: |6666|badé|BAD|",
                "2.14-159; source=test&user=66%2066&pass=1234&function=update_phone; ERROR: auth USER DOES NOT HAVE PERMISSION TO USE THIS FUNCTION: |66 66|update_phone|",
                "2.14-167; source=test&user=66%2066&pass=1234&function=update_phone&extension=cc100&server_ip=10.0.9.8&active=N; SUCCESS: update_phone PHONE HAS BEEN UPDATED - 6666|cc100|10.0.9.8|",
                "2.14-127; source=test&user=6666&pass=1234&function=update_phone&extension=cc100&server_ip=10.0.9.8&phone_ring_timeout=--BLANK--; ERROR: update_phone PHONE RING TIMEOUT MUST BE FROM 2 TO 180 SECONDS, THIS IS AN OPTIONAL FIELD: |6666|",
            })
    void filtersTheCredentialsWithNonLatin(String profile, String query, String line) {
        assertEquals(line + "\n", Dialer.of(profile, nonLatin()).body(query));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"phone_full_name=J%FFrgen", "phone_full_name=%C3%28", "email=a%80b%40x.com"})
    void invalidUtf8UnderNonLatinLeavesNothingOn202(String field) {
        Dialer d = Dialer.of("2.14-202", nonLatin());
        Row before = d.cc100();
        assertEquals(UPDATED, d.body(UPDATE_CC100 + "&" + field));
        assertEquals(before.with("install_directory", ""), d.cc100());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"66%FF66", "%C3"})
    void invalidUtf8UserUnderNonLatinIsAnEmptyUserOn202(String user) {
        Dialer d = Dialer.of("2.14-202", nonLatin());
        assertEquals(
                "ERROR: Login incorrect, please try again: ||1234|BAD|\n",
                d.body("source=test&function=update_phone&pass=1234&user=" + user));
    }
}
