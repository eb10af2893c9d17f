package io.reeldrop.tracking;

import io.reeldrop.api.ApiException;
import io.reeldrop.api.Task;
import io.reeldrop.api.TaskStatus;
import io.reeldrop.tracking.eta.EtaEstimator;
import io.reeldrop.tracking.store.HistoryEntry;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/** Applies what the API said about tasks to the history, and only what is new. */
final class TaskUpdates {

    private final TaskBook book;
    private final HistorySaver saver;
    private final EtaEstimator eta;
    private final String etaHost;
    private final EngineExecutor executor;
    /** Bare 404 answers in a row, by local id. */
    private final Map<String, Integer> bareNotFound = new ConcurrentHashMap<>();

    TaskUpdates(TaskBook book, HistorySaver saver, EtaEstimator eta, String etaHost, EngineExecutor executor) {
        this.book = book;
        this.saver = saver;
        this.eta = eta;
        this.etaHost = etaHost;
        this.executor = executor;
    }

    /** Ignores tasks this engine does not track (other uploads to the same index). */
    void apply(Task task) {
        HistoryEntry entry = book.byTaskId(task.id());
        if (entry == null || !book.profile().id().equals(entry.apiProfile())) {
            return;
        }
        found(entry.localId());
        Instant now = executor.clock().instant();
        Task[] before = {null};
        // Compared inside the update, against the entry as it is then: a check made outside could
        // let a late, older answer overwrite a newer status written meanwhile.
        HistoryEntry after = book.update(entry.localId(), e -> {
            Task old = e.task();
            before[0] = old;
            if (!isNews(old, task)) {
                return e;
            }
            HistoryEntry next = e.withTask(task, now);
            if (ConnectionHealth.RETRYING.equals(next.note())) {
                next = next.withNote(null);
            }
            if (old == null || !old.status().equals(task.status())) {
                next = next.logged(now, "Status " + task.status()
                        + (task.errorReason() != null ? ": " + task.errorReason() : ""));
            }
            if (task.status().equals(TaskStatus.FAILED) && task.errorReason() != null) {
                next = next.withNote("Failed: " + task.errorReason());
            }
            return next;
        });
        Task old = before[0];
        if (after == null || !isNews(old, task)) {
            return;
        }
        if (task.status().isTerminal() && (old == null || !old.status().isTerminal())) {
            eta.learn(after.task(), after.statusTimes(), etaHost);
        }
        saver.saveSoon();
    }

    private static boolean isNews(Task old, Task task) {
        if (old == null) {
            return true;
        }
        if (old.status().equals(task.status()) && Objects.equals(old.updatedAt(), task.updatedAt())
                && Objects.equals(old.estimatedTime(), task.estimatedTime()) && Double.compare(percentage(old), percentage(task)) == 0) {
            return false; // seen again through the listing overlap
        }
        // an older answer that arrived late is not news either
        return old.updatedAt() == null || task.updatedAt() == null || !task.updatedAt().isBefore(old.updatedAt());
    }

    /** v1.2's indexing percentage, which moves without moving {@code updated_at}; NaN when absent. */
    private static double percentage(Task t) {
        return t.process() == null || t.process().percentage() == null ? Double.NaN : t.process().percentage();
    }

    /**
     * A read answered 404. The API's own answer (an error body with its code) proves the task is
     * gone; a bare 404 may come from a proxy or a load balancer in the way, so only a second one in
     * a row counts.
     */
    void notFound(String localId, ApiException x) {
        if (x.code() == null && bareNotFound.merge(localId, 1, Integer::sum) < 2) {
            book.update(localId, e -> e.withNote("The server answered \"not found\" without the API's own error;"
                    + " asking again before taking the task as gone."));
            return;
        }
        bareNotFound.remove(localId);
        markGone(localId);
    }

    /** A read answered: any earlier bare 404 was a fluke. */
    void found(String localId) {
        bareNotFound.remove(localId);
    }

    void markGone(String localId) {
        book.update(localId, e -> e.markedGone("The API no longer knows this task (deleted elsewhere?); it is no"
                + " longer followed."));
        saver.saveSoon();
    }

    void noteConnectionTrouble(List<HistoryEntry> tasks) {
        for (HistoryEntry t : tasks) {
            book.update(t.localId(), e -> e.note() == null ? e.withNote(ConnectionHealth.RETRYING) : e);
        }
    }

    void clearConnectionNotes(List<HistoryEntry> tasks) {
        for (HistoryEntry t : tasks) {
            book.update(t.localId(), e -> ConnectionHealth.RETRYING.equals(e.note()) ? e.withNote(null) : e);
        }
    }
}
