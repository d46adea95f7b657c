package dev.vicimock.mock.wiremock;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.LoggedResponse;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.store.RequestJournalStore;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.stubbing.SubEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.vicimock.mock.http.Redaction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Stream;

/**
 * WireMock's request journal with secrets masked before an event is stored: in the request (see
 * {@link RedactedRequest}), in the answers of the API that echo a password, and in WireMock's near-miss reports.
 * Verification, {@code GET /__admin/requests} and every other reader of the journal see only masked events.
 */
final class RedactedJournal implements RequestJournalStore {
    private static final int PENDING_LIMIT = 10_000;
    private final RequestJournalStore store;
    /**
     * The masked request of each event between its arrival and its completion: masked once, so its logged date
     * stays the one first recorded.
     */
    private final Map<UUID, LoggedRequest> requests = new ConcurrentHashMap<>();

    RedactedJournal(RequestJournalStore store) {
        this.store = store;
    }

    @Override
    public void add(ServeEvent event) {
        if (requests.size() > PENDING_LIMIT) {
            // events whose completion never came (a client gone mid-answer): forget them rather than grow
            requests.clear();
        }
        LoggedRequest masked = mask(event);
        if (masked != null) {
            requests.put(event.getId(), masked);
        }
        store.add(redact(event, masked));
    }

    /** WireMock stores each event again once its answer is sent; the request is the one masked on arrival. */
    @Override
    public void put(UUID id, ServeEvent event) {
        LoggedRequest masked = requests.remove(id);
        store.put(id, redact(event, masked != null ? masked : mask(event)));
    }

    @Override
    public Stream<ServeEvent> getAll() {
        return store.getAll();
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
    public Optional<ServeEvent> get(UUID id) {
        return store.get(id);
    }

    @Override
    public void remove(UUID id) {
        store.remove(id);
        requests.remove(id);
    }

    @Override
    public void clear() {
        store.clear();
        requests.clear();
    }

    private static LoggedRequest mask(ServeEvent e) {
        return e.getRequest() == null ? null : LoggedRequest.createFrom(new RedactedRequest(e.getRequest()));
    }

    private static ServeEvent redact(ServeEvent e, LoggedRequest request) {
        boolean api = e.getRequest() != null && SimulatorStub.PATH.equals(path(e.getRequest().getUrl()));
        return new ServeEvent(e.getId(), request, e.getStubMapping(),
                api ? redact(e.getResponseDefinition()) : e.getResponseDefinition(),
                api ? redact(e.getResponse()) : e.getResponse(), e.getWasMatched(), e.getTiming(),
                redact(e.getSubEvents()));
    }

    private static ResponseDefinition redact(ResponseDefinition d) {
        if (d == null || !d.specifiesBodyContent()) {
            return d;
        }
        String body = new String(d.getByteBody(), StandardCharsets.ISO_8859_1);
        String masked = Redaction.answer(body);
        return masked.equals(body) ? d
                : ResponseDefinitionBuilder.like(d).withBody(masked.getBytes(StandardCharsets.ISO_8859_1)).build();
    }

    private static LoggedResponse redact(LoggedResponse r) {
        if (r == null || r.getBody() == null) {
            return r;
        }
        String body = new String(r.getBody(), StandardCharsets.ISO_8859_1);
        String masked = Redaction.answer(body);
        return masked.equals(body) ? r : new LoggedResponse(r.getStatus(), r.getHeaders(),
                Base64.getEncoder().encodeToString(masked.getBytes(StandardCharsets.ISO_8859_1)), r.getFault(), null);
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
