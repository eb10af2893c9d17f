package io.reeldrop.ui;

import static io.reeldrop.ui.UiAwait.fx;
import static io.reeldrop.ui.UiAwait.until;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reeldrop.api.TaskStatus;
import io.reeldrop.tracking.model.UploadFlow;
import io.reeldrop.ui.action.StandardAction;
import io.reeldrop.ui.support.FxTaskExecutor;
import io.reeldrop.ui.support.TaskExecutor;
import io.reeldrop.ui.table.TaskRow;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
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
 * Delete on the server asks what it deletes per flow: the indexed asset, with a choice to delete
 * the uploaded asset too; or the video, then its task.
 */
@ExtendWith(ApplicationExtension.class)
class DeletePerFlowTest {

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

    private DialogPane ask(FxRobot robot, TaskRow row) {
        fx(() -> {
            w.select(row);
            w.window.tableView().table().requestFocus();
            return null;
        });
        robot.push(ActionWindow.keys(StandardAction.DELETE_ON_SERVER.keys().orElseThrow()));
        until(() -> robot.lookup(".dialog-pane").tryQuery().isPresent(), ActionWindow.WAIT, "the question");
        return robot.lookup(".dialog-pane").queryAs(DialogPane.class);
    }

    @Test
    void anIndexedAssetIsDeletedAndItsUploadedAssetToo_WhenTicked(FxRobot robot) {
        TaskRow row = w.addRow("asset.mp4", TaskStatus.READY, UploadFlow.ASSETS);
        DialogPane ask = ask(robot, row);

        assertEquals("Delete the indexed asset on the server?", fx(ask::getHeaderText));
        String text = fx(() -> ask.lookupAll(".label").stream().map(n -> ((Label) n).getText())
                .filter(t -> t != null && t.startsWith("The indexed asset of")).findFirst().orElse(""));
        assertEquals("The indexed asset of \"asset.mp4\" is deleted: the video leaves its index. This cannot be"
                + " undone. The uploaded asset stays on the platform, where it can be indexed again, unless you tick"
                + " the box below.", text);
        CheckBox alsoAsset = (CheckBox) fx(() -> ask.lookup("#alsoDeleteAsset"));
        assertEquals("Also delete the uploaded asset", fx(alsoAsset::getText));
        assertFalse(fx(alsoAsset::isSelected), "the asset stays unless asked");
        robot.clickOn(alsoAsset);
        robot.clickOn(ask.lookupButton(ButtonType.OK));

        until(() -> w.backend.fake().deletes.equals(List.of(row.localId() + "+asset")), ActionWindow.WAIT,
                "the indexed asset and its asset deleted");
    }

    @Test
    void aTasksVideoGoesFirstThenItsTaskWithNoAssetToOffer(FxRobot robot) {
        TaskRow row = w.addRow("task.mp4", TaskStatus.READY, UploadFlow.TASKS);
        DialogPane ask = ask(robot, row);

        assertEquals("Delete on the server?", fx(ask::getHeaderText));
        assertEquals("The video \"task.mp4\" is deleted from its index, then its task. This cannot be undone.",
                fx(ask::getContentText));
        assertTrue(fx(() -> ask.lookup("#alsoDeleteAsset") == null), "no asset to offer");
        robot.clickOn(ask.lookupButton(ButtonType.OK));

        until(() -> w.backend.fake().deletes.equals(List.of(row.localId())), ActionWindow.WAIT, "deleted");
    }
}
