package io.reeldrop.ui.table;

import io.reeldrop.tracking.TaskTracker;
import io.reeldrop.tracking.TrackedTask;
import io.reeldrop.tracking.model.SubmissionState;
import io.reeldrop.ui.support.ErrorText;
import io.reeldrop.ui.support.TaskExecutor;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.value.ObservableBooleanValue;

/**
 * Pausing uploads from the table: which rows can be paused or resumed, and the whole queue's
 * Pause all and Resume all. The engine's {@code allPaused()} is not observable, so it is read
 * when a profile opens and after each of the queue's actions; the paused rows are counted as
 * batches arrive, so Resume all knows there is something to resume without a scan.
 */
public final class UploadPausing {

    private final TaskExecutor executor;
    private final Consumer<String> say;
    private TaskTracker tracker;
    private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper allPaused = new ReadOnlyBooleanWrapper();
    private final ReadOnlyIntegerWrapper pausedRows = new ReadOnlyIntegerWrapper();

    UploadPausing(TaskExecutor executor, Consumer<String> say) {
        this.executor = executor;
        this.say = say;
    }

    /** A profile opened: its engine, whether its queue is paused, its paused rows. */
    void load(TaskTracker t, List<TrackedTask> snapshot) {
        tracker = t;
        open.set(true);
        allPaused.set(t.uploads().allPaused());
        pausedRows.set((int) snapshot.stream().filter(UploadPausing::isPaused).count());
    }

    /** A row changed ({@code before} null: it is new) or went ({@code after} null). */
    void changed(TrackedTask before, TrackedTask after) {
        int delta = (after != null && isPaused(after) ? 1 : 0) - (before != null && isPaused(before) ? 1 : 0);
        if (delta != 0) {
            pausedRows.set(pausedRows.get() + delta);
        }
    }

    private static boolean isPaused(TrackedTask t) {
        return t.state() == SubmissionState.PAUSED;
    }

    boolean canPause(TaskRow row) {
        return row != null && tracker != null && tracker.uploads().canPause(row.get());
    }

    boolean canResume(TaskRow row) {
        return row != null && tracker != null && isPaused(row.get());
    }

    RowWork pause() {
        return new RowWork("Pausing", "Paused", "Only waiting or uploading videos can be paused.",
                "only waiting or uploading videos can be paused",
                "Chunks already on their way finish first; Resume upload continues from there.",
                "Chunks already on their way finish first; Resume upload continues from there.", this::canPause,
                (t, row) -> t.uploads().pause(row.localId()));
    }

    RowWork resume() {
        return new RowWork("Resuming", "Resumed", "Only paused uploads can be resumed.",
                "only paused uploads can be resumed", "", "", this::canResume,
                (t, row) -> t.uploads().resume(row.localId()));
    }

    /** Pauses every waiting and uploading video, and holds new ones until Resume all. */
    public void pauseAll() {
        queue(true);
    }

    /** Lets every paused upload go on, and new ones start again. */
    public void resumeAll() {
        queue(false);
    }

    private void queue(boolean pause) {
        TaskTracker t = tracker;
        if (t == null) {
            return;
        }
        executor.execute(() -> {
            if (pause) {
                t.uploads().pauseAll();
            } else {
                t.uploads().resumeAll();
            }
            return t.uploads().allPaused();
        }, paused -> {
            if (t == tracker) {
                allPaused.set(paused);
            }
            say.accept(pause ? "All uploads are paused; new videos wait too. Tasks > Resume all uploads lets them go on."
                    : "Uploads resumed.");
        }, e -> say.accept(ErrorText.of(pause ? "Pausing the uploads" : "Resuming the uploads", e)));
    }

    /** True while the queue is held by Pause all. */
    public ReadOnlyBooleanProperty allPausedProperty() {
        return allPaused.getReadOnlyProperty();
    }

    /** Pause all can run: a profile is open and its queue is not held already. */
    public ObservableBooleanValue canPauseAll() {
        return open.getReadOnlyProperty().and(allPaused.not());
    }

    /** Resume all can run: the queue is held, or some upload is paused. */
    public ObservableBooleanValue canResumeAll() {
        return open.getReadOnlyProperty().and(Bindings.or(allPaused, pausedRows.greaterThan(0)));
    }
}
