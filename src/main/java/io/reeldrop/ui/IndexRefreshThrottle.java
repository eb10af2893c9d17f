package io.reeldrop.ui;

import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;
import javafx.animation.PauseTransition;
import javafx.util.Duration;

/**
 * Finished tasks change the indexes' video counts; this reloads them at most once per gap. A
 * request inside the gap is not dropped: one reload is owed and runs when the gap ends, so the
 * count shown always catches up with the last finished task.
 */
final class IndexRefreshThrottle {

    static final Duration GAP = Duration.seconds(10);

    /** Runs {@code then} once after {@code delay}; returns what cancels it. */
    interface Delay {
        Runnable start(Duration delay, Runnable then);
    }

    private final Runnable refresh;
    private final Duration gap;
    private final LongSupplier nanoClock;
    private final Delay delay;
    private final BooleanSupplier stillWanted;
    private long lastRefresh;
    private Runnable cancelOwed;

    /**
     * @param stillWanted checked before an owed reload: a closed window reloads nothing
     */
    IndexRefreshThrottle(Runnable refresh, Duration gap, LongSupplier nanoClock, Delay delay,
            BooleanSupplier stillWanted) {
        this.refresh = refresh;
        this.gap = gap;
        this.nanoClock = nanoClock;
        this.delay = delay;
        this.stillWanted = stillWanted;
        // The window loads the indexes when its backend opens; the first gap starts now.
        this.lastRefresh = nanoClock.getAsLong();
    }

    /** The window's: a 10 s gap on the FX thread's animation timer. */
    static IndexRefreshThrottle forWindow(Runnable refresh, BooleanSupplier stillWanted) {
        return new IndexRefreshThrottle(refresh, GAP, System::nanoTime, IndexRefreshThrottle::pause, stillWanted);
    }

    /** A task finished: reload now, or once when the gap ends. */
    void request() {
        if (cancelOwed != null) {
            return;
        }
        double waitedMillis = (nanoClock.getAsLong() - lastRefresh) / 1_000_000.0;
        if (waitedMillis >= gap.toMillis()) {
            refreshNow();
            return;
        }
        cancelOwed = delay.start(gap.subtract(Duration.millis(waitedMillis)), () -> {
            cancelOwed = null;
            if (stillWanted.getAsBoolean()) {
                refreshNow();
            }
        });
    }

    /** Drops an owed reload; the window is closing. */
    void stop() {
        if (cancelOwed != null) {
            cancelOwed.run();
            cancelOwed = null;
        }
    }

    private void refreshNow() {
        lastRefresh = nanoClock.getAsLong();
        refresh.run();
    }

    private static Runnable pause(Duration delay, Runnable then) {
        PauseTransition pause = new PauseTransition(delay);
        pause.setOnFinished(e -> then.run());
        pause.play();
        return pause::stop;
    }
}
