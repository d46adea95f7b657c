package dev.vicimock.mock.compare;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vicimock.mock.release.Releases;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The upgrade preview agrees with reality: for every pair of neighbouring recorded releases and both recorded
 * corpora, the cases it lists as answering differently are exactly the cases whose recorded answers (status and
 * body, or body pattern where the body holds the clock) or recorded effects differ between the two releases.
 */
class UpgradePreviewAgreesWithRecordingsTest {
    private static final List<String> OLDEST_FIRST =
            List.of("2.14-107", "2.14-127", "2.14-159", "2.14-167", "2.14-202");

    static Stream<Arguments> pairs() {
        List<Arguments> out = new ArrayList<>();
        for (String[] corpus :
                new String[][] {{"cases.json", "seed.json"}, {"cases-provisioning.json", "seed-provisioning.json"}}) {
            for (int i = 1; i < OLDEST_FIRST.size(); i++) {
                out.add(Arguments.of(corpus[0], corpus[1], OLDEST_FIRST.get(i - 1), OLDEST_FIRST.get(i)));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}: {2} -> {3}")
    @MethodSource("pairs")
    void listsExactlyTheCasesWhoseRecordedAnswersOrEffectsDiffer(
            String casesFile, String seedFile, String older, String newer) throws IOException {
        JsonNode cases = load(casesFile);
        CompareReport report = new UpgradePreview(Instant.now())
                .compare(
                        RecordedCorpus.of(casesFile, cases, load(seedFile)),
                        Releases.byName(older).orElseThrow(),
                        Releases.byName(newer).orElseThrow());
        Set<String> previewed = new TreeSet<>();
        report.differingScenarios().forEach(s -> previewed.add(s.scenario().split(" ", 2)[0]));
        Set<String> recorded = recordedDifferences(cases, older, newer);
        Set<String> missing = new TreeSet<>(recorded);
        missing.removeAll(previewed);
        Set<String> extra = new TreeSet<>(previewed);
        extra.removeAll(recorded);
        assertEquals(recorded, previewed, "not previewed: " + missing + "; previewed but not recorded: " + extra);
        assertTrue(report.onlyLeft().isEmpty() && report.onlyRight().isEmpty());
        System.out.println(casesFile + " " + older + " -> " + newer + ": " + recorded.size() + " of "
                + report.scenarios() + " cases differ");
    }

    @org.junit.jupiter.api.Test
    void theJarShipsTheRecordedCasesAsTheyAre() throws IOException {
        for (String name : List.of("cases.json", "cases-provisioning.json", "seed.json", "seed-provisioning.json")) {
            try (InputStream recorded = getClass().getResourceAsStream("/oracle/" + name);
                    InputStream shipped = getClass().getResourceAsStream("/dev/vicimock/mock/compare/corpus/" + name)) {
                assertArrayEquals(recorded.readAllBytes(), shipped.readAllBytes(), name);
            }
        }
    }

    /** The ids of the cases with a step whose recorded answer differs, or whose recorded effects differ. */
    static Set<String> recordedDifferences(JsonNode cases, String a, String b) {
        Set<String> ids = new LinkedHashSet<>();
        for (JsonNode c : cases.get("cases")) {
            boolean differs =
                    !c.path("effects").path(a).equals(c.path("effects").path(b));
            for (JsonNode step : c.get("steps")) {
                differs |= !step.get("expect").path(a).equals(step.get("expect").path(b));
            }
            if (differs) {
                ids.add(c.get("id").asText());
            }
        }
        return ids;
    }

    private static JsonNode load(String name) throws IOException {
        try (InputStream in = UpgradePreviewAgreesWithRecordingsTest.class.getResourceAsStream("/oracle/" + name)) {
            return RunFiles.JSON.readTree(in);
        }
    }
}
