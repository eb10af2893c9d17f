package io.reeldrop.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A multipart upload session: what {@code POST /assets/multipart-uploads} answered, or what a
 * caller kept of it to resume. Chunk {@code i} (from 1) is the file's bytes from
 * {@code (i - 1) * chunkSize}, {@code chunkSize} long except the last.
 *
 * @param uploadUrls the presigned URLs the answer carried; possibly not one per chunk
 * @param uploadHeaders headers the API asks every chunk PUT to carry
 * @param expiresAt when the session ends (24 hours after creation); null when not said
 */
public record MultipartUpload(
        String uploadId,
        String assetId,
        long totalSize,
        long chunkSize,
        int totalChunks,
        List<ChunkUrl> uploadUrls,
        Map<String, String> uploadHeaders,
        Instant expiresAt) {

    public MultipartUpload {
        Objects.requireNonNull(uploadId, "uploadId");
        if (chunkSize < 1 || totalSize < 1 || totalChunks != chunksFor(totalSize, chunkSize)) {
            throw new IllegalArgumentException("A session of " + totalSize + " bytes in chunks of " + chunkSize
                    + " has " + chunksFor(Math.max(1, totalSize), Math.max(1, chunkSize)) + " chunks, not " + totalChunks);
        }
        uploadUrls = uploadUrls == null ? List.of() : List.copyOf(uploadUrls);
        uploadHeaders = uploadHeaders == null ? Map.of() : Map.copyOf(uploadHeaders);
    }

    /** A session known from earlier (journal, {@code GET /assets/multipart-uploads}), without URLs. */
    public static MultipartUpload resumed(String uploadId, String assetId, long totalSize, long chunkSize) {
        return new MultipartUpload(uploadId, assetId, totalSize, chunkSize, (int) chunksFor(totalSize, chunkSize),
                List.of(), Map.of(), null);
    }

    static long chunksFor(long totalSize, long chunkSize) {
        return (totalSize + chunkSize - 1) / chunkSize;
    }

    /** Where chunk {@code index} starts in the file. */
    public long offsetOf(int index) {
        checkIndex(index);
        return (index - 1) * chunkSize;
    }

    /** How many bytes chunk {@code index} holds: {@code chunkSize}, or less for the last. */
    public long lengthOf(int index) {
        checkIndex(index);
        return Math.min(chunkSize, totalSize - offsetOf(index));
    }

    private void checkIndex(int index) {
        if (index < 1 || index > totalChunks) {
            throw new IllegalArgumentException("Chunk " + index + " is outside 1 to " + totalChunks);
        }
    }
}
