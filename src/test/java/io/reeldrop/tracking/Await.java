package io.reeldrop.tracking;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Waits for a condition with a timeout, so tests never sleep for a guessed time. */
public final class Await {

    private Await() {
    }

    public static void until(BooleanSupplier condition, Duration timeout, Supplier<String> whatWasExpected) {
        long end = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("Timed out after " + timeout + ": " + whatWasExpected.get());
            }
            try {
                Thread.sleep(20); // polling interval of the wait itself, not synchronisation
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
    }
}
