package io.reeldrop.api;

import java.time.Instant;
import java.util.Objects;

/**
 * A video indexing task as the API last described it. Optional parts are null when the
 * answer did not carry them.
 *
 * @param estimatedTime v1.2 only: when the API expects the task to be done
 * @param errorReason undocumented, sent by some answers for failed tasks; shown when present
 * @param rawJson the answer's JSON object exactly as received, so nothing the API said is lost
 */
public record Task(
        String id,
        String indexId,
        String videoId,
        TaskStatus status,
        Instant createdAt,
        Instant updatedAt,
        Instant estimatedTime,
        VideoMetadata metadata,
        TaskProcess process,
        Hls hls,
        String errorReason,
        String rawJson) {

    public Task {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        metadata = metadata == null ? VideoMetadata.EMPTY : metadata;
    }

    /** A task the API has just created but not described yet; every task starts validating. */
    public static Task justCreated(String id, String indexId) {
        return justCreated(id, indexId, TaskStatus.VALIDATING);
    }

    /** The same for a job whose first status is another: an indexed asset starts pending. */
    public static Task justCreated(String id, String indexId, TaskStatus first) {
        return new Task(id, indexId, null, first, null, null, null, null, null, null, null, null);
    }
}
