package dev.vicimock.mock.function;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vicimock.mock.state.Tables;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the database keeps of a pasted value in the columns update_user writes (non-strict SQL mode). */
class StoredColumnValuesTest {
    @ParameterizedTest(name = "users.{0} = ''{1}'' keeps ''{2}''")
    @CsvSource({
        "full_name, Agent One, Agent One",
        "voicemail_id, 12345678901, 1234567890",
        "hotkeys_active, 1, 1",
        "hotkeys_active, 5, ''",
        "hotkeys_active, 01, 0",
        "active, n, N"
    })
    void textColumnsAreCutOrMatched(String column, String text, String kept) {
        assertEquals(kept, Tables.USERS.store(column, text));
    }

    @ParameterizedTest(name = "{0} = ''{1}'' keeps {2}")
    @CsvSource({
        "user_level, 2x, 2",
        "user_level, 300, 255",
        "user_level, -1, 0",
        "wrapup_seconds_override, 1-2, 1",
        "wrapup_seconds_override, 99999, 32767",
        "wrapup_seconds_override, '', 0"
    })
    void integerColumnsTakeTheNumericPrefixWithinTheirRange(String column, String text, long kept) {
        assertEquals(kept, Tables.USERS.store(column, text));
    }

    @ParameterizedTest(name = "campaign_agents.{0} = ''{1}'' keeps {2}")
    @CsvSource({"campaign_rank, 5_, 5", "campaign_rank, '--', 0", "campaign_rank, -9, -9", "campaign_grade, 10, 10"})
    void rankColumnsToo(String column, String text, long kept) {
        assertEquals(kept, Tables.CAMPAIGN_AGENTS.store(column, text));
    }
}
