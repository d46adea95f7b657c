package dev.vicimock.mock.pipeline;

import dev.vicimock.mock.answer.Answer;
import dev.vicimock.mock.answer.Outcome;
import dev.vicimock.mock.call.ApiCall;
import dev.vicimock.mock.call.ApiFunction;
import dev.vicimock.mock.call.DialerClock;
import dev.vicimock.mock.call.Params;
import dev.vicimock.mock.call.PhpCrash;
import dev.vicimock.mock.function.AddGroupAlias;
import dev.vicimock.mock.function.AddPhone;
import dev.vicimock.mock.function.AddPhoneAlias;
import dev.vicimock.mock.function.AddUser;
import dev.vicimock.mock.function.CopyUser;
import dev.vicimock.mock.function.UpdatePhone;
import dev.vicimock.mock.function.UpdatePhoneAlias;
import dev.vicimock.mock.function.UpdateUser;
import dev.vicimock.mock.function.UserDetails;
import dev.vicimock.mock.function.Version;
import dev.vicimock.mock.http.ApiRequest;
import dev.vicimock.mock.release.Capability;
import dev.vicimock.mock.release.PhpRuntime;
import dev.vicimock.mock.release.Release;
import dev.vicimock.mock.state.DialerState;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@code non_agent_api.php} as one flow, in the real order: filter the parameters, answer {@code version} and
 * the teapot without a login, authenticate, dispatch on {@code function}, and let the function validate and
 * apply. Knows nothing of HTTP servers: a request in, an answer out.
 */
public final class NonAgentApi {
    private static final Set<String> TEAPOT = Set.of("coffee", "start_coffee", "make_coffee", "brew_coffee");

    private final DialerState state;
    private final AtomicReference<Release> release;
    private final Clock clock;
    private final DialerClock dialerClock;
    private final Authenticator authenticator;
    private final Map<String, ApiFunction> functions = Stream.of(
                    new UpdatePhone(),
                    new AddPhone(),
                    new AddUser(),
                    new UpdateUser(),
                    new CopyUser(),
                    new UserDetails(),
                    new AddPhoneAlias(),
                    new UpdatePhoneAlias(),
                    new AddGroupAlias())
            .collect(Collectors.toUnmodifiableMap(ApiFunction::name, Function.identity()));

    public NonAgentApi(DialerState state, Release release, Clock clock) {
        this.state = state;
        this.release = new AtomicReference<>(release);
        this.clock = clock;
        this.dialerClock = new DialerClock(clock);
        this.authenticator = new Authenticator(dialerClock);
    }

    public Release release() {
        return release.get();
    }

    /** Switches the release the API answers as, from the next request on. */
    public void release(Release next) {
        release.set(next);
    }

    public Answer handle(ApiRequest request) {
        Release r = release.get();
        Answer answer = answer(r, request);
        // the page logs its own raw request after answering; an apostrophe in it breaks that INSERT, which only
        // PHP 8 turns into a dying page, and the teapot and a page already dead never get there
        if (answer.status() == 200 && request.rawApostrophe() && r.runtime().crashesOnSloppyInput()) {
            return answer.failedAfterwards();
        }
        return answer;
    }

    private Answer answer(Release r, ApiRequest request) {
        Params p = new Params(request, r.filters(), "1".equals(state.setting("use_non_latin")), r.runtime());
        try {
            String function = p.text("function");
            if (function.equals("version")) {
                return state.transaction(db -> Version.answer(r, db, clock));
            }
            if (TEAPOT.contains(function)) {
                return Answer.literal(418, "Coffee: " + function + "|Error 418 I'm a teapot");
            }
            p.filterAll();
            boolean debugging = debugging(r, p);
            return state.transaction(db -> {
                Authenticator.Result login = authenticator.login(db, p.text("user"), p.text("pass"));
                if (login instanceof Authenticator.Result.Locked) {
                    return Answer.of(Outcome.LOGIN_LOCKED, null, p.text("user"), "LOCK");
                }
                if (!(login instanceof Authenticator.Result.Good good)) {
                    return Answer.of(Outcome.LOGIN_INCORRECT, null, p.text("user"), p.text("pass"), "BAD");
                }
                String now = dialerClock.nowText();
                ApiCall call = new ApiCall(
                        r, p, db, good.user(), now, debugging, debugging && aboveZero(p.text("DB"), r.runtime()));
                call.debugAboveZero(() -> "DEBUG: auth query - SELECT " + r.authQueryColumns()
                        + " from vicidial_users where user='" + p.text("user") + "' and active='Y';");
                ApiFunction f = r.knows(function) ? functions.get(function) : null;
                Answer answer = f == null ? Answer.of(Outcome.NO_FUNCTION, null) : f.run(call);
                return answer.withDebug(call.debugText());
            });
        } catch (PhpCrash crash) {
            return Answer.crash();
        }
    }

    /**
     * PHP's {@code $DB > 0}: PHP 7 compares the numeric prefix (none is 0); PHP 8 compares a numeric string as a
     * number and any other string with "0" as text.
     */
    static boolean aboveZero(String db, PhpRuntime runtime) {
        String lead = db.replaceFirst("^[ \\t\\n\\r\\x0B\\f]+", "");
        if (runtime.crashesOnSloppyInput()) {
            String whole = lead.replaceFirst("[ \\t\\n\\r\\x0B\\f]+$", "");
            return PhpRuntime.NUMERIC_STRING.matcher(whole).matches()
                    ? new BigDecimal(whole).signum() > 0
                    : db.compareTo("0") > 0;
        }
        Matcher m = PhpRuntime.NUMERIC_STRING.matcher(lead);
        return m.lookingAt() && new BigDecimal(m.group()).signum() > 0;
    }

    /** {@code DB} is a PHP truthy value; 2.14-202 also wants {@code system_settings.allow_web_debug}. */
    private boolean debugging(Release r, Params p) {
        String db = p.text("DB");
        boolean truthy = !db.isEmpty() && !db.equals("0");
        if (!truthy || !r.has(Capability.DEBUG_NEEDS_SETTING)) {
            return truthy;
        }
        try {
            return Long.parseLong(state.setting("allow_web_debug").trim()) >= 1;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
