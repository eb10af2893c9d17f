package io.reeldrop.api;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * {@code GET /assets/multipart-uploads/{id}}: the session and one page of its chunks. Counts and
 * sizes are null when the answer left them out.
 *
 * @param chunks this page of per-chunk states ({@code uploaded_chunks})
 * @param pageInfo the paging of {@code chunks}
 */
public record UploadStatus(
        String uploadId,
        UploadSessionStatus status,
        List<ChunkState> chunks,
        Integer chunksCompleted,
        Integer chunksFailed,
        Integer chunksPending,
        PageInfo pageInfo,
        Long totalSize,
        Long uploadedSize,
        Instant createdAt,
        Instant updatedAt,
        String rawJson) {

    public UploadStatus {
        Objects.requireNonNull(status, "status");
        chunks = chunks == null ? List.of() : List.copyOf(chunks);
    }
}
