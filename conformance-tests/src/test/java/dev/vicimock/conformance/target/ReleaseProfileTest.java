package dev.vicimock.conformance.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vicimock.mock.release.Release;
import dev.vicimock.mock.release.Releases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The release the suite expects, from what the target says in its version line. */
class ReleaseProfileTest {

    private static String versionLine(String version, String build) {
        return "VERSION: " + version + "|BUILD: " + build + "|DATE: 2026-11-26 10:11:12|EPOCH: 1795687872|DST: 0"
                + "|TZ: -5.00|TZNOW: -5|\n";
    }

    @ParameterizedTest(name = "{0} build {1} -> {2}")
    @CsvSource({
        "2.14-202, 250720-1841, 2.14-202, false",
        "2.14-167, 220126-2116, 2.14-167, false",
        "2.14-159, 210812-2640, 2.14-159, false",
        "2.14-127, 200610-1447, 2.14-127, false",
        "2.14-107, 180301-2301, 2.14-107, false",
        "2.14-202, 250801-0900, 2.14-202, true",
        "2.14-100, 171201-0000, 2.14-107, true",
        "2.14-108, 180401-0000, 2.14-127, true",
        "2.14-127, 200701-0000, 2.14-127, true",
        "2.14-128, 200701-0000, 2.14-159, true",
        "2.14-150, 210101-0000, 2.14-159, true",
        "2.14-160, 211001-0000, 2.14-167, true",
        "2.14-165, 220101-0000, 2.14-167, true",
        "2.14-168, 220201-0000, 2.14-202, true",
        "2.14-180, 230101-0000, 2.14-202, true",
        "2.14-917, 260101-0000, 2.14-202, true",
        "2.12-55,  150101-0000, 2.14-107, true",
        "2.15-3,   260101-0000, 2.14-202, true",
        "custom,   x,           2.14-202, true",
    })
    void picksTheExactReleaseOrTheOneStandingForTheVersion(
            String version, String build, String profile, boolean noted) {
        ReleaseProfile release = ReleaseProfile.fromVersionAnswer(versionLine(version, build));
        assertEquals(profile, release.profile());
        assertEquals(version, release.version());
        assertEquals(noted, release.note().isPresent(), release.note().orElse("no note"));
    }

    @Test
    void everyKnownReleaseOfTheSimulatorIsSelectable() {
        for (Release known : Releases.all()) {
            assertEquals(
                    known.name(),
                    ReleaseProfile.fromVersionAnswer(versionLine(known.name(), known.build()))
                            .profile());
        }
    }

    @Test
    void aNoteNamesTheReportedRelease() {
        ReleaseProfile release = ReleaseProfile.fromVersionAnswer(versionLine("2.14-150", "220101-0000"));
        assertTrue(release.note().orElseThrow().contains("2.14-150"));
    }

    @Test
    void anAnswerThatIsNoVersionLineStopsTheRun() {
        assertThrows(
                IllegalStateException.class, () -> ReleaseProfile.fromVersionAnswer("ERROR: NO FUNCTION SPECIFIED\n"));
    }
}
