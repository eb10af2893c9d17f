package io.reeldrop.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javafx.util.Duration;
import org.junit.jupiter.api.Test;

/** Index reloads after finished tasks, on a hand-moved clock and a hand-fired timer. */
class IndexRefreshThrottleTest {

    private static final long SECOND = 1_000_000_000L;

    private final AtomicLong now = new AtomicLong(1_000 * SECOND);
    private final AtomicInteger refreshes = new AtomicInteger();
    private final AtomicBoolean showing = new AtomicBoolean(true);
    /** Timers started and not yet fired or cancelled: their delays and actions. */
    private final List<Duration> delays = new ArrayList<>();
    private final List<Runnable> owed = new ArrayList<>();
    private final AtomicInteger cancelled = new AtomicInteger();
    private final IndexRefreshThrottle throttle = new IndexRefreshThrottle(refreshes::incrementAndGet,
            Duration.seconds(10), now::get, (delay, then) -> {
                delays.add(delay);
                owed.add(then);
                return () -> {
                    owed.remove(then);
                    cancelled.incrementAndGet();
                };
            }, showing::get);

    private void fireTimer() {
        owed.remove(0).run();
    }

    @Test
    void aFinishAfterTheGapReloadsAtOnce() {
        now.addAndGet(11 * SECOND);

        throttle.request();

        assertEquals(1, refreshes.get());
        assertEquals(List.of(), owed);
    }

    @Test
    void finishesInsideTheGapOweExactlyOneReloadWhenItEnds() {
        now.addAndGet(11 * SECOND);
        throttle.request();
        now.addAndGet(3 * SECOND);

        throttle.request();
        throttle.request();
        now.addAndGet(2 * SECOND);
        throttle.request();

        assertEquals(1, refreshes.get(), "nothing more inside the gap");
        assertEquals(List.of(Duration.seconds(7)), delays, "one timer, for the rest of the gap");
        now.addAndGet(5 * SECOND);
        fireTimer();
        assertEquals(2, refreshes.get());

        now.addAndGet(1 * SECOND);
        throttle.request();
        assertEquals(2, refreshes.get(), "the owed reload started a new gap");
        assertEquals(1, owed.size());
    }

    @Test
    void theFirstGapStartsWithTheWindowWhichLoadsTheIndexesItself() {
        throttle.request();

        assertEquals(0, refreshes.get());
        assertEquals(List.of(Duration.seconds(10)), delays);
    }

    @Test
    void aClosedWindowReloadsNothingAndClosingCancelsTheOwedReload() {
        throttle.request();
        showing.set(false);
        fireTimer();
        assertEquals(0, refreshes.get());

        throttle.request();
        throttle.stop();
        assertEquals(1, cancelled.get());
        assertEquals(List.of(), owed);
    }
}
