package dev.vicimock.conformance;

import com.github.tomakehurst.wiremock.common.ConsoleNotifier;
import com.github.tomakehurst.wiremock.extension.ResponseTransformerV2;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.Response;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.vicimock.mock.pipeline.DialerLimits;
import dev.vicimock.mock.pipeline.Dialers;
import dev.vicimock.mock.pipeline.Simulator;
import dev.vicimock.mock.wiremock.ApiTransformer;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Breaks the network between the suite and a simulator playing a real server, for a window of API calls, where it
 * hurts a clean-up most: every third add_phone creates its phone and then loses the answer; every third delete
 * either never arrives or loses its answer; every ninth other call is refused by a proxy (503) or loses its answer.
 * Calls outside the window, and the others in it, are answered by the simulator as usual.
 */
final class FaultInjector implements ResponseTransformerV2 {
    static final String NAME = "conformance-fault-injector";

    /** How a call fails: before the dialer sees it, or after the dialer acted on it. */
    enum Failure {
        RESET_BEFORE,
        PROXY_503,
        RESET_AFTER,
        EMPTY_AFTER
    }

    private enum Kind {
        ADD,
        DELETE,
        OTHER
    }

    private final int from;
    private final int to;
    private final AtomicInteger calls = new AtomicInteger();
    private final Map<Kind, AtomicInteger> seen = new EnumMap<>(Kind.class);
    private final Map<Failure, AtomicInteger> injected = new EnumMap<>(Failure.class);
    private final AtomicInteger lostAdds = new AtomicInteger();
    private final AtomicInteger brokenDeletes = new AtomicInteger();
    private volatile ApiTransformer dialer;

    /** Breaks calls numbered {@code from} (the first call is 1) up to, not including, {@code to}. */
    FaultInjector(int from, int to) {
        this.from = from;
        this.to = to;
        for (Kind k : Kind.values()) {
            seen.put(k, new AtomicInteger());
        }
        for (Failure f : Failure.values()) {
            injected.put(f, new AtomicInteger());
        }
    }

    /** The simulator that answers when nothing breaks. */
    void answerWith(Simulator simulator) {
        this.dialer = new ApiTransformer(new Dialers(simulator, DialerLimits.DEFAULT), new ConsoleNotifier(false));
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public Response transform(Response stubbed, ServeEvent event) {
        int n = calls.incrementAndGet();
        if (n < from || n >= to) {
            return dialer.transform(stubbed, event);
        }
        Kind kind = kindOf(event.getRequest());
        int k = seen.get(kind).incrementAndGet();
        Failure failure = switch (kind) {
            case ADD -> k % 3 == 0 ? Failure.RESET_AFTER : null;
            case DELETE -> k % 3 == 0 ? (k % 2 == 0 ? Failure.RESET_BEFORE : Failure.EMPTY_AFTER) : null;
            case OTHER -> k % 9 == 0 ? (k % 2 == 0 ? Failure.PROXY_503 : Failure.RESET_AFTER) : null;
        };
        if (failure == null) {
            return dialer.transform(stubbed, event);
        }
        injected.get(failure).incrementAndGet();
        if (kind == Kind.DELETE) {
            brokenDeletes.incrementAndGet();
        }
        return switch (failure) {
            case RESET_BEFORE ->
                Response.Builder.like(stubbed)
                        .fault(Fault.CONNECTION_RESET_BY_PEER)
                        .build();
            case PROXY_503 ->
                Response.response().status(503).body("Service Unavailable").build();
            case RESET_AFTER -> lose(kind, dialer.transform(stubbed, event), Fault.CONNECTION_RESET_BY_PEER);
            case EMPTY_AFTER -> lose(kind, dialer.transform(stubbed, event), Fault.EMPTY_RESPONSE);
        };
    }

    private Response lose(Kind kind, Response answered, Fault fault) {
        if (kind == Kind.ADD && new String(answered.getBody(), StandardCharsets.ISO_8859_1).startsWith("SUCCESS")) {
            lostAdds.incrementAndGet();
        }
        return Response.Builder.like(answered).fault(fault).build();
    }

    private static Kind kindOf(Request request) {
        String url = request.getUrl() + "&"
                + new String(request.getBody() == null ? new byte[0] : request.getBody(), StandardCharsets.ISO_8859_1);
        if (url.contains("function=add_phone")) {
            return Kind.ADD;
        }
        return url.contains("delete_phone=Y") ? Kind.DELETE : Kind.OTHER;
    }

    int calls() {
        return calls.get();
    }

    Map<Failure, Integer> injected() {
        Map<Failure, Integer> out = new EnumMap<>(Failure.class);
        injected.forEach((f, n) -> out.put(f, n.get()));
        return out;
    }

    /** Phones the dialer created whose SUCCESS answer never reached the suite. */
    int lostAdds() {
        return lostAdds.get();
    }

    /** Deletes that never arrived or whose answer was lost. */
    int brokenDeletes() {
        return brokenDeletes.get();
    }
}
