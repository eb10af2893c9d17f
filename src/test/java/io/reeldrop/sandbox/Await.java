package io.reeldrop.sandbox;

import java.time.Duration;
import java.util.function.Supplier;

/** Waits for a condition by polling, never by a fixed sleep: returns as soon as it holds. */
public final class Await {

    private Await() {
    }

    public static <T> T until(Supplier<T> probe, java.util.function.Predicate<T> condition, Duration timeout, String what) {
        long deadline = System.nanoTime() + timeout.toNanos();
        T last = probe.get();
        while (!condition.test(last)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out after " + timeout.toMillis() + " ms waiting for " + what + "; last value: " + last);
            }
            Thread.onSpinWait();
            try {
                Thread.sleep(10); // poll interval, not synchronisation: the loop re-checks the condition
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for " + what, e);
            }
            last = probe.get();
        }
        return last;
    }
}
