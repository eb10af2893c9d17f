package io.reeldrop.ui.table;

import io.reeldrop.tracking.TrackedTask;
import io.reeldrop.ui.action.ActionFactory;
import io.reeldrop.ui.action.Actions;
import io.reeldrop.ui.action.StandardAction;
import io.reeldrop.listing.TaskColumn;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import javafx.collections.MapChangeListener;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The live table with its filter bar and details pane. The row menu and the table's keys are
 * rendered from {@link RowActions}; the keys act only while the table has the focus.
 */
public final class TaskTableView extends VBox {

    private final TaskTableViewModel model;
    private final TableView<TaskRow> table = new TableView<>();
    /** Made on first use: most sessions never open it, and the first frame should not pay for it. */
    private DetailsView details;
    private final SplitPane split = new SplitPane(table);
    private final ObjectProperty<Instant> now = new SimpleObjectProperty<>(Instant.now());
    private final TaskFilterBar filterBar;
    private final ReadOnlyBooleanWrapper detailsShown = new ReadOnlyBooleanWrapper();
    private final RowActions rowActions;
    private final ActionFactory rowControls;
    private String appliedSortKey = "";
    private final Selection selection;
    private final ClockTick tick = new ClockTick(now, ClockTick.PERIOD);
    private Consumer<String> openUrl = url -> { };

    public TaskTableView(TaskTableViewModel model) {
        this.model = model;
        setId("taskTable");
        setSpacing(6);
        table.setId("tasks");
        table.getColumns().setAll(TaskColumns.all(now, model.indexNames(), model.profileNames(), model::isFollowed));
        model.indexNames().addListener((MapChangeListener<String, String>) c -> table.refresh());
        model.profileNames().addListener((MapChangeListener<String, String>) c -> table.refresh());
        // Which profile a row is on matters only when the table lists every profile's tasks.
        TableColumn<TaskRow, ?> profileColumn = column(TaskColumn.PROFILE);
        profileColumn.setVisible(model.profileScopeProperty().get() == ProfileScope.ALL);
        model.profileScopeProperty().addListener((o, a, b) -> profileColumn.setVisible(b == ProfileScope.ALL));
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
                model.sortBy(rowComparator(t.getSortOrder()));
            }
            return true;
        });
        // Columns can be hidden and shown from the header's menu button; "as shown" in an
        // export and in copied text means the visible ones, in the order they are shown.
        table.setTableMenuButtonVisible(true);
        selection = new Selection(table, model);
        Label empty = new Label();
        empty.setId("emptyTable");
        empty.setWrapText(true);
        empty.textProperty().bind(model.emptyTextProperty());
        table.setPlaceholder(empty);
        table.setAccessibleText("Submitted videos and their indexing status");
        rowActions = new RowActions(this, model);
        rowControls = new ActionFactory(rowActions.actions());
        // The row menu is built when first asked for (right click, Shift+F10, Menu key): the
        // filter runs before the control's own handler, which then shows it.
        table.addEventFilter(ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> {
            if (table.getContextMenu() == null) {
                table.setContextMenu(rowControls.contextMenu(RowActions.MENU));
            }
        });
        table.addEventHandler(KeyEvent.KEY_PRESSED, rowControls.keyHandler(StandardAction.Scope.TABLE));
        table.setRowFactory(tv -> {
            TableRow<TaskRow> r = new TableRow<>();
            r.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !r.isEmpty()) {
                    rowActions.actions().command(StandardAction.SHOW_DETAILS).execute();
                }
            });
            return r;
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
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

    Selection selection() {
        return selection;
    }

    private TableColumn<TaskRow, ?> column(TaskColumn c) {
        return table.getColumns().stream().filter(col -> col.getUserData() == c).findFirst().orElseThrow();
    }

    /** The visible columns in the order shown: what an export and copied text write. */
    public List<TaskColumn> shownColumns() {
        List<TaskColumn> shown = new ArrayList<>();
        for (TableColumn<TaskRow, ?> c : table.getVisibleLeafColumns()) {
            if (c.getUserData() instanceof TaskColumn column) {
                shown.add(column);
            }
        }
        return shown;
    }

    /** The selected rows' tasks, in the table's order. */
    public List<TrackedTask> selectedTasks() {
        return selection.rows().stream().map(TaskRow::get).toList();
    }

    public DetailsView details() {
        if (details == null) {
            details = new DetailsView(model.metadataEditing(), url -> openUrl.accept(url));
            details.closeButton().setOnAction(e -> hideDetails());
        }
        return details;
    }

    public void focusSearch() {
        filterBar.search().requestFocus();
        filterBar.search().selectAll();
    }

    /** How "Open HLS stream" and the details' link open a link: the app's host services in the real window. */
    public void setOpenUrl(Consumer<String> openUrl) {
        this.openUrl = openUrl;
        rowActions.setOpenUrl(openUrl);
    }

    /** The row actions' commands, for the window's Tasks menu. */
    public Actions actions() {
        return rowActions.actions();
    }

    public ReadOnlyBooleanProperty detailsShownProperty() {
        return detailsShown.getReadOnlyProperty();
    }

    void showDetails() {
        TaskRow row = table.getSelectionModel().getSelectedItem();
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
        detailsShown.set(true);
    }

    void hideDetails() {
        if (details != null) {
            details.taskProperty().unbind();
            split.getItems().remove(details);
        }
        detailsShown.set(false);
        table.requestFocus();
    }
}
