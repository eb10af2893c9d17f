package io.reeldrop.tracking;

import java.time.Duration;

/**
 * The engine's tunables. {@link #defaults()} are what the window and the command line use.
 *
 * @param concurrency POSTs in flight at once
 * @param detectionTarget the p95 delay allowed between a status change on the server and the
 *     engine seeing it; the poll interval while changes are expected is 80 % of it
 * @param maxQuietInterval the longest pause between polls of an index whose tasks are all far
 *     from their expected end
 * @param coalesceInterval at most one listener batch per this interval
 * @param reconcileSettle how long after an unanswered POST an empty listing counts as proof
 *     that no task was created
 * @param clockSkew margin for the difference between this machine's clock and the server's
 * @param giveUpAfter how long a send may keep failing in ways that prove it never arrived
 *     (unknown host, refused, rate limited) before it is marked not sent with the reason, so
 *     nothing waits forever on a server that is not there
 */
public record TrackerSettings(
        int concurrency,
        Duration detectionTarget,
        Duration maxQuietInterval,
        Duration coalesceInterval,
        Duration reconcileSettle,
        Duration clockSkew,
        Duration giveUpAfter) {

    public TrackerSettings {
        if (concurrency < 1) {
            throw new IllegalArgumentException("concurrency must be at least 1, was " + concurrency);
        }
        if (detectionTarget.isNegative() || detectionTarget.isZero()) {
            throw new IllegalArgumentException("detectionTarget must be positive");
        }
    }

    public static TrackerSettings defaults() {
        return new TrackerSettings(4, Duration.ofSeconds(5), Duration.ofSeconds(20), Duration.ofMillis(100),
                Duration.ofSeconds(10), Duration.ofMinutes(2), Duration.ofMinutes(1));
    }

    public TrackerSettings withConcurrency(int n) {
        return new TrackerSettings(n, detectionTarget, maxQuietInterval, coalesceInterval, reconcileSettle,
                clockSkew, giveUpAfter);
    }

    public TrackerSettings withDetectionTarget(Duration d) {
        return new TrackerSettings(concurrency, d, maxQuietInterval, coalesceInterval, reconcileSettle, clockSkew,
                giveUpAfter);
    }

    public TrackerSettings withMaxQuietInterval(Duration d) {
        return new TrackerSettings(concurrency, detectionTarget, d, coalesceInterval, reconcileSettle, clockSkew,
                giveUpAfter);
    }

    public TrackerSettings withCoalesceInterval(Duration d) {
        return new TrackerSettings(concurrency, detectionTarget, maxQuietInterval, d, reconcileSettle, clockSkew,
                giveUpAfter);
    }

    public TrackerSettings withReconcileSettle(Duration d) {
        return new TrackerSettings(concurrency, detectionTarget, maxQuietInterval, coalesceInterval, d, clockSkew,
                giveUpAfter);
    }

    public TrackerSettings withGiveUpAfter(Duration d) {
        return new TrackerSettings(concurrency, detectionTarget, maxQuietInterval, coalesceInterval, reconcileSettle,
                clockSkew, d);
    }

    public TrackerSettings withClockSkew(Duration d) {
        return new TrackerSettings(concurrency, detectionTarget, maxQuietInterval, coalesceInterval, reconcileSettle,
                d, giveUpAfter);
    }
}
