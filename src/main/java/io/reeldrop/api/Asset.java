package io.reeldrop.api;

import java.time.Instant;
import java.util.Objects;

/**
 * A file uploaded to the platform ({@code POST /assets} or a multipart upload), as the API last
 * described it. Optional parts are null when the answer did not carry them.
 *
 * @param method {@code direct} or {@code url}, as the API spelled it
 * @param fileType the MIME type, e.g. {@code video/mp4}
 * @param rawJson the answer's JSON object exactly as received
 */
public record Asset(
        String id,
        String method,
        AssetStatus status,
        String filename,
        String fileType,
        Instant createdAt,
        String rawJson) {

    public Asset {
        Objects.requireNonNull(id, "id");
    }
}
