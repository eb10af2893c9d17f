package io.reeldrop.ui.table;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The rows the table shows, kept filtered and sorted by hand. A changed row is moved only
 * when its neighbours say it is out of place, so a batch costs a few small list changes
 * instead of a full re-sort; JavaFX's SortedList answers every change with a permutation of
 * all rows, which makes the table and its selection model walk all 10,000 of them.
 *
 * <p>Rows are ordered by the task they were last placed with ({@link TaskRow#placed()}), not
 * their latest one, so a changed row is still found by binary search at its old place.
 */
final class SortedRows {

    private final ObservableList<TaskRow> shown = FXCollections.observableArrayList();
    /** Newest first when no column is sorted: the engine's order. */
    private static final Comparator<TaskRow> ENGINE_ORDER = Comparator.comparingLong(TaskRow::sequence).reversed();
    private Comparator<TaskRow> order = ENGINE_ORDER;
    private Predicate<TaskRow> filter = row -> true;
    /** Told before each change of the shown list; see {@link RowChanges#mutating()}. */
    private Runnable beforeMutation = () -> { };

    void setBeforeMutation(Runnable hook) {
        this.beforeMutation = hook;
    }

    ObservableList<TaskRow> shown() {
        return shown;
    }

    /** The order rows are shown in, ties broken by the engine's. */
    Comparator<TaskRow> order() {
        return order;
    }

    boolean accepts(TaskRow row) {
        return filter.test(row);
    }

    /** Sorting by {@code comparator} (null: engine order); ties keep the engine order. */
    void setOrder(Comparator<TaskRow> comparator, List<TaskRow> all) {
        order = comparator == null ? ENGINE_ORDER : comparator.thenComparing(ENGINE_ORDER);
        rebuild(all);
    }

    void setFilter(Predicate<TaskRow> predicate, List<TaskRow> all) {
        filter = predicate;
        rebuild(all);
    }

    /** Everything again, in one list change: for a new filter, sort or history. */
    void rebuild(List<TaskRow> all) {
        List<TaskRow> rows = new ArrayList<>();
        for (TaskRow r : all) {
            r.place();
            if (filter.test(r)) {
                rows.add(r);
            }
        }
        rows.sort(order);
        beforeMutation.run();
        shown.setAll(rows);
    }

    void add(TaskRow row) {
        row.place();
        if (filter.test(row)) {
            insert(row);
        }
    }

    void remove(TaskRow row) {
        int i = indexOf(row);
        if (i >= 0) {
            beforeMutation.run();
            shown.remove(i);
        }
    }

    /** After {@code row}'s task changed: hide it, show it, or move it if its place changed. */
    void changed(TaskRow row) {
        int i = indexOf(row);
        row.place();
        boolean wanted = filter.test(row);
        if (i < 0) {
            if (wanted) {
                insert(row);
            }
            return;
        }
        if (!wanted) {
            beforeMutation.run();
            shown.remove(i);
            return;
        }
        boolean afterPrevious = i == 0 || order.compare(shown.get(i - 1), row) <= 0;
        boolean beforeNext = i == shown.size() - 1 || order.compare(row, shown.get(i + 1)) <= 0;
        if (!afterPrevious || !beforeNext) {
            beforeMutation.run();
            shown.remove(i);
            insert(row);
        }
    }

    private void insert(TaskRow row) {
        int at = Collections.binarySearch(shown, row, order);
        beforeMutation.run();
        shown.add(at < 0 ? -at - 1 : at, row);
    }

    /** Where the row sits now, found by its placed task in O(log n); -1 when it is not shown. */
    int indexOf(TaskRow row) {
        int at = Collections.binarySearch(shown, row, order);
        return at >= 0 && shown.get(at) == row ? at : -1;
    }
}
