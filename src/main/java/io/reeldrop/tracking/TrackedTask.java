package io.reeldrop.tracking;

import io.reeldrop.tracking.model.SubmissionState;
import io.reeldrop.tracking.model.Submission;
import io.reeldrop.tracking.eta.Eta;
import io.reeldrop.api.Task;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One row of the history: the submission, what the API last said, and our own notes.
 * Immutable; the engine publishes a new instance on every change.
 *
 * @param localId stable id given at submission, before the API names a task
 * @param task the API's latest description, null until the task exists
 * @param note a sentence for the person about the last problem (e.g. "Connection trouble,
 *     retrying"), null when all is well
 * @param eta null when the task is terminal or nothing can be estimated
 * @param statusTimes when this engine first saw each status value
 * @param bytesSent bytes of a file upload sent so far; 0 for URL submissions
 * @param bytesTotal size of the uploaded file; 0 for URL submissions
 * @param candidates for {@link SubmissionState#NEEDS_DECISION}: ids of the tasks found that may
 *     be this submission's; empty otherwise
 * @param bytesPerSecond the upload's recent rate; 0 while none is measured
 * @param profile the {@link Profile} id the task lives on (its history entry's); null when the
 *     task was made outside a history (tests and tools), where it counts as the open profile's
 */
public record TrackedTask(
        String localId,
        Submission submission,
        SubmissionState state,
        Task task,
        String note,
        Eta eta,
        Instant submittedAt,
        Map<String, Instant> statusTimes,
        long bytesSent,
        long bytesTotal,
        List<String> candidates,
        double bytesPerSecond,
        String profile) {

    public TrackedTask {
        statusTimes = statusTimes == null ? Map.of() : Map.copyOf(statusTimes);
        candidates = candidates == null ? List.of() : List.copyOf(candidates);
    }

    /** A task without a recorded profile. */
    public TrackedTask(String localId, Submission submission, SubmissionState state, Task task, String note, Eta eta,
                       Instant submittedAt, Map<String, Instant> statusTimes, long bytesSent, long bytesTotal,
                       List<String> candidates, double bytesPerSecond) {
        this(localId, submission, state, task, note, eta, submittedAt, statusTimes, bytesSent, bytesTotal, candidates,
                bytesPerSecond, null);
    }

    /** A task with no decision pending, as most are. */
    public TrackedTask(String localId, Submission submission, SubmissionState state, Task task, String note, Eta eta,
                       Instant submittedAt, Map<String, Instant> statusTimes, long bytesSent, long bytesTotal) {
        this(localId, submission, state, task, note, eta, submittedAt, statusTimes, bytesSent, bytesTotal, List.of(),
                0);
    }

    /** A task with no decision pending, with a candidates list. */
    public TrackedTask(String localId, Submission submission, SubmissionState state, Task task, String note, Eta eta,
                       Instant submittedAt, Map<String, Instant> statusTimes, long bytesSent, long bytesTotal,
                       List<String> candidates) {
        this(localId, submission, state, task, note, eta, submittedAt, statusTimes, bytesSent, bytesTotal, candidates,
                0);
    }

    /** The time the rest of the upload should take at its recent rate; null when unknown or not uploading. */
    public Duration uploadTimeLeft() {
        if (bytesPerSecond <= 0 || bytesTotal <= 0 || bytesSent >= bytesTotal) {
            return null;
        }
        return Duration.ofMillis((long) ((bytesTotal - bytesSent) * 1000 / bytesPerSecond));
    }

    /** True when nothing will change any more without a person's action. */
    public boolean isSettled() {
        return state == SubmissionState.NOT_SENT || state == SubmissionState.NEEDS_DECISION
                || state == SubmissionState.PAUSED || (task != null && task.status().isTerminal());
    }
}
