package io.reeldrop.tracking;

import io.reeldrop.api.ApiException;
import io.reeldrop.api.Task;
import io.reeldrop.api.TwelveLabsApi;
import io.reeldrop.tracking.model.SubmissionState;
import io.reeldrop.tracking.store.HistoryEntry;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;

/**
 * Carries out a person's answer for a submission the {@link Reconciler} could not settle: adopt a
 * task found on the server, or send again. Both are taken under the intake lock, so a double
 * click or the window and a script at once turn into one decision, and at most one POST.
 */
final class Decisions {

    private final TwelveLabsApi api;
    private final TaskBook book;
    private final HistorySaver saver;
    private final Intake intake;
    private final Sender sender;
    private final Monitor monitor;
    private final Clock clock;

    Decisions(TwelveLabsApi api, TaskBook book, HistorySaver saver, Intake intake, Sender sender, Monitor monitor,
              Clock clock) {
        this.api = api;
        this.book = book;
        this.saver = saver;
        this.intake = intake;
        this.sender = sender;
        this.monitor = monitor;
        this.clock = clock;
    }

    /** Blocks on the network: the task is read from the server before it is taken. */
    void adopt(String localId, String taskId) {
        awaiting(localId);
        if (taskId == null || taskId.isBlank()) {
            throw new IllegalArgumentException("Give the id of the task to adopt.");
        }
        Task task;
        try {
            task = api.getTask(taskId.strip());
        } catch (ApiException e) {
            throw new IllegalStateException("Task " + taskId.strip() + " cannot be read from the API: "
                    + e.getMessage(), e);
        }
        synchronized (intake.lock()) {
            HistoryEntry e = awaiting(localId);
            if (!task.indexId().equals(e.submission().indexId().strip().toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("Task " + task.id() + " belongs to index " + task.indexId()
                        + ", not to this video's index " + e.submission().indexId() + ".");
            }
            if (!book.adopt(localId, task, "Task " + task.id() + " adopted by request; the video was not sent"
                    + " again.")) {
                throw new IllegalStateException("Task " + task.id() + " is already tracked by another row.");
            }
        }
        saver.saveSoon();
        monitor.wake();
    }

    void sendAgain(String localId) {
        Instant now = clock.instant();
        synchronized (intake.lock()) {
            awaiting(localId);
            // An upload the person sends again starts from the beginning: what was kept of it
            // (a session, for a file that changed) no longer holds.
            // A refusal of the check before sending is the person's to overrule: it is not checked again.
            book.update(localId, x -> x.withState(SubmissionState.QUEUED, null).toBuilder().candidates(null)
                    .upload(x.upload() == null ? null : x.upload().startOver()).checksWaived(true).build()
                    .logged(now, "Sent again by request."));
        }
        saver.saveSoon();
        sender.enqueue(localId);
    }

    private HistoryEntry awaiting(String localId) {
        HistoryEntry e = book.get(localId);
        if (e == null) {
            throw new IllegalArgumentException("No task with id " + localId + " is in the history.");
        }
        if (e.state() != SubmissionState.NEEDS_DECISION) {
            throw new IllegalStateException("\"" + e.submission().displayName() + "\" is not waiting for a decision;"
                    + " it is " + Intake.describe(e) + ".");
        }
        return e;
    }
}
