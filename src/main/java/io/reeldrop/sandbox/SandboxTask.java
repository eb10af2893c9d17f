package io.reeldrop.sandbox;

import java.time.Instant;

/**
 * One video indexing task. Mutable, guarded by the {@link SandboxStore} lock; fields are plain
 * so Jackson can persist it as it is. The planned instants of the coming transitions are stored
 * too, so a restarted sandbox resumes the same schedule.
 */
final class SandboxTask {

    String id;
    /** Creation order; seeds the task's fault decision. */
    long number;
    String indexId;
    /** "1.2" or "1.3": which version's video requirements apply. */
    String apiVersion;
    TaskState status;
    Instant createdAt;
    Instant updatedAt;

    String videoUrl;
    /** Uploaded or downloaded video bytes, until probed. */
    String videoPath;
    String filename;
    Double duration;
    Integer width;
    Integer height;
    long sizeBytes;
    boolean streamEnabled;
    String userMetadata;

    String videoId;
    String errorCode;
    String errorReason;

    Instant queuedAt;
    Instant indexingAt;
    Instant readyAt;
    /** When fault injection decided this task fails, the stage and instant it fails at. */
    TaskState failStage;
    Instant failAt;

    SandboxTask() {
        // for Jackson
    }

    /** Planned instant of the next transition, or null while validating or when terminal. */
    Instant nextTransitionAt() {
        Instant planned = switch (status) {
            case PENDING -> queuedAt;
            case QUEUED -> indexingAt;
            case INDEXING -> readyAt;
            default -> null;
        };
        if (planned != null && failStage == status && failAt != null && failAt.isBefore(planned)) {
            return failAt;
        }
        return planned;
    }
}
