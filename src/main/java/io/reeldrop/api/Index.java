package io.reeldrop.api;

import java.time.Instant;

/** An index of the account. Optional parts are null when the answer did not carry them. */
public record Index(
        String id,
        String name,
        Integer videoCount,
        Double totalDuration,
        Instant createdAt,
        Instant updatedAt,
        Instant expiresAt,
        String rawJson) {
}
