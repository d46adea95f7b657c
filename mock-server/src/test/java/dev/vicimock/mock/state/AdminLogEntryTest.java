package dev.vicimock.mock.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.vicimock.mock.testing.States;
import java.util.List;
import org.junit.jupiter.api.Test;

class AdminLogEntryTest {

    private static AdminLogEntry entry(String date, String sql) {
        // values built at run time, as a request builds them: equal strings, different objects
        return new AdminLogEntry(
                new String(date),
                new String("6666"),
                new String("127.0.0.1"),
                "PHONES",
                "MODIFY",
                new String("cc100"),
                "ADMIN API UPDATE PHONE",
                sql,
                new String("phone: cc100|10.0.9.8"));
    }

    @Test
    void aLoggedEntryKeepsTheStringsItRepeatsFromTheEntryBefore() {
        DialerState state = new DialerState(States.seed(t -> {}));
        AdminLogEntry first = entry("2026-11-26 10:00:00", "UPDATE phones SET fullname='A'|");
        AdminLogEntry second = entry("2026-11-26 10:00:00", "UPDATE phones SET fullname='B'|");
        state.appendLog(first);
        state.appendLog(second);

        List<AdminLogEntry> log = state.snapshot().adminLog();
        AdminLogEntry before = log.get(log.size() - 2);
        AdminLogEntry kept = log.get(log.size() - 1);
        assertEquals(first, before);
        assertEquals(second, kept);
        assertSame(before.user(), kept.user());
        assertSame(before.ipAddress(), kept.ipAddress());
        assertSame(before.recordId(), kept.recordId());
        assertSame(before.eventNotes(), kept.eventNotes());
        assertSame(before.eventDate(), kept.eventDate());
        assertNotSame(before.eventSql(), kept.eventSql());
    }
}
