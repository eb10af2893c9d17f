package io.reeldrop.ui.table;

import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.beans.property.ObjectProperty;
import javafx.concurrent.ScheduledService;
import javafx.concurrent.Task;
import javafx.util.Duration;

/**
 * Moves the table's clock on every five seconds, so countdowns ("in 15 s") and "updated" times
 * stay current between engine updates. A {@link ScheduledService}, not an animation: a running
 * {@code Timeline} keeps JavaFX pulsing 60 times a second for as long as it runs, which here was
 * the whole session, waking an idle window's FX and render threads for nothing.
 */
final class ClockTick extends ScheduledService<Instant> {

    static final Duration PERIOD = Duration.seconds(5);
    /** One daemon thread for every clock; the work is a call to {@code Instant.now()}. */
    private static final ExecutorService THREAD = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "reeldrop-clock");
        t.setDaemon(true);
        return t;
    });

    ClockTick(ObjectProperty<Instant> now, Duration period) {
        setPeriod(period);
        setDelay(period);
        setExecutor(THREAD);
        setOnSucceeded(e -> now.set(getValue()));
    }

    @Override
    protected Task<Instant> createTask() {
        return new Task<>() {
            @Override
            protected Instant call() {
                return Instant.now();
            }
        };
    }
}
