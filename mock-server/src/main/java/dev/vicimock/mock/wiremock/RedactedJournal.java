package dev.vicimock.mock.wiremock;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.LoggedResponse;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.store.InMemoryRequestJournalStore;
import com.github.tomakehurst.wiremock.store.RequestJournalStore;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.stubbing.SubEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.vicimock.mock.http.ApiPath;
import dev.vicimock.mock.http.Redaction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.UUID;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Stream;

/**
 * WireMock's request journal as its readers see it: every event with secrets masked, in the request (see
 * {@link RedactedRequest}), in the answers of the API that echo a password, and in WireMock's near-miss reports.
 * Verification, {@code GET /__admin/requests} and every other reader of the journal see only masked events.
 *
 * <p>When the events stay in this process's memory (WireMock's in-memory journal or a
 * {@link RecentRequestsJournalStore}) they are stored as WireMock recorded them and masked when first read:
 * masking copies the request, which costs about a tenth of serving it, and most events are never read. Any other
 * store (one that may write events elsewhere) is only ever given masked events.
 */
final class RedactedJournal implements RequestJournalStore {
    private final RequestJournalStore store;
    private final boolean maskOnRead;
    /** The masked copy of each raw event read so far; an entry goes when the store lets go of its event. */
    private final Map<ServeEvent, Masked> masked = Collections.synchronizedMap(new WeakHashMap<>());

    RedactedJournal(RequestJournalStore store) {
        this.store = store;
        this.maskOnRead = store instanceof RecentRequestsJournalStore || store instanceof InMemoryRequestJournalStore;
    }

    @Override
    public void add(ServeEvent event) {
        store.add(maskOnRead ? event : mask(event));
    }

    /** WireMock stores each event again once its answer is sent. */
    @Override
    public void put(UUID id, ServeEvent event) {
        store.put(id, maskOnRead ? event : mask(event));
    }

    @Override
    public Stream<ServeEvent> getAll() {
        return maskOnRead ? store.getAll().map(this::masked) : store.getAll();
    }

    @Override
    public Optional<ServeEvent> get(UUID id) {
        return maskOnRead ? store.get(id).map(this::masked) : store.get(id);
    }

    @Override
    public void removeLast() {
        store.removeLast();
    }

    @Override
    public Stream<UUID> getAllKeys() {
        return store.getAllKeys();
    }

    @Override
    public void remove(UUID id) {
        store.remove(id);
    }

    @Override
    public void clear() {
        store.clear();
        masked.clear();
    }

    private ServeEvent masked(ServeEvent raw) {
        int subEvents = raw.getSubEvents() == null ? 0 : raw.getSubEvents().size();
        // WireMock may append sub-events (a near miss, a webhook) to an event it has stored already
        return masked.compute(
                        raw,
                        (k, copy) ->
                                copy != null && copy.subEvents() == subEvents ? copy : new Masked(mask(raw), subEvents))
                .event();
    }

    private record Masked(ServeEvent event, int subEvents) {}

    /** The event with its secrets masked; it keeps no reference to {@code e}, so a cache may hold it weakly. */
    static ServeEvent mask(ServeEvent e) {
        LoggedRequest request = e.getRequest();
        boolean api = request != null && ApiPath.isApi(path(request.getUrl()));
        return new ServeEvent(
                e.getId(),
                mask(request),
                e.getStubMapping(),
                api ? redact(e.getResponseDefinition()) : e.getResponseDefinition(),
                api ? redact(e.getResponse()) : e.getResponse(),
                e.getWasMatched(),
                e.getTiming(),
                redact(e.getSubEvents()));
    }

    private static LoggedRequest mask(LoggedRequest request) {
        if (request == null) {
            return null;
        }
        LoggedRequest masked = LoggedRequest.createFrom(new RedactedRequest(request));
        // a copy is dated when it is made; the journal must keep the time the request arrived, and WireMock
        // hands out its own (mutable) Date, the only way to set it
        if (masked.getLoggedDate() != null && request.getLoggedDate() != null) {
            masked.getLoggedDate().setTime(request.getLoggedDate().getTime());
        }
        return masked;
    }

    private static ResponseDefinition redact(ResponseDefinition d) {
        if (d == null || !d.specifiesBodyContent()) {
            return d;
        }
        String body = new String(d.getByteBody(), StandardCharsets.ISO_8859_1);
        String masked = Redaction.answer(body);
        return masked.equals(body)
                ? d
                : ResponseDefinitionBuilder.like(d)
                        .withBody(masked.getBytes(StandardCharsets.ISO_8859_1))
                        .build();
    }

    private static LoggedResponse redact(LoggedResponse r) {
        if (r == null || r.getBody() == null) {
            return r;
        }
        String body = new String(r.getBody(), StandardCharsets.ISO_8859_1);
        String masked = Redaction.answer(body);
        return masked.equals(body)
                ? r
                : new LoggedResponse(
                        r.getStatus(),
                        r.getHeaders(),
                        Base64.getEncoder().encodeToString(masked.getBytes(StandardCharsets.ISO_8859_1)),
                        r.getFault(),
                        null);
    }

    private static Queue<SubEvent> redact(Queue<? extends SubEvent> events) {
        Queue<SubEvent> out = new ConcurrentLinkedQueue<>();
        if (events == null) {
            return out;
        }
        for (SubEvent s : events) {
            Map<String, Object> data = new LinkedHashMap<>();
            s.getData().forEach((k, v) -> data.put(k, v instanceof String text ? Redaction.text(text) : v));
            out.add(new SubEvent(s.getType(), s.getTimeOffsetNanos(), data));
        }
        return out;
    }

    private static String path(String url) {
        int q = url == null ? -1 : url.indexOf('?');
        return q < 0 ? url : url.substring(0, q);
    }
}
