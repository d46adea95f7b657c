package dev.vicimock.mock.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vicimock.mock.testing.Dialer;
import dev.vicimock.mock.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The failed-login counter and the 15-minute lockout, measured from {@code last_login_date}, on a settable clock. */
class LoginLockoutTest {
    private static final String BAD = "ERROR: Login incorrect, please try again: |6666|wrong|BAD|\n";
    private static final String LOCK = "ERROR: Too many login attempts, try again in 15 minutes: |6666|LOCK|\n";
    private static final String GOOD = "SUCCESS: update_phone PHONE HAS BEEN UPDATED - 6666|cc100|10.0.9.8|\n";
    /** The seed's last_login_date of every user: long ago. */
    private static final String SEED_LOGIN_DATE = "2001-01-01 00:00:01";

    private MutableClock clock;
    private Dialer dialer;

    @BeforeEach
    void freshDialer() {
        clock = MutableClock.at("2025-01-15T07:00:00", "America/New_York");
        dialer = Dialer.of("2.14-202", Simulator.defaultState(), clock);
    }

    private String login(String pass) {
        return dialer.body("source=test&user=6666&pass=" + pass
                + "&function=update_phone&extension=cc100&server_ip=10.0.9.8&phone_full_name=Locked");
    }

    private long failures() {
        return dialer.user("6666").number("failed_login_count");
    }

    private String lastLogin() {
        return dialer.user("6666").text("last_login_date");
    }

    /** A good login now, then ten failures: the account is at the limit with a recent last_login_date. */
    private void lockAfterRecentLogin() {
        assertEquals(GOOD, login("1234"));
        for (int i = 1; i <= 10; i++) {
            assertEquals(BAD, login("wrong"), "failure " + i);
            assertEquals(i, failures());
        }
    }

    @Test
    void tenFailuresLockTheAccount() {
        lockAfterRecentLogin();
        assertEquals(LOCK, login("wrong"));
        assertEquals(10, failures());
        assertEquals("2025-01-15 07:00:00", lastLogin());
    }

    @Test
    void theRightPasswordIsRefusedWhileLocked() {
        lockAfterRecentLogin();
        clock.advance(Duration.ofMinutes(14));
        var phonesBefore = dialer.snapshot().tables().get("phones");
        assertEquals(
                LOCK,
                dialer.body("source=test&user=6666&pass=1234&function=update_phone&extension=cc100"
                        + "&server_ip=10.0.9.8&phone_full_name=Refused"));
        assertEquals(10, failures());
        assertEquals("2025-01-15 07:00:00", lastLogin());
        assertEquals(phonesBefore, dialer.snapshot().tables().get("phones"), "a refused login writes nothing");
    }

    @Test
    void aFailureFifteenMinutesAfterTheLastLoginRestartsTheCountAtOne() {
        lockAfterRecentLogin();
        clock.advance(Duration.ofSeconds(901));
        assertEquals(BAD, login("wrong"));
        assertEquals(1, failures());
        assertEquals("2025-01-15 07:15:01", lastLogin());
        for (int i = 2; i <= 10; i++) {
            assertEquals(BAD, login("wrong"), "failure " + i);
        }
        assertEquals(LOCK, login("wrong"), "the restart set last_login_date, so the account locks again at once");
    }

    @Test
    void theRightPasswordWorksOnceFifteenMinutesHavePassed() {
        lockAfterRecentLogin();
        clock.advance(Duration.ofSeconds(901));
        assertEquals(GOOD, login("1234"));
        assertEquals(0, failures());
        assertEquals("2025-01-15 07:15:01", lastLogin());
    }

    @Test
    void aSuccessResetsTheCountToZeroAndSetsTheLoginDate() {
        for (int i = 0; i < 3; i++) {
            assertEquals(BAD, login("wrong"));
        }
        assertEquals(3, failures());
        assertEquals(SEED_LOGIN_DATE, lastLogin(), "a failure below the limit leaves last_login_date alone");
        clock.advance(Duration.ofSeconds(61));
        assertEquals(GOOD, login("1234"));
        assertEquals(0, failures());
        assertEquals("2025-01-15 07:01:01", lastLogin());
    }

    @ParameterizedTest(name = "logged in recently: {0}")
    @CsvSource({"true, 11", "false, 21"})
    void aRecentLoginLocksAtThe11thAttemptAnOldOneAtThe21st(boolean recentLogin, int lockedAt) {
        if (recentLogin) {
            assertEquals(GOOD, login("1234"));
        }
        int attempt = 0;
        String answer;
        do {
            attempt++;
            answer = login("wrong");
            if (attempt == 11 && !recentLogin) {
                assertEquals(BAD, answer);
                assertEquals(1, failures(), "the 11th failure restarts the count");
                assertEquals("2025-01-15 07:00:00", lastLogin());
            }
        } while (!answer.equals(LOCK) && attempt < 30);
        assertEquals(lockedAt, attempt);
    }

    @ParameterizedTest(name = "{0} ms after the last login: {1}")
    @CsvSource({
        "1000, LOCK",
        "899000, LOCK",
        "900000, LOCK",
        "900999, LOCK",
        "901000, BAD",
        "3600000, BAD",
    })
    void theLockEndsOnlyWhenMoreThan900WholeSecondsHavePassed(long millis, String expected) {
        lockAfterRecentLogin();
        Instant lastLogin = clock.instant();
        clock.set(lastLogin.plusMillis(millis));
        assertEquals(expected.equals("LOCK") ? LOCK : BAD, login("wrong"));
        assertEquals(expected.equals("LOCK") ? 10 : 1, failures());
    }

    @Test
    void aLoginDateWrittenWithinASecondCountsFromThatWholeSecond() {
        clock.set(clock.instant().plusMillis(700));
        lockAfterRecentLogin();
        assertEquals("2025-01-15 07:00:00", lastLogin());
        clock.set(clock.instant().plusMillis(900_000));
        assertEquals(LOCK, login("wrong"), "900.7 s after 07:00:00.7 is 07:15:00, exactly 900 whole seconds");
    }

    @Test
    void theLockIsPerUser() {
        lockAfterRecentLogin();
        assertEquals(LOCK, login("1234"));
        assertEquals(
                "SUCCESS: update_phone PHONE HAS BEEN UPDATED - 7878|cc100|10.0.9.8|\n",
                dialer.body(
                        "source=test&user=7878&pass=1234&function=update_phone&extension=cc100&server_ip=10.0.9.8"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2.14-202", "2.14-107"})
    void anUnknownUserIsNeverLocked(String profile) {
        Dialer d = Dialer.of(profile, Simulator.defaultState(), clock);
        for (int i = 0; i < 25; i++) {
            assertEquals(
                    "ERROR: Login incorrect, please try again: |9999|wrong|BAD|\n",
                    d.body("source=test&user=9999&pass=wrong&function=update_phone"));
        }
        assertEquals(null, d.user("9999"));
    }

    @Test
    void theLockoutIsTheSameOn107() {
        Dialer d = Dialer.of("2.14-107", Simulator.defaultState(), clock);
        String query = "source=test&user=6666&function=update_phone&extension=cc100&server_ip=10.0.9.8&pass=";
        assertEquals("NOTICE: update_phone NO UPDATES DEFINED: |6666|\n", d.body(query + "1234"));
        for (int i = 0; i < 10; i++) {
            assertEquals(BAD, d.body(query + "wrong"));
        }
        assertEquals(LOCK, d.body(query + "1234"));
        clock.advance(Duration.ofSeconds(901));
        assertEquals("NOTICE: update_phone NO UPDATES DEFINED: |6666|\n", d.body(query + "1234"));
        assertEquals(0, d.user("6666").number("failed_login_count"));
    }
}
