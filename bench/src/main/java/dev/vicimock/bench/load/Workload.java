package dev.vicimock.bench.load;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;

/**
 * A kind of request traffic, e.g. "update_phone success": for each connection (0-based), the cycle of requests it
 * sends over and over, each with the answer it must get. Per-connection cycles (an add followed by its delete) need
 * no coordination between threads.
 *
 * @param name  short stable name used in tables, CSV and the chart, e.g. {@code update-success}
 * @param cycle a connection's steps, in the order it sends them
 */
public record Workload(String name, IntFunction<List<Step>> cycle) {
    /** One request target and the answer expected: HTTP 200 with exactly {@code body}, or one beginning with it. */
    public record Step(String target, byte[] body, boolean prefixOnly) {
        public static Step answered(String target, String body) {
            return new Step(target, body.getBytes(StandardCharsets.UTF_8), false);
        }

        public static Step answeredStartingWith(String target, String prefix) {
            return new Step(target, prefix.getBytes(StandardCharsets.UTF_8), true);
        }

        /** Whether an answer with this status and the first {@code length} bytes of {@code answer} is the one due. */
        public boolean accepts(int status, byte[] answer, int length) {
            int n = prefixOnly ? body.length : length;
            return status == 200 && length >= body.length && Arrays.equals(answer, 0, n, body, 0, body.length);
        }
    }

    /** The same requests, each expecting {@code body}: what a static stub answers to every one of them. */
    public Workload answeredWith(String body) {
        return new Workload(
                name,
                c -> cycle.apply(c).stream()
                        .map(s -> Step.answered(s.target(), body))
                        .toList());
    }
}
