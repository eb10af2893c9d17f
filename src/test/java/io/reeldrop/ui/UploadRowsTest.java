package io.reeldrop.ui;

import static io.reeldrop.ui.UiAwait.fx;
import static io.reeldrop.ui.UiAwait.until;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reeldrop.tracking.model.SubmissionState;
import io.reeldrop.tracking.model.UploadFlow;
import io.reeldrop.ui.action.StandardAction;
import io.reeldrop.ui.support.FxTaskExecutor;
import io.reeldrop.ui.support.TaskExecutor;
import io.reeldrop.ui.table.TaskRow;
import java.nio.file.Path;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
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
import org.testfx.util.WaitForAsyncUtils;

/**
 * An upload's row: bytes, rate and time left in the row, where a paused one stopped; Pause and
 * Resume from the row menu and the Tasks menu as the engine allows; the whole queue's Pause all
 * and Resume all, each enabled when it can act.
 */
@ExtendWith(ApplicationExtension.class)
class UploadRowsTest {

    private static final long MB = 1024 * 1024;

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

    private TaskRow uploading(String name) {
        TaskRow row = w.addRow(name, null, UploadFlow.ASSETS);
        w.backend.fake().upload(row.localId(), SubmissionState.UPLOADING, 1229 * MB, 3174 * MB, 18 * MB);
        until(() -> row.get().state() == SubmissionState.UPLOADING, ActionWindow.WAIT, name + " uploading");
        return row;
    }

    private void fire(MenuItem item) {
        assertFalse(fx(item::isDisable), item.getText() + " is enabled");
        Platform.runLater(item::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private boolean enabled(StandardAction a) {
        return !fx(() -> w.menuBarItem(a).isDisable());
    }

    @Test
    void theRowSaysTheBytesTheRateAndTheTimeLeftAndAPausedRowWhereItStopped(FxRobot robot) {
        TaskRow row = uploading("talk.mp4");

        String expected = "1.2 GB of 3.1 GB \u00b7 18 MB/s \u00b7 2 min left";
        until(() -> expected.equals(text(robot, row, "reason")) && "uploading".equals(badge(robot, row))
                && "38%".equals(percent(robot, row)), ActionWindow.WAIT, "the upload's line in its row");
        assertEquals("Uploading 38% \u00b7 " + expected, fx(() -> tooltip(robot, row, "status")));

        w.backend.fake().upload(row.localId(), SubmissionState.PAUSED, 1229 * MB, 3174 * MB, 0);
        until(() -> "Paused at 1.2 GB of 3.1 GB".equals(text(robot, row, "reason"))
                && "paused".equals(badge(robot, row)) && "38%".equals(percent(robot, row)), ActionWindow.WAIT,
                "the paused row keeps its bar and says where it stopped");
    }

    @Test
    void pauseAndResumeFromTheRowMenuAndTheTasksMenuFollowTheEngine(FxRobot robot) {
        TaskRow row = uploading("long.mp4");
        w.openRowMenu(robot, row);
        assertFalse(fx(() -> w.rowMenuItem(StandardAction.PAUSE_UPLOAD).isDisable()));
        assertTrue(fx(() -> w.rowMenuItem(StandardAction.RESUME_UPLOAD).isDisable()), "nothing to resume yet");
        robot.clickOn(fx(() -> w.rowMenuItem(StandardAction.PAUSE_UPLOAD).getStyleableNode()));
        until(() -> w.backend.fake().uploads().paused.contains(row.localId()), ActionWindow.WAIT, "paused by the row menu");
        until(() -> w.window.toasts().getChildren().stream().anyMatch(n -> ((Label) n).getText().startsWith(
                "Paused: long.mp4.") && ((Label) n).getText().endsWith("Chunks already on their way"
                + " finish first; Resume upload continues from there.")), ActionWindow.WAIT, "what pausing does");

        // The engine pauses it once its chunks in flight are in.
        w.backend.fake().upload(row.localId(), SubmissionState.PAUSED, 1300 * MB, 3174 * MB, 0);
        until(() -> !enabled(StandardAction.PAUSE_UPLOAD) && enabled(StandardAction.RESUME_UPLOAD), ActionWindow.WAIT,
                "Resume, not Pause, for a paused row");
        fire(w.menuBarItem(StandardAction.RESUME_UPLOAD));
        until(() -> w.backend.fake().uploads().resumed.contains(row.localId()), ActionWindow.WAIT, "resumed by the menu");
    }

    @Test
    void pauseAllAndResumeAllHoldTheQueueAndEachIsEnabledWhenItCanAct() {
        until(() -> enabled(StandardAction.PAUSE_ALL) && !enabled(StandardAction.RESUME_ALL), ActionWindow.WAIT,
                "Pause all on, Resume all off: nothing is paused");

        fire(w.menuBarItem(StandardAction.PAUSE_ALL));
        until(() -> w.backend.fake().uploads().allPaused(), ActionWindow.WAIT, "the queue held");
        until(() -> !enabled(StandardAction.PAUSE_ALL) && enabled(StandardAction.RESUME_ALL), ActionWindow.WAIT,
                "the menu turned round");

        fire(w.menuBarItem(StandardAction.RESUME_ALL));
        until(() -> !w.backend.fake().uploads().allPaused(), ActionWindow.WAIT, "the queue let go");
        until(() -> enabled(StandardAction.PAUSE_ALL) && !enabled(StandardAction.RESUME_ALL), ActionWindow.WAIT,
                "back as it was");

        TaskRow row = uploading("one-paused.mp4");
        w.backend.fake().upload(row.localId(), SubmissionState.PAUSED, 10 * MB, 40 * MB, 0);
        until(() -> enabled(StandardAction.RESUME_ALL), ActionWindow.WAIT, "Resume all for a row paused on its own");
        w.backend.fake().forget(row.localId());
        until(() -> !enabled(StandardAction.RESUME_ALL), ActionWindow.WAIT, "and off once it is gone");
    }

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

    private static String text(FxRobot robot, TaskRow row, String column) {
        return cell(robot, row, column).map(c -> c.getText() == null ? "" : c.getText()).orElse(null);
    }

    private static String tooltip(FxRobot robot, TaskRow row, String column) {
        return cell(robot, row, column).map(c -> c.getTooltip() == null ? "(none)" : c.getTooltip().getText())
                .orElse("(not on screen)");
    }

    private static String badge(FxRobot robot, TaskRow row) {
        return cell(robot, row, "status").map(c -> ((Label) c.lookup(".status-badge")).getText()).orElse("");
    }

    private static String percent(FxRobot robot, TaskRow row) {
        Label l = cell(robot, row, "status").map(c -> (Label) c.lookup(".status-percent")).orElse(null);
        ProgressBar bar = cell(robot, row, "status").map(c -> (ProgressBar) c.lookup(".status-progress")).orElse(null);
        return l == null || !l.isVisible() || bar == null || !bar.isVisible() ? "" : l.getText();
    }
}
