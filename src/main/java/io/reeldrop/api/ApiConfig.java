package io.reeldrop.api;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * How to reach the API. {@link #toString()} hides the key.
 *
 * @param callDeadline the most one call may take, retries and waits included
 * @param maxAttempts attempts of an idempotent call, the first included
 */
public record ApiConfig(
        URI baseUrl,
        ApiKey apiKey,
        Duration connectTimeout,
        Duration responseTimeout,
        Duration callDeadline,
        int maxAttempts) {

    public ApiConfig {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(apiKey, "apiKey");
        ApiVersion.fromBaseUrl(baseUrl);
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(10) : connectTimeout;
        responseTimeout = responseTimeout == null ? Duration.ofSeconds(30) : responseTimeout;
        callDeadline = callDeadline == null ? Duration.ofSeconds(90) : callDeadline;
        requirePositive("connect timeout", connectTimeout);
        requirePositive("response timeout", responseTimeout);
        requirePositive("call deadline", callDeadline);
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
    }

    /** HttpClient reads a zero timeout as "wait forever", the very hang the deadlines exist to prevent. */
    private static void requirePositive(String what, Duration d) {
        if (d.isZero() || d.isNegative()) {
            throw new IllegalArgumentException("The " + what + " must be longer than zero, was " + d + ".");
        }
    }

    /** Default timeouts: connect 10 s, response 30 s, whole call 90 s, 5 attempts. */
    public static ApiConfig of(URI baseUrl, ApiKey apiKey) {
        return new ApiConfig(baseUrl, apiKey, null, null, null, 5);
    }

    public ApiVersion version() {
        return ApiVersion.fromBaseUrl(baseUrl);
    }

    public ApiConfig withTimeouts(Duration connect, Duration response, Duration deadline) {
        return new ApiConfig(baseUrl, apiKey, connect, response, deadline, maxAttempts);
    }

    public ApiConfig withMaxAttempts(int attempts) {
        return new ApiConfig(baseUrl, apiKey, connectTimeout, responseTimeout, callDeadline, attempts);
    }

    @Override
    public String toString() {
        return "ApiConfig[baseUrl=" + baseUrl + ", apiKey=hidden, connectTimeout=" + connectTimeout
                + ", responseTimeout=" + responseTimeout + ", callDeadline=" + callDeadline
                + ", maxAttempts=" + maxAttempts + "]";
    }
}
