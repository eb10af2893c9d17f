package io.reeldrop.ui.table;

import java.util.ArrayList;
import java.util.Collections;
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
 * out of the list and put back, which drops it from the table's selection; after each change
 * the rows are selected again, found by binary search, so a batch costs O(changed x log n)
 * whatever the selection's size. Rows hidden by the filter or removed leave the selection, as
 * in a file manager.
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
    }

    @Override
    public void after(List<TaskRow> updated, List<TaskRow> removed, boolean rebuilt) {
        try {
            boolean touched = rebuilt;
            for (TaskRow r : removed) {
                touched |= kept.remove(r);
            }
            boolean lost = false;
            for (TaskRow r : updated) {
                if (kept.contains(r)) {
                    touched = true;
                    int i = model.indexOf(r);
                    if (i < 0) {
                        kept.remove(r);
                    } else if (!table.getSelectionModel().isSelected(i)) {
                        lost = true;
                    }
                }
            }
            if (rebuilt || lost || table.getSelectionModel().getSelectedIndices().size() != kept.size()) {
                reselect();
            }
            if (touched) {
                revision.set(revision.get() + 1);
            }
        } finally {
            changing = false;
        }
    }

    /** Selects exactly the kept rows still shown, in one selection change, the lead last. */
    private void reselect() {
        List<Integer> indices = new ArrayList<>(kept.size());
        kept.removeIf(r -> {
            int i = model.indexOf(r);
            if (i >= 0) {
                indices.add(i);
            }
            return i < 0;
        });
        if (lead != null && !kept.contains(lead)) {
            lead = null;
        }
        var selection = table.getSelectionModel();
        if (indices.isEmpty()) {
            selection.clearSelection();
            return;
        }
        Collections.sort(indices);
        int first = indices.get(0);
        int[] rest = indices.subList(1, indices.size()).stream().mapToInt(Integer::intValue).toArray();
        selection.clearSelection();
        selection.selectIndices(first, rest);
        if (lead != null) {
            int at = model.indexOf(lead);
            selection.select(at);
            table.getFocusModel().focus(at);
        }
    }
}
