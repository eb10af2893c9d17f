package io.reeldrop.api;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When to try an idempotent call again: exponential backoff with full jitter (a random wait
 * between zero and the growing cap, so many clients do not retry in step), unless the server
 * said when: {@code Retry-After} (seconds or an HTTP date), or on 429 {@code X-Ratelimit-Reset}.
 *
 * @param baseDelay the cap of the first wait; doubles per attempt
 * @param maxDelay the cap never exceeds this
 */
record RetryPolicy(Duration baseDelay, Duration maxDelay) {

    static final RetryPolicy DEFAULT = new RetryPolicy(Duration.ofMillis(500), Duration.ofSeconds(8));

    /** Whether an answer with this status is worth another try of an idempotent call. */
    static boolean isRetryableStatus(int status) {
        return status == 408 || status == 429 || status >= 500;
    }

    /**
     * The wait before attempt {@code failedAttempts + 1}.
     *
     * @param answer the failed answer, or null after a network failure
     */
    Duration delayAfter(int failedAttempts, HttpAnswer answer, Instant now) {
        if (answer != null) {
            Duration told = serverToldWait(answer, now);
            if (told != null) {
                return told;
            }
        }
        long factor = 1L << Math.min(20, Math.max(0, failedAttempts - 1));
        long max = maxDelay.toMillis();
        // Saturates instead of shifting into the sign bit: a huge base must not become "no wait".
        long cap = baseDelay.toMillis() > max / factor ? max : Math.min(max, baseDelay.toMillis() * factor);
        return Duration.ofMillis(cap <= 0 ? 0 : ThreadLocalRandom.current().nextLong(cap + 1));
    }

    /** The wait the server asked for, or null when it did not say. */
    static Duration serverToldWait(HttpAnswer answer, Instant now) {
        String retryAfter = answer.header("Retry-After");
        if (retryAfter != null) {
            Duration d = parseRetryAfter(retryAfter.strip(), now);
            if (d != null) {
                return d;
            }
        }
        if (answer.status() == 429 && answer.rateLimit() != null && answer.rateLimit().reset() != null) {
            Duration untilReset = Duration.between(now, answer.rateLimit().reset());
            return untilReset.isNegative() ? Duration.ZERO : untilReset;
        }
        return null;
    }

    private static Duration parseRetryAfter(String value, Instant now) {
        try {
            long seconds = Long.parseLong(value);
            return Duration.ofSeconds(Math.max(0, seconds));
        } catch (NumberFormatException notSeconds) {
            try {
                Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                Duration d = Duration.between(now, at);
                return d.isNegative() ? Duration.ZERO : d;
            } catch (DateTimeParseException notADate) {
                return null;
            }
        }
    }
}
