package dev.vicimock.mock.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vicimock.mock.testing.States;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/**
 * How calls share the state: readers take no lock and never wait for each other, a read that raced a commit
 * runs again, and a call that read before another call's commit writes only after running again.
 */
class DialerStateTransactionTest {
    private static final String EXTENSION = "cc100";
    private static final String SERVER = "10.0.9.8";

    private final DialerState state = new DialerState(States.seed(t -> {}));

    private static long counter(Database db) {
        return db.phones().find(EXTENSION, SERVER).number("phone_ring_timeout");
    }

    private static void increment(Database db) {
        Row phone = db.phones().find(EXTENSION, SERVER);
        db.phones().put(phone.with("phone_ring_timeout", phone.number("phone_ring_timeout") + 1));
    }

    @Test
    void aReaderDoesNotWaitForAnotherCallThatIsStillReading() throws Exception {
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Long> slow = CompletableFuture.supplyAsync(() -> state.transaction(db -> {
            long seen = counter(db);
            inside.countDown();
            await(release);
            return seen;
        }));
        assertTrue(inside.await(10, TimeUnit.SECONDS));
        // with one lock for every call this read would wait for the slow call, which waits for this read
        long quick = CompletableFuture.supplyAsync(() -> state.transaction(DialerStateTransactionTest::counter))
                .get(10, TimeUnit.SECONDS);
        release.countDown();
        assertEquals(quick, slow.get(10, TimeUnit.SECONDS));
    }

    @Test
    void aReadThatRacedACommitRunsAgainAndAnswersFromTheNewState() throws Exception {
        long before = state.transaction(DialerStateTransactionTest::counter);
        Raced<Long> read = raceWithAnIncrement((db, pause) -> {
            long seen = counter(db);
            pause.run();
            return seen;
        });
        assertEquals(before + 1, read.result());
        assertEquals(2, read.runs());
    }

    @Test
    void aCallThatReadBeforeAnotherCommitWritesOnlyAfterReadingAgain() throws Exception {
        long before = state.transaction(DialerStateTransactionTest::counter);
        Raced<Object> write = raceWithAnIncrement((db, pause) -> {
            Row phone = db.phones().find(EXTENSION, SERVER);
            pause.run();
            // a write based on a stale read would lose the other call's increment
            db.phones().put(phone.with("phone_ring_timeout", phone.number("phone_ring_timeout") + 1));
            return null;
        });
        assertEquals(before + 2, state.transaction(DialerStateTransactionTest::counter));
        assertEquals(2, write.runs());
    }

    private record Raced<T>(T result, int runs) {}

    /**
     * Runs {@code call} as a transaction on another thread; where its first run calls {@code pause}, it waits until
     * this thread has committed an increment of the counter.
     */
    private <T> Raced<T> raceWithAnIncrement(BiFunction<Database, Runnable, T> call) throws Exception {
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch committed = new CountDownLatch(1);
        CompletableFuture<T> racing = CompletableFuture.supplyAsync(() -> state.transaction(db -> {
            boolean first = runs.incrementAndGet() == 1;
            return call.apply(db, () -> {
                if (first) {
                    inside.countDown();
                    await(committed);
                }
            });
        }));
        assertTrue(inside.await(10, TimeUnit.SECONDS));
        state.transaction(db -> {
            increment(db);
            return null;
        });
        committed.countDown();
        return new Raced<>(racing.get(10, TimeUnit.SECONDS), runs.get());
    }

    @Test
    void listenersHearOfCallsThatChangedSomethingOnly() {
        AtomicInteger heard = new AtomicInteger();
        state.onChange(s -> heard.incrementAndGet());
        state.transaction(DialerStateTransactionTest::counter);
        assertEquals(0, heard.get());
        state.transaction(db -> {
            increment(db);
            return null;
        });
        assertEquals(1, heard.get());
    }

    @Test
    void whatACallWroteBeforeItFailedStaysWrittenAndTheLockIsFree() {
        long before = state.transaction(DialerStateTransactionTest::counter);
        AtomicInteger heard = new AtomicInteger();
        state.onChange(s -> heard.incrementAndGet());
        assertThrows(
                IllegalStateException.class,
                () -> state.transaction(db -> {
                    increment(db);
                    throw new IllegalStateException("dies half way");
                }));
        assertEquals(1, heard.get());
        assertEquals(before + 1, state.transaction(DialerStateTransactionTest::counter));
        state.transaction(db -> {
            increment(db);
            return null;
        });
        assertEquals(
                before + 2,
                state.snapshot().rows(Tables.PHONES).stream()
                        .filter(r -> EXTENSION.equals(r.text("extension")))
                        .findFirst()
                        .orElseThrow()
                        .number("phone_ring_timeout"));
    }

    @Test
    void replacingTheStateKeepsRowOrderAndIndexes() {
        Snapshot seed = state.snapshot();
        state.transaction(db -> {
            Row first = db.phones().rows().get(0);
            db.phones().remove(first);
            db.phones().put(first.with("login", "moved"));
            return null;
        });
        assertEquals(1, (int)
                state.transaction(db -> db.phones().rowsWith("login", "MOVED ").size()));
        state.replace(seed);
        assertEquals(seed.rows(Tables.PHONES), state.snapshot().rows(Tables.PHONES));
        assertEquals(0, (int)
                state.transaction(db -> db.phones().rowsWith("login", "moved").size()));
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("timed out");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
