package dev.vicimock.mock.wiremock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.http.ImmutableRequest;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.store.RequestJournalStore;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.stubbing.SubEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The journal's readers see masked events, dated when the request arrived, whatever store keeps them. */
class RedactedJournalTest {
    private static final String URL = SimulatorStub.PATH + "?function=version&user=6666&pass=Sekret1";

    private static ServeEvent event() {
        return ServeEvent.of(ImmutableRequest.create()
                        .withMethod(RequestMethod.GET)
                        .withAbsoluteUrl("http://127.0.0.1:8080" + URL)
                        .build())
                .withResponseDefinition(ResponseDefinition.ok());
    }

    @Test
    void readersSeeTheRequestMasked() {
        RedactedJournal journal = new RedactedJournal(new RecentRequestsJournalStore(10));
        ServeEvent raw = event();
        journal.add(raw);
        ServeEvent read = journal.get(raw.getId()).orElseThrow();
        assertEquals(
                SimulatorStub.PATH + "?function=version&user=6666&pass=***",
                read.getRequest().getUrl());
        assertEquals("***", read.getRequest().queryParameter("pass").firstValue());
        assertEquals(
                List.of(read.getRequest().getUrl()),
                journal.getAll().map(e -> e.getRequest().getUrl()).toList());
    }

    @Test
    void aMaskedRequestKeepsTheTimeItArrived() {
        RedactedJournal journal = new RedactedJournal(new RecentRequestsJournalStore(10));
        ServeEvent raw = event();
        long arrived = raw.getRequest().getLoggedDate().getTime() - 60_000;
        raw.getRequest().getLoggedDate().setTime(arrived);
        journal.add(raw);
        assertEquals(
                arrived,
                journal.get(raw.getId())
                        .orElseThrow()
                        .getRequest()
                        .getLoggedDate()
                        .getTime());
    }

    @Test
    void anEventReadTwiceIsMaskedOnce() {
        RedactedJournal journal = new RedactedJournal(new RecentRequestsJournalStore(10));
        ServeEvent raw = event();
        journal.add(raw);
        assertSame(
                journal.get(raw.getId()).orElseThrow(),
                journal.getAll().findFirst().orElseThrow());
    }

    @Test
    void subEventsAddedAfterAReadAreShownMasked() {
        RedactedJournal journal = new RedactedJournal(new RecentRequestsJournalStore(10));
        ServeEvent raw = event();
        journal.add(raw);
        journal.get(raw.getId()).orElseThrow();
        raw.appendSubEvent(new SubEvent("NOTE", 0L, Map.<String, Object>of("message", "user=6666&pass=Sekret2")));
        List<SubEvent> shown =
                new ArrayList<>(journal.get(raw.getId()).orElseThrow().getSubEvents());
        assertEquals(1, shown.size());
        assertEquals("user=6666&pass=***", shown.get(0).getData().get("message"));
    }

    @Test
    void aStoreThatMayWriteElsewhereIsOnlyGivenMaskedEvents() {
        List<ServeEvent> written = new ArrayList<>();
        RedactedJournal journal = new RedactedJournal(new WritingStore(written));
        ServeEvent raw = event();
        journal.add(raw);
        journal.put(raw.getId(), raw);
        assertEquals(2, written.size());
        written.forEach(e -> assertFalse(
                e.getRequest().getUrl().contains("Sekret1"), e.getRequest().getUrl()));
        written.forEach(e -> assertTrue(e.getRequest().getUrl().endsWith("pass=***")));
    }

    /** A journal store as an extension could provide it, one this process does not know to be in memory. */
    private record WritingStore(List<ServeEvent> written) implements RequestJournalStore {
        @Override
        public void add(ServeEvent event) {
            written.add(event);
        }

        @Override
        public void put(UUID id, ServeEvent event) {
            written.add(event);
        }

        @Override
        public Stream<ServeEvent> getAll() {
            return written.stream();
        }

        @Override
        public void removeLast() {}

        @Override
        public Stream<UUID> getAllKeys() {
            return written.stream().map(ServeEvent::getId);
        }

        @Override
        public Optional<ServeEvent> get(UUID id) {
            return written.stream().filter(e -> e.getId().equals(id)).findFirst();
        }

        @Override
        public void remove(UUID id) {}

        @Override
        public void clear() {}
    }
}
