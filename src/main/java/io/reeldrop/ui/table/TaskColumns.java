package io.reeldrop.ui.table;

import io.reeldrop.listing.Formats;
import io.reeldrop.listing.ListingContext;
import io.reeldrop.listing.TaskColumn;
import io.reeldrop.listing.TimeStyle;
import io.reeldrop.tracking.TrackedTask;
import io.reeldrop.tracking.eta.Eta;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;

/**
 * The table's columns, one per {@link TaskColumn}: the same text and order an export writes.
 * Every cell follows the row's single task property; status, reason and the times have cells
 * of their own (badge and bar; wrapped sentence with tooltip; a clock that moves).
 */
final class TaskColumns {

    private TaskColumns() {
    }

    /**
     * @param indexNames index id to name, for the index column; ids without a name show as is
     * @param profileNames profile id to name, for the profile column
     * @param followed whether the open profile follows a task; the status tooltip says when not
     */
    static List<TableColumn<TaskRow, TrackedTask>> all(ObjectProperty<Instant> now, Map<String, String> indexNames,
                                                       Map<String, String> profileNames, Predicate<TrackedTask> followed) {
        Function<Instant, ListingContext> context = at -> new ListingContext(at, indexNames::get, TimeStyle.TABLE,
                profileNames::get);
        List<TableColumn<TaskRow, TrackedTask>> columns = new ArrayList<>();
        for (TaskColumn c : TaskColumn.values()) {
            TableColumn<TaskRow, TrackedTask> column = base(c);
            switch (c) {
                case STATUS -> column.setCellFactory(col -> new StatusCell(followed));
                case REASON -> column.setCellFactory(col -> new ReasonCell());
                case ETA -> column.setCellFactory(col -> new ClockCell(now) {
                    @Override
                    void render(TrackedTask t, Instant at) {
                        setText(c.text(t, context.apply(at)));
                        Eta eta = t.eta();
                        tip(eta == null || t.isSettled() ? null : (eta.source() == Eta.Source.ESTIMATE
                                ? "Estimated by ReelDrop from earlier uploads: " : "The API expects it at ")
                                + Formats.dateTime(eta.at()));
                    }
                });
                case CREATED, UPDATED -> column.setCellFactory(col -> new ClockCell(now) {
                    @Override
                    void render(TrackedTask t, Instant at) {
                        Instant value = c == TaskColumn.CREATED ? TaskColumn.createdAt(t)
                                : t.task() == null ? null : t.task().updatedAt();
                        setText(c.text(t, context.apply(at)));
                        tip(value == null ? null : Formats.dateTime(value));
                    }
                });
                default -> column.setCellFactory(col -> new TableCell<>() {
                    @Override
                    protected void updateItem(TrackedTask t, boolean empty) {
                        super.updateItem(t, empty);
                        setText(empty || t == null ? null : c.text(t, context.apply(now.get())));
                    }
                });
            }
            columns.add(column);
        }
        return columns;
    }

    /** The column's width in pixels at first: the reason column gets the room a sentence needs. */
    static double width(TaskColumn c) {
        return switch (c) {
            case VIDEO -> 182;
            case INDEX -> 80;
            case STATUS -> 168;
            case REASON -> 296;
            case ETA -> 114;
            case DURATION -> 92;
            case RESOLUTION -> 128;
            case CREATED, UPDATED -> 88;
            case TASK_ID -> 236;
            case PROFILE -> 130;
        };
    }

    private static TableColumn<TaskRow, TrackedTask> base(TaskColumn c) {
        TableColumn<TaskRow, TrackedTask> column = new TableColumn<>(c.title());
        column.setId(c.id());
        column.setUserData(c);
        column.setPrefWidth(width(c));
        column.setMinWidth(Math.min(width(c), 70));
        column.setCellValueFactory(cd -> cd.getValue().taskProperty());
        column.setComparator(c.order());
        return column;
    }
}
