package dev.vicimock.conformance.target;

import java.util.concurrent.TimeUnit;
import org.apache.http.client.params.ClientPNames;
import org.apache.http.impl.client.AbstractHttpClient;
import org.apache.http.impl.client.DefaultHttpClient;
import org.apache.http.impl.client.DefaultHttpRequestRetryHandler;
import org.apache.http.impl.conn.PoolingClientConnectionManager;

/**
 * The suite's few keep-alive connections to the target. Without it rest-assured builds a new HTTP client, with a
 * connection of its own, for every request and never closes it: against Apache (prefork, keep-alive on) each
 * abandoned connection holds a web worker until the keep-alive timeout, so a run filled the workers agents need
 * and then crawled at one request per timeout. Here one client reuses at most {@code max} connections, drops
 * those idle longer than a server is likely to keep them, never sends a request twice, and closes all of them
 * when the run ends.
 */
final class ConnectionPool implements AutoCloseable {

    /** Apache's default KeepAliveTimeout is 5 s: a connection idle longer is probably closed on the other side. */
    static final long IDLE_SECONDS = 4;
    /** How long a request may wait for a free connection before it fails; the suite is sequential, so 0 in practice. */
    static final int LEASE_TIMEOUT_MILLIS = 10_000;

    private final PoolingClientConnectionManager manager;
    private final DefaultHttpClient client;

    @SuppressWarnings("deprecation") // rest-assured 5 drives Apache HttpClient 4 through AbstractHttpClient only
    ConnectionPool(int max) {
        if (max < 1) {
            throw new IllegalArgumentException(TargetConfig.MAX_CONNECTIONS + " must be at least 1, not " + max);
        }
        manager = new PoolingClientConnectionManager();
        manager.setMaxTotal(max);
        manager.setDefaultMaxPerRoute(max);
        client = new DefaultHttpClient(manager);
        client.getParams().setLongParameter(ClientPNames.CONN_MANAGER_TIMEOUT, LEASE_TIMEOUT_MILLIS);
        // the API's GETs change data: a request sent again after a lost answer could add or change twice on a
        // real dialer, so a failure is reported instead (idle connections are dropped before the server's timeout)
        client.setHttpRequestRetryHandler(new DefaultHttpRequestRetryHandler(0, false));
    }

    /** The one client every request goes through. */
    AbstractHttpClient client() {
        return client;
    }

    /** Closes connections the server has probably closed already, before they are leased again. */
    void evictIdle() {
        manager.closeExpiredConnections();
        manager.closeIdleConnections(IDLE_SECONDS, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        manager.shutdown();
    }
}
