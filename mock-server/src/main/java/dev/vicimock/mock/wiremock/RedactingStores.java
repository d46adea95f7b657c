package dev.vicimock.mock.wiremock;

import com.github.tomakehurst.wiremock.store.BlobStore;
import com.github.tomakehurst.wiremock.store.ObjectStore;
import com.github.tomakehurst.wiremock.store.RecorderStateStore;
import com.github.tomakehurst.wiremock.store.RequestJournalStore;
import com.github.tomakehurst.wiremock.store.ScenariosStore;
import com.github.tomakehurst.wiremock.store.SettingsStore;
import com.github.tomakehurst.wiremock.store.Stores;
import com.github.tomakehurst.wiremock.store.StubMappingStore;

/** WireMock's stores as configured, except that the request journal masks secrets ({@link RedactedJournal}). */
public final class RedactingStores implements Stores {
    private final Stores stores;
    private final RequestJournalStore journal;

    public RedactingStores(Stores stores) {
        this.stores = stores;
        this.journal = new RedactedJournal(stores.getRequestJournalStore());
    }

    @Override
    public RequestJournalStore getRequestJournalStore() {
        return journal;
    }

    @Override
    public StubMappingStore getStubStore() {
        return stores.getStubStore();
    }

    @Override
    public SettingsStore getSettingsStore() {
        return stores.getSettingsStore();
    }

    @Override
    public ScenariosStore getScenariosStore() {
        return stores.getScenariosStore();
    }

    @Override
    public RecorderStateStore getRecorderStateStore() {
        return stores.getRecorderStateStore();
    }

    @Override
    public BlobStore getMappingsBlobStore() {
        return stores.getMappingsBlobStore();
    }

    @Override
    public BlobStore getFilesBlobStore() {
        return stores.getFilesBlobStore();
    }

    @Override
    public BlobStore getBlobStore(String name) {
        return stores.getBlobStore(name);
    }

    @Override
    public ObjectStore getObjectStore(String name, PersistenceType persistenceTypeHint, int maxItems) {
        return stores.getObjectStore(name, persistenceTypeHint, maxItems);
    }

    @Override
    public void start() {
        stores.start();
    }

    @Override
    public void stop() {
        stores.stop();
    }
}
