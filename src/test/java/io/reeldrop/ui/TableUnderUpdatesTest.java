package io.reeldrop.ui;

import static io.reeldrop.ui.UiAwait.fx;
import static io.reeldrop.ui.UiAwait.until;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reeldrop.api.Task;
import io.reeldrop.api.TaskStatus;
import io.reeldrop.api.VideoMetadata;
import io.reeldrop.tracking.TrackedTask;
import io.reeldrop.tracking.model.Submission;
import io.reeldrop.tracking.model.SubmissionState;
import io.reeldrop.ui.support.FxTaskExecutor;
import io.reeldrop.ui.support.TaskExecutor;
import io.reeldrop.ui.table.StatusFilter;
import io.reeldrop.ui.table.TaskRow;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A sorted, filtered table with several rows selected takes a stream of engine batches that move
 * rows (the selected ones too): afterwards it is still sorted and filtered, and exactly the
 * selected rows that are still shown are selected.
 */
@ExtendWith(ApplicationExtension.class)
class TableUnderUpdatesTest {

    private static final TaskStatus[] STEPS = {TaskStatus.PENDING, TaskStatus.QUEUED, TaskStatus.INDEXING,
        TaskStatus.READY, TaskStatus.FAILED};
    private static final TaskStatus[] ACTIVE_STEPS = {TaskStatus.PENDING, TaskStatus.QUEUED, TaskStatus.INDEXING};

    @TempDir
    Path data;

    private Stage stage;
    private ActionWindow w;
    private final TaskExecutor executor = new FxTaskExecutor();
    private final Random random = new Random(20261128);

    @Start
    void start(Stage s) {
        stage = s;
    }

    @BeforeEach
    void open() {
        w = ActionWindow.open(stage, executor, data);
    }

    @AfterEach
    void stop() {
        executor.shutdown();
    }

    @Test
    void sortFilterAndSelectionSurviveABusyStreamOfChanges() {
        List<Submission> subs = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            subs.add(Submission.ofUrl(FakeSession.SANDBOX_INDEX, null, "https://cdn.example.test/v/clip-" + i + ".mp4"));
        }
        List<String> ids = w.backend.fake().submit(subs).stream().map(o -> o.tracked().localId()).toList();
        until(() -> table().getItems().size() == 60, ActionWindow.WAIT, "60 rows");
        stream(ids, 5);
        TableColumn<TaskRow, ?> status = fx(() -> table().getColumns().stream()
                .filter(c -> "status".equals(c.getId())).findFirst().orElseThrow());
        fx(() -> {
            table().getSortOrder().setAll(List.of(status));
            table().getSelectionModel().selectIndices(3, 9, 17, 28, 41, 55);
            return null;
        });
        Set<TaskRow> chosen = fx(() -> new HashSet<>(table().getSelectionModel().getSelectedItems()));
        assertEquals(6, chosen.size());
        List<String> chosenIds = chosen.stream().map(TaskRow::localId).toList();

        stream(ids, 40);
        stream(chosenIds, 10); // the selected rows themselves move, again and again

        until(() -> sortedByStatus(status) && selected().equals(chosen), ActionWindow.WAIT,
                "the table sorted by status, with the same six rows selected");

        @SuppressWarnings("unchecked")
        ComboBox<StatusFilter> filter = (ComboBox<StatusFilter>) fx(() -> w.window.root().lookup("#statusFilter"));
        fx(() -> {
            filter.setValue(StatusFilter.ACTIVE);
            return null;
        });
        Set<TaskRow> stillShown = fx(() -> {
            Set<TaskRow> shown = new HashSet<>(chosen);
            shown.retainAll(table().getItems());
            return shown;
        });
        assertEquals(stillShown, fx(this::selected), "rows the filter hides leave the selection; the others stay");
        List<String> others = ids.stream().filter(id -> !chosenIds.contains(id)).toList();
        List<String> stillShownIds = stillShown.stream().map(TaskRow::localId).toList();
        for (int round = 0; round < 20; round++) {
            stream(others, 1); // rows come into view and leave it around the selection
            if (!stillShownIds.isEmpty()) {
                w.backend.fake().batch(stillShownIds, t -> step(t, ACTIVE_STEPS)); // they move, but stay in view
            }
        }

        until(() -> sortedByStatus(status) && selected().equals(stillShown)
                && table().getItems().stream().allMatch(r -> StatusFilter.ACTIVE.test(r.get())), ActionWindow.WAIT,
                "the filtered table sorted, with the selected rows still in view still selected");
        assertTrue(fx(() -> table().getItems().size()) > 0);
    }

    /** {@code rounds} batches of ten changes each, drawn from {@code from}, sent as the engine sends them. */
    private void stream(List<String> from, int rounds) {
        for (int round = 0; round < rounds; round++) {
            List<String> batch = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                batch.add(from.get(random.nextInt(from.size())));
            }
            w.backend.fake().batch(batch.stream().distinct().toList(), this::step);
        }
    }

    private TrackedTask step(TrackedTask t) {
        return step(t, STEPS);
    }

    private TrackedTask step(TrackedTask t, TaskStatus[] steps) {
        TaskStatus s = steps[random.nextInt(steps.length)];
        String id = "task-" + t.localId();
        Task api = new Task(id, t.submission().indexId(), null, s, t.submittedAt(), Instant.now(), null,
                VideoMetadata.EMPTY, null, null, s.equals(TaskStatus.FAILED) ? "video_file_broken" : null, "{}");
        return new TrackedTask(t.localId(), t.submission(), SubmissionState.SENT, api, null, null, t.submittedAt(),
                Map.of(), 0, 0);
    }

    @SuppressWarnings("unchecked")
    private boolean sortedByStatus(TableColumn<TaskRow, ?> status) {
        Comparator<TrackedTask> order = (Comparator<TrackedTask>) status.getComparator();
        List<TaskRow> items = table().getItems();
        for (int i = 1; i < items.size(); i++) {
            if (order.compare(items.get(i - 1).get(), items.get(i).get()) > 0) {
                return false;
            }
        }
        return true;
    }

    private Set<TaskRow> selected() {
        return new HashSet<>(table().getSelectionModel().getSelectedItems());
    }

    private TableView<TaskRow> table() {
        return w.window.tableView().table();
    }
}
