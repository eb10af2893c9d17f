package io.reeldrop.api;

import java.time.Instant;

/**
 * One chunk in an upload session's status.
 *
 * @param status {@code completed}, {@code pending} or {@code failed}, as the API spelled it
 */
public record ChunkState(int index, String status, Instant uploadedAt) {

    public boolean completed() {
        return "completed".equalsIgnoreCase(status);
    }
}
