package io.reeldrop.ui;

import static io.reeldrop.ui.UiAwait.fx;
import static io.reeldrop.ui.UiAwait.until;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.reeldrop.api.TaskStatus;
import io.reeldrop.api.VideoMetadata;
import io.reeldrop.tracking.TrackedTask;
import io.reeldrop.tracking.model.SubmissionState;
import io.reeldrop.ui.support.FxTaskExecutor;
import io.reeldrop.ui.support.TaskExecutor;
import io.reeldrop.ui.table.TaskRow;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** On screen, without a click: each problem row's sentence, and the progress of uploads and v1.2 indexing. */
@ExtendWith(ApplicationExtension.class)
class ReasonAndProgressTest {

    @TempDir
    Path data;

    private Stage stage;
    private ActionWindow w;
    private final TaskExecutor executor = new FxTaskExecutor();

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
    void failedRefusedAndUndecidedRowsSayWhyInTheirRow(FxRobot robot) {
        TaskRow failed = w.addRow("small.mp4", null);
        w.backend.fake().advance(failed.localId(), TaskStatus.FAILED, VideoMetadata.EMPTY, "video_resolution_too_low");
        TaskRow lost = w.addRow("lost.mp4", null);
        w.backend.fake().needsDecision(lost.localId(), List.of("found-1"));

        String tooLow = "The video's resolution is too low: the API needs at least 360x360. Upload a larger version.";
        until(() -> tooLow.equals(reasonText(robot, failed)), ActionWindow.WAIT, "the failure's sentence in its row");
        until(() -> "The upload's answer was lost; adopt a task found or send again.".equals(reasonText(robot, lost)),
                ActionWindow.WAIT, "the decision's sentence in its row");
        assertEquals(tooLow, fx(() -> tooltip(robot, failed, "status")), "and in the status tooltip");
        assertEquals(tooLow, fx(() -> tooltip(robot, failed, "reason")), "the whole sentence on hover");
        assertEquals(true, fx(() -> cell(robot, failed, "reason").orElseThrow().getPseudoClassStates().stream()
                .anyMatch(p -> p.getPseudoClassName().equals("failed"))), "in the danger colour");

        TaskRow fine = w.addRow("fine.mp4", TaskStatus.READY);
        until(() -> "".equals(reasonText(robot, fine)), ActionWindow.WAIT, "nothing to say for a ready row");
    }

    @Test
    void aRefusalThatNamesTheVideoStartsAtItsVerbAndTheTooltipKeepsTheWholeSentence(FxRobot robot) {
        TaskRow held = w.addRow("held.mp4", null);
        String url = held.get().submission().videoUrl();
        w.backend.fake().batch(List.of(held.localId()), t -> new TrackedTask(t.localId(), t.submission(),
                SubmissionState.NEEDS_DECISION, null, url + " lasts 2.00 s; the minimum is 4 s.", null, t.submittedAt(),
                Map.of(), 0, 0));

        until(() -> "Lasts 2.00 s; the minimum is 4 s.".equals(reasonText(robot, held)), ActionWindow.WAIT,
                "the sentence beside the Video column, without the name again");
        assertEquals("held.mp4 lasts 2.00 s; the minimum is 4 s.", fx(() -> tooltip(robot, held, "reason")),
                "the whole sentence, named, on hover");
    }

    @Test
    void uploadBytesAndV12IndexingShowABarWithItsPercentage(FxRobot robot) {
        TaskRow row = w.addRow("big.mp4", null);

        w.backend.fake().uploading(row.localId(), 42 * 1024 * 1024, 100 * 1024 * 1024);
        until(() -> bar(robot, row).map(b -> b.isVisible() && Math.abs(b.getProgress() - 0.42) < 1e-9).orElse(false)
                && percent(robot, row).equals("42%"), ActionWindow.WAIT, "the upload's bar at 42%");
        assertEquals("Uploading 42% \u00b7 42 MB of 100 MB", fx(() -> tooltip(robot, row, "status")));
        assertEquals("42 MB of 100 MB", fx(() -> reasonText(robot, row)), "the bytes in the row, without a click");
        assertEquals("uploading", badge(robot, row));

        w.backend.fake().indexing(row.localId(), 64.5);
        until(() -> bar(robot, row).map(b -> b.isVisible() && Math.abs(b.getProgress() - 0.645) < 1e-9).orElse(false)
                && percent(robot, row).equals("64%") && badge(robot, row).equals("indexing"), ActionWindow.WAIT,
                "v1.2's process.percentage as the bar");

        w.backend.fake().advance(row.localId(), TaskStatus.READY, VideoMetadata.EMPTY, null);
        until(() -> bar(robot, row).map(b -> !b.isVisible()).orElse(false) && badge(robot, row).equals("ready"),
                ActionWindow.WAIT, "no bar once ready: a label");
    }

    /**
     * The row's cell of {@code column} as drawn now; empty while the row is not laid out yet, so
     * the waits above retry instead of failing.
     */
    private static Optional<TableCell<?, ?>> cell(FxRobot robot, TaskRow row, String column) {
        Optional<Node> shown = robot.lookup(".table-row-cell").match(n -> ((TableRow<?>) n).getItem() == row).tryQuery();
        if (shown.isEmpty()) {
            return Optional.empty();
        }
        for (Node n : shown.get().lookupAll(".table-cell")) {
            TableCell<?, ?> c = (TableCell<?, ?>) n;
            if (c.getTableColumn() != null && column.equals(c.getTableColumn().getId()) && c.getItem() == row.get()) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    private static String tooltip(FxRobot robot, TaskRow row, String column) {
        return cell(robot, row, column).map(c -> c.getTooltip() == null ? "(none)" : c.getTooltip().getText())
                .orElse("(not on screen)");
    }

    /** The reason cell's text; null while the row is not on screen. */
    private static String reasonText(FxRobot robot, TaskRow row) {
        return cell(robot, row, "reason").map(c -> c.getText() == null ? "" : c.getText()).orElse(null);
    }

    private static Optional<ProgressBar> bar(FxRobot robot, TaskRow row) {
        return cell(robot, row, "status").map(c -> (ProgressBar) c.lookup(".status-progress"));
    }

    private static String percent(FxRobot robot, TaskRow row) {
        Label l = cell(robot, row, "status").map(c -> (Label) c.lookup(".status-percent")).orElse(null);
        return l == null || !l.isVisible() ? "" : l.getText();
    }

    private static String badge(FxRobot robot, TaskRow row) {
        return cell(robot, row, "status").map(c -> ((Label) c.lookup(".status-badge")).getText()).orElse("");
    }
}
