package io.reeldrop.ui;

import static io.reeldrop.ui.UiAwait.fx;
import static io.reeldrop.ui.UiAwait.until;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reeldrop.api.TaskStatus;
import io.reeldrop.tracking.model.SubmissionState;
import io.reeldrop.ui.action.StandardAction;
import io.reeldrop.ui.support.FxTaskExecutor;
import io.reeldrop.ui.support.TaskExecutor;
import io.reeldrop.ui.table.TaskRow;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * With several rows selected, each row action is enabled when any of them allows it, acts on each
 * that does, and says how many it did and why it left the others.
 */
@ExtendWith(ApplicationExtension.class)
class MultiRowActionsTest {

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
    void retryActsOnTheFailedRowsAndSaysWhyTheOthersWereLeft(FxRobot robot) {
        TaskRow failedA = w.addRow("a.mp4", TaskStatus.FAILED);
        TaskRow failedB = w.addRow("b.mp4", TaskStatus.FAILED);
        TaskRow ready = w.addRow("c.mp4", TaskStatus.READY);
        TaskRow indexing = w.addRow("d.mp4", TaskStatus.INDEXING);

        select(ready, indexing);
        assertFalse(enabled(StandardAction.RETRY), "no selected row can be retried");
        assertTrue(enabled(StandardAction.DELETE_ON_SERVER), "one selected row can be deleted");
        select(failedA, failedB, ready, indexing);
        assertTrue(enabled(StandardAction.RETRY), "any failed row enables Retry");

        robot.push(ActionWindow.keys(StandardAction.RETRY.keys().orElseThrow()));

        until(() -> failedA.get().task().status().equals(TaskStatus.PENDING)
                && failedB.get().task().status().equals(TaskStatus.PENDING), ActionWindow.WAIT, "both failed rows sent again");
        assertEquals(TaskStatus.READY, ready.get().task().status());
        assertEquals(TaskStatus.INDEXING, indexing.get().task().status());
        awaitToast("Sent again: 2 videos. 2 other selected rows were left as they are: only failed or unsent videos"
                + " can be retried.");
    }

    @Test
    void deleteAsksOnceForEveryDeletableRowAndLeavesTheRest(FxRobot robot) {
        TaskRow ready = w.addRow("ready.mp4", TaskStatus.READY);
        TaskRow failed = w.addRow("failed.mp4", TaskStatus.FAILED);
        TaskRow indexing = w.addRow("busy.mp4", TaskStatus.INDEXING);
        select(ready, failed, indexing);

        robot.push(ActionWindow.keys(StandardAction.DELETE_ON_SERVER.keys().orElseThrow()));
        until(() -> robot.lookup(".dialog-pane").tryQuery().isPresent(), ActionWindow.WAIT, "the one question");
        DialogPane ask = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertEquals("Delete 2 tasks on the server?", fx(ask::getHeaderText));
        assertTrue(fx(ask::getContentText).contains("1 other selected row is not ready or failed"), fx(ask::getContentText));
        robot.clickOn(ask.lookupButton(ButtonType.OK));

        until(() -> !table().getItems().contains(ready) && !table().getItems().contains(failed), ActionWindow.WAIT,
                "both deleted");
        assertTrue(fx(() -> table().getItems().contains(indexing)));
        assertFalse(robot.lookup(".dialog-pane").tryQuery().isPresent(), "asked once: no second question");
        awaitToast("Deleted on the server: 2 videos. 1 other selected row was left as it is: only ready or failed"
                + " tasks can be deleted on the server.");
    }

    @Test
    void copyingTakesEveryRowInTableOrderAndTheRowsAsTextTakeTheColumnsAsShown(FxRobot robot) {
        TaskRow unsent = w.addRow("never-sent.mp4", null);
        TaskRow first = w.addRow("one.mp4", TaskStatus.READY);
        TaskRow second = w.addRow("two.mp4", TaskStatus.FAILED);
        select(unsent, first, second);

        robot.push(ActionWindow.keys(StandardAction.COPY_TASK_ID.keys().orElseThrow()));
        assertEquals(String.join("\n", second.get().task().id(), first.get().task().id(), unsent.localId()),
                ActionWindow.clipboard(), "newest first, as the table shows them; the local id for a video never sent");
        awaitToast("Copied 3 task ids, one a line.");

        fx(() -> {
            table().getColumns().stream().filter(c -> "duration".equals(c.getId())).findFirst().orElseThrow().setVisible(false);
            return null;
        });
        robot.push(ActionWindow.keys(StandardAction.COPY_AS_TEXT.keys().orElseThrow()));
        String[] lines = ActionWindow.clipboard().split("\n");
        assertEquals(4, lines.length, "a header line and three rows");
        assertTrue(lines[0].startsWith("Video\tIndex\tStatus\tReason\tETA\tResolution\t"), "a hidden column is left out: "
                + lines[0]);
        assertTrue(lines[1].startsWith("two.mp4\tsandbox\tfailed\t"), lines[1]);
        assertEquals(lines[0].split("\t").length, lines[1].split("\t", -1).length, "a cell per column: " + lines[1]);
        assertTrue(lines[3].startsWith("never-sent.mp4\t"), "a link's row is named by its file name: " + lines[3]);
    }

    @Test
    void streamsOpenForTheRowsThatHaveOneAndRemoveTakesThemAll(FxRobot robot) {
        TaskRow a = w.addRow("a.mp4", TaskStatus.READY);
        TaskRow b = w.addRow("b.mp4", TaskStatus.READY);
        TaskRow busy = w.addRow("busy.mp4", TaskStatus.INDEXING);
        select(a, b, busy);

        robot.push(ActionWindow.keys(StandardAction.OPEN_HLS.keys().orElseThrow()));
        until(() -> w.opened.size() == 2, ActionWindow.WAIT, "two streams opened");
        assertEquals(List.of(b.get().task().hls().videoUrl(), a.get().task().hls().videoUrl()), w.opened);
        awaitToast("Opened 2 streams in the browser. 1 row has no HLS stream: streaming is off for it, or it is not"
                + " ready yet.");

        robot.push(ActionWindow.keys(StandardAction.REMOVE.keys().orElseThrow()));
        until(() -> table().getItems().isEmpty(), ActionWindow.WAIT, "every selected row removed");
        awaitToast("Removed from the list: 3 videos. Their tasks are still on the server.");
    }

    @Test
    void aDecisionIsAskedAboutOneRowAtATime() {
        TaskRow lost = w.addRow("lost.mp4", null);
        TaskRow other = w.addRow("other.mp4", TaskStatus.READY);
        w.backend.fake().needsDecision(lost.localId(), List.of("found-1"));
        until(() -> lost.get().state() == SubmissionState.NEEDS_DECISION, ActionWindow.WAIT,
                "the row awaiting a decision");
        select(lost, other);
        assertFalse(enabled(StandardAction.ADOPT_FOUND), "not with two rows selected");
        select(lost);
        assertTrue(enabled(StandardAction.ADOPT_FOUND));
    }

    private void select(TaskRow... rows) {
        fx(() -> {
            TableView<TaskRow> t = table();
            t.getSelectionModel().clearSelection();
            for (TaskRow r : rows) {
                t.getSelectionModel().select(r);
            }
            t.requestFocus();
            return null;
        });
    }

    private boolean enabled(StandardAction action) {
        return !fx(() -> w.menuBarItem(action).isDisable());
    }

    private TableView<TaskRow> table() {
        return w.window.tableView().table();
    }

    private void awaitToast(String text) {
        until(() -> {
            Pane toasts = (Pane) w.window.root().lookup("#toasts");
            for (Node n : toasts.getChildren()) {
                if (n instanceof Label l && l.getText().equals(text)) {
                    return true;
                }
            }
            return false;
        }, ActionWindow.WAIT, "the toast \"" + text + "\"");
    }
}
