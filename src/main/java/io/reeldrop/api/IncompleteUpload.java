package io.reeldrop.api;

import java.time.Instant;

/** One item of {@code GET /assets/multipart-uploads}: a session not yet completed. */
public record IncompleteUpload(
        String uploadId,
        UploadSessionStatus status,
        long totalSize,
        long chunkSize,
        int totalChunks,
        Instant createdAt,
        Instant expiresAt) {
}
