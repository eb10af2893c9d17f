package io.reeldrop.tracking;

import io.reeldrop.api.RateLimit;

/**
 * The engine's view of the connection, for a status bar.
 *
 * @param connectionTrouble a sentence while calls fail transiently, else null
 * @param rateLimit the last known rate-limit headers, or null
 * @param inFlight tasks not yet settled
 */
public record TrackerHealth(String connectionTrouble, RateLimit rateLimit, int inFlight) {
}
