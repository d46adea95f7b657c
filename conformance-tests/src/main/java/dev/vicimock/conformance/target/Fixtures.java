package dev.vicimock.conformance.target;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The phones, users and phone aliases the suite creates, and everything it needs so that a real server is left as it was found: a
 * unique prefix for every name, a probe that refuses to start when a name is taken, a register of what was
 * created and not yet deleted, and the delete that puts it back.
 */
public final class Fixtures {

    /** The letters a scenario may name test phones by; "" is "the phone". */
    public static final List<String> ALIASES = List.of("", "A", "B", "C", "D", "E", "F", "G", "H");

    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String prefix;
    private final String phonePass = random(10);
    private final String registrationPassword = random(10);
    private final String agentPass = random(10);
    private final Set<String> outstanding = ConcurrentHashMap.newKeySet();
    private final Set<String> outstandingUsers = ConcurrentHashMap.newKeySet();
    private final Set<String> outstandingAliases = ConcurrentHashMap.newKeySet();

    public Fixtures(String prefix) {
        if (!prefix.matches("[a-z][a-z0-9]{2,9}")) {
            throw new IllegalArgumentException("the run prefix must be 3 to 10 lower-case letters and digits,"
                    + " starting with a letter: '" + prefix + "'");
        }
        this.prefix = prefix;
    }

    /** "cf" and five random characters: short enough that prefix + letter fits every column it lands in. */
    public static String randomPrefix() {
        return "cf" + random(5);
    }

    private static String random(int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    public String prefix() {
        return prefix;
    }

    /** The test phone a scenario calls {@code alias}, on a server. Nothing is sent. */
    public TestPhone phone(String alias, String serverIp) {
        int ordinal = ALIASES.indexOf(alias);
        if (ordinal < 0) {
            throw new IllegalArgumentException(
                    "test phones are named by one capital letter A to H, not '" + alias + "'");
        }
        String number = String.format(Locale.ROOT, "86%02d", ordinal);
        return new TestPhone(
                alias,
                extension(alias),
                serverIp,
                number,
                number,
                phonePass,
                registrationPassword,
                "Conformance " + (alias.isEmpty() ? "phone" : alias));
    }

    public String extension(String alias) {
        return prefix + (alias.isEmpty() ? "p" : alias.toLowerCase(Locale.ROOT));
    }

    /** An extension no phone has: the probe at start checks it on every server. */
    public String unknownExtension() {
        return prefix + "zz";
    }

    /** A user name no user has. */
    public String unknownUser() {
        return prefix + "nobody";
    }

    /** A conf template id no template has. */
    public String unknownTemplate() {
        return prefix + "notpl";
    }

    /** The test user a scenario calls {@code alias} ("" or a letter A to H): at most 12 of the 20 characters. */
    public String user(String alias) {
        return prefix + "u" + letter(alias);
    }

    /** The password of every test user of the run: random, so that no one else can log in as one. */
    public String agentPass() {
        return agentPass;
    }

    /** The phone alias a scenario calls {@code alias} ("" or a letter A to H). */
    public String phoneAlias(String alias) {
        return prefix + "al" + letter(alias);
    }

    private static String letter(String alias) {
        if (!ALIASES.contains(alias)) {
            throw new IllegalArgumentException(
                    "test users and aliases are named by one capital letter A to H, not '" + alias + "'");
        }
        return alias.toLowerCase(Locale.ROOT);
    }

    /** Whether a user or alias name is under the run prefix, as the database compares names. */
    public boolean isOurs(String name) {
        return name.toLowerCase(Locale.ROOT).startsWith(prefix);
    }

    /** The add_phone parameters that create the phone, before any override. */
    public static List<Param> addPhoneParams(TestPhone phone) {
        List<Param> p = new ArrayList<>();
        p.add(new Param("extension", phone.extension()));
        p.add(new Param("dialplan_number", phone.dialplanNumber()));
        p.add(new Param("voicemail_id", phone.voicemailId()));
        p.add(new Param("phone_login", phone.login()));
        p.add(new Param("phone_pass", phone.phonePass()));
        p.add(new Param("server_ip", phone.serverIp()));
        p.add(new Param("protocol", TestPhone.PROTOCOL));
        p.add(new Param("registration_password", phone.registrationPassword()));
        p.add(new Param("phone_full_name", phone.fullName()));
        p.add(new Param("local_gmt", TestPhone.LOCAL_GMT));
        p.add(new Param("outbound_cid", TestPhone.OUTBOUND_CID));
        return p;
    }

    /** Remembers a phone the suite has created, so that it is deleted even if the scenario fails. */
    public void created(String extension, String serverIp) {
        outstanding.add(key(extension, serverIp));
    }

    public void deleted(String extension, String serverIp) {
        outstanding.remove(key(extension, serverIp));
    }

    /** Forgets everything created: on the simulator, a reset removes it all at once. */
    public void forgetAll() {
        outstanding.clear();
        outstandingUsers.clear();
        outstandingAliases.clear();
    }

    /** Remembers a user the suite may have created, so that it is deleted after the scenario. */
    public void createdUser(String user) {
        outstandingUsers.add(user);
    }

    /** Remembers a phone alias the suite may have created. */
    public void createdAlias(String aliasId) {
        outstandingAliases.add(aliasId);
    }

    public Set<String> outstandingUsers() {
        return Set.copyOf(outstandingUsers);
    }

    public Set<String> outstandingAliases() {
        return Set.copyOf(outstandingAliases);
    }

    /**
     * Deletes a user the suite created, with update_user as a user that may delete users. A user that is already
     * gone counts as done; any other answer is returned as a problem.
     */
    public Optional<String> deleteUser(ApiClient client, Credentials userAdmin, String user) {
        ApiExchange ex = client.send(ApiRequest.get(Requests.call(
                userAdmin, "update_user", List.of(new Param("agent_user", user), new Param("delete_user", "Y")))));
        String body = ex.body();
        if (body.startsWith("SUCCESS: update_user USER HAS BEEN DELETED")
                || body.startsWith("ERROR: update_user USER DOES NOT EXIST")) {
            outstandingUsers.remove(user);
            return Optional.empty();
        }
        return Optional.of("user " + user + ": HTTP " + ex.status() + " " + body.replace("\n", "\\n"));
    }

    /** Deletes a phone alias the suite created; one already gone counts as done. */
    public Optional<String> deleteAlias(ApiClient client, Credentials userAdmin, String aliasId) {
        ApiExchange ex = client.send(ApiRequest.get(Requests.call(
                userAdmin,
                "update_phone_alias",
                List.of(new Param("alias_id", aliasId), new Param("delete_alias", "Y")))));
        String body = ex.body();
        if (body.startsWith("SUCCESS: update_phone_alias PHONE ALIAS HAS BEEN DELETED")
                || body.startsWith("ERROR: update_phone_alias PHONE ALIAS DOES NOT EXIST")) {
            outstandingAliases.remove(aliasId);
            return Optional.empty();
        }
        return Optional.of("phone alias " + aliasId + ": HTTP " + ex.status() + " " + body.replace("\n", "\\n"));
    }

    /**
     * Asks whether a user name is taken without changing anything: update_user with no field answers
     * USER DOES NOT EXIST for a free name and NO UPDATES DEFINED for a taken one.
     *
     * @return empty when the name is free, otherwise what the server said
     */
    public Optional<String> probeUser(ApiClient client, Credentials userAdmin, String user) {
        ApiExchange ex = client.send(
                ApiRequest.get(Requests.call(userAdmin, "update_user", List.of(new Param("agent_user", user)))));
        return ex.body().startsWith("ERROR: update_user USER DOES NOT EXIST")
                ? Optional.empty()
                : Optional.of("user " + user + ": HTTP " + ex.status() + " "
                        + ex.body().replace("\n", "\\n"));
    }

    /**
     * Asks whether a phone alias id is taken without changing anything: a one-letter alias_name is refused, but
     * only after the alias was looked up.
     */
    public Optional<String> probeAlias(ApiClient client, Credentials userAdmin, String aliasId) {
        ApiExchange ex = client.send(ApiRequest.get(Requests.call(
                userAdmin,
                "update_phone_alias",
                List.of(new Param("alias_id", aliasId), new Param("alias_name", "x")))));
        return ex.body().startsWith("ERROR: update_phone_alias PHONE ALIAS DOES NOT EXIST")
                ? Optional.empty()
                : Optional.of("phone alias " + aliasId + ": HTTP " + ex.status() + " "
                        + ex.body().replace("\n", "\\n"));
    }

    /** The phones created and not yet deleted, as extension@server_ip. */
    public Set<String> outstanding() {
        return Set.copyOf(outstanding);
    }

    /**
     * Deletes a phone the suite created. A phone the scenario already deleted answers PHONE DOES NOT EXIST,
     * which counts as done; any other answer is returned as a problem.
     */
    public Optional<String> delete(ApiClient client, Credentials admin, String extension, String serverIp) {
        ApiExchange ex = client.send(ApiRequest.get(Requests.call(
                admin,
                "update_phone",
                List.of(
                        new Param("extension", extension),
                        new Param("server_ip", serverIp),
                        new Param("delete_phone", "Y")))));
        String body = ex.body();
        if (body.startsWith("SUCCESS: update_phone PHONE HAS BEEN DELETED")
                || body.startsWith("ERROR: update_phone PHONE DOES NOT EXIST ON THIS SERVER")) {
            deleted(extension, serverIp);
            return Optional.empty();
        }
        return Optional.of(extension + "@" + serverIp + ": HTTP " + ex.status() + " " + body.replace("\n", "\\n"));
    }

    /**
     * Asks whether an extension or its login is taken, without creating anything: add_phone checks the
     * phone and the login before the time zone, so with an invalid time zone it can only answer
     * "exists", "login exists" or "invalid time zone".
     *
     * @return empty when both are free, otherwise what the server said
     */
    public Optional<String> probe(ApiClient client, Credentials admin, String extension, String serverIp) {
        TestPhone probe = new TestPhone(
                "", extension, serverIp, "8699", "8699", phonePass, registrationPassword, "Conformance probe");
        List<Param> params = new ArrayList<>();
        for (Param p : addPhoneParams(probe)) {
            params.add(p.name().equals("local_gmt") ? new Param("local_gmt", "99") : p);
        }
        ApiExchange ex = client.send(ApiRequest.get(Requests.call(admin, "add_phone", params)));
        if (ex.body().equals("ERROR: add_phone YOU MUST USE A VALID TIMEZONE: |" + admin.user() + "|99\n")) {
            return Optional.empty();
        }
        if (ex.body().startsWith("SUCCESS: add_phone")) {
            created(extension, serverIp); // the server ignored the time zone: make sure the probe is deleted
        }
        return Optional.of(extension + "@" + serverIp + ": HTTP " + ex.status() + " "
                + ex.body().replace("\n", "\\n"));
    }

    private static String key(String extension, String serverIp) {
        return extension + "@" + serverIp;
    }
}
