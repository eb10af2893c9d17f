package io.reeldrop.tracking.model;

/**
 * Where a submission stands on our side of the wire, apart from the status the API reports once
 * the indexing job (a task, or an indexed asset) exists.
 */
public enum SubmissionState {
    /** Recorded in the history; not sent yet (waiting for a free slot in the queue). */
    QUEUED,
    /**
     * Assets flow: the video is going to the platform as an asset (a URL the platform fetches,
     * a file sent directly, or a big file sent in chunks). {@link UploadState} says how far.
     */
    UPLOADING,
    /** Assets flow: an upload the person paused; it continues where it stopped when resumed. */
    PAUSED,
    /** Assets flow: the asset is uploaded and the platform is processing it before indexing. */
    PROCESSING,
    /** The POST that creates the indexing job (the task, or the indexed asset) is under way. */
    SENDING,
    /** A creating POST may have reached the server; the engine is reconciling by listing. */
    OUTCOME_UNKNOWN,
    /** The indexing job exists; the tracked task's {@code task()} describes it. */
    SENT,
    /** The API refused it (e.g. 400), or it was never sent; a person may retry it. */
    NOT_SENT,
    /**
     * The POST may have created a task, but none found can be told to be its own: a person
     * decides whether to adopt one of them or send again. Never re-sent blindly.
     */
    NEEDS_DECISION
}
