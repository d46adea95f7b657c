package dev.vicimock.conformance.steps;

import dev.vicimock.conformance.db.TableReader;
import dev.vicimock.conformance.report.AttachmentScrubber;
import dev.vicimock.conformance.report.Coverage;
import dev.vicimock.conformance.report.ReportWriter;
import dev.vicimock.conformance.report.RunFacts;
import dev.vicimock.conformance.target.ApiClient;
import dev.vicimock.conformance.target.ApiExchange;
import dev.vicimock.conformance.target.ApiRequest;
import dev.vicimock.conformance.target.Credentials;
import dev.vicimock.conformance.target.Fixtures;
import dev.vicimock.conformance.target.MissingSetting;
import dev.vicimock.conformance.target.Param;
import dev.vicimock.conformance.target.ReleaseProfile;
import dev.vicimock.conformance.target.Role;
import dev.vicimock.conformance.target.StateSource;
import dev.vicimock.conformance.target.Target;
import dev.vicimock.conformance.target.TargetConfig;
import dev.vicimock.conformance.target.Targets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * One run of the suite in this JVM: the target, the release it was found to run, where its stored state is read
 * (if it can be), the fixtures, the coverage record and the accounts a lockout scenario has locked. Started once
 * before the first scenario; finished after the last, when every phone still registered is deleted, even if the
 * JVM is stopped early, and the database connection, if any, is closed.
 */
public final class Run {

    private static final Logger LOG = Logger.getLogger(Run.class.getName());
    private static Run current;

    private final TargetConfig config;
    private final Target target;
    private final Optional<StateSource> storedState;
    private final ApiClient client;
    private final ReleaseProfile release;
    private final Fixtures fixtures;
    private final Coverage coverage = new Coverage();
    private final Map<Role, String> locked = new ConcurrentHashMap<>();
    private final Optional<String> disabled;
    private final Thread safetyNet;
    private boolean finished;

    private Run(
            TargetConfig config,
            Target target,
            Optional<StateSource> storedState,
            ApiClient client,
            ReleaseProfile release,
            Fixtures fixtures,
            Optional<String> disabled) {
        this.config = config;
        this.target = target;
        this.storedState = storedState;
        this.client = client;
        this.release = release;
        this.fixtures = fixtures;
        this.disabled = disabled;
        this.safetyNet = new Thread(this::deleteOutstanding, "conformance-cleanup");
        Runtime.getRuntime().addShutdownHook(safetyNet);
    }

    /** Opens the target, detects its release and checks that no fixture name is taken. */
    public static synchronized Run start() {
        if (current != null) {
            return current;
        }
        TargetConfig config = TargetConfig.load();
        Fixtures fixtures = new Fixtures(config.get(TargetConfig.RUN_PREFIX).orElseGet(Fixtures::randomPrefix));
        Target target;
        try {
            target = Targets.open(config);
        } catch (MissingSetting missing) {
            current = new Run(config, null, Optional.empty(), null, null, fixtures, Optional.of(missing.getMessage()));
            return current;
        }
        Optional<StateSource> stored;
        try {
            stored = storedState(config, target);
        } catch (RuntimeException unusable) {
            target.close();
            LOG.severe(unusable.getMessage());
            throw unusable;
        }
        target.simulator().ifPresent(s -> s.reset());
        ApiClient client = new ApiClient(target.apiUrl(), config.maxConnections());
        ApiExchange version = client.send(ApiRequest.get(List.of(new Param("function", "version"))));
        ReleaseProfile release = ReleaseProfile.fromVersionAnswer(version.body());
        Optional<String> disabled = Optional.empty();
        try {
            config.credentials(Role.ADMIN);
        } catch (MissingSetting missing) {
            disabled = Optional.of(missing.getMessage() + "; the suite creates its phones as the admin");
        }
        Run run = new Run(config, target, stored, client, release, fixtures, disabled);
        if (disabled.isEmpty()) {
            run.refuseTakenNames(client);
        }
        current = run;
        LOG.info(() -> "conformance run against " + target.describe() + " (settings from " + config.source()
                + "), expecting release "
                + current.release.profile()
                + current.release.note().map(n -> " (" + n + ")").orElse("")
                + ", phone prefix " + fixtures.prefix() + "; " + current.storedStateNote());
        return current;
    }

    /**
     * The simulator's admin API, or on a real server the database {@code vicidial.db.url} names, opened read-only
     * (refused, with one line saying why, if the account could write); none without it.
     */
    private static Optional<StateSource> storedState(TargetConfig config, Target target) {
        if (target.simulator().isPresent()) {
            return Optional.of(target.simulator().get());
        }
        Optional<String> url = config.get(TargetConfig.DB_URL);
        if (url.isEmpty()) {
            return Optional.empty();
        }
        String user = config.get(TargetConfig.DB_USER)
                .orElseThrow(() -> new IllegalStateException(TargetConfig.DB_URL + " is set but " + TargetConfig.DB_USER
                        + " is not: name the read-only database account"));
        return Optional.of(TableReader.open(
                url.get(), user, config.get(TargetConfig.DB_PASS).orElse("")));
    }

    /** Where stored values are read, in a few words for the log and the report. */
    private String storedStateNote() {
        return storedState
                .map(s -> "stored values read from " + s.describe())
                .orElse("stored values not checked (" + TargetConfig.DB_URL + " is not set)");
    }

    /** The run, if it started. */
    static synchronized Optional<Run> started() {
        return Optional.ofNullable(current);
    }

    public static synchronized Run current() {
        if (current == null) {
            throw new IllegalStateException("the run has not started");
        }
        return current;
    }

    private void refuseTakenNames(ApiClient client) {
        Credentials admin = config.credentials(Role.ADMIN);
        List<String> servers = new ArrayList<>();
        config.get(TargetConfig.SERVER_IP).ifPresent(servers::add);
        config.get(TargetConfig.SECOND_SERVER_IP).ifPresent(servers::add);
        List<String> taken = new ArrayList<>();
        for (String server : servers) {
            for (String alias : Fixtures.ALIASES) {
                fixtures.probe(client, admin, fixtures.extension(alias), server).ifPresent(taken::add);
            }
            fixtures.probe(client, admin, fixtures.unknownExtension(), server).ifPresent(taken::add);
        }
        userAdmin().ifPresent(userAdmin -> {
            for (String alias : Fixtures.ALIASES) {
                fixtures.probeUser(client, userAdmin, fixtures.user(alias)).ifPresent(taken::add);
                fixtures.probeAlias(client, userAdmin, fixtures.phoneAlias(alias))
                        .ifPresent(taken::add);
            }
        });
        if (!taken.isEmpty()) {
            deleteOutstanding();
            throw new IllegalStateException("refusing to start: the fixture names of prefix '" + fixtures.prefix()
                    + "' are not free on the target (" + String.join("; ", taken)
                    + "). Choose another vicidial.run_prefix.");
        }
    }

    /** Deletes every phone, user and phone alias the suite created and has not deleted yet. */
    synchronized List<String> deleteOutstanding() {
        List<String> problems = new ArrayList<>();
        if (client == null) {
            return problems;
        }
        if (!fixtures.outstanding().isEmpty()) {
            Credentials admin = config.credentials(Role.ADMIN);
            for (String key : fixtures.outstanding()) {
                int at = key.lastIndexOf('@');
                fixtures.delete(client, admin, key.substring(0, at), key.substring(at + 1))
                        .ifPresent(problems::add);
            }
        }
        Optional<Credentials> userAdmin = userAdmin();
        if (userAdmin.isPresent()) {
            for (String user : fixtures.outstandingUsers()) {
                fixtures.deleteUser(client, userAdmin.get(), user).ifPresent(problems::add);
            }
            for (String alias : fixtures.outstandingAliases()) {
                fixtures.deleteAlias(client, userAdmin.get(), alias).ifPresent(problems::add);
            }
        } else if (!fixtures.outstandingUsers().isEmpty()
                || !fixtures.outstandingAliases().isEmpty()) {
            problems.add("no user_admin configured to delete users " + fixtures.outstandingUsers()
                    + " and phone aliases " + fixtures.outstandingAliases());
        }
        return problems;
    }

    /** The user that creates and deletes test users and aliases, if the settings name one. */
    private Optional<Credentials> userAdmin() {
        try {
            return Optional.of(config.credentials(Role.USER_ADMIN));
        } catch (MissingSetting missing) {
            return Optional.empty();
        }
    }

    /** Deletes what is left, writes the coverage report and stops the target. */
    public void finish() {
        synchronized (Run.class) {
            if (current == this) {
                current = null; // another engine run in this JVM (an IDE, -Dcucumber.features) starts afresh
            }
        }
        synchronized (this) {
            finishOnce();
        }
    }

    private void finishOnce() {
        if (finished) {
            return;
        }
        finished = true;
        try {
            List<String> problems = deleteOutstanding();
            if (!problems.isEmpty()) {
                LOG.severe("could not delete these test phones, users or aliases: " + problems);
            }
            if (release != null) {
                ReportWriter.fromSystemProperties().write(coverage, facts());
            }
            AttachmentScrubber.scrub(Path.of(System.getProperty("allure.results.directory", "allure-results")));
        } finally {
            if (client != null) {
                client.close(); // a real server's web workers are not held by idle connections of ours
            }
            storedState.ifPresent(StateSource::close);
            if (target != null) {
                target.close();
            }
            try {
                Runtime.getRuntime().removeShutdownHook(safetyNet);
            } catch (IllegalStateException shuttingDown) {
                // the JVM is already stopping; the hook is running or done
            }
        }
    }

    RunFacts facts() {
        return new RunFacts(
                config.isSimulator() ? "mock" : "real",
                config.isSimulator() ? target.describe() : target.describe() + "; " + storedStateNote(),
                release.profile(),
                release.version() + " build " + release.build(),
                release.note());
    }

    public TargetConfig config() {
        return config;
    }

    public Target target() {
        return target;
    }

    /** Where the target's stored state can be read: the simulator, a real server's database, or nowhere. */
    public Optional<StateSource> storedState() {
        return storedState;
    }

    public ApiClient client() {
        return client;
    }

    public ReleaseProfile release() {
        return release;
    }

    public Fixtures fixtures() {
        return fixtures;
    }

    public Coverage coverage() {
        return coverage;
    }

    /** Why every scenario is skipped, if the settings do not allow any to run. */
    public Optional<String> disabled() {
        return disabled;
    }

    /** Remembers that a scenario locked a user's account; later scenarios acting as that user are skipped. */
    void markLocked(Role role, String scenario) {
        locked.putIfAbsent(role, scenario);
    }

    /** The scenario that locked the account of a role, if one did. */
    Optional<String> lockedBy(Role role) {
        return Optional.ofNullable(locked.get(role));
    }
}
