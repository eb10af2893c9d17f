package io.reeldrop.ui.table;

import io.reeldrop.tracking.TrackedTask;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The live table with its filter bar and details pane. Keyboard: Enter shows details, Delete
 * removes from the list, Shift+Delete deletes on the server, Ctrl+C copies the task id,
 * Ctrl+R retries, Ctrl+O opens the HLS stream, Escape closes the details.
 */
public final class TaskTableView extends VBox {

    private final TaskTableViewModel model;
    private final TableView<TaskRow> table = new TableView<>();
    /** Made on first use: most sessions never open it, and the first frame should not pay for it. */
    private DetailsView details;
    private final SplitPane split = new SplitPane(table);
    private final ObjectProperty<Instant> now = new SimpleObjectProperty<>(Instant.now());
    private final TaskFilterBar filterBar;
    private Consumer<String> openUrl = url -> { };
    private String appliedSortKey = "";
    private TaskRow keptSelection;
    private final ClockTick tick = new ClockTick(now, ClockTick.PERIOD);

    public TaskTableView(TaskTableViewModel model) {
        this.model = model;
        setId("taskTable");
        setSpacing(6);
        table.setId("tasks");
        table.getColumns().setAll(TaskColumns.all(now, model.indexNames()));
        model.indexNames().addListener((javafx.collections.MapChangeListener<String, String>) c -> table.refresh());
        table.setMinHeight(0);
        // Every row is one line: a fixed height spares VirtualFlow from measuring cells to
        // estimate the list's height each time rows move, the main cost of a busy batch.
        table.setFixedCellSize(38);
        split.setMinHeight(0);
        table.setItems(model.rows());
        table.setSortPolicy(t -> {
            String key = sortKey(t.getSortOrder());
            if (!key.equals(appliedSortKey)) {
                appliedSortKey = key;
                keepSelection(() -> model.sortBy(rowComparator(t.getSortOrder())));
            }
            return true;
        });
        model.setAfterBatch(this::restoreSelection);
        table.setPlaceholder(new Label("No videos yet. Paste URLs above and press Submit (Ctrl+Enter)."));
        table.setAccessibleText("Submitted videos and their indexing status");
        // The row menu is built when first asked for (right click, Shift+F10, Menu key): the
        // filter runs before the control's own handler, which then shows it.
        table.addEventFilter(ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> {
            if (table.getContextMenu() == null) {
                table.setContextMenu(new RowMenu(this).build());
            }
        });
        table.addEventHandler(KeyEvent.KEY_PRESSED, this::onKey);
        table.setRowFactory(tv -> {
            javafx.scene.control.TableRow<TaskRow> r = new javafx.scene.control.TableRow<>();
            r.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !r.isEmpty()) {
                    showDetails();
                }
            });
            return r;
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                keptSelection = b;
            }
            if (b != null && details != null && split.getItems().contains(details)) {
                details.taskProperty().unbind();
                details.taskProperty().bind(b.taskProperty());
            }
        });
        VBox.setVgrow(split, Priority.ALWAYS);
        filterBar = new TaskFilterBar(model);
        getChildren().addAll(filterBar, split);
        // The clock runs while the view is in a scene: a service is started on the FX thread,
        // and the view may be built before it (ReelDropApp builds it in init()).
        sceneProperty().addListener((o, a, b) -> {
            if (b != null) {
                tick.restart();
            } else {
                tick.cancel();
            }
        });
    }

    /** Stops the countdown clock. */
    public void dispose() {
        tick.cancel();
    }

    /** A row that moved (removed and put back elsewhere) loses its selection; give it back. */
    private void restoreSelection() {
        TaskRow keep = keptSelection;
        if (keep == null || table.getSelectionModel().getSelectedItem() == keep) {
            return;
        }
        int i = model.rows().indexOf(keep);
        if (i >= 0) {
            table.getSelectionModel().clearAndSelect(i);
            table.getFocusModel().focus(i);
        } else {
            keptSelection = null;
        }
    }

    private void keepSelection(Runnable action) {
        action.run();
        restoreSelection();
    }

    private static String sortKey(List<TableColumn<TaskRow, ?>> order) {
        StringBuilder b = new StringBuilder();
        for (TableColumn<TaskRow, ?> c : order) {
            b.append(c.getId()).append(c.getSortType()).append(';');
        }
        return b.toString();
    }

    /** Compares rows by their placed tasks with each sorted column's comparator, in sort order. */
    @SuppressWarnings("unchecked")
    static Comparator<TaskRow> rowComparator(List<TableColumn<TaskRow, ?>> order) {
        Comparator<TaskRow> result = null;
        for (TableColumn<TaskRow, ?> c : order) {
            Comparator<TrackedTask> byTask = (Comparator<TrackedTask>) c.getComparator();
            Comparator<TaskRow> byRow = Comparator.comparing(TaskRow::placed, byTask);
            if (c.getSortType() == TableColumn.SortType.DESCENDING) {
                byRow = byRow.reversed();
            }
            result = result == null ? byRow : result.thenComparing(byRow);
        }
        return result;
    }

    public Button trackExistingButton() {
        return filterBar.trackExisting();
    }

    public TableView<TaskRow> table() {
        return table;
    }

    public DetailsView details() {
        if (details == null) {
            details = new DetailsView();
            details.closeButton().setOnAction(e -> hideDetails());
        }
        return details;
    }

    public void focusSearch() {
        filterBar.search().requestFocus();
        filterBar.search().selectAll();
    }

    /** How "Open HLS stream" opens a link: the app's host services in the real window. */
    public void setOpenUrl(Consumer<String> openUrl) {
        this.openUrl = openUrl;
    }

    TaskRow selected() {
        return table.getSelectionModel().getSelectedItem();
    }

    TaskTableViewModel model() {
        return model;
    }

    public void showDetails() {
        TaskRow row = selected();
        if (row == null) {
            return;
        }
        DetailsView pane = details();
        pane.taskProperty().unbind();
        pane.taskProperty().bind(row.taskProperty());
        if (!split.getItems().contains(pane)) {
            split.getItems().add(pane);
            split.setDividerPositions(0.58);
        }
    }

    public void hideDetails() {
        if (details != null) {
            details.taskProperty().unbind();
            split.getItems().remove(details);
        }
        table.requestFocus();
    }

    void copy(String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        ClipboardContent c = new ClipboardContent();
        c.putString(text);
        Clipboard.getSystemClipboard().setContent(c);
    }

    void openHls() {
        TaskRow row = selected();
        String url = hlsUrl(row == null ? null : row.get());
        if (url != null) {
            openUrl.accept(url);
        }
    }

    static String hlsUrl(TrackedTask t) {
        return t == null || t.task() == null || t.task().hls() == null ? null : t.task().hls().videoUrl();
    }

    public void retrySelected() {
        model.retry(selected());
    }

    public void forgetSelected() {
        TaskRow row = selected();
        if (row != null) {
            model.forget(row);
        }
    }

    public void confirmDeleteOnServer() {
        TaskRow row = selected();
        if (!model.canDeleteOnServer(row)) {
            return;
        }
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION,
                "Delete the task for \"" + TaskRow.videoName(row.get()) + "\" on the server? "
                        + "The indexed video goes with it; this cannot be undone.",
                ButtonType.CANCEL, ButtonType.OK);
        ask.setHeaderText("Delete on the server?");
        ask.initOwner(getScene() == null ? null : getScene().getWindow());
        ask.showAndWait().filter(ButtonType.OK::equals).ifPresent(b -> model.deleteOnServer(row));
    }

    private void onKey(KeyEvent e) {
        TaskRow row = selected();
        if (row == null) {
            return;
        }
        if (e.getCode() == KeyCode.ENTER) {
            showDetails();
        } else if (e.getCode() == KeyCode.DELETE && e.isShiftDown()) {
            confirmDeleteOnServer();
        } else if (e.getCode() == KeyCode.DELETE) {
            model.forget(row);
        } else if (e.getCode() == KeyCode.C && e.isShortcutDown()) {
            copy(row.get().task() != null ? row.get().task().id() : row.get().localId());
        } else if (e.getCode() == KeyCode.R && e.isShortcutDown()) {
            model.retry(row);
        } else if (e.getCode() == KeyCode.O && e.isShortcutDown()) {
            openHls();
        } else if (e.getCode() == KeyCode.ESCAPE) {
            hideDetails();
        } else {
            return;
        }
        e.consume();
    }
}
