package io.reeldrop.sandbox;

import java.time.Duration;

/**
 * How long a valid task waits in each status, before dividing by the time scale. The defaults
 * follow what the real service shows for short clips: a couple of seconds pending, a few queued,
 * and indexing that takes about 0.3x the video's length but never less than 5 s.
 *
 * @param pendingSeconds time in {@code pending}
 * @param queuedSeconds time in {@code queued}
 * @param indexingFactor indexing time per second of video
 * @param minIndexingSeconds floor of the indexing time
 * @param assetProcessingSeconds time an asset stays {@code processing} once its bytes are here and probed
 */
public record Schedule(double pendingSeconds, double queuedSeconds, double indexingFactor, double minIndexingSeconds,
                       double assetProcessingSeconds) {

    public static final Schedule DEFAULT = new Schedule(2, 3, 0.3, 5, 2);

    public Schedule {
        if (pendingSeconds < 0 || queuedSeconds < 0 || indexingFactor < 0 || minIndexingSeconds < 0 || assetProcessingSeconds < 0) {
            throw new IllegalArgumentException("schedule durations must not be negative");
        }
    }

    Duration pending(double timeScale) {
        return scaled(pendingSeconds, timeScale);
    }

    Duration queued(double timeScale) {
        return scaled(queuedSeconds, timeScale);
    }

    Duration indexing(double videoSeconds, double timeScale) {
        return scaled(Math.max(minIndexingSeconds, indexingFactor * videoSeconds), timeScale);
    }

    Duration assetProcessing(double timeScale) {
        return scaled(assetProcessingSeconds, timeScale);
    }

    /** Any service duration (a URL's hour, a session's day) on the sandbox's time scale. */
    static Duration scaled(Duration real, double timeScale) {
        return scaled(real.toMillis() / 1000.0, timeScale);
    }

    private static Duration scaled(double seconds, double timeScale) {
        return Duration.ofNanos(Math.round(seconds / timeScale * 1e9));
    }
}
