package dev.vicimock.mock.robust;

import dev.vicimock.mock.testing.RawClient;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

/**
 * A seeded generator of hostile requests for the simulator, each with the answers it may get. Most are calls of
 * the API with random parameters and values (empty, long, invalid percent escapes, invalid UTF-8, quotes,
 * repeated and array parameters, odd content types); the rest are oversized, cut short, malformed or aimed at
 * other paths. The same seed gives the same requests.
 */
final class HostileRequests {
    static final String API = "/vicidial/non_agent_api.php";

    /** What may come back: the statuses allowed, and what a 200 or a 500 must satisfy. */
    record Case(
            String kind,
            byte[] bytes,
            boolean halfClose,
            Set<Integer> statuses,
            boolean api,
            boolean head,
            boolean debug,
            boolean may500,
            Set<String> functions) {
        /**
         * Whether a value may hold a quote or a backslash (raw or percent-encoded): on PHP 7 the admin log INSERT
         * that pastes it fails silently, so a success may leave no log entry, as on the real server.
         */
        boolean mayBreakLogStatement() {
            String text = new String(bytes, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
            return text.indexOf('\'') >= 0 || text.contains("%27") || text.indexOf('\\') >= 0 || text.contains("%5c");
        }

        String describe() {
            String text = new String(bytes, 0, Math.min(bytes.length, 300), StandardCharsets.ISO_8859_1);
            return kind + " (" + bytes.length + " bytes): " + text.replace("\r\n", "\\r\\n");
        }
    }

    private static final String[] FUNCTIONS = {
        "update_phone",
        "update_phone",
        "update_phone",
        "add_phone",
        "add_phone",
        "version",
        "coffee",
        "brew_coffee",
        "start_coffee",
        "make_coffee",
        "delete_phone",
        "",
        "UPDATE_PHONE",
        "update_phone%00",
        "update phone",
        "update_phone'",
        "../version"
    };
    private static final String[] USERS = {
        "6666", "6666", "6666", "6666", "7878", "5555", "4444", "3333", "2222", "1111", "nobody", "6666'", "66 66", ""
    };
    private static final String[] PASSES = {"1234", "1234", "1234", "1234", "1234", "wrong", "", "1234'--", "12%34"};
    private static final String[] EXTENSIONS = {
        "cc100", "cc101", "55000", "cc102", "lim200", "oth300", "zz900", "c", "CC100", "cc100 ", "fz1", "fz2"
    };
    private static final String[] ADD_REQUIRED = {
        "dialplan_number",
        "voicemail_id",
        "phone_login",
        "phone_pass",
        "protocol",
        "registration_password",
        "phone_full_name",
        "local_gmt",
        "outbound_cid"
    };
    /** The phones of the seed state, and two that add_phone may create: extension and server. */
    private static final String[][] PHONES = {
        {"cc100", "10.0.9.8"},
        {"cc101", "192.168.198.5"},
        {"55000", "192.168.198.5"},
        {"lim200", "10.0.9.8"},
        {"oth300", "10.0.9.8"},
        {"cc102", "192.168.198.5"},
        {"fz1", "10.0.9.8"},
        {"fz2", "192.168.198.5"}
    };

    private static final String[] SERVERS = {
        "10.0.9.8", "192.168.198.5", "10.0.9.9", "1", "10.0.9.8abc", "10.0.9.8:5060", ""
    };
    /** Parameters the API reads, with values that pass or nearly pass their validation. */
    private static final Map<String, String[]> FIELDS = new LinkedHashMap<>();

    static {
        FIELDS.put("local_gmt", new String[] {"-5.00", "-5", "5.5", "12.75", "99", "--BLANK--", "abc"});
        FIELDS.put("email", new String[] {"ops@example.com", "a@bc", "o'brien@example.com", "--BLANK--", "x y+z@q"});
        FIELDS.put("phone_context", new String[] {"default", "ctx-a", "x", "--BLANK--"});
        FIELDS.put("phone_full_name", new String[] {"Fuzz Name", "N", "--BLANK--", "a.b-c_d"});
        FIELDS.put("registration_password", new String[] {"secret99", "s", "--BLANK--"});
        FIELDS.put("protocol", new String[] {"SIP", "IAX2", "Zap", "EXTERNAL", "sip", "H323"});
        FIELDS.put("phone_pass", new String[] {"pw12345", "p", "--BLANK--"});
        FIELDS.put("phone_login", new String[] {"fzlogin", "cc101", "x101", "--BLANK--"});
        FIELDS.put("voicemail_id", new String[] {"1234", "1", "abc12", "--BLANK--"});
        FIELDS.put("dialplan_number", new String[] {"12345", "12", "*99#", "--BLANK--"});
        FIELDS.put("active", new String[] {"Y", "N", "y", "X"});
        FIELDS.put("outbound_cid", new String[] {"7275551212", "727-555-1212", "12345", "---ALL---", "--BLANK--"});
        FIELDS.put("admin_user_group", new String[] {"ADMIN", "LIMITED", "X", "---ALL---"});
        FIELDS.put("outbound_alt_cid", new String[] {"7275551212", "ABCDEF", "1", "--BLANK--"});
        FIELDS.put("phone_ring_timeout", new String[] {"60", "1", "181", "999999999999999999999", "x"});
        FIELDS.put("delete_vm_after_email", new String[] {"Y", "N", "y", "maybe"});
        FIELDS.put("is_webphone", new String[] {"Y", "N", "Y_API_LAUNCH", "y", "q"});
        FIELDS.put("webphone_auto_answer", new String[] {"Y", "n", "q"});
        FIELDS.put("use_external_server_ip", new String[] {"Y", "N"});
        FIELDS.put("on_hook_agent", new String[] {"Y", "N"});
        FIELDS.put("template_id", new String[] {"tmpl1", "TMPL1", "nosuch", "--BLANK--", "t"});
        FIELDS.put("delete_phone", new String[] {"Y", "N", "y", "YES"});
        FIELDS.put("DB", new String[] {"1", "0", "x", "00"});
        FIELDS.put("format", new String[] {"json", "text"});
    }

    /** The user and alias functions, called deep by the provisioning admin 8001 with these fields. */
    private static final String[] USER_FUNCTIONS = {
        "add_user",
        "add_user",
        "update_user",
        "update_user",
        "copy_user",
        "user_details",
        "add_phone_alias",
        "update_phone_alias",
        "add_group_alias"
    };

    private static final Map<String, String[]> USER_FIELDS = new LinkedHashMap<>();

    static {
        USER_FIELDS.put(
                "agent_user",
                new String[] {"9001", "9002", "9009", "fz7001", "fz7002", "AUTOGENERATE", "x", "--BLANK--"});
        USER_FIELDS.put("agent_pass", new String[] {"pw1234", "p", "--BLANK--"});
        USER_FIELDS.put("agent_user_level", new String[] {"1", "8", "9", "10", "0"});
        USER_FIELDS.put("agent_full_name", new String[] {"Fuzz Agent", "F", "--BLANK--", "a.b-c_d"});
        USER_FIELDS.put("agent_user_group", new String[] {"AGENTS", "ADMIN", "SUBADM", "NOPE", "---ALL---"});
        USER_FIELDS.put("source_user", new String[] {"9001", "9009", "8001", "nobody"});
        USER_FIELDS.put("phone_login", new String[] {"cc100", "alias1", "--BLANK--", "nope"});
        USER_FIELDS.put("email", new String[] {"a@b.io", "o'brien@example.com", "--BLANK--", "abcd"});
        USER_FIELDS.put("voicemail_id", new String[] {"1234", "vm-12", "--BLANK--"});
        USER_FIELDS.put("hotkeys_active", new String[] {"0", "1", "2"});
        USER_FIELDS.put("active", new String[] {"Y", "N", "y", "X"});
        USER_FIELDS.put("wrapup_seconds_override", new String[] {"-1", "9999", "10000", "-2"});
        USER_FIELDS.put("custom_one", new String[] {"c1", "--BLANK--"});
        USER_FIELDS.put("in_groups", new String[] {"INGA", "INGA|INGB", ""});
        USER_FIELDS.put("campaign_rank", new String[] {"1", "-9", "10", "--"});
        USER_FIELDS.put("campaign_grade", new String[] {"1", "10", "11"});
        USER_FIELDS.put("campaign_id", new String[] {"CAMPA", "CAMPB", "NOPE"});
        USER_FIELDS.put("camp_rg_only", new String[] {"1", "0"});
        USER_FIELDS.put("ingroup_rank", new String[] {"2", "-10"});
        USER_FIELDS.put("ingroup_grade", new String[] {"3", "0"});
        USER_FIELDS.put("group_id", new String[] {"INGA", "NOPE"});
        USER_FIELDS.put("reset_password", new String[] {"8", "3"});
        USER_FIELDS.put("delete_user", new String[] {"Y", "N", "y"});
        USER_FIELDS.put("alias_id", new String[] {"alias1", "alias2", "fzal1", "x"});
        USER_FIELDS.put("alias_name", new String[] {"Fuzz Alias", "A", "--BLANK--"});
        USER_FIELDS.put("phone_logins", new String[] {"cc100", "cc100,cc101", "nope,", ","});
        USER_FIELDS.put("delete_alias", new String[] {"Y", "N"});
        USER_FIELDS.put("group_alias_id", new String[] {"GA1", "fzga1", "g"});
        USER_FIELDS.put("group_alias_name", new String[] {"Fuzz Group", "G"});
        USER_FIELDS.put("caller_id_number", new String[] {"7275551212", "12345", "12"});
        USER_FIELDS.put("stage", new String[] {"csv", "tab", "pipe"});
        USER_FIELDS.put("header", new String[] {"YES", "yes"});
    }

    private static final String[] OTHER_PATHS = {
        "/",
        "/vicidial/",
        "/vicidial/non_agent_api.phpx",
        "/vicidial/non_agent_api.php/extra",
        "/VICIDIAL/NON_AGENT_API.PHP",
        "/agc/api.php",
        "/favicon.ico",
        "/vicidial/../vicidial/admin.php",
        "/vicidial/non_agent_api",
        "/__files/x",
        "/%7Efoo",
        "/a//b",
        "/vicidial/%C0%AF",
        "/%FF%FE"
    };
    private static final String[] OTHER_METHODS = {"PUT", "DELETE", "PATCH", "HEAD", "OPTIONS", "TRACE", "FOO"};

    private final Random random;
    private final long maxBodyBytes;
    private final int maxRequestLine;

    HostileRequests(long seed, long maxBodyBytes, int maxRequestLine) {
        this.random = new Random(seed);
        this.maxBodyBytes = maxBodyBytes;
        this.maxRequestLine = maxRequestLine;
    }

    Case next(boolean profileCrashes) {
        int roll = random.nextInt(1000);
        if (roll < 6) {
            return megabyteQuery();
        }
        if (roll < 12) {
            return oversizedBody();
        }
        if (roll < 30) {
            return megabyteBody(profileCrashes);
        }
        if (roll < 60) {
            return malformedHttp();
        }
        if (roll < 85) {
            return cutShort();
        }
        if (roll < 130) {
            return otherPath();
        }
        return apiCall(profileCrashes, pickMethod(), 0);
    }

    /** A call of the API: parameters spread over the query and the body, with hostile values mixed in. */
    private Case apiCall(boolean profileCrashes, String method, int hugeValue) {
        List<String[]> params = new ArrayList<>();
        Traits traits = new Traits();
        // most calls log in and name a phone that exists, so that the hostile values reach the validations
        boolean deep = random.nextInt(10) < 7;
        boolean provisioning = deep && random.nextInt(3) == 0;
        String[] phone = pick(PHONES);
        String function = provisioning
                ? pick(USER_FUNCTIONS)
                : deep ? pick("update_phone", "update_phone", "add_phone") : pick(FUNCTIONS);
        add(params, traits, "function", function, 0.97);
        add(params, traits, "user", provisioning ? "8001" : deep ? "6666" : pick(USERS), deep ? 1.0 : 0.9);
        add(params, traits, "pass", deep ? "1234" : pick(PASSES), deep ? 1.0 : 0.9);
        add(params, traits, "source", deep || random.nextInt(8) > 0 ? "test" : pick("x", "", "t'"), 0.97);
        add(params, traits, "extension", deep ? phone[0] : pick(EXTENSIONS), 0.95);
        add(params, traits, "server_ip", deep ? phone[1] : pick(SERVERS), 0.95);
        if (deep && function.equals("add_phone")) {
            for (String name : ADD_REQUIRED) {
                add(params, traits, name, pick(FIELDS.get(name)), 0.97);
            }
        }
        Map<String, String[]> fields = provisioning ? USER_FIELDS : FIELDS;
        if (provisioning) {
            for (String name :
                    List.of("agent_user", "agent_pass", "agent_user_level", "agent_full_name", "agent_user_group")) {
                add(params, traits, name, pick(USER_FIELDS.get(name)), 0.9);
            }
        }
        int extra = random.nextInt(provisioning ? 8 : 6);
        List<String> names = new ArrayList<>(fields.keySet());
        for (int i = 0; i < extra; i++) {
            String name = names.get(random.nextInt(names.size()));
            add(params, traits, name, pick(fields.get(name)), 1.0);
        }
        if (random.nextInt(8) == 0) {
            add(params, traits, randomName(), "v", 1.0);
        }
        boolean post = method.equals("POST") || (!method.equals("GET") && random.nextInt(3) == 0);
        StringBuilder query = new StringBuilder();
        List<String[]> bodyParams = new ArrayList<>();
        for (String[] p : params) {
            if (post && random.nextInt(3) > 0) {
                bodyParams.add(p);
            } else {
                appendPair(query, p[0], p[1]);
            }
        }
        if (hugeValue > 0) {
            String name = pick("extension", "email", "phone_full_name", "junk", "pass", "user");
            bodyParams.add(random.nextInt(bodyParams.size() + 1), new String[] {name, "A".repeat(hugeValue)});
        }
        if (random.nextInt(10) == 0) {
            query.append(pick("&&", "&=", "&==x", "&a=b=c", "&", "%", "&%%", "&+", "&;"));
        }
        Map<String, String> headers = new LinkedHashMap<>();
        byte[] body = null;
        if (post) {
            body = body(bodyParams, headers);
        }
        if (random.nextInt(20) == 0) {
            headers.put("X-Forwarded-For", pick("10.1.2.3", "1.1.1.1, 2.2.2.2", "unknown", "'x"));
        }
        String target = API + (query.length() == 0 && random.nextBoolean() ? "" : "?" + query);
        byte[] bytes = RawClient.request(method, target, headers, body);
        boolean tooLong = method.length() + 1 + target.length() + " HTTP/1.1".length() > maxRequestLine;
        boolean tooLarge = body != null && body.length > maxBodyBytes;
        Set<Integer> statuses = tooLong ? Set.of(414, 431) : tooLarge ? Set.of(413) : Set.of(200, 418, 500);
        boolean may500 = profileCrashes && (traits.array || traits.quotedEmail || traits.cutUserId);
        return new Case(
                "api " + method,
                bytes,
                false,
                statuses,
                true,
                method.equals("HEAD"),
                traits.debug,
                may500,
                traits.functions);
    }

    private byte[] body(List<String[]> params, Map<String, String> headers) {
        int kind = random.nextInt(20);
        byte[] body;
        if (kind < 12) {
            StringBuilder b = new StringBuilder();
            params.forEach(p -> appendPair(b, p[0], p[1]));
            body = b.toString().getBytes(StandardCharsets.ISO_8859_1);
            headers.put(
                    "Content-Type",
                    pick(
                            "application/x-www-form-urlencoded",
                            "application/x-www-form-urlencoded; charset=UTF-8",
                            "application/x-www-form-urlencoded; charset=bogus",
                            "APPLICATION/X-WWW-FORM-URLENCODED",
                            "application/x-www-form-urlencoded;charset=",
                            "application/x-www-form-urlencoded; charset=\"\"",
                            "application/x-www-form-urlencoded; charset=utf-16"));
        } else if (kind < 17) {
            String boundary = pick("xYzZy", "----WebKitFormBoundary7MA4YWxkTrZu0gW", "a", "b\"q");
            body = multipart(params, boundary, random.nextInt(6) == 0);
            headers.put(
                    "Content-Type",
                    pick(
                            "multipart/form-data; boundary=" + boundary,
                            "multipart/form-data; boundary=\"" + boundary + "\"",
                            "multipart/form-data",
                            "multipart/mixed; boundary=" + boundary,
                            "multipart/form-data; boundary=other"));
        } else {
            StringBuilder b = new StringBuilder("{");
            params.forEach(
                    p -> b.append('"').append(p[0]).append("\":\"").append(p[1]).append("\","));
            body = b.append('}').toString().getBytes(StandardCharsets.ISO_8859_1);
            String type = pick(
                    "application/json",
                    "text/plain",
                    null,
                    ";;;",
                    "x/y; a=b; charset=utf-8",
                    "application/x-www-form-urlencoded");
            if (type != null) {
                headers.put("Content-Type", type);
            }
        }
        int encoding = random.nextInt(25);
        if (encoding == 0) {
            headers.put("Content-Encoding", "gzip");
            body = gzip(body);
        } else if (encoding == 1) {
            headers.put("Content-Encoding", "gzip");
        } else if (encoding == 2) {
            byte[] magic = new byte[body.length + 2];
            magic[0] = 0x1f;
            magic[1] = (byte) 0x8b;
            System.arraycopy(body, 0, magic, 2, body.length);
            body = magic;
        } else if (encoding == 3) {
            headers.put("Transfer-Encoding", "chunked");
            body = chunked(body);
        }
        return body;
    }

    /** A GET with a query string of one mebibyte. */
    private Case megabyteQuery() {
        String target = API + "?function=version&x=" + "a".repeat(1 << 20);
        return new Case(
                "1 MB query",
                RawClient.request("GET", target, Map.of(), null),
                false,
                Set.of(414, 431),
                true,
                false,
                false,
                false,
                Set.of());
    }

    /** A POST whose body is over the configured limit, declared or chunked. */
    private Case oversizedBody() {
        byte[] body = ("function=version&x=" + "b".repeat((int) maxBodyBytes)).getBytes(StandardCharsets.ISO_8859_1);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/x-www-form-urlencoded");
        if (random.nextBoolean()) {
            headers.put("Transfer-Encoding", "chunked");
            body = chunked(body);
        }
        return new Case(
                "oversized body",
                RawClient.request("POST", API, headers, body),
                false,
                Set.of(413),
                true,
                false,
                false,
                false,
                Set.of());
    }

    /** A POST of about one mebibyte, within the limit: the API answers it. */
    private Case megabyteBody(boolean profileCrashes) {
        Case c = apiCall(profileCrashes, "POST", (1 << 20) - random.nextInt(4096));
        return new Case(
                "1 MB " + c.kind(),
                c.bytes(),
                false,
                c.statuses(),
                true,
                c.head(),
                c.debug(),
                c.may500(),
                c.functions());
    }

    /** Requests that are not valid HTTP: Jetty refuses them before any handler runs. */
    private Case malformedHttp() {
        String start = pick(
                "GET " + API + "?user=\u00ff\u00fe HTTP/1.1",
                "GET " + API + "?user=a b HTTP/1.1",
                "GET " + API + "?a=\u0001 HTTP/1.1",
                "GET /vicidial/%zz HTTP/1.1",
                "GET " + API + "\u00e9 HTTP/1.1",
                "GET http://other.example" + API + " HTTP/1.1");
        String headers = pick(
                "Host: 127.0.0.1\r\n",
                "Host: [::1\r\n",
                "Host: a:99999999\r\n",
                "Host: 127.0.0.1\r\nBad Header Line\r\n",
                "Host: 127.0.0.1\r\nX-A: \u0000\r\n",
                "Host: 127.0.0.1\r\nContent-Length: -5\r\n",
                "Host: 127.0.0.1\r\nContent-Length: 12abc\r\n",
                "Host: 127.0.0.1\r\nContent-Length: 3\r\nContent-Length: 4\r\n");
        String request = start + "\r\n" + headers + "Connection: close\r\n\r\n";
        if (random.nextInt(4) == 0) {
            request = pick(
                    "\r\n\r\n",
                    "GARBAGE\r\n\r\n",
                    "GET\r\n\r\n",
                    "GET " + API + " HTTP/1.1\r\n\r\n",
                    "GET " + API + " HTTP/1.1\r\nHost: x\r\n" + "X-Big: " + "z".repeat(70_000) + "\r\n\r\n");
        }
        return new Case(
                "malformed HTTP",
                request.getBytes(StandardCharsets.ISO_8859_1),
                true,
                Set.of(400, 414, 431, -1),
                false,
                false,
                false,
                false,
                Set.of());
    }

    /** A body that ends before its declared length, or chunks that break off; the client then gives up. */
    private Case cutShort() {
        byte[] whole = "function=update_phone&user=6666&pass=1234&source=test&extension=cc100&server_ip=10.0.9.8"
                .getBytes(StandardCharsets.ISO_8859_1);
        int cut = random.nextInt(whole.length);
        byte[] sent = Arrays.copyOf(whole, cut);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", pick("application/x-www-form-urlencoded", "multipart/form-data; boundary=q"));
        if (random.nextBoolean()) {
            headers.put("Content-Length", Integer.toString(whole.length));
        } else {
            headers.put("Transfer-Encoding", "chunked");
            sent = (Integer.toHexString(whole.length) + "\r\n" + new String(sent, StandardCharsets.ISO_8859_1)
                            + pick("", "\r\nzz\r\n", "\r\n-1\r\n"))
                    .getBytes(StandardCharsets.ISO_8859_1);
        }
        return new Case(
                "cut short",
                RawClient.request("POST", API, headers, sent),
                true,
                Set.of(400),
                true,
                false,
                false,
                false,
                Set.of());
    }

    private Case otherPath() {
        String method = random.nextInt(4) == 0 ? pick(OTHER_METHODS) : "GET";
        StringBuilder query = new StringBuilder();
        appendPair(query, "function", "update_phone");
        appendPair(query, "pass", value("1234", "pass"));
        String target = pick(OTHER_PATHS) + (random.nextBoolean() ? "?" + query : "");
        // WireMock's file servlet (under /__files) answers a method HTTP/1.1 servlets do not know (PATCH, FOO)
        // with 501 Not Implemented, as Apache does for a method it does not know
        Set<Integer> statuses = Set.of("PATCH", "FOO").contains(method)
                ? Set.of(404, 400, 405, 501)
                : method.equals("OPTIONS") ? Set.of(200, 404, 400, 405) : Set.of(404, 400, 405);
        return new Case(
                "other path " + method,
                RawClient.request(method, target, Map.of(), null),
                false,
                statuses,
                false,
                method.equals("HEAD"),
                false,
                false,
                Set.of());
    }

    /** Adds a parameter (or not, or twice, or as an array) with a value that may be made hostile. */
    private void add(List<String[]> params, Traits traits, String name, String plain, double presence) {
        if (random.nextDouble() >= presence) {
            return;
        }
        int shape = random.nextInt(40);
        String v = value(plain, name);
        if (shape == 0) {
            params.add(new String[] {name + pick("[]", "[0]", "[x][y]"), v});
            traits.array = true;
            traits.noteArray(name);
            traits.functions.add("Array");
        } else if (shape == 1) {
            String first = value(plain, name);
            params.add(new String[] {name, first});
            params.add(new String[] {name, v});
            traits.note(name, first);
            traits.note(name, v);
        } else if (shape == 2) {
            // PHP turns dots and spaces in names into underscores
            params.add(new String[] {name.replace('_', random.nextBoolean() ? '.' : ' '), v});
            traits.note(name, v);
        } else {
            params.add(new String[] {name, v});
            traits.note(name, v);
        }
    }

    /**
     * The value as it will be written into the query or body: usually percent-encoded text, sometimes with
     * broken escapes, invalid UTF-8, quotes, line breaks, NUL bytes or a long run of characters.
     */
    private String value(String plain, String name) {
        boolean credential = name.equals("user") || name.equals("pass") || name.equals("function");
        int kind = random.nextInt(credential ? 80 : 30);
        return switch (kind) {
            case 0 -> "";
            case 1 -> encode(plain + "'");
            case 2 -> encode("'" + plain);
            case 3 -> "%zz" + encode(plain);
            case 4 -> encode(plain) + "%";
            case 5 -> encode(plain) + "%4";
            case 6 -> "%FF%FE" + encode(plain);
            case 7 -> encode(plain) + "%C3%28%ED%A0%80%C0%AF";
            case 8 -> encode(plain) + "%0A%0D%00";
            case 9 -> encode(plain + "|x|y");
            case 10 -> encode(plain) + "+" + encode("\\") + "%5C";
            case 11 -> encode("\u00e9\u4e2d\u0416" + plain);
            case 12 -> encode(plain.repeat(1 + random.nextInt(400)));
            case 13 -> "--BLANK--";
            case 14 -> encode("' OR '1'='1' -- ");
            case 15 -> encode(plain) + "%26pass%3D1234";
            case 16 -> encode("<script>" + plain);
            default -> encode(plain);
        };
    }

    private static void appendPair(StringBuilder b, String name, String value) {
        if (b.length() > 0) {
            b.append('&');
        }
        b.append(encodeName(name)).append('=').append(value);
    }

    private static String encodeName(String name) {
        StringBuilder b = new StringBuilder();
        for (char c : name.toCharArray()) {
            if (c == ' ') {
                b.append('+');
            } else if (c == '[' || c == ']' || c > 0x7e || c < 0x20 || c == '&' || c == '#') {
                b.append(encode(String.valueOf(c)));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Percent-encodes the UTF-8 bytes of the text except unreserved characters. */
    static String encode(String text) {
        StringBuilder b = new StringBuilder();
        for (byte x : text.getBytes(StandardCharsets.UTF_8)) {
            int c = x & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-_.~".indexOf(c) >= 0) {
                b.append((char) c);
            } else {
                b.append('%').append(String.format("%02X", c));
            }
        }
        return b.toString();
    }

    private byte[] multipart(List<String[]> params, String boundary, boolean cut) {
        StringBuilder b = new StringBuilder();
        for (String[] p : params) {
            b.append("--").append(boundary).append("\r\n");
            b.append("Content-Disposition: form-data; name=\"")
                    .append(decodeLoosely(p[0]))
                    .append('"');
            if (random.nextInt(15) == 0) {
                b.append("; filename=\"f.txt\"");
            }
            b.append("\r\n\r\n").append(decodeLoosely(p[1])).append("\r\n");
        }
        b.append("--").append(boundary).append("--\r\n");
        String text = b.toString();
        if (cut && text.length() > 4) {
            text = text.substring(0, random.nextInt(text.length()));
        }
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** Multipart values travel as raw bytes: undo the percent-encoding where it is valid. */
    private static String decodeLoosely(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%'
                    && i + 2 < s.length()
                    && Character.digit(s.charAt(i + 1), 16) >= 0
                    && Character.digit(s.charAt(i + 2), 16) >= 0) {
                b.append((char) Integer.parseInt(s.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                b.append(c == '+' ? ' ' : c);
            }
        }
        return b.toString();
    }

    private static byte[] gzip(byte[] body) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (GZIPOutputStream z = new GZIPOutputStream(out)) {
                z.write(body);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] chunked(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int i = 0;
        while (i < body.length) {
            int n = Math.min(body.length - i, 1 + random.nextInt(1 << 16));
            out.writeBytes((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.write(body, i, n);
            out.writeBytes("\r\n".getBytes(StandardCharsets.ISO_8859_1));
            i += n;
        }
        out.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        return out.toByteArray();
    }

    private String pickMethod() {
        int r = random.nextInt(20);
        return r < 11 ? "GET" : r < 18 ? "POST" : pick(OTHER_METHODS);
    }

    private String randomName() {
        return pick("a[b]", "[]", "x.y", "x y", "%00", "%zz", "pass[", "e%5Bmail", "=", "phone%2Epass", "é");
    }

    @SafeVarargs
    private <T> T pick(T... options) {
        return options[random.nextInt(options.length)];
    }

    /** What the parameters of one call are known to contain, for judging a 500 and debug output. */
    private static final class Traits {
        boolean array;
        boolean quotedEmail;
        /** An agent_user longer than the column: cut, it may hit an existing user's unique key (spec AU49). */
        boolean cutUserId;

        boolean debug;
        final Set<String> functions = new HashSet<>();

        void note(String name, String encodedValue) {
            if (name.equals("function")) {
                functions.add(encodedValue);
            }
            if (name.equals("email") && decodeLoosely(encodedValue).indexOf('\'') >= 0) {
                quotedEmail = true;
            }
            if (name.equals("agent_user") && decodeLoosely(encodedValue).length() > 20) {
                cutUserId = true;
            }
            if (name.equals("DB")) {
                debug = true;
            }
        }

        void noteArray(String name) {
            if (name.equals("DB")) {
                debug = true;
            }
        }
    }
}
