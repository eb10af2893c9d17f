package io.reeldrop.tracking.store;

import io.reeldrop.api.Task;
import io.reeldrop.tracking.model.Submission;
import io.reeldrop.tracking.model.SubmissionState;
import io.reeldrop.tracking.model.UploadState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
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
 * @param outcomeUnknownSince when the latest POST's outcome became unknown (its answer was lost,
 *     or ReelDrop stopped while it was out); a listing can only prove nothing was created once
 *     the server has had time to finish what it got by then
 * @param candidates for {@link SubmissionState#NEEDS_DECISION}: the task ids found that may be
 *     this submission's
 * @param upload the assets flow's progress (asset, multipart session, confirmed chunks); null
 *     for the tasks flow and before an upload begins
 * @param checksWaived the person chose to send it although the check before sending refused it
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
        List<LogLine> log,
        Instant outcomeUnknownSince,
        List<String> candidates,
        UploadState upload,
        boolean checksWaived) {

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
        candidates = candidates == null ? List.of() : List.copyOf(candidates);
    }

    /**
     * A new entry in state {@link SubmissionState#QUEUED}, with nothing sent yet; set the rest
     * by name rather than by position.
     */
    public static Builder builder(String localId, String apiProfile, Submission submission, Instant submittedAt) {
        return new Builder(localId, apiProfile, submission, submittedAt);
    }

    /** A builder holding this entry's values, to change some of them by name. */
    public Builder toBuilder() {
        Builder b = new Builder(localId, apiProfile, submission, submittedAt);
        b.state = state;
        b.taskId = taskId;
        b.task = task;
        b.note = note;
        b.statusTimes = statusTimes;
        b.attemptStartedAt = attemptStartedAt;
        b.attempts = attempts;
        b.gone = gone;
        b.imported = imported;
        b.log = log;
        b.outcomeUnknownSince = outcomeUnknownSince;
        b.candidates = candidates;
        b.upload = upload;
        b.checksWaived = checksWaived;
        return b;
    }

    public HistoryEntry withApiProfile(String profile) {
        return profile.equals(apiProfile) ? this : toBuilder().apiProfile(profile).build();
    }

    public HistoryEntry withState(SubmissionState newState, String newNote) {
        return toBuilder().state(newState).note(newNote).build();
    }

    public HistoryEntry withNote(String newNote) {
        return toBuilder().note(newNote).build();
    }

    /** Marks the start of a POST: counted, timed, and in state SENDING. */
    public HistoryEntry startingAttempt(Instant at) {
        return toBuilder().state(SubmissionState.SENDING).attemptStartedAt(at).attempts(attempts + 1).build();
    }

    public HistoryEntry withTaskId(String newTaskId) {
        return toBuilder().state(SubmissionState.SENT).taskId(newTaskId).outcomeUnknownSince(null)
                .candidates(List.of()).build();
    }

    /** The latest POST's answer was lost at {@code at}: reconciliation decides what happened. */
    public HistoryEntry outcomeUnknown(Instant at, String newNote) {
        return toBuilder().state(SubmissionState.OUTCOME_UNKNOWN).note(newNote).outcomeUnknownSince(at).build();
    }

    /** Reconciliation found tasks it cannot tell apart from this one's: a person decides. */
    public HistoryEntry needsDecision(List<String> taskIds, String newNote) {
        return toBuilder().state(SubmissionState.NEEDS_DECISION).note(newNote).candidates(taskIds).build();
    }

    /** The API's latest description; records the first time each status was seen. */
    public HistoryEntry withTask(Task newTask, Instant seenAt) {
        Map<String, Instant> times = statusTimes;
        if (!times.containsKey(newTask.status().value())) {
            Map<String, Instant> copy = new HashMap<>(times);
            copy.put(newTask.status().value(), seenAt);
            times = copy;
        }
        return toBuilder().state(SubmissionState.SENT).taskId(newTask.id()).task(newTask).statusTimes(times)
                .outcomeUnknownSince(null).candidates(List.of()).build();
    }

    /** Notes the first time this entry entered {@code stage} (a stage of ours, such as processing). */
    public HistoryEntry seen(String stage, Instant at) {
        if (statusTimes.containsKey(stage)) {
            return this;
        }
        Map<String, Instant> copy = new HashMap<>(statusTimes);
        copy.put(stage, at);
        return toBuilder().statusTimes(copy).build();
    }

    public HistoryEntry markedGone(String newNote) {
        return toBuilder().note(newNote).gone(true).build();
    }

    public HistoryEntry logged(Instant at, String text) {
        List<LogLine> lines = new ArrayList<>(log);
        lines.add(new LogLine(at, text));
        while (lines.size() > MAX_LOG_LINES) {
            lines.remove(0);
        }
        return toBuilder().log(lines).build();
    }

    /** The same entry with the assets flow's progress replaced. */
    public HistoryEntry withUpload(UploadState u) {
        return toBuilder().upload(u).build();
    }

    /** True when the engine still has work to do for this entry (a paused upload waits for a person). */
    public boolean isActive() {
        if (gone || state == SubmissionState.NOT_SENT || state == SubmissionState.NEEDS_DECISION
                || state == SubmissionState.PAUSED) {
            return false;
        }
        return task == null || !task.status().isTerminal();
    }

    /** Named setters for an entry; see {@link HistoryEntry#builder}. */
    public static final class Builder {
        private final String localId;
        private String apiProfile;
        private final Submission submission;
        private final Instant submittedAt;
        private SubmissionState state = SubmissionState.QUEUED;
        private String taskId;
        private Task task;
        private String note;
        private Map<String, Instant> statusTimes = Map.of();
        private Instant attemptStartedAt;
        private int attempts;
        private boolean gone;
        private boolean imported;
        private List<LogLine> log = List.of();
        private Instant outcomeUnknownSince;
        private List<String> candidates = List.of();
        private UploadState upload;
        private boolean checksWaived;

        private Builder(String localId, String apiProfile, Submission submission, Instant submittedAt) {
            this.localId = localId;
            this.apiProfile = apiProfile;
            this.submission = submission;
            this.submittedAt = submittedAt;
        }

        public Builder apiProfile(String v) {
            apiProfile = v;
            return this;
        }

        public Builder state(SubmissionState v) {
            state = v;
            return this;
        }

        public Builder taskId(String v) {
            taskId = v;
            return this;
        }

        public Builder task(Task v) {
            task = v;
            return this;
        }

        public Builder note(String v) {
            note = v;
            return this;
        }

        public Builder statusTimes(Map<String, Instant> v) {
            statusTimes = v;
            return this;
        }

        public Builder attemptStartedAt(Instant v) {
            attemptStartedAt = v;
            return this;
        }

        public Builder attempts(int v) {
            attempts = v;
            return this;
        }

        public Builder gone(boolean v) {
            gone = v;
            return this;
        }

        public Builder imported(boolean v) {
            imported = v;
            return this;
        }

        public Builder log(List<LogLine> v) {
            log = v;
            return this;
        }

        public Builder outcomeUnknownSince(Instant v) {
            outcomeUnknownSince = v;
            return this;
        }

        public Builder candidates(List<String> v) {
            candidates = v;
            return this;
        }

        public Builder upload(UploadState v) {
            upload = v;
            return this;
        }

        public Builder checksWaived(boolean v) {
            checksWaived = v;
            return this;
        }

        /** Appends one local note. */
        public Builder logLine(Instant at, String text) {
            List<LogLine> lines = new ArrayList<>(log);
            lines.add(new LogLine(at, text));
            log = lines;
            return this;
        }

        public HistoryEntry build() {
            return new HistoryEntry(localId, apiProfile, submission, state, taskId, task, note, submittedAt,
                    statusTimes, attemptStartedAt, attempts, gone, imported, log, outcomeUnknownSince, candidates,
                    upload, checksWaived);
        }
    }
}
