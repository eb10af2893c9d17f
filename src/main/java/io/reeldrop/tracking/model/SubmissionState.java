package io.reeldrop.tracking.model;

/**
 * Where a submission stands on our side of the wire, apart from the task status the API
 * reports once a task exists.
 */
public enum SubmissionState {
    /** Recorded in the history; not sent yet (waiting for a free slot in the queue). */
    QUEUED,
    /** The POST is under way. */
    SENDING,
    /** The POST may have reached the server; the engine is reconciling by listing. */
    OUTCOME_UNKNOWN,
    /** The API created a task; {@link TrackedTask#task()} describes it. */
    SENT,
    /** The API refused it (e.g. 400), or it was never sent; a person may retry it. */
    NOT_SENT,
    /**
     * The POST may have created a task, but none found can be told to be its own: a person
     * decides whether to adopt one of them or send again. Never re-sent blindly.
     */
    NEEDS_DECISION
}
