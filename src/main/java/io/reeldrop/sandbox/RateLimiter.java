package io.reeldrop.sandbox;

/**
 * A fixed one-minute window per sandbox (there is one key). Every authenticated answer counts;
 * the {@code X-Ratelimit-*} headers describe the window the answer fell in, and
 * {@code X-Ratelimit-Reset} is the window's end in epoch seconds, as the service sends it.
 *
 * <p>A window opens with the first request after the previous one ended, not on the wall
 * clock's minute: then a burst of requests shares one window unless it really lasts a minute,
 * and a client (or test) counting {@code X-Ratelimit-Used} never sees it reset mid-burst.
 */
final class RateLimiter {

    /** The header values for one answer. */
    record Window(int limit, int used, long resetEpochSeconds) {
        int remaining() {
            return Math.max(0, limit - used);
        }

        boolean exceeded() {
            return used > limit;
        }
    }

    private static final long WINDOW_MILLIS = 60_000;

    private final int limit;
    private long windowStart;
    private int used;

    RateLimiter(int limit) {
        this.limit = limit;
    }

    /** Counts one request and answers the window it falls in. */
    synchronized Window take() {
        roll();
        used++;
        return new Window(limit, used, resetEpochSeconds());
    }

    /** The window as it is, for answers that do not count (refused keys, injected faults). */
    synchronized Window peek() {
        roll();
        return new Window(limit, used, resetEpochSeconds());
    }

    /** Rounded up: a client that waits until the reset second must find the window over. */
    private long resetEpochSeconds() {
        return (windowStart + WINDOW_MILLIS + 999) / 1000;
    }

    private void roll() {
        long now = System.currentTimeMillis();
        if (now - windowStart >= WINDOW_MILLIS) {
            windowStart = now;
            used = 0;
        }
    }
}
