package dev.vicimock.mock.call;

import dev.vicimock.mock.http.Bytes;
import dev.vicimock.mock.release.Release;
import dev.vicimock.mock.state.Database;
import dev.vicimock.mock.state.Row;
import java.util.function.Supplier;

/**
 * One authenticated call as a function sees it: the release it answers as, the filtered parameters, the
 * database inside the call's transaction, the logged-in user, the time and the debug output so far.
 */
public final class ApiCall {
    private final Release release;
    private final Params params;
    private final Database db;
    private final Row user;
    private final String now;
    private final StringBuilder debug;
    private final boolean debugAboveZero;

    /**
     * @param debugging      whether {@code DB} is truthy, which the statement echoes test
     * @param debugAboveZero whether {@code DB > 0}, which the auth and user group echoes test instead
     */
    public ApiCall(
            Release release,
            Params params,
            Database db,
            Row user,
            String now,
            boolean debugging,
            boolean debugAboveZero) {
        this.release = release;
        this.params = params;
        this.db = db;
        this.user = user;
        this.now = now;
        this.debug = debugging ? new StringBuilder() : null;
        this.debugAboveZero = debugging && debugAboveZero;
    }

    public Release release() {
        return release;
    }

    public Params params() {
        return params;
    }

    public Database db() {
        return db;
    }

    /** The user's row as the login left it. */
    public Row user() {
        return user;
    }

    /**
     * The user the {@code user} parameter names, as the queries after the login read it: the logged-in user,
     * unless the login query matched only because it strips more (a space passes the 2.14-107 filter under
     * {@code use_non_latin=1}); then null.
     */
    public Row namedUser() {
        return db.users().find(Bytes.toText(userParam()));
    }

    /** The {@code user} parameter as filtered, which every answer echoes. */
    public String userParam() {
        return params.text("user");
    }

    /** The current time as the database writes dates. */
    public String now() {
        return now;
    }

    /**
     * Appends a line of {@code DB=1} output; the line is made only when debugging, since most calls do not debug
     * and some lines are long.
     */
    public void debug(Supplier<String> line) {
        if (debug != null) {
            debug.append(line.get()).append('\n');
        }
    }

    /** Appends a line the real code prints only when {@code DB > 0}, not merely when it is truthy ("00" is not). */
    public void debugAboveZero(Supplier<String> line) {
        if (debugAboveZero) {
            debug(line);
        }
    }

    public String debugText() {
        return debug == null ? "" : debug.toString();
    }
}
