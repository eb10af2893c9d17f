package io.reeldrop.api;

import java.time.Instant;

/** The {@code X-Ratelimit-*} headers of the last answer that carried them; parts may be null. */
public record RateLimit(Integer limit, Integer remaining, Integer used, Instant reset) {
}
