package io.reeldrop.ui.table;

import io.reeldrop.api.TaskStatus;
import io.reeldrop.tracking.TaskTracker;
import io.reeldrop.tracking.TrackedTask;
import io.reeldrop.ui.ErrorText;
import io.reeldrop.ui.TaskExecutor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.Comparator;
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
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;

/**
 * The live table's state: every tracked task as a row, filtered by status and search text,
 * and the row actions. All methods run on the UI thread; engine batches arrive through
 * {@link #apply}, once per batch.
 */
public final class TaskTableViewModel {

    private final TaskExecutor executor;
    private final ObjectProperty<TaskTracker> tracker = new SimpleObjectProperty<>();
    /*
     * No extractor on purpose: per-row update events make SortedList permute and the table's
     * selection model walk all rows once per change (seconds per batch at 10,000 rows). Cells
     * follow their row's property directly; sorting and filtering are redone once per batch.
     */
    private final ObservableList<TaskRow> all = FXCollections.observableArrayList();
    private final Map<String, TaskRow> byLocalId = new HashMap<>();
    private final FilteredList<TaskRow> filtered = new FilteredList<>(all);
    private final SortedList<TaskRow> sorted = new SortedList<>(filtered);
    private final ObjectProperty<StatusFilter> statusFilter = new SimpleObjectProperty<>(StatusFilter.ALL);
    private final StringProperty search = new SimpleStringProperty("");
    private final ReadOnlyIntegerWrapper shown = new ReadOnlyIntegerWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper();
    private Consumer<List<TrackedTask>> onFinished = finished -> { };
    private Comparator<TaskRow> order;
    private StatusFilter activeFilter = StatusFilter.ALL;
    private String activeNeedle = "";

    public TaskTableViewModel(TaskExecutor executor) {
        this.executor = executor;
        statusFilter.addListener((o, a, b) -> refilter());
        search.addListener((o, a, b) -> refilter());
        shown.bind(javafx.beans.binding.Bindings.size(filtered));
    }

    /** Switches to another engine's history (start-up, or after connecting an account). */
    public void load(TaskTracker newTracker) {
        tracker.set(newTracker);
        byLocalId.clear();
        List<TaskRow> rows = new ArrayList<>();
        for (TrackedTask t : newTracker.snapshot()) {
            TaskRow row = new TaskRow(t);
            byLocalId.put(t.localId(), row);
            rows.add(row);
        }
        all.setAll(rows);
    }

    /** Applies one engine batch: new rows first in the list, changed rows updated in place. */
    public void apply(List<TrackedTask> changed, List<String> removedLocalIds) {
        List<TrackedTask> finished = new ArrayList<>();
        List<TaskRow> added = new ArrayList<>();
        boolean membershipChanged = false;
        boolean rowsChanged = false;
        for (TrackedTask t : changed) {
            TaskRow row = byLocalId.get(t.localId());
            if (row == null) {
                row = new TaskRow(t);
                byLocalId.put(t.localId(), row);
                added.add(row);
            } else {
                if (!row.get().isSettled() && t.isSettled()) {
                    finished.add(t);
                }
                boolean wasShown = shows(row);
                row.update(t);
                membershipChanged |= wasShown != shows(row);
                rowsChanged = true;
            }
        }
        if (membershipChanged) {
            refilter();
        } else if (rowsChanged && order != null) {
            resort();
        }
        if (!added.isEmpty()) {
            all.addAll(0, added);
        }
        if (!removedLocalIds.isEmpty()) {
            List<TaskRow> gone = new ArrayList<>();
            for (String id : removedLocalIds) {
                TaskRow row = byLocalId.remove(id);
                if (row != null) {
                    gone.add(row);
                }
            }
            all.removeAll(gone);
        }
        if (!finished.isEmpty()) {
            onFinished.accept(finished);
        }
    }

    public void setOnFinished(Consumer<List<TrackedTask>> listener) {
        this.onFinished = listener;
    }

    /** The rows to show, filtered and sorted; see {@link #sortBy}. */
    public SortedList<TaskRow> rows() {
        return sorted;
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
        return row != null && row.get().isSettled() && RowStatus.of(row.get()).group() == RowStatus.Group.FAILED;
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
            message.set("Only failed or unsent videos can be retried.");
            return;
        }
        TaskTracker t = tracker.get();
        executor.execute(() -> t.retry(row.localId()),
                retried -> message.set("Sent again: " + TaskRow.videoName(retried)),
                e -> message.set(ErrorText.of("Retrying", e)));
    }

    /** Removes the row from the history; the task stays on the server. */
    public void forget(TaskRow row) {
        TaskTracker t = tracker.get();
        executor.execute(() -> {
            t.forget(row.localId());
            return row;
        }, r -> message.set("Removed from the list (the task is still on the server)."),
                e -> message.set(ErrorText.of("Removing the row", e)));
    }

    /** Deletes the task on the server; the caller has already asked the person to confirm. */
    public void deleteOnServer(TaskRow row) {
        if (!canDeleteOnServer(row)) {
            message.set("Only ready or failed tasks can be deleted on the server.");
            return;
        }
        TaskTracker t = tracker.get();
        executor.execute(() -> {
            t.deleteOnServer(row.localId());
            return row;
        }, r -> message.set("Deleted on the server: " + TaskRow.videoName(r.get())),
                e -> message.set(ErrorText.of("Deleting the task", e)));
    }

    /**
     * Sorts the rows with the table's comparator (null: engine order). The view installs this as
     * the table's sort policy.
     */
    public void sortBy(Comparator<TaskRow> comparator) {
        order = comparator;
        resort();
    }

    private boolean shows(TaskRow row) {
        return activeFilter.test(row.get()) && row.matches(activeNeedle);
    }

    private void refilter() {
        activeFilter = statusFilter.get() == null ? StatusFilter.ALL : statusFilter.get();
        activeNeedle = search.get() == null ? "" : search.get().strip().toLowerCase(Locale.ROOT);
        filtered.setPredicate(this::shows);
        resort();
    }

    /** A new comparator instance makes the sorted list sort again: one permutation per batch. */
    private void resort() {
        Comparator<TaskRow> c = order;
        sorted.setComparator(c == null ? null : (a, b) -> c.compare(a, b));
    }
}
