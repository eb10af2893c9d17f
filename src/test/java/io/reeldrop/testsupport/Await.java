package io.reeldrop.testsupport;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Waits for a condition by polling, never by a guessed sleep: returns as soon as it holds and
 * fails with what was expected (and the last value seen) when the timeout passes.
 */
public final class Await {

    private static final long POLL_MILLIS = 10;

    private Await() {
    }

    /** Polls {@code probe} until {@code condition} accepts its value; returns that value. */
    public static <T> T until(Supplier<T> probe, Predicate<T> condition, Duration timeout, String what) {
        long deadline = System.nanoTime() + timeout.toNanos();
        T last = probe.get();
        while (!condition.test(last)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out after " + timeout.toMillis() + " ms waiting for " + what
                        + "; last value: " + last);
            }
            pause(what);
            last = probe.get();
        }
        return last;
    }

    /** Polls until {@code condition} holds; the message is built only on failure. */
    public static void until(BooleanSupplier condition, Duration timeout, Supplier<String> whatWasExpected) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out after " + timeout + ": " + whatWasExpected.get());
            }
            pause("a condition");
        }
    }

    private static void pause(String what) {
        try {
            Thread.sleep(POLL_MILLIS); // the poll interval of the wait itself, not synchronisation
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for " + what, e);
        }
    }
}
