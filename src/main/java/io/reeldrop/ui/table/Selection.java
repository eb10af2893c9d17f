package io.reeldrop.ui.table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableView;

/**
 * The rows a person selected, kept through live updates. A row whose place changes is taken
 * out of the list and put back, which drops it from the table's selection. And while rows are
 * selected, JavaFX's selection model shifts every selected position on every list change: with
 * a thousand rows selected, one batch of moves took seconds. So before the first list change
 * of a batch the table's selection is cleared, and after the batch the kept rows are selected
 * again in one step: one clear and one select per batch that moves rows instead of a shift per
 * list change, and nothing for a batch that moves none (in the engine's order none does).
 * Clearing is still JavaFX's own cost, which grows faster than the selection: with all 10,000
 * rows selected and sorted by a changing column, a moving batch costs about 40 ms (see ui.md).
 * Rows hidden by the filter or removed leave the selection, as in a file manager.
 *
 * <p>{@link #revisionProperty()} moves on whenever the selection or a selected row's task
 * changes: the row actions' enabled states follow it.
 */
final class Selection implements RowChanges {

    private final TableView<TaskRow> table;
    private final TaskTableViewModel model;
    private final Set<TaskRow> kept = new LinkedHashSet<>();
    /** The row last clicked or moved to: the one "Show details" shows, and the focus. */
    private TaskRow lead;
    private boolean changing;
    /** True once this change cleared the table's selection, which must then be given back. */
    private boolean cleared;
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper();

    Selection(TableView<TaskRow> table, TaskTableViewModel model) {
        this.table = table;
        this.model = model;
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.getSelectionModel().getSelectedItems().addListener((InvalidationListener) o -> {
            if (!changing) {
                kept.clear();
                kept.addAll(table.getSelectionModel().getSelectedItems());
                lead = table.getSelectionModel().getSelectedItem();
                revision.set(revision.get() + 1);
            }
        });
        model.setRowChanges(this);
    }

    /** The selected rows in the table's order. */
    List<TaskRow> rows() {
        List<Integer> indices = new ArrayList<>(table.getSelectionModel().getSelectedIndices());
        Collections.sort(indices);
        List<TaskRow> rows = new ArrayList<>(indices.size());
        for (int i : indices) {
            if (i >= 0 && i < table.getItems().size()) {
                rows.add(table.getItems().get(i));
            }
        }
        return rows;
    }

    /** The row actions for one row act on: the last one clicked; null without a selection. */
    TaskRow lead() {
        return table.getSelectionModel().getSelectedItem();
    }

    int size() {
        return table.getSelectionModel().getSelectedIndices().size();
    }

    ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    @Override
    public void before() {
        changing = true;
        cleared = false;
    }

    @Override
    public void mutating() {
        if (changing && !cleared) {
            cleared = true;
            if (!table.getSelectionModel().getSelectedIndices().isEmpty()) {
                table.getSelectionModel().clearSelection();
            }
        }
    }

    @Override
    public void after(List<TaskRow> updated, List<TaskRow> removed, boolean rebuilt) {
        try {
            boolean touched = rebuilt;
            for (TaskRow r : removed) {
                touched |= kept.remove(r);
            }
            for (TaskRow r : updated) {
                touched |= kept.contains(r);
            }
            if (cleared) {
                reselect();
            }
            if (touched) {
                revision.set(revision.get() + 1);
            }
        } finally {
            changing = false;
            cleared = false;
        }
    }

    /** Selects exactly the kept rows still shown, in one selection change, the lead last. */
    private void reselect() {
        int[] indices = keptIndices();
        if (lead != null && !kept.contains(lead)) {
            lead = null;
        }
        var selection = table.getSelectionModel();
        selection.clearSelection();
        if (indices.length == 0) {
            return;
        }
        selection.selectIndices(indices[0], Arrays.copyOfRange(indices, 1, indices.length));
        if (lead != null) {
            int at = model.indexOf(lead);
            selection.select(at);
            table.getFocusModel().focus(at);
        }
    }

    /**
     * Where the kept rows are now, ascending; rows no longer shown leave {@link #kept}. A few
     * rows are found by binary search; for many (a whole table selected), one pass over the
     * shown rows is cheaper than thousands of searches through the sort's comparator.
     */
    private int[] keptIndices() {
        List<TaskRow> shown = table.getItems();
        int[] found;
        if (kept.size() > shown.size() / 16) {
            Set<TaskRow> seen = new HashSet<>();
            found = new int[kept.size()];
            int n = 0;
            for (int i = 0; i < shown.size(); i++) {
                TaskRow r = shown.get(i);
                if (kept.contains(r)) {
                    found[n++] = i;
                    seen.add(r);
                }
            }
            kept.retainAll(seen);
            return Arrays.copyOf(found, n);
        }
        List<Integer> indices = new ArrayList<>(kept.size());
        kept.removeIf(r -> {
            int i = model.indexOf(r);
            if (i >= 0) {
                indices.add(i);
            }
            return i < 0;
        });
        Collections.sort(indices);
        return indices.stream().mapToInt(Integer::intValue).toArray();
    }
}
