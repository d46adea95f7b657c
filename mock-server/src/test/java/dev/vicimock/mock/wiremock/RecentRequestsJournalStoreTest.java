package dev.vicimock.mock.wiremock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.http.ImmutableRequest;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RecentRequestsJournalStoreTest {

    private static ServeEvent event(String url) {
        return ServeEvent.of(ImmutableRequest.create()
                .withMethod(RequestMethod.GET)
                .withAbsoluteUrl("http://127.0.0.1:8080" + url)
                .build());
    }

    private static List<String> urls(RecentRequestsJournalStore store) {
        return store.getAll().map(e -> e.getRequest().getUrl()).toList();
    }

    @Test
    void keepsOnlyTheNewestRequestsNewestFirst() {
        RecentRequestsJournalStore store = new RecentRequestsJournalStore(3);
        for (int i = 1; i <= 5; i++) {
            store.add(event("/" + i));
        }
        assertEquals(List.of("/5", "/4", "/3"), urls(store));
        assertEquals(3, store.getAllKeys().count());
    }

    @Test
    void removeClearAndUpdateKeepTheCountRight() {
        RecentRequestsJournalStore store = new RecentRequestsJournalStore(2);
        ServeEvent a = event("/a");
        store.add(a);
        store.add(event("/b"));
        store.remove(a.getId());
        store.add(event("/c"));
        assertEquals(List.of("/c", "/b"), urls(store));

        store.put(UUID.randomUUID(), event("/never-added"));
        assertEquals(List.of("/c", "/b"), urls(store));

        store.clear();
        assertTrue(store.getAll().findAny().isEmpty());
        store.add(event("/d"));
        store.add(event("/e"));
        assertEquals(List.of("/e", "/d"), urls(store));
    }

    @Test
    void refusesALimitBelowOne() {
        assertThrows(IllegalArgumentException.class, () -> new RecentRequestsJournalStore(0));
    }
}
