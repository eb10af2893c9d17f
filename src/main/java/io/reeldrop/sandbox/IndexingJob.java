package io.reeldrop.sandbox;

import java.time.Instant;

/**
 * What a video indexing task and an indexed asset have in common: a video on its way into an
 * index, walking {@code pending -> queued -> indexing -> ready} (or {@code failed}) on planned
 * instants. Mutable, guarded by the {@link SandboxStore} lock; fields are plain so Jackson can
 * persist it as it is, planned instants included, so a restarted sandbox resumes the same
 * schedule. {@link Indexer} moves both kinds with the same code.
 */
abstract class IndexingJob {

    String id;
    /** Creation order; seeds the job's fault decision. */
    long number;
    String indexId;
    /** "1.2" or "1.3": which version's video requirements apply. */
    String apiVersion;
    TaskState status;
    Instant createdAt;
    Instant updatedAt;

    String filename;
    Double duration;
    Integer width;
    Integer height;
    long sizeBytes;
    boolean streamEnabled;
    /** A JSON object as text, or null. */
    String userMetadata;

    String errorCode;
    String errorReason;

    Instant queuedAt;
    Instant indexingAt;
    Instant readyAt;
    /** When this job fails on a plan, the stage and instant it fails at. */
    TaskState failStage;
    Instant failAt;
    /** Why a planned failure happens, when it is not the fault plan's doing (a broken requirement). */
    String plannedFailureCode;
    String plannedFailureReason;

    /** The id the video has in its index: what {@code /indexes/{id}/videos} and indexed assets list it under. */
    abstract String videoId();

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
