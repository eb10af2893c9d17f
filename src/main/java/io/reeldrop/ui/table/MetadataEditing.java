package io.reeldrop.ui.table;

import io.reeldrop.tracking.TaskTracker;
import io.reeldrop.ui.support.ErrorText;
import io.reeldrop.ui.support.TaskExecutor;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/** Changing a sent video's user metadata from the details pane: on a worker, the outcome as a sentence. */
public final class MetadataEditing {

    private final TaskExecutor executor;
    private TaskTracker tracker;
    private final ReadOnlyBooleanWrapper editable = new ReadOnlyBooleanWrapper();

    MetadataEditing(TaskExecutor executor) {
        this.executor = executor;
    }

    void load(TaskTracker t) {
        tracker = t;
    }

    /**
     * Sets {@code changes} (a null value deletes its key) on the video of {@code localId}, then
     * tells {@code done} on the UI thread: null when it worked, else the sentence why not.
     */
    public void update(String localId, Map<String, Object> changes, Consumer<String> done) {
        TaskTracker t = tracker;
        if (t == null) {
            done.accept("ReelDrop is not connected yet; nothing was changed.");
            return;
        }
        executor.execute(() -> {
            t.updateMetadata(localId, changes);
            return localId;
        }, id -> done.accept(null), e -> done.accept(ErrorText.of("Saving the metadata", e)));
    }

    /** True when the connection keeps user metadata (API v1.3): the details then offer to edit it. */
    public ReadOnlyBooleanProperty editableProperty() {
        return editable.getReadOnlyProperty();
    }

    public void setEditable(boolean value) {
        editable.set(value);
    }
}
