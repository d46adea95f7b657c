package dev.vicimock.conformance.target;

import dev.vicimock.mock.release.Releases;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The settings of one run: which target, and for a real server its URL, server addresses and the users that play
 * each {@link Role}. A real target reads them from the properties file named by {@code vicidial.config}; an
 * environment variable (the key in capitals with dots as underscores, e.g. {@code VICIDIAL_PASS_ADMIN}) overrides
 * the file, and a system property overrides both. The simulator needs none: its settings are the seed's.
 */
public final class TargetConfig {

    public static final String TARGET = "vicidial.target";
    public static final String CONFIG_FILE = "vicidial.config";
    public static final String URL = "vicidial.url";
    public static final String SERVER_IP = "vicidial.server_ip";
    public static final String SECOND_SERVER_IP = "vicidial.second_server_ip";
    public static final String UNKNOWN_SERVER_IP = "vicidial.unknown_server_ip";
    public static final String HIDDEN_USER_GROUP = "vicidial.hidden_user_group";
    public static final String TEMPLATE_ID = "vicidial.template_id";
    /**
     * A user group the user_admin may see and put users in (not {@code ---ALL---}); test users are created in it.
     */
    public static final String AGENT_USER_GROUP = "vicidial.agent_user_group";
    /**
     * An existing level-1 agent the user_admin may see, to copy with copy_user. Best one without campaign or
     * in-group rows: copy_user copies them and deleting the copy does not remove them.
     */
    public static final String TEMPLATE_USER = "vicidial.template_user";

    public static final String DISRUPTIVE = "vicidial.disruptive";
    /** Simulator only: the release profile it runs (the real server's release is detected). */
    public static final String PROFILE = "vicidial.profile";
    /** Optional: the prefix of every phone the suite creates; random when absent. */
    public static final String RUN_PREFIX = "vicidial.run_prefix";

    /**
     * Optional: a JDBC URL of the dialer's database ({@code jdbc:mariadb://host:3306/asterisk}), for an account that
     * may only SELECT; with it, stored values are checked on a real server too.
     */
    public static final String DB_URL = "vicidial.db.url";

    public static final String DB_USER = "vicidial.db.user";
    public static final String DB_PASS = "vicidial.db.pass";

    /** Optional: how many connections the suite may hold to the target at once (default 2). */
    public static final String MAX_CONNECTIONS = "vicidial.max_connections";
    /** The suite sends one request at a time; a second connection covers one the server has just closed. */
    public static final int DEFAULT_MAX_CONNECTIONS = 2;

    private static final String SIMULATOR_PASSWORD = "1234";

    private final TargetKind kind;
    private final Map<String, String> settings;
    private final String source;

    private TargetConfig(TargetKind kind, Map<String, String> settings, String source) {
        this.kind = kind;
        this.settings = Map.copyOf(settings);
        this.source = source;
    }

    /** Reads the settings for this JVM from system properties, environment and the configuration file. */
    public static TargetConfig load() {
        String target = lookup(TARGET, Map.of()).orElse("mock").trim().toLowerCase(Locale.ROOT);
        return switch (target) {
            case "mock" -> forSimulator(lookup(PROFILE, Map.of()).orElse(Releases.DEFAULT.name()));
            case "real" -> forRealServer();
            default -> throw new IllegalArgumentException(TARGET + " must be 'mock' or 'real', not '" + target + "'");
        };
    }

    /** The settings that map the roles onto the simulator's seed users and servers. */
    public static TargetConfig forSimulator(String profile) {
        Map<String, String> s = new HashMap<>();
        s.put(SERVER_IP, "10.0.9.8");
        s.put(SECOND_SERVER_IP, "192.168.198.5");
        s.put(UNKNOWN_SERVER_IP, "10.0.9.9");
        s.put(HIDDEN_USER_GROUP, "OTHER");
        s.put(TEMPLATE_ID, "tmpl1");
        s.put(AGENT_USER_GROUP, "AGENTS");
        s.put(TEMPLATE_USER, "9001");
        // the simulator is reset before every scenario, so a lockout there disturbs nothing
        s.put(DISRUPTIVE, "true");
        s.put(PROFILE, profile);
        for (Role role : Role.values()) {
            s.put(role.userSetting(), role.simulatorUser());
            s.put(role.passSetting(), SIMULATOR_PASSWORD);
        }
        lookup(RUN_PREFIX, Map.of()).ifPresent(p -> s.put(RUN_PREFIX, p));
        lookup(MAX_CONNECTIONS, Map.of()).ifPresent(m -> s.put(MAX_CONNECTIONS, m));
        return new TargetConfig(TargetKind.MOCK, s, "the simulator's seed state");
    }

    private static TargetConfig forRealServer() {
        Map<String, String> file = new HashMap<>();
        Optional<String> path = lookup(CONFIG_FILE, Map.of());
        String source = "environment and system properties";
        if (path.isPresent()) {
            Path p = resolve(path.get());
            file.putAll(readProperties(p));
            source = p.toString() + ", environment and system properties";
        }
        Map<String, String> s = new HashMap<>();
        for (String key : knownKeys()) {
            lookup(key, file).ifPresent(v -> s.put(key, v));
        }
        return new TargetConfig(TargetKind.REAL, s, source);
    }

    private static Iterable<String> knownKeys() {
        java.util.List<String> keys = new java.util.ArrayList<>(java.util.List.of(
                URL,
                SERVER_IP,
                SECOND_SERVER_IP,
                UNKNOWN_SERVER_IP,
                HIDDEN_USER_GROUP,
                TEMPLATE_ID,
                AGENT_USER_GROUP,
                TEMPLATE_USER,
                DISRUPTIVE,
                RUN_PREFIX,
                MAX_CONNECTIONS,
                DB_URL,
                DB_USER,
                DB_PASS));
        for (Role role : Role.values()) {
            keys.add(role.userSetting());
            keys.add(role.passSetting());
        }
        return keys;
    }

    /** System property, then environment variable, then the file; blank values count as absent. */
    private static Optional<String> lookup(String key, Map<String, String> file) {
        String value = System.getProperty(key);
        if (isBlank(value)) {
            value = System.getenv(environmentName(key));
        }
        if (isBlank(value)) {
            value = file.get(key);
        }
        return isBlank(value) ? Optional.empty() : Optional.of(value.trim());
    }

    /** The environment variable that overrides a key: {@code vicidial.pass.admin} → {@code VICIDIAL_PASS_ADMIN}. */
    public static String environmentName(String key) {
        return key.toUpperCase(Locale.ROOT).replace('.', '_');
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static Path resolve(String path) {
        Path p = Path.of(path);
        if (!p.isAbsolute()) {
            // Maven runs the tests inside conformance-tests/; a relative path means the directory mvn was run from
            String invoked = System.getProperty("vicidial.invocation.dir");
            if (invoked != null && !invoked.isBlank()) {
                p = Path.of(invoked).resolve(p);
            }
        }
        return p.toAbsolutePath().normalize();
    }

    private static Map<String, String> readProperties(Path p) {
        Properties props = new Properties();
        try (InputStream in = Files.newInputStream(p)) {
            props.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + CONFIG_FILE + " file " + p, e);
        }
        Map<String, String> m = new HashMap<>();
        props.stringPropertyNames().forEach(k -> m.put(k, props.getProperty(k)));
        return m;
    }

    public TargetKind kind() {
        return kind;
    }

    public boolean isSimulator() {
        return kind == TargetKind.MOCK;
    }

    /** Where the settings came from, for the report. */
    public String source() {
        return source;
    }

    public Optional<String> get(String key) {
        return Optional.ofNullable(settings.get(key));
    }

    /** The setting, or a skip of the current scenario naming it. */
    public String require(String key, String why) {
        return get(key).orElseThrow(() -> new MissingSetting(key, why));
    }

    /** The user and password that play a role, or a skip naming the missing setting. */
    public Credentials credentials(Role role) {
        String why = "the scenario acts as " + role.phrase();
        return new Credentials(require(role.userSetting(), why), require(role.passSetting(), why));
    }

    /** How many connections the suite may hold to the target at once. */
    public int maxConnections() {
        String value = get(MAX_CONNECTIONS).orElse(String.valueOf(DEFAULT_MAX_CONNECTIONS));
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(MAX_CONNECTIONS + " must be a number, not '" + value + "'", e);
        }
    }

    /** Whether scenarios that lock an account for 15 minutes may run. */
    public boolean disruptive() {
        return get(DISRUPTIVE).map(Boolean::parseBoolean).orElse(false);
    }
}
