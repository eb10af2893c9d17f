package io.reeldrop.tracking.store;

import io.reeldrop.api.Task;
import io.reeldrop.tracking.Submission;
import io.reeldrop.tracking.SubmissionState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One task of the history as stored: what the person submitted, what the API last said and
 * our own notes. Richer than {@link io.reeldrop.tracking.TrackedTask} because restart
 * recovery needs the attempt bookkeeping (when the last POST started, how often it was sent).
 *
 * @param apiProfile which API the task lives on (its base URL, or a profile name such as
 *     {@code sandbox}); only the engine connected to that API polls it
 * @param taskId the API's task id once known; kept apart from {@code task} so a task created
 *     by a POST is tracked before its first refresh
 * @param attemptStartedAt when the latest POST began; reconciliation lists tasks created since
 *     just before it
 * @param attempts how many POSTs were started for this submission
 * @param gone the API no longer knows the task (deleted elsewhere); no longer polled
 * @param imported started elsewhere (SDK, Playground) and imported from the index
 * @param log local notes in order: errors, retries, reconciliations
 */
public record HistoryEntry(
        String localId,
        String apiProfile,
        Submission submission,
        SubmissionState state,
        String taskId,
        Task task,
        String note,
        Instant submittedAt,
        Map<String, Instant> statusTimes,
        Instant attemptStartedAt,
        int attempts,
        boolean gone,
        boolean imported,
        List<LogLine> log) {

    /** Enough history for a person to follow what happened; older lines are dropped. */
    public static final int MAX_LOG_LINES = 20;

    /** A local note with its time. */
    public record LogLine(Instant at, String text) {
    }

    public HistoryEntry {
        Objects.requireNonNull(localId, "localId");
        Objects.requireNonNull(submission, "submission");
        Objects.requireNonNull(state, "state");
        statusTimes = statusTimes == null ? Map.of() : Map.copyOf(statusTimes);
        log = log == null ? List.of() : List.copyOf(log);
    }

    public HistoryEntry withState(SubmissionState newState, String newNote) {
        return new HistoryEntry(localId, apiProfile, submission, newState, taskId, task, newNote, submittedAt,
                statusTimes, attemptStartedAt, attempts, gone, imported, log);
    }

    public HistoryEntry withNote(String newNote) {
        return new HistoryEntry(localId, apiProfile, submission, state, taskId, task, newNote, submittedAt,
                statusTimes, attemptStartedAt, attempts, gone, imported, log);
    }

    /** Marks the start of a POST: counted, timed, and in state SENDING. */
    public HistoryEntry startingAttempt(Instant at) {
        return new HistoryEntry(localId, apiProfile, submission, SubmissionState.SENDING, taskId, task, note,
                submittedAt, statusTimes, at, attempts + 1, gone, imported, log);
    }

    public HistoryEntry withTaskId(String newTaskId) {
        return new HistoryEntry(localId, apiProfile, submission, SubmissionState.SENT, newTaskId, task, note,
                submittedAt, statusTimes, attemptStartedAt, attempts, gone, imported, log);
    }

    /** The API's latest description; records the first time each status was seen. */
    public HistoryEntry withTask(Task newTask, Instant seenAt) {
        Map<String, Instant> times = statusTimes;
        if (!times.containsKey(newTask.status().value())) {
            Map<String, Instant> copy = new java.util.HashMap<>(times);
            copy.put(newTask.status().value(), seenAt);
            times = copy;
        }
        return new HistoryEntry(localId, apiProfile, submission, SubmissionState.SENT, newTask.id(), newTask, note,
                submittedAt, times, attemptStartedAt, attempts, gone, imported, log);
    }

    public HistoryEntry markedGone(String newNote) {
        return new HistoryEntry(localId, apiProfile, submission, state, taskId, task, newNote, submittedAt,
                statusTimes, attemptStartedAt, attempts, true, imported, log);
    }

    public HistoryEntry logged(Instant at, String text) {
        List<LogLine> lines = new ArrayList<>(log);
        lines.add(new LogLine(at, text));
        while (lines.size() > MAX_LOG_LINES) {
            lines.remove(0);
        }
        return new HistoryEntry(localId, apiProfile, submission, state, taskId, task, note, submittedAt,
                statusTimes, attemptStartedAt, attempts, gone, imported, lines);
    }

    /** True when the engine still has work to do for this entry. */
    public boolean isActive() {
        if (gone || state == SubmissionState.NOT_SENT) {
            return false;
        }
        return task == null || !task.status().isTerminal();
    }
}
