package dev.vicimock.mock.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vicimock.mock.VicidialMock;
import dev.vicimock.mock.release.Releases;
import dev.vicimock.mock.state.StateJson;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The recorded cases of {@code cases.json} replayed through an isolated dialer's prefix ({@code /dialers/x}),
 * with its own profile and state routes, exactly as {@link RecordedCasesReplayTest} replays them on the default
 * path: the same answers byte for byte and the same effects, on the newest and the oldest profile. The default
 * dialer, never addressed, keeps its start state and profile.
 */
class DialerPrefixReplayTest {
    private static final String DIALER = "x";
    private static final List<String> PROFILES = List.of("2.14-202", "2.14-107");
    private static VicidialMock mock;
    private static JsonNode defaultStart;

    @BeforeAll
    static void start() {
        mock = VicidialMock.builder().build().start();
        defaultStart = StateJson.toTree(mock.simulator().state().snapshot());
    }

    @AfterAll
    static void defaultDialerIsUntouchedThenStop() {
        try {
            assertEquals(
                    defaultStart, StateJson.toTree(mock.simulator().state().snapshot()), "the default dialer's state");
            assertEquals(Releases.DEFAULT.name(), mock.simulator().release().name(), "the default dialer's profile");
        } finally {
            mock.stop();
        }
    }

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (String profile : PROFILES) {
            for (JsonNode c : OracleCases.cases()) {
                out.add(Arguments.of(profile, c.get("id").asText(), c));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "/dialers/x {0} {1}")
    @MethodSource("cases")
    void answersThroughTheDialerPrefixAsTheRealServerRecorded(String profile, String id, JsonNode testCase)
            throws IOException {
        RecordedCasesReplayTest.replay(
                mock.port(), "/dialers/" + DIALER, "/__admin/vicidial/dialers/" + DIALER, profile, id, testCase);
    }
}
