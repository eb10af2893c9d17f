package io.reeldrop.ui;

import io.reeldrop.ui.support.TaskExecutor;
import io.reeldrop.ui.support.FxTaskExecutor;
import static io.reeldrop.ui.UiAwait.fx;
import static io.reeldrop.ui.UiAwait.until;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reeldrop.api.TaskStatus;
import io.reeldrop.tracking.model.SubmissionState;
import io.reeldrop.ui.action.StandardAction;
import io.reeldrop.ui.table.RowActions;
import io.reeldrop.ui.table.TaskRow;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.MenuItem;
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

/** Each row action does the same from the menu bar, the row menu and its keys in the table. */
@ExtendWith(ApplicationExtension.class)
class RowActionWaysTest {

    /** The three ways to reach a row action. */
    private enum Way { MENU_BAR, ROW_MENU, KEYS }

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
    void eachRowActionDoesTheSameFromTheMenuBarTheRowMenuAndTheKeys(FxRobot robot) {
        for (StandardAction action : RowActions.MENU.stream().flatMap(List::stream).collect(Collectors.toList())) {
            for (Way way : Way.values()) {
                if (way == Way.KEYS && action.keys().isEmpty()) {
                    continue;
                }
                checkAction(robot, action, way);
            }
        }
    }

    /** Sets up a row the action applies to, runs the action one way, and checks its effect. */
    private void checkAction(FxRobot robot, StandardAction action, Way way) {
        String what = action + " by " + way;
        ActionWindow.setClipboard("(nothing copied)");
        switch (action) {
            case SHOW_DETAILS -> {
                TaskRow row = w.addRow("details.mp4", TaskStatus.READY);
                run(robot, action, way, row);
                until(() -> w.window.tableView().detailsShownProperty().get()
                        && w.window.tableView().details().taskProperty().get() == row.get(), ActionWindow.WAIT, what);
                fx(() -> {
                    w.window.tableView().actions().command(StandardAction.CLOSE_DETAILS).execute();
                    return null;
                });
            }
            case CLOSE_DETAILS -> {
                TaskRow row = w.addRow("close.mp4", TaskStatus.READY);
                fx(() -> {
                    w.select(row);
                    return w.window.tableView().actions().command(StandardAction.SHOW_DETAILS).execute();
                });
                run(robot, action, way, row);
                until(() -> !w.window.tableView().detailsShownProperty().get()
                        && w.window.tableView().details().getParent() == null, ActionWindow.WAIT, what);
            }
            case COPY_AS_TEXT -> {
                TaskRow row = w.addRow("as-text.mp4", TaskStatus.READY);
                run(robot, action, way, row);
                String[] lines = ActionWindow.clipboard().split("\n");
                assertEquals(2, lines.length, what + ": a header line and the row");
                assertTrue(lines[0].startsWith("Video\tIndex\tStatus\tReason\t"), what + ": " + lines[0]);
                assertTrue(lines[1].startsWith("as-text.mp4\tsandbox\tready\t"), what + ": " + lines[1]);
            }
            case COPY_TASK_ID -> {
                TaskRow sent = w.addRow("sent.mp4", TaskStatus.READY);
                run(robot, action, way, sent);
                assertEquals(sent.get().task().id(), ActionWindow.clipboard(), what + " on a task the server has");
                ActionWindow.setClipboard("(nothing copied)");
                TaskRow unsent = w.addRow("unsent.mp4", null);
                run(robot, action, way, unsent);
                assertEquals(unsent.localId(), ActionWindow.clipboard(), what + " on a video never sent");
            }
            case COPY_VIDEO_ID -> {
                TaskRow row = w.addRow("video.mp4", TaskStatus.READY);
                run(robot, action, way, row);
                assertEquals(row.get().task().videoId(), ActionWindow.clipboard(), what);
            }
            case COPY_SOURCE -> {
                TaskRow row = w.addRow("source.mp4", TaskStatus.INDEXING);
                run(robot, action, way, row);
                assertEquals(row.get().submission().videoUrl(), ActionWindow.clipboard(), what);
            }
            case OPEN_HLS -> {
                TaskRow row = w.addRow("stream.mp4", TaskStatus.READY);
                run(robot, action, way, row);
                until(() -> w.opened.equals(List.of(row.get().task().hls().videoUrl())), ActionWindow.WAIT, what);
                w.opened.clear();
            }
            case PAUSE_UPLOAD -> {
                TaskRow row = w.addRow("pause.mp4", null);
                w.backend.fake().upload(row.localId(), SubmissionState.UPLOADING, 10_000_000, 90_000_000, 1_000_000);
                until(() -> row.get().state() == SubmissionState.UPLOADING, ActionWindow.WAIT, what + ": uploading");
                run(robot, action, way, row);
                until(() -> w.backend.fake().uploads().paused.contains(row.localId()), ActionWindow.WAIT, what);
            }
            case RESUME_UPLOAD -> {
                TaskRow row = w.addRow("resume.mp4", null);
                w.backend.fake().upload(row.localId(), SubmissionState.PAUSED, 10_000_000, 90_000_000, 0);
                until(() -> row.get().state() == SubmissionState.PAUSED, ActionWindow.WAIT, what + ": paused");
                run(robot, action, way, row);
                until(() -> w.backend.fake().uploads().resumed.contains(row.localId()), ActionWindow.WAIT, what);
                w.backend.fake().uploads().resumed.clear();
            }
            case RETRY -> {
                TaskRow row = w.addRow("retry.mp4", TaskStatus.FAILED);
                run(robot, action, way, row);
                until(() -> row.get().task().status().equals(TaskStatus.PENDING), ActionWindow.WAIT, what);
            }
            case ADOPT_FOUND -> {
                TaskRow row = w.addRow("lost-answer.mp4", null);
                w.backend.fake().needsDecision(row.localId(), List.of("task-found-by-listing-01"));
                run(robot, action, way, row);
                answerDialog(robot, what);
                until(() -> row.get().task() != null && row.get().task().id().equals("task-found-by-listing-01"),
                        ActionWindow.WAIT, what);
            }
            case SEND_AGAIN -> {
                TaskRow row = w.addRow("send-again.mp4", null);
                w.backend.fake().needsDecision(row.localId(), List.of("someone-elses-task"));
                run(robot, action, way, row);
                answerDialog(robot, what);
                until(() -> row.get().task() != null && row.get().task().status().equals(TaskStatus.PENDING),
                        ActionWindow.WAIT, what);
            }
            case REMOVE -> {
                TaskRow row = w.addRow("remove.mp4", TaskStatus.READY);
                run(robot, action, way, row);
                until(() -> !w.window.tableView().table().getItems().contains(row), ActionWindow.WAIT, what);
            }
            case DELETE_ON_SERVER -> {
                TaskRow row = w.addRow("delete.mp4", TaskStatus.READY);
                run(robot, action, way, row);
                until(() -> robot.lookup(".dialog-pane").tryQuery().isPresent(), ActionWindow.WAIT,
                        what + ": the question");
                DialogPane ask = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
                robot.clickOn(ask.lookupButton(ButtonType.OK));
                until(() -> !w.window.tableView().table().getItems().contains(row), ActionWindow.WAIT, what);
            }
            default -> throw new AssertionError("no check for " + action);
        }
    }

    /** Waits for the question an action asks, and says OK. */
    private static void answerDialog(FxRobot robot, String what) {
        until(() -> robot.lookup(".dialog-pane").tryQuery().isPresent(), ActionWindow.WAIT, what + ": the question");
        DialogPane ask = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        robot.clickOn(ask.lookupButton(ButtonType.OK));
    }

    private void run(FxRobot robot, StandardAction action, Way way, TaskRow row) {
        fx(() -> {
            w.select(row);
            w.window.tableView().table().requestFocus();
            return null;
        });
        switch (way) {
            case MENU_BAR -> {
                MenuItem item = w.menuBarItem(action);
                assertFalse(fx(item::isDisable), action + " is enabled in the menu bar");
                // Not awaited: an action may open a dialog and wait for it.
                Platform.runLater(item::fire);
                WaitForAsyncUtils.waitForFxEvents();
            }
            case ROW_MENU -> {
                w.openRowMenu(robot, row);
                MenuItem item = w.rowMenuItem(action);
                assertFalse(fx(item::isDisable), action + " is enabled in the row menu");
                robot.clickOn(fx(item::getStyleableNode));
            }
            case KEYS -> robot.push(ActionWindow.keys(action.keys().orElseThrow()));
            default -> throw new AssertionError("no way " + way);
        }
    }
}
