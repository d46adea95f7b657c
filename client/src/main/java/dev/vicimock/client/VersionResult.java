package dev.vicimock.client;

import java.util.Map;

/**
 * The answer of {@code version}: {@code VERSION: v|BUILD: b|DATE: d|EPOCH: e|DST: 0|TZ: -5.00|TZNOW: -5|}, its
 * keys in the line's order.
 */
public record VersionResult(Reply reply) implements FunctionResult {

    public static VersionResult parse(String body) {
        return new VersionResult(Reply.parse(body));
    }

    /** Every key and value of the line, in order. */
    public Map<String, String> values() {
        return reply.main().fields();
    }

    public String version() {
        return reply.main().get("VERSION");
    }

    public String build() {
        return reply.main().get("BUILD");
    }

    /** The server's local time, {@code Y-m-d H:i:s}. */
    public String date() {
        return reply.main().get("DATE");
    }

    public String epoch() {
        return reply.main().get("EPOCH");
    }

    public String dst() {
        return reply.main().get("DST");
    }

    /** {@code local_gmt} of the first active server. */
    public String tz() {
        return reply.main().get("TZ");
    }

    public String tzNow() {
        return reply.main().get("TZNOW");
    }
}
