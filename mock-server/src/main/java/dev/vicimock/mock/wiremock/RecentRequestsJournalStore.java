package dev.vicimock.mock.wiremock;

import com.github.tomakehurst.wiremock.store.RequestJournalStore;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.Deque;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A request journal that keeps only the most recent requests and drops the oldest itself, in constant time.
 * WireMock's own limit ({@code maxRequestJournalEntries}) counts the whole journal on every request, which
 * costs as much as the request at a few thousand entries; an unlimited journal grows until the heap is full
 * under a long load test.
 */
public final class RecentRequestsJournalStore implements RequestJournalStore {
    private final int limit;
    private final Deque<UUID> newestFirst = new ConcurrentLinkedDeque<>();
    private final Map<UUID, ServeEvent> events = new ConcurrentHashMap<>();
    private final AtomicInteger size = new AtomicInteger();

    public RecentRequestsJournalStore(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("the journal limit must be at least 1, got " + limit);
        }
        this.limit = limit;
    }

    @Override
    public void add(ServeEvent event) {
        events.put(event.getId(), event);
        newestFirst.addFirst(event.getId());
        if (size.incrementAndGet() > limit) {
            removeLast();
        }
    }

    @Override
    public Stream<ServeEvent> getAll() {
        return newestFirst.stream().map(events::get).filter(Objects::nonNull);
    }

    @Override
    public void removeLast() {
        UUID oldest = newestFirst.pollLast();
        if (oldest != null) {
            events.remove(oldest);
            size.decrementAndGet();
        }
    }

    @Override
    public Stream<UUID> getAllKeys() {
        return getAll().map(ServeEvent::getId);
    }

    @Override
    public Optional<ServeEvent> get(UUID id) {
        return Optional.ofNullable(events.get(id));
    }

    @Override
    public void put(UUID id, ServeEvent event) {
        // WireMock updates an event once its response is known; only events still kept are updated
        events.computeIfPresent(id, (k, old) -> event);
    }

    @Override
    public void remove(UUID id) {
        if (newestFirst.remove(id)) {
            events.remove(id);
            size.decrementAndGet();
        }
    }

    @Override
    public void clear() {
        // removing one by one keeps the count right if requests arrive while clearing
        UUID id;
        while ((id = newestFirst.pollLast()) != null) {
            events.remove(id);
            size.decrementAndGet();
        }
    }
}
