package io.reeldrop.ui.table;

import io.reeldrop.api.VideoMetadata;
import io.reeldrop.tracking.eta.Eta;
import io.reeldrop.tracking.TrackedTask;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;

/**
 * The table's columns. Every cell follows the row's single task property and renders one aspect
 * of it; each column sorts on the underlying value, not the text (so "0:10:00" sorts after "0:09:59"
 * and empty values go last).
 */
final class TaskColumns {

    private TaskColumns() {
    }

    /** @param indexNames index id to name, for the index column; ids without a name show as is */
    static List<TableColumn<TaskRow, TrackedTask>> all(ObjectProperty<Instant> now, Map<String, String> indexNames) {
        Function<TrackedTask, String> index = t -> indexNames.getOrDefault(t.submission().indexId(), t.submission().indexId());
        return List.of(
                text("Video", "video", 186, TaskRow::videoName, Comparator.comparing(TaskRow::videoName, String.CASE_INSENSITIVE_ORDER)),
                text("Index", "index", 90, index, Comparator.comparing(index)),
                status(),
                eta(now),
                text("Duration", "duration", 86, t -> Formats.duration(meta(t).duration()),
                        nullsLast(t -> meta(t).duration())),
                text("Resolution", "resolution", 132, t -> Formats.resolution(meta(t).width(), meta(t).height()),
                        nullsLast(t -> meta(t).width() == null || meta(t).height() == null ? null
                                : meta(t).width() * meta(t).height())),
                time("Created", "created", now, TaskColumns::createdAt),
                time("Updated", "updated", now, t -> t.task() == null ? null : t.task().updatedAt()),
                text("Task id", "taskId", 236, t -> t.task() == null ? "" : t.task().id(),
                        nullsLast(t -> t.task() == null ? null : t.task().id())));
    }

    static Instant createdAt(TrackedTask t) {
        return t.task() != null && t.task().createdAt() != null ? t.task().createdAt() : t.submittedAt();
    }

    private static VideoMetadata meta(TrackedTask t) {
        return t.task() == null ? VideoMetadata.EMPTY : t.task().metadata();
    }

    private static <U extends Comparable<? super U>> Comparator<TrackedTask> nullsLast(Function<TrackedTask, U> key) {
        return Comparator.comparing(key, Comparator.nullsLast(Comparator.naturalOrder()));
    }

    private static TableColumn<TaskRow, TrackedTask> base(String title, String id, double width, Comparator<TrackedTask> order) {
        TableColumn<TaskRow, TrackedTask> c = new TableColumn<>(title);
        c.setId(id);
        c.setPrefWidth(width);
        c.setMinWidth(Math.min(width, 70));
        c.setCellValueFactory(cd -> cd.getValue().taskProperty());
        c.setComparator(order);
        return c;
    }

    private static TableColumn<TaskRow, TrackedTask> text(String title, String id, double width,
            Function<TrackedTask, String> render, Comparator<TrackedTask> order) {
        TableColumn<TaskRow, TrackedTask> c = base(title, id, width, order);
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(TrackedTask t, boolean empty) {
                super.updateItem(t, empty);
                setText(empty || t == null ? null : render.apply(t));
            }
        });
        return c;
    }

    private static TableColumn<TaskRow, TrackedTask> status() {
        Comparator<TrackedTask> order = Comparator.comparing((TrackedTask t) -> RowStatus.of(t).group())
                .thenComparing(t -> RowStatus.of(t).text());
        TableColumn<TaskRow, TrackedTask> c = base("Status", "status", 120, order);
        c.setCellFactory(col -> new StatusCell());
        return c;
    }

    private static TableColumn<TaskRow, TrackedTask> eta(ObjectProperty<Instant> now) {
        TableColumn<TaskRow, TrackedTask> c = base("ETA", "eta", 110,
                nullsLast(t -> t.eta() == null || t.isSettled() ? null : t.eta().at()));
        c.setCellFactory(col -> new ClockCell(now) {
            @Override
            void render(TrackedTask t, Instant at) {
                Eta eta = t.eta();
                if (eta == null || t.isSettled()) {
                    setText(t.isSettled() ? "" : "unknown");
                    tip(null);
                    return;
                }
                boolean estimated = eta.source() == Eta.Source.ESTIMATE;
                setText(Formats.relative(eta.at(), at) + (estimated ? " (est.)" : ""));
                tip(((estimated ? "Estimated by ReelDrop from earlier uploads: " : "The API expects it at ")
                        + Formats.dateTime(eta.at())));
            }
        });
        return c;
    }

    private static TableColumn<TaskRow, TrackedTask> time(String title, String id, ObjectProperty<Instant> now,
            Function<TrackedTask, Instant> value) {
        TableColumn<TaskRow, TrackedTask> c = base(title, id, 88, nullsLast(value));
        c.setCellFactory(col -> new ClockCell(now) {
            @Override
            void render(TrackedTask t, Instant at) {
                Instant v = value.apply(t);
                setText(Formats.shortDateTime(v, at));
                tip(v == null ? null : Formats.dateTime(v));
            }
        });
        return c;
    }
}
