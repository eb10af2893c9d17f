package io.reeldrop.tracking.eta;

import java.time.Instant;

/**
 * When a task is expected to be done.
 *
 * @param confidence 0 to 1; 1 for the API's own estimate
 */
public record Eta(Instant at, Source source, double confidence) {

    public enum Source {
        /** v1.2's {@code estimated_time}. */
        API,
        /** Learned from this user's completed tasks, or the documented default before any. */
        ESTIMATE
    }
}
