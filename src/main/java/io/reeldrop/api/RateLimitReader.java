package io.reeldrop.api;

import java.time.Instant;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpResponse;

/** Reads the {@code X-Ratelimit-*} headers; a header that is missing or not a number is null. */
final class RateLimitReader {

    private RateLimitReader() {
    }

    /** Null when the answer carried none of the headers. */
    static RateLimit read(HttpResponse response) {
        Integer limit = intHeader(response, "X-Ratelimit-Limit");
        Integer remaining = intHeader(response, "X-Ratelimit-Remaining");
        Integer used = intHeader(response, "X-Ratelimit-Used");
        Long reset = longHeader(response, "X-Ratelimit-Reset");
        if (limit == null && remaining == null && used == null && reset == null) {
            return null;
        }
        return new RateLimit(limit, remaining, used, reset == null ? null : instantOrNull(reset));
    }

    /** Null past the range of {@link Instant}: {@code 1e300} is "not a time", not a crash. */
    private static Instant instantOrNull(long epochSeconds) {
        return epochSeconds < Instant.MIN.getEpochSecond() || epochSeconds > Instant.MAX.getEpochSecond()
                ? null : Instant.ofEpochSecond(epochSeconds);
    }

    private static Integer intHeader(HttpResponse response, String name) {
        Long value = longHeader(response, name);
        return value == null || value > Integer.MAX_VALUE || value < Integer.MIN_VALUE ? null : value.intValue();
    }

    static Long longHeader(HttpResponse response, String name) {
        Header header = response.getFirstHeader(name);
        if (header == null || header.getValue() == null) {
            return null;
        }
        try {
            double value = Double.parseDouble(header.getValue().strip());
            return Double.isFinite(value) ? (long) value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
