package dev.vicimock.mock.wiremock;

/**
 * The sizes past which the simulator refuses a request instead of answering it, as Apache and PHP in front of
 * the real {@code non_agent_api.php} would. A limit of 0 or less means no limit.
 *
 * @param maxRequestLineBytes longest request line ({@code GET /vicidial/non_agent_api.php?... HTTP/1.1}) on the
 *                            API path; longer ones get 414 URI Too Long, like Apache's {@code LimitRequestLine}
 * @param maxBodyBytes        largest request body on any stub path; larger ones get 413 Payload Too Large
 */
public record RequestLimits(int maxRequestLineBytes, long maxBodyBytes) {
    /** Apache's default {@code LimitRequestLine}. */
    public static final int APACHE_REQUEST_LINE = 8190;
    /** PHP's default {@code post_max_size}, 8 MiB. */
    public static final long PHP_POST_MAX_SIZE = 8L * 1024 * 1024;

    public static final RequestLimits DEFAULT = new RequestLimits(APACHE_REQUEST_LINE, PHP_POST_MAX_SIZE);

    boolean requestLineTooLong(long bytes) {
        return maxRequestLineBytes > 0 && bytes > maxRequestLineBytes;
    }

    boolean bodyTooLarge(long bytes) {
        return maxBodyBytes > 0 && bytes > maxBodyBytes;
    }
}
