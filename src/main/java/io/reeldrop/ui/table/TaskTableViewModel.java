package io.reeldrop.ui.table;

import io.reeldrop.listing.TaskText;
import io.reeldrop.listing.RowStatus;
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
    private final ObjectProperty<ProfileScope> profileScope = new SimpleObjectProperty<>(ProfileScope.THIS);
    /** The open profile's id; null: every task counts as the open profile's. */
    private String openProfile;
    private final StringProperty search = new SimpleStringProperty("");
    private final ReadOnlyIntegerWrapper shown = new ReadOnlyIntegerWrapper();
    private final ReadOnlyStringWrapper emptyText = new ReadOnlyStringWrapper(EmptyTableText.of(0, 0));
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper();
    private Consumer<List<TrackedTask>> onFinished = finished -> { };
    private RowChanges rowChanges = RowChanges.NONE;
    private long sequence;
    private final ObservableMap<String, String> indexNames = FXCollections.observableHashMap();
    private final UploadPausing pausing;
    private final MetadataEditing metadataEditing;
    private final ObservableMap<String, String> profileNames = FXCollections.observableHashMap();

    public TaskTableViewModel(TaskExecutor executor) {
        this.executor = executor;
        this.pausing = new UploadPausing(executor, this::say);
        this.metadataEditing = new MetadataEditing(executor);
        statusFilter.addListener((o, a, b) -> refilter());
        search.addListener((o, a, b) -> refilter());
        profileScope.addListener((o, a, b) -> refilter());
        shown.bind(Bindings.size(rows.shown()));
        refilter();
    }

    /** Switches to another engine's history, every task counting as the open profile's. */
    public void load(TaskTracker newTracker) {
        load(newTracker, null);
    }

    /**
     * Switches to another engine's history (start-up, or another profile opened).
     *
     * @param profileId the open profile's id: the tasks "This profile" lists and the engine follows
     */
    public void load(TaskTracker newTracker, String profileId) {
        tracker = newTracker;
        openProfile = profileId;
        byLocalId.clear();
        all.clear();
        List<TrackedTask> snapshot = newTracker.snapshot();
        pausing.load(newTracker, snapshot);
        metadataEditing.load(newTracker);
        for (int i = snapshot.size() - 1; i >= 0; i--) {
            TaskRow row = new TaskRow(snapshot.get(i), ++sequence);
            byLocalId.put(row.localId(), row);
            all.add(row);
        }
        rebuild(() -> rows.rebuild(all));
    }

    /** Applies one engine batch: new rows, changed rows (moved only if their place changed), removals. */
    public void apply(List<TrackedTask> changed, List<String> removedLocalIds) {
        List<TrackedTask> finished = new ArrayList<>();
        List<TaskRow> updated = new ArrayList<>();
        List<TaskRow> removed = new ArrayList<>();
        rowChanges.before();
        for (TrackedTask t : changed) {
            TaskRow row = byLocalId.get(t.localId());
            pausing.changed(row == null ? null : row.get(), t);
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
                updated.add(row);
            }
        }
        for (String id : removedLocalIds) {
            TaskRow row = byLocalId.remove(id);
            if (row != null) {
                pausing.changed(row.get(), null);
                all.remove(row);
                rows.remove(row);
                removed.add(row);
            }
        }
        rowChanges.after(updated, removed, false);
        sayWhyEmpty();
        if (!finished.isEmpty()) {
            onFinished.accept(finished);
        }
    }

    public void setOnFinished(Consumer<List<TrackedTask>> listener) {
        this.onFinished = listener;
    }

    /** Told around every change of the shown rows; the view keeps the selection on rows that moved. */
    void setRowChanges(RowChanges listener) {
        this.rowChanges = listener;
        rows.setBeforeMutation(listener::mutating);
    }

    /** Where {@code row} is shown now, in O(log n); -1 when the filter hides it or it is gone. */
    int indexOf(TaskRow row) {
        return rows.indexOf(row);
    }

    /** The rows to show, filtered and sorted; see {@link #sortBy}. */
    public ObservableList<TaskRow> rows() {
        return rows.shown();
    }

    /**
     * Every task of the profiles the table lists (the open one's, or all under All profiles), in
     * the table's current order, whatever the status filter and search show.
     */
    public List<TrackedTask> allTasks() {
        List<TaskRow> sorted = new ArrayList<>(inScope());
        sorted.sort(rows.order());
        return sorted.stream().map(TaskRow::get).toList();
    }

    private List<TaskRow> inScope() {
        return profileScope.get() == ProfileScope.ALL ? all : all.stream().filter(r -> isFollowed(r.get())).toList();
    }

    /** The tasks the filter and search leave on screen, in their order. */
    public List<TrackedTask> shownTasks() {
        return rows.shown().stream().map(TaskRow::get).toList();
    }

    /** Sorts by {@code comparator}; null restores the engine's order (newest first). */
    public void sortBy(Comparator<TaskRow> comparator) {
        rebuild(() -> rows.setOrder(comparator, all));
    }

    /**
     * Whether the open profile's engine follows {@code t}; the other profiles' tasks are history
     * here, kept as last seen until their profile is open.
     */
    public boolean isFollowed(TrackedTask t) {
        return openProfile == null || t.profile() == null || t.profile().equals(openProfile);
    }

    public ObjectProperty<ProfileScope> profileScopeProperty() {
        return profileScope;
    }

    /** Profile id to name, filled from the saved profiles; the profile column shows names. */
    public ObservableMap<String, String> profileNames() {
        return profileNames;
    }

    /** Index id to name, filled from the account's index list; the index column shows names. */
    public ObservableMap<String, String> indexNames() {
        return indexNames;
    }

    /** How many tasks {@link #allTasks} has. */
    public int totalCount() {
        return inScope().size();
    }

    /** What the table says while it shows no row, and why. */
    public ReadOnlyStringProperty emptyTextProperty() {
        return emptyText.getReadOnlyProperty();
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
        }, r -> say("Task " + taskId + " is now followed for " + TaskText.videoName(r.get()) + "."),
                e -> say(ErrorText.of("Adopting the task", e)));
    }

    /** The person says none of the tasks found is this row's video. */
    public void sendAgain(TaskRow row) {
        TaskTracker t = tracker;
        executor.execute(() -> {
            t.sendAgain(row.localId());
            return row;
        }, r -> say("Sending again: " + TaskText.videoName(r.get())),
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

    /** Sends again each failed or unsent row of {@code selected}. */
    public void retry(List<TaskRow> selected) {
        run(new RowWork("Retrying", "Sent again", "Only failed or unsent videos can be retried.",
                "only failed or unsent videos can be retried", "", "", this::canRetry,
                (t, row) -> t.retry(row.localId())), selected);
    }

    /** Removes the rows from the history; their tasks stay on the server. */
    public void forget(List<TaskRow> selected) {
        run(new RowWork("Removing the row", "Removed from the list", "Select the rows to remove from the list.",
                "", "Its task is still on the server.", "Their tasks are still on the server.", row -> true,
                (t, row) -> t.forget(row.localId())), selected);
    }

    /** Deletes the ready or failed tasks of {@code selected} on the server; the caller has asked to confirm. */
    public void deleteOnServer(List<TaskRow> selected) {
        deleteOnServer(selected, false);
    }

    /**
     * The same, each the way its flow needs.
     *
     * @param alsoAssets the assets flow's rows: delete the uploaded asset too, not only the indexed asset
     */
    public void deleteOnServer(List<TaskRow> selected, boolean alsoAssets) {
        run(new RowWork("Deleting the task", "Deleted on the server",
                "Only ready or failed tasks can be deleted on the server.",
                "only ready or failed tasks can be deleted on the server", "", "", this::canDeleteOnServer,
                (t, row) -> t.deleteOnServer(row.localId(), alsoAssets)), selected);
    }

    /** Pauses the waiting or uploading rows of {@code selected}. */
    public void pause(List<TaskRow> selected) {
        run(pausing.pause(), selected);
    }

    /** Resumes the paused rows of {@code selected}. */
    public void resume(List<TaskRow> selected) {
        run(pausing.resume(), selected);
    }

    /** The queue's Pause all and Resume all, and when they can run. */
    public UploadPausing pausing() {
        return pausing;
    }

    /** Editing the sent videos' user metadata, for the details pane. */
    public MetadataEditing metadataEditing() {
        return metadataEditing;
    }

    public void retry(TaskRow row) {
        retry(List.of(row));
    }

    public void forget(TaskRow row) {
        forget(List.of(row));
    }

    public void deleteOnServer(TaskRow row) {
        deleteOnServer(List.of(row));
    }

    /**
     * Runs {@code work} on each row it allows, one after the other on one worker (gentle on the
     * API's rate limit), then says in one sentence what became of all of them.
     */
    private void run(RowWork work, List<TaskRow> selected) {
        List<TaskRow> allowed = selected.stream().filter(work.allows()).toList();
        int skipped = selected.size() - allowed.size();
        if (allowed.isEmpty()) {
            say(work.refusal());
            return;
        }
        TaskTracker t = tracker;
        executor.execute(() -> {
            List<String> done = new ArrayList<>();
            List<String> failures = new ArrayList<>();
            for (TaskRow row : allowed) {
                try {
                    work.step().run(t, row);
                    done.add(TaskText.videoName(row.get()));
                } catch (RuntimeException e) {
                    failures.add(ErrorText.of(work.doing() + " " + TaskText.videoName(row.get()), e));
                }
            }
            return work.sentence(done, skipped, failures);
        }, this::say, e -> say(ErrorText.of(work.doing(), e)));
    }

    /** Sets the message even when it repeats, so the window tells the person again. */
    void say(String sentence) {
        message.set("");
        message.set(sentence);
    }

    private void refilter() {
        StatusFilter f = statusFilter.get() == null ? StatusFilter.ALL : statusFilter.get();
        String needle = search.get() == null ? "" : search.get().strip().toLowerCase(Locale.ROOT);
        boolean everyProfile = profileScope.get() == ProfileScope.ALL;
        rebuild(() -> rows.setFilter(row -> f.test(row.get()) && row.matches(needle)
                && (everyProfile || isFollowed(row.get())), all));
    }

    private void rebuild(Runnable change) {
        rowChanges.before();
        change.run();
        rowChanges.after(List.of(), List.of(), true);
        sayWhyEmpty();
    }

    /** Only when no row shows: counting the rows in scope is a walk over all of them. */
    private void sayWhyEmpty() {
        if (rows.shown().isEmpty()) {
            emptyText.set(EmptyTableText.of(all.size(), inScope().size()));
        }
    }
}
