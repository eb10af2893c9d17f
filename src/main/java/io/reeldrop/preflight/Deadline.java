package io.reeldrop.preflight;

import java.io.InterruptedIOException;
import java.time.Duration;
import org.apache.hc.core5.util.Timeout;

/** The end of one link's check: no request or read starts after it. */
final class Deadline {

    /** The check ran out of its total time. */
    static final class Passed extends InterruptedIOException {
        private static final long serialVersionUID = 1L;

        Passed() {
            super("the pre-flight's time ran out");
        }
    }

    private final long endNanos;

    private Deadline(long endNanos) {
        this.endNanos = endNanos;
    }

    static Deadline after(Duration total) {
        return new Deadline(System.nanoTime() + total.toNanos());
    }

    /** The shorter of {@code wait} and the time left; throws when none is left. */
    Timeout cap(Duration wait) throws Passed {
        long left = endNanos - System.nanoTime();
        if (left <= 0) {
            throw new Passed();
        }
        return Timeout.ofMilliseconds(Math.max(1, Math.min(wait.toMillis(), left / 1_000_000)));
    }

    void check() throws Passed {
        if (System.nanoTime() - endNanos >= 0) {
            throw new Passed();
        }
    }
}
