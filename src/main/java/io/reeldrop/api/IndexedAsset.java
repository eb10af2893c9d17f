package io.reeldrop.api;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * An asset in an index ({@code /indexes/{id}/indexed-assets}), as the API last described it.
 *
 * @param status the indexing status: {@code pending}, {@code queued}, {@code indexing},
 *     {@code ready}, {@code failed}, or an unknown value kept as it came
 * @param assetId the asset it was made from; null when the answer did not say
 * @param userMetadata values are String, Number or Boolean; empty when none
 * @param hls null when the answer had none (streaming off, or a list item)
 * @param rawJson the answer's JSON object exactly as received
 */
public record IndexedAsset(
        String id,
        TaskStatus status,
        String assetId,
        Instant createdAt,
        Instant updatedAt,
        Instant indexedAt,
        SystemMetadata systemMetadata,
        Map<String, Object> userMetadata,
        Hls hls,
        String rawJson) {

    public IndexedAsset {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        systemMetadata = systemMetadata == null ? SystemMetadata.EMPTY : systemMetadata;
        userMetadata = userMetadata == null ? Map.of() : Map.copyOf(userMetadata);
    }
}
