package io.reeldrop.ui.table;

import io.reeldrop.api.TaskStatus;
import io.reeldrop.tracking.TaskTracker;
import io.reeldrop.tracking.TrackedTask;
import io.reeldrop.tracking.model.SubmissionState;
import io.reeldrop.ui.support.ErrorText;
import io.reeldrop.ui.support.TaskExecutor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/**
 * The live table's state: every tracked task as a row, filtered by status and search text,
 * and the row actions. All methods run on the UI thread; engine batches arrive through
 * {@link #apply}, once per batch. Cells follow their row's task property, so a change that
 * does not move a row costs no list event at all.
 */
public final class TaskTableViewModel {

    private final TaskExecutor executor;
    private TaskTracker tracker;
    private final List<TaskRow> all = new ArrayList<>();
    private final Map<String, TaskRow> byLocalId = new HashMap<>();
    private final SortedRows rows = new SortedRows();
    private final ObjectProperty<StatusFilter> statusFilter = new SimpleObjectProperty<>(StatusFilter.ALL);
    private final StringProperty search = new SimpleStringProperty("");
    private final ReadOnlyIntegerWrapper shown = new ReadOnlyIntegerWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper();
    private Consumer<List<TrackedTask>> onFinished = finished -> { };
    private Runnable afterBatch = () -> { };
    private long sequence;
    private final ObservableMap<String, String> indexNames = FXCollections.observableHashMap();

    public TaskTableViewModel(TaskExecutor executor) {
        this.executor = executor;
        statusFilter.addListener((o, a, b) -> refilter());
        search.addListener((o, a, b) -> refilter());
        shown.bind(Bindings.size(rows.shown()));
    }

    /** Switches to another engine's history (start-up, or after connecting an account). */
    public void load(TaskTracker newTracker) {
        tracker = newTracker;
        byLocalId.clear();
        all.clear();
        List<TrackedTask> snapshot = newTracker.snapshot();
        for (int i = snapshot.size() - 1; i >= 0; i--) {
            TaskRow row = new TaskRow(snapshot.get(i), ++sequence);
            byLocalId.put(row.localId(), row);
            all.add(row);
        }
        rows.rebuild(all);
    }

    /** Applies one engine batch: new rows, changed rows (moved only if their place changed), removals. */
    public void apply(List<TrackedTask> changed, List<String> removedLocalIds) {
        List<TrackedTask> finished = new ArrayList<>();
        for (TrackedTask t : changed) {
            TaskRow row = byLocalId.get(t.localId());
            if (row == null) {
                row = new TaskRow(t, ++sequence);
                byLocalId.put(t.localId(), row);
                all.add(row);
                rows.add(row);
            } else {
                if (!row.get().isSettled() && t.isSettled()) {
                    finished.add(t);
                }
                row.update(t);
                rows.changed(row);
            }
        }
        for (String id : removedLocalIds) {
            TaskRow row = byLocalId.remove(id);
            if (row != null) {
                all.remove(row);
                rows.remove(row);
            }
        }
        afterBatch.run();
        if (!finished.isEmpty()) {
            onFinished.accept(finished);
        }
    }

    public void setOnFinished(Consumer<List<TrackedTask>> listener) {
        this.onFinished = listener;
    }

    /** Runs after each batch; the view puts the selection back on a row that moved. */
    public void setAfterBatch(Runnable action) {
        this.afterBatch = action;
    }

    /** The rows to show, filtered and sorted; see {@link #sortBy}. */
    public ObservableList<TaskRow> rows() {
        return rows.shown();
    }

    /** Sorts by {@code comparator}; null restores the engine's order (newest first). */
    public void sortBy(Comparator<TaskRow> comparator) {
        rows.setOrder(comparator, all);
    }

    /** Index id to name, filled from the account's index list; the index column shows names. */
    public ObservableMap<String, String> indexNames() {
        return indexNames;
    }

    public int totalCount() {
        return all.size();
    }

    public ReadOnlyIntegerProperty shownCountProperty() {
        return shown.getReadOnlyProperty();
    }

    public ObjectProperty<StatusFilter> statusFilterProperty() {
        return statusFilter;
    }

    public StringProperty searchProperty() {
        return search;
    }

    /** The outcome of the last row action, as a sentence; empty when there is nothing to say. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public boolean canRetry(TaskRow row) {
        return row != null && row.get().isSettled() && RowStatus.of(row.get()).group() == RowStatus.Group.FAILED
                && row.get().state() != SubmissionState.NEEDS_DECISION;
    }

    /** The person says a task found on the server is this row's video. */
    public void adopt(TaskRow row, String taskId) {
        TaskTracker t = tracker;
        executor.execute(() -> {
            t.adopt(row.localId(), taskId);
            return row;
        }, r -> say("Task " + taskId + " is now followed for " + TaskRow.videoName(r.get()) + "."),
                e -> say(ErrorText.of("Adopting the task", e)));
    }

    /** The person says none of the tasks found is this row's video. */
    public void sendAgain(TaskRow row) {
        TaskTracker t = tracker;
        executor.execute(() -> {
            t.sendAgain(row.localId());
            return row;
        }, r -> say("Sending again: " + TaskRow.videoName(r.get())),
                e -> say(ErrorText.of("Sending again", e)));
    }

    /** The API deletes only ready or failed tasks. */
    public boolean canDeleteOnServer(TaskRow row) {
        if (row == null || row.get().task() == null) {
            return false;
        }
        TaskStatus s = row.get().task().status();
        return s.equals(TaskStatus.READY) || s.equals(TaskStatus.FAILED);
    }

    public void retry(TaskRow row) {
        if (!canRetry(row)) {
            say("Only failed or unsent videos can be retried.");
            return;
        }
        TaskTracker t = tracker;
        executor.execute(() -> t.retry(row.localId()),
                retried -> say("Sent again: " + TaskRow.videoName(retried)),
                e -> say(ErrorText.of("Retrying", e)));
    }

    /** Removes the row from the history; the task stays on the server. */
    public void forget(TaskRow row) {
        TaskTracker t = tracker;
        executor.execute(() -> {
            t.forget(row.localId());
            return row;
        }, r -> say("Removed from the list (the task is still on the server)."),
                e -> say(ErrorText.of("Removing the row", e)));
    }

    /** Deletes the task on the server; the caller has already asked the person to confirm. */
    public void deleteOnServer(TaskRow row) {
        if (!canDeleteOnServer(row)) {
            say("Only ready or failed tasks can be deleted on the server.");
            return;
        }
        TaskTracker t = tracker;
        executor.execute(() -> {
            t.deleteOnServer(row.localId());
            return row;
        }, r -> say("Deleted on the server: " + TaskRow.videoName(r.get())),
                e -> say(ErrorText.of("Deleting the task", e)));
    }

    /** Sets the message even when it repeats, so the window tells the person again. */
    private void say(String sentence) {
        message.set("");
        message.set(sentence);
    }

    private void refilter() {
        StatusFilter f = statusFilter.get() == null ? StatusFilter.ALL : statusFilter.get();
        String needle = search.get() == null ? "" : search.get().strip().toLowerCase(Locale.ROOT);
        rows.setFilter(row -> f.test(row.get()) && row.matches(needle), all);
    }
}
