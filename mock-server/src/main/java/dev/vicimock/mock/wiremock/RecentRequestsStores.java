package dev.vicimock.mock.wiremock;

import com.github.tomakehurst.wiremock.common.FileSource;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.store.DefaultStores;
import com.github.tomakehurst.wiremock.store.RequestJournalStore;

/**
 * WireMock's default stores with the request journal replaced by a {@link RecentRequestsJournalStore}, so the
 * journal (verification, {@code /__admin/requests}) keeps working with bounded memory and constant cost.
 */
public final class RecentRequestsStores extends DefaultStores {
    private final RequestJournalStore journal;

    public RecentRequestsStores(FileSource filesRoot, int journalLimit) {
        super(filesRoot);
        this.journal = new RecentRequestsJournalStore(journalLimit);
    }

    @Override
    public RequestJournalStore getRequestJournalStore() {
        return journal;
    }

    /**
     * Sets the journal of a configuration: {@code 0} disables it, a positive limit keeps that many recent
     * requests. Call it after the files root is set; the stores read it once.
     */
    public static void limitJournal(WireMockConfiguration config, int limit) {
        if (limit == 0) {
            config.disableRequestJournal();
        } else {
            config.withStores(new RecentRequestsStores(config.filesRoot(), limit));
        }
    }
}
