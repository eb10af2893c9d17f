package io.reeldrop.sandbox;

import java.time.Duration;

/**
 * Which faults the sandbox injects, all decided by one seeded random sequence so a test that
 * sends the same requests in the same order sees the same faults.
 *
 * @param seed seed of the decision sequence
 * @param serverErrorFraction share of answers replaced by a 500, 502 or 503 (chosen evenly)
 * @param latency added before every answer
 * @param dropFraction share of answers cut off mid-body (headers promise more than is sent, then
 *                     the connection closes)
 * @param tooManyRequestsBurstFraction chance that an answer starts a burst of empty-bodied 429s
 * @param tooManyRequestsBurstLength how many answers in a row such a burst replaces
 * @param taskFailureFraction share of new tasks (and indexed assets) that fail at a randomly chosen stage
 * @param expiredUrlFraction share of chunk PUTs refused as if their presigned URL had expired
 *                           (that URL then stays expired, as a really expired one would)
 * @param slowBodyBytesPerSecond when above 0, chunk PUT bodies are read no faster than this,
 *                               as a congested object store reads them
 */
public record FaultPlan(
        long seed,
        double serverErrorFraction,
        Duration latency,
        double dropFraction,
        double tooManyRequestsBurstFraction,
        int tooManyRequestsBurstLength,
        double taskFailureFraction,
        double expiredUrlFraction,
        long slowBodyBytesPerSecond) {

    public FaultPlan {
        requireFraction("serverErrorFraction", serverErrorFraction);
        requireFraction("dropFraction", dropFraction);
        requireFraction("tooManyRequestsBurstFraction", tooManyRequestsBurstFraction);
        requireFraction("taskFailureFraction", taskFailureFraction);
        requireFraction("expiredUrlFraction", expiredUrlFraction);
        if (slowBodyBytesPerSecond < 0) {
            throw new IllegalArgumentException("slowBodyBytesPerSecond must be zero (off) or positive");
        }
        if (latency == null || latency.isNegative()) {
            throw new IllegalArgumentException("latency must be zero or positive");
        }
        if (tooManyRequestsBurstLength < 1) {
            throw new IllegalArgumentException("tooManyRequestsBurstLength must be at least 1");
        }
    }

    /** No faults at all: the default. */
    public static FaultPlan none() {
        return new FaultPlan(1L, 0, Duration.ZERO, 0, 0, 1, 0, 0, 0);
    }

    public boolean isNone() {
        return serverErrorFraction == 0 && latency.isZero() && dropFraction == 0
                && tooManyRequestsBurstFraction == 0 && taskFailureFraction == 0
                && expiredUrlFraction == 0 && slowBodyBytesPerSecond == 0;
    }

    public FaultPlan withSeed(long newSeed) {
        return new FaultPlan(newSeed, serverErrorFraction, latency, dropFraction,
                tooManyRequestsBurstFraction, tooManyRequestsBurstLength, taskFailureFraction, expiredUrlFraction, slowBodyBytesPerSecond);
    }

    public FaultPlan withServerErrors(double fraction) {
        return new FaultPlan(seed, fraction, latency, dropFraction,
                tooManyRequestsBurstFraction, tooManyRequestsBurstLength, taskFailureFraction, expiredUrlFraction, slowBodyBytesPerSecond);
    }

    public FaultPlan withLatency(Duration added) {
        return new FaultPlan(seed, serverErrorFraction, added, dropFraction,
                tooManyRequestsBurstFraction, tooManyRequestsBurstLength, taskFailureFraction, expiredUrlFraction, slowBodyBytesPerSecond);
    }

    public FaultPlan withDroppedConnections(double fraction) {
        return new FaultPlan(seed, serverErrorFraction, latency, fraction,
                tooManyRequestsBurstFraction, tooManyRequestsBurstLength, taskFailureFraction, expiredUrlFraction, slowBodyBytesPerSecond);
    }

    public FaultPlan withTooManyRequestsBursts(double fraction, int burstLength) {
        return new FaultPlan(seed, serverErrorFraction, latency, dropFraction,
                fraction, burstLength, taskFailureFraction, expiredUrlFraction, slowBodyBytesPerSecond);
    }

    public FaultPlan withTaskFailures(double fraction) {
        return new FaultPlan(seed, serverErrorFraction, latency, dropFraction,
                tooManyRequestsBurstFraction, tooManyRequestsBurstLength, fraction, expiredUrlFraction, slowBodyBytesPerSecond);
    }

    public FaultPlan withExpiredUploadUrls(double fraction) {
        return new FaultPlan(seed, serverErrorFraction, latency, dropFraction,
                tooManyRequestsBurstFraction, tooManyRequestsBurstLength, taskFailureFraction, fraction, slowBodyBytesPerSecond);
    }

    public FaultPlan withSlowUploadBodies(long bytesPerSecond) {
        return new FaultPlan(seed, serverErrorFraction, latency, dropFraction,
                tooManyRequestsBurstFraction, tooManyRequestsBurstLength, taskFailureFraction, expiredUrlFraction, bytesPerSecond);
    }

    private static void requireFraction(String name, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " must be between 0 and 1, was " + value);
        }
    }
}
