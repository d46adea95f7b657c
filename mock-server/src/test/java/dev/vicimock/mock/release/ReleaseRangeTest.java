package dev.vicimock.mock.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vicimock.mock.release.ReleaseClasses.Profile;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which release classes a step's range covers, and which ranges are mistakes in a feature file. */
class ReleaseRangeTest {

    private static final ReleaseClasses FIVE = ReleaseClasses.of(List.of(
            new Profile("2.14-202", "2.14-168"),
            new Profile("2.14-167", "2.14-160"),
            new Profile("2.14-159", "2.14-128"),
            new Profile("2.14-127", "2.14-108"),
            new Profile("2.14-107", null)));
    private static final ReleaseClasses TWO =
            ReleaseClasses.of(List.of(new Profile("2.14-202", "2.14-108"), new Profile("2.14-107", null)));

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = ';',
            value = {
                "on 2.14-107;                  2.14-107",
                "on 2.14-202;                  2.14-202",
                "on 2.14-159;                  2.14-159",
                "from 2.14-108 on;             2.14-127 2.14-159 2.14-167 2.14-202",
                "from 2.14-128 on;             2.14-159 2.14-167 2.14-202",
                "from 2.14-160 on;             2.14-167 2.14-202",
                "from 2.14-168 on;             2.14-202",
                "before 2.14-108;              2.14-107",
                "before 2.14-128;              2.14-107 2.14-127",
                "before 2.14-168;              2.14-107 2.14-127 2.14-159 2.14-167",
                "from 2.14-108 before 2.14-168; 2.14-127 2.14-159 2.14-167",
                "from 2.14-128 before 2.14-160; 2.14-159",
            })
    void fiveProfiles(String phrase, String profiles) {
        assertEquals(Arrays.asList(profiles.trim().split(" ")), FIVE.select(ReleaseRange.parse(phrase.trim())));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = ';',
            value = {
                "on 2.14-107;      2.14-107",
                "on 2.14-202;      2.14-202",
                "from 2.14-108 on; 2.14-202",
                "before 2.14-108;  2.14-107",
            })
    void twoProfiles(String phrase, String profiles) {
        assertEquals(Arrays.asList(profiles.trim().split(" ")), TWO.select(ReleaseRange.parse(phrase.trim())));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(
            delimiter = ';',
            value = {
                "on 2.14-150;                   not a release profile",
                "from 2.14-140 on;              2.14-140 is not the first version of a release class",
                "before 2.14-202;               2.14-202 is not the first version of a release class",
                "from 2.14-107 on;              2.14-107 is not the first version of a release class",
                "from 2.14-168 before 2.14-128; covers no release class",
                "from 2.14-128 before 2.14-128; covers no release class",
            })
    void mistakesInAFeatureFile(String phrase, String message) {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> FIVE.select(ReleaseRange.parse(phrase.trim())));
        assertTrue(e.getMessage().contains(message.trim()), e.getMessage());
    }

    @Test
    void aBoundaryOfFiveClassesIsAMistakeWithTwo() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> TWO.select(ReleaseRange.parse("from 2.14-128 on")));
        assertTrue(e.getMessage().contains("2.14-108"), "names the boundaries there are: " + e.getMessage());
    }

    @Test
    void aPhraseThatIsNoRangeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> ReleaseRange.parse("since 2.14-128"));
    }

    @Test
    void theClassesAreDescribedAsReleaseNotesWould() {
        assertEquals(
                "2.14-107: up to 2.14-107; 2.14-127: 2.14-108 to 2.14-127; 2.14-159: 2.14-128 to 2.14-159; "
                        + "2.14-167: 2.14-160 to 2.14-167; 2.14-202: 2.14-168 and later",
                FIVE.describe());
    }

    @Test
    void theKnownClassesAreTheSimulatorsReleaseTable() {
        assertEquals(FIVE.describe(), ReleaseClasses.known().describe());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = ';',
            value = {
                "a gap between two classes;   2.14-202=2.14-170 2.14-107=;  release 2.14-202 begins at 2.14-170",
                "an overlap of two classes;   2.14-202=2.14-100 2.14-107=;  release 2.14-202 begins at 2.14-100",
                "an oldest class with a bound; 2.14-202=2.14-108 2.14-107=2.14-1; release 2.14-107 begins at 2.14-1",
            })
    void classesThatLeaveAReleaseOutOrCoverItTwiceAreRefused(String what, String table, String message) {
        List<Profile> profiles = Arrays.stream(table.trim().split(" "))
                .map(p -> p.split("=", -1))
                .map(p -> new Profile(p[0], p[1].isEmpty() ? null : p[1]))
                .toList();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ReleaseClasses.of(profiles));
        assertTrue(e.getMessage().contains(message.trim()), e.getMessage());
    }
}
