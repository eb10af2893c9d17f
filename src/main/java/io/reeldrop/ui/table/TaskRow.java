package io.reeldrop.ui.table;

import io.reeldrop.tracking.TrackedTask;
import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * One row of the table. The engine publishes immutable {@link TrackedTask}s; the row holds the
 * latest in one property, so every cell of the row follows a single change, and the search
 * text is computed once per change rather than once per keystroke and row.
 */
public final class TaskRow {

    private final String localId;
    private final long sequence;
    private final ReadOnlyObjectWrapper<TrackedTask> task;
    private String searchText;
    /** The task this row was last placed in the sorted list by; see {@link SortedRows}. */
    private TrackedTask placed;

    public TaskRow(TrackedTask initial) {
        this(initial, 0);
    }

    /** @param sequence higher for rows the engine reported later; orders an unsorted table */
    TaskRow(TrackedTask initial, long sequence) {
        this.localId = initial.localId();
        this.sequence = sequence;
        this.task = new ReadOnlyObjectWrapper<>(this, "task", initial);
        this.searchText = searchTextOf(initial);
        this.placed = initial;
    }

    TrackedTask placed() {
        return placed;
    }

    void place() {
        placed = task.get();
    }

    public String localId() {
        return localId;
    }

    long sequence() {
        return sequence;
    }

    public TrackedTask get() {
        return task.get();
    }

    public ReadOnlyObjectProperty<TrackedTask> taskProperty() {
        return task.getReadOnlyProperty();
    }

    void update(TrackedTask latest) {
        searchText = searchTextOf(latest);
        task.set(latest);
    }

    /** True when {@code needle} (already lower-case) is in the URL, file name or any id. */
    boolean matches(String needle) {
        return needle.isEmpty() || searchText.contains(needle);
    }

    private static String searchTextOf(TrackedTask t) {
        StringBuilder b = new StringBuilder(t.localId()).append('\n').append(t.submission().displayName());
        if (t.submission().videoFile() != null) {
            b.append('\n').append(t.submission().videoFile());
        }
        b.append('\n').append(t.submission().indexId());
        if (t.task() != null) {
            b.append('\n').append(t.task().id());
            append(b, t.task().videoId());
            append(b, t.task().metadata().filename());
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }

    private static void append(StringBuilder b, String s) {
        if (s != null) {
            b.append('\n').append(s);
        }
    }
}
