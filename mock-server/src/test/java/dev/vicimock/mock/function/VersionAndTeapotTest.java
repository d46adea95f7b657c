package dev.vicimock.mock.function;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vicimock.mock.answer.Answer;
import dev.vicimock.mock.release.Release;
import dev.vicimock.mock.release.Releases;
import dev.vicimock.mock.state.Snapshot;
import dev.vicimock.mock.testing.Dialer;
import dev.vicimock.mock.testing.MutableClock;
import dev.vicimock.mock.testing.States;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code function=version} on a fixed clock and zone, and the teapot functions, both answered without a login. */
class VersionAndTeapotTest {
    /** 12:00 UTC on a winter day: 07:00 in New York, no DST. */
    private static final String WINTER = "2025-01-15T07:00:00";
    /** 12:00 UTC on a summer day: 08:00 in New York, DST. */
    private static final String SUMMER = "2025-07-15T08:00:00";

    private static String version(String profile, Snapshot state, String localTime, String zone) {
        Answer a = Dialer.of(profile, state, MutableClock.at(localTime, zone)).get("function=version");
        assertEquals(200, a.status());
        return Dialer.text(a);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("releases")
    void everyReleaseReportsItsOwnVersionAndBuild(Release release) {
        assertEquals(
                "VERSION: " + release.version() + "|BUILD: " + release.build() + "|DATE: 2025-01-15 07:00:00"
                        + "|EPOCH: 1736942400|DST: 0|TZ: -5.00|TZNOW: -5.00|\n",
                version(release.name(), States.seed(t -> {}), WINTER, "America/New_York"));
    }

    static List<Release> releases() {
        return Releases.all();
    }

    private static Snapshot firstServerGmt(String localGmt) {
        return States.seed(t -> States.set(t, "servers", "server_ip", "10.0.9.8", "local_gmt", localGmt));
    }

    private static Snapshot noActiveServer() {
        return States.seed(t -> t.withArray("servers").forEach(s -> ((ObjectNode) s).put("active", "N")));
    }

    @Test
    void reportsReleaseClockAndServerZoneInWinter() {
        assertEquals(
                "VERSION: 2.14-202|BUILD: 250720-1841|DATE: 2025-01-15 07:00:00|EPOCH: 1736942400|DST: 0"
                        + "|TZ: -5.00|TZNOW: -5.00|\n",
                version("2.14-202", States.seed(t -> {}), WINTER, "America/New_York"));
    }

    @Test
    void addsOneHourToTzNowAsAPhpNumberInSummer() {
        assertEquals(
                "VERSION: 2.14-107|BUILD: 180301-2301|DATE: 2025-07-15 08:00:00|EPOCH: 1752580800|DST: 1"
                        + "|TZ: -5.00|TZNOW: -4|\n",
                version("2.14-107", States.seed(t -> {}), SUMMER, "America/New_York"));
    }

    @ParameterizedTest(name = "{0} local_gmt ''{1}'' -> TZNOW {2} (winter), {3} (summer)")
    @CsvSource(
            delimiter = ';',
            value = {
                "2.14-202; -5.00; -5.00; -4",
                "2.14-107; -5.00; -5.00; -4",
                "2.14-202; 5.50; 5.50; 6.5",
                "2.14-202; -3.50; -3.50; -2.5",
                "2.14-202; 0.00; 0.00; 1",
                "2.14-107; -1.00; -1.00; 0",
                "2.14-202; 12.75; 12.75; 13.75",
                "2.14-202; -12.00; -12.00; -11",
                "2.14-202; -5; -5; -4",
                "2.14-107; 5; 5; 6",
                "2.14-202; ''; ''; 1",
                "2.14-107; ''; ''; 1",
                "2.14-202; abc; abc; abd",
                "2.14-107; Az9; Az9; Ba0",
                "2.14-202; 5x; 5x; 5y",
            })
    void tzNowIsTheFirstActiveServersGmtPlusOneDuringDst(String profile, String gmt, String winter, String summer) {
        String prefix = profile.equals("2.14-202")
                ? "VERSION: 2.14-202|BUILD: 250720-1841|"
                : "VERSION: 2.14-107|BUILD: 180301-2301|";
        assertEquals(
                prefix + "DATE: 2025-01-15 07:00:00|EPOCH: 1736942400|DST: 0|TZ: " + gmt + "|TZNOW: " + winter + "|\n",
                version(profile, firstServerGmt(gmt), WINTER, "America/New_York"));
        assertEquals(
                prefix + "DATE: 2025-07-15 08:00:00|EPOCH: 1752580800|DST: 1|TZ: " + gmt + "|TZNOW: " + summer + "|\n",
                version(profile, firstServerGmt(gmt), SUMMER, "America/New_York"));
    }

    @Test
    void usesTheFirstServerThatIsActive() {
        Snapshot state = States.seed(t -> {
            States.set(t, "servers", "server_ip", "10.0.9.8", "active", "N");
            States.set(t, "servers", "server_ip", "192.168.198.5", "local_gmt", "2.00");
        });
        assertEquals(
                "VERSION: 2.14-202|BUILD: 250720-1841|DATE: 2025-01-15 07:00:00|EPOCH: 1736942400|DST: 0"
                        + "|TZ: 2.00|TZNOW: 2.00|\n",
                version("2.14-202", state, WINTER, "America/New_York"));
    }

    @ParameterizedTest(name = "{0} at {1}: TZNOW {2}, DST {3}")
    @CsvSource({
        "America/New_York, 2025-01-15T07:00:00, -5, 0",
        "America/New_York, 2025-07-15T08:00:00, -4, 1",
        "Asia/Kolkata, 2025-01-15T17:30:00, 5.3, 0",
        "Asia/Kathmandu, 2025-01-15T17:45:00, 5.45, 0",
        "UTC, 2025-01-15T12:00:00, 0, 0",
        "America/St_Johns, 2025-01-15T08:30:00, -3.3, 0",
        "Australia/Adelaide, 2025-01-15T22:30:00, 10.3, 1",
    })
    void withoutAnActiveServerTzIsEmptyAndTzNowComesFromTheZoneOffset(
            String zone, String local, String tzNow, int dst) {
        long epoch = LocalDateTime.parse(local).atZone(ZoneId.of(zone)).toEpochSecond();
        assertEquals(
                "VERSION: 2.14-202|BUILD: 250720-1841|DATE: " + local.replace('T', ' ') + "|EPOCH: " + epoch + "|DST: "
                        + dst + "|TZ: |TZNOW: " + tzNow + "|\n",
                version("2.14-202", noActiveServer(), local, zone));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "function=version&user=6666&pass=wrong",
                "function=version&user=6666&pass=1234&DB=1",
                "function=ver.sion&source=x"
            })
    void answersBeforeAnyLoginAndChangesNothing(String query) {
        Dialer d = Dialer.of("2.14-107");
        Snapshot before = d.snapshot();
        assertEquals(
                "VERSION: 2.14-107|BUILD: 180301-2301|DATE: 2025-01-15 07:00:00|EPOCH: 1736942400|DST: 0"
                        + "|TZ: -5.00|TZNOW: -5.00|\n",
                d.body(query));
        assertEquals(before, d.snapshot());
    }

    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource({
        "coffee, 2.14-202",
        "start_coffee, 2.14-202",
        "make_coffee, 2.14-202",
        "brew_coffee, 2.14-202",
        "coffee, 2.14-107",
        "brew_coffee, 2.14-107",
    })
    void coffeeFunctionsAnswer418WithoutANewline(String function, String profile) {
        Dialer d = Dialer.of(profile);
        Snapshot before = d.snapshot();
        Answer a = d.get("function=" + function + "&user=6666&pass=wrong&DB=1");
        assertEquals(418, a.status());
        assertEquals("Coffee: " + function + "|Error 418 I'm a teapot", Dialer.text(a));
        assertEquals(before, d.snapshot(), "no login was attempted");
    }

    @Test
    void theTeapotSeesTheFilteredFunctionName() {
        Answer a = Dialer.of("2.14-202").get("function=make_coffee%21");
        assertEquals(418, a.status());
        assertEquals("Coffee: make_coffee|Error 418 I'm a teapot", Dialer.text(a));
    }

    @Test
    void aCoffeeLookalikeIsAnUnknownFunctionAfterLogin() {
        Dialer d = Dialer.of("2.14-202");
        assertEquals("ERROR: NO FUNCTION SPECIFIED\n", d.body("function=espresso&user=6666&pass=1234"));
        assertEquals(
                "ERROR: Login incorrect, please try again: |6666|x|BAD|\n",
                d.body("function=espresso&user=6666&pass=x"));
    }
}
