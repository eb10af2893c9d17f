package io.reeldrop.ui.table;

import static io.reeldrop.ui.UiAwait.fx;
import static io.reeldrop.ui.UiAwait.until;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/** The table's clock moves on by itself, on the FX thread, and stops when cancelled. */
@ExtendWith(ApplicationExtension.class)
class ClockTickTest {

    @Test
    void ticksOnTheFxThreadUntilCancelled() {
        List<String> threads = new ArrayList<>();
        ObjectProperty<Instant> now = new SimpleObjectProperty<>(Instant.EPOCH);
        ClockTick tick = fx(() -> {
            // full name on purpose: java.time.Duration is the one imported here
            ClockTick t = new ClockTick(now, javafx.util.Duration.millis(20));
            now.addListener((o, a, b) -> threads.add(Thread.currentThread().getName()));
            t.restart();
            return t;
        });

        until(() -> threads.size() >= 3, Duration.ofSeconds(10), "three ticks of a 20 ms clock");
        assertEquals(List.of("JavaFX Application Thread"), fx(() -> threads.stream().distinct().toList()));
        Instant seen = fx(now::get);
        assertFalse(seen.isBefore(Instant.now().minusSeconds(10)), "the clock reads the time, got " + seen);

        fx(() -> {
            tick.cancel();
            return null;
        });
        until(() -> !tick.isRunning(), Duration.ofSeconds(5), "the clock to stop");
    }
}
