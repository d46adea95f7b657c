package dev.vicimock.bench.load;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class LatencySamplesTest {

    @Test
    void nearestRankPercentiles() {
        long[] sorted = new long[100];
        for (int i = 0; i < 100; i++) {
            sorted[i] = i + 1;
        }
        assertEquals(50, LatencySamples.percentile(sorted, 50));
        assertEquals(99, LatencySamples.percentile(sorted, 99));
        assertEquals(100, LatencySamples.percentile(sorted, 100));
        assertEquals(7, LatencySamples.percentile(new long[] {7}, 99));
        assertEquals(0, LatencySamples.percentile(new long[0], 50));
    }

    @Test
    void unionOfThreadsIsSortedAndComplete() {
        LatencySamples a = new LatencySamples();
        LatencySamples b = new LatencySamples();
        a.add(5);
        a.add(1);
        b.add(3);
        assertArrayEquals(new long[] {1, 3, 5}, LatencySamples.sortedUnion(List.of(a, b)));
    }

    @Test
    void growsBeyondItsInitialCapacity() {
        LatencySamples a = new LatencySamples();
        for (int i = 0; i < 100_000; i++) {
            a.add(i);
        }
        assertEquals(100_000, a.size());
    }
}
