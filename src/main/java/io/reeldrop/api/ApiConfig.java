package io.reeldrop.api;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * How to reach the API. {@link #toString()} hides the key. Plain {@code http} is refused except
 * to this computer, so the key never travels unencrypted.
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
        requireEncryptedUnlessLocal(baseUrl);
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(10) : connectTimeout;
        responseTimeout = responseTimeout == null ? Duration.ofSeconds(30) : responseTimeout;
        callDeadline = callDeadline == null ? Duration.ofSeconds(90) : callDeadline;
        requirePositive("connect timeout", connectTimeout);
        requirePositive("response timeout", responseTimeout);
        requirePositive("call deadline", callDeadline);
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts + ".");
        }
    }

    /**
     * The key travels in a header: over plain http anyone on the way (a café's Wi-Fi, a proxy)
     * reads it. Only this computer is exempt, where the local sandbox serves plain http.
     */
    private static void requireEncryptedUnlessLocal(URI baseUrl) {
        if ("http".equalsIgnoreCase(baseUrl.getScheme()) && !isLoopback(baseUrl.getHost())) {
            throw new IllegalArgumentException("The API URL " + baseUrl + " is plain http, so the API key would travel"
                    + " unencrypted to " + baseUrl.getHost() + " and anyone on the way could read it. ReelDrop sends a"
                    + " key over http only to this computer (localhost, 127.0.0.1, ::1); use the https address"
                    + " instead, e.g. https://api.twelvelabs.io/v1.3.");
        }
    }

    /** A name or literal that can only mean this computer; no DNS is asked (an answer may change). */
    static boolean isLoopback(String host) {
        if (host == null) {
            return false;
        }
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        return h.equals("localhost") || h.equals("::1") || h.equals("0:0:0:0:0:0:0:1")
                || h.matches("127(\\.(25[0-5]|2[0-4]\\d|1?\\d?\\d)){3}");
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
