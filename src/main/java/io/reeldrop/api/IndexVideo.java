package io.reeldrop.api;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * A video of an index ({@code /indexes/{id}/videos}, the older view of indexed content). A video
 * indexed by {@code POST /tasks} must be deleted here before its task can be.
 *
 * @param userMetadata values are String, Number or Boolean; empty when none
 */
public record IndexVideo(
        String id,
        Instant createdAt,
        Instant updatedAt,
        Instant indexedAt,
        SystemMetadata systemMetadata,
        Map<String, Object> userMetadata,
        Hls hls,
        String rawJson) {

    public IndexVideo {
        Objects.requireNonNull(id, "id");
        systemMetadata = systemMetadata == null ? SystemMetadata.EMPTY : systemMetadata;
        userMetadata = userMetadata == null ? Map.of() : Map.copyOf(userMetadata);
    }
}
