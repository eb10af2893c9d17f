package io.reeldrop.tracking;

import io.reeldrop.tracking.model.Submission;
import java.util.List;
import java.util.Map;

/**
 * The engine as the window and the command line see it. Thread-safe; every method returns
 * quickly (network work happens on the engine's own threads) except where noted.
 */
public interface TaskTracker extends AutoCloseable {

    /** Every task in the history, newest first. */
    List<TrackedTask> snapshot();

    /** One task by local id, task id or a unique prefix of either; null when none or several match. */
    TrackedTask find(String idOrPrefix);

    /** True when the task belongs to the API this engine is connected to, so it is kept current. */
    boolean isFollowed(String localId);

    /**
     * Validates each submission locally, records the valid ones in the history and queues
     * them for sending. A bad entry does not stop the good ones.
     *
     * @return one outcome per submission, in the same order
     */
    List<SubmitOutcome> submit(List<Submission> submissions);

    /** Sends a {@link SubmissionState#NOT_SENT} or failed submission again, as a new task. */
    TrackedTask retry(String localId);

    /**
     * A person's answer for a task in {@link io.reeldrop.tracking.model.SubmissionState#NEEDS_DECISION}:
     * the task with {@code taskId}, found on the server, is this submission's.
     */
    void adopt(String localId, String taskId);

    /**
     * A person's answer for a task in {@link io.reeldrop.tracking.model.SubmissionState#NEEDS_DECISION}:
     * none of the tasks found is this submission's; send it again.
     */
    void sendAgain(String localId);

    /** Removes a task from the history (not from the server). */
    void forget(String localId);

    /**
     * Deletes the video on the server ({@code ready} or {@code failed} only, per the API) the
     * way its flow needs, and forgets it. Blocks on the network: call it off the UI thread.
     *
     * @param alsoAsset the assets flow: delete the uploaded asset too, not only its indexed asset
     */
    void deleteOnServer(String localId, boolean alsoAsset);

    /**
     * Sets user metadata of a sent video (a null value deletes a key): text, numbers and
     * true/false, as the API allows. Blocks on the network.
     */
    void updateMetadata(String localId, Map<String, Object> changes);

    /** {@link #deleteOnServer(String, boolean)} keeping the uploaded asset. */
    default void deleteOnServer(String localId) {
        deleteOnServer(localId, false);
    }

    /**
     * Starts tracking the tasks of an index that were created elsewhere (SDK, Playground).
     * Blocks on the network: call it off the UI thread.
     *
     * @return how many tasks were new to the history
     */
    int importExisting(String indexId);

    TrackerHealth health();

    /** Pausing uploads and the bandwidth cap. */
    UploadControl uploads();

    void addListener(TrackerListener listener);

    void removeListener(TrackerListener listener);

    /** Writes the history now (the command line calls it before exiting). */
    void flush();

    /** Stops polling and sending and flushes the history; tasks in flight resume next start. */
    @Override
    void close();
}
