package io.reeldrop.sandbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One multipart upload session: the file it fills (written in place, chunk by chunk), what was
 * received and reported for each chunk, and which presigned URLs were spent. Mutable, guarded
 * by the {@link SandboxStore} lock; persisted with the rest of the state, so a session survives a
 * restart.
 */
final class UploadSession {

    /** One chunk, numbered from 1 on the wire and stored at index {@code number - 1}. */
    static final class Chunk {
        /** MD5 of the bytes last received whole for this chunk; null when none were. */
        String etag;
        long receivedBytes;
        Instant receivedAt;
        /** Set when reported with a matching proof; the chunk is then final. */
        Instant reportedAt;
        /** Why the last PUT of this chunk broke off; cleared by a whole one. */
        String error;
        Instant updatedAt;
        /** Not persisted in spirit: a PUT in progress (a restart ends it). */
        transient boolean receiving;
    }

    String id;
    String assetId;
    String filename;
    long totalSize;
    long chunkSize;
    int totalChunks;
    Instant createdAt;
    Instant updatedAt;
    Instant expiresAt;
    /** "active", "completed", "failed" or "expired" (as the service names them). */
    String status;
    String path;
    List<Chunk> chunks = new ArrayList<>();
    /** Nonces of presigned URLs that stored their chunk: each URL works once. */
    List<String> spentNonces = new ArrayList<>();
    /** Nonces the fault plan expired early; they stay expired. */
    List<String> expiredNonces = new ArrayList<>();

    UploadSession() {
        // for Jackson
    }

    long chunkOffset(int number) {
        return (number - 1) * chunkSize;
    }

    long chunkLength(int number) {
        return number < totalChunks ? chunkSize : totalSize - chunkOffset(number);
    }

    Chunk chunk(int number) {
        return chunks.get(number - 1);
    }

    int reportedCount() {
        int count = 0;
        for (Chunk chunk : chunks) {
            if (chunk.reportedAt != null) {
                count++;
            }
        }
        return count;
    }

    long reportedBytes() {
        long bytes = 0;
        for (int n = 1; n <= totalChunks; n++) {
            if (chunk(n).reportedAt != null) {
                bytes += chunkLength(n);
            }
        }
        return bytes;
    }

    /** The status as of {@code now}: an active session past its expiry has expired. */
    String statusAt(Instant now) {
        return status.equals("active") && !now.isBefore(expiresAt) ? "expired" : status;
    }
}
