package io.reeldrop.ui;

import static io.reeldrop.ui.UiAwait.fx;
import static io.reeldrop.ui.UiAwait.until;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reeldrop.media.FixtureHttpServer;
import io.reeldrop.media.Fixtures;
import io.reeldrop.ui.support.FxTaskExecutor;
import io.reeldrop.ui.support.TaskExecutor;
import io.reeldrop.listing.RowStatus;
import java.nio.file.Path;
import java.time.Duration;
import javafx.scene.Node;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The whole flow without a mouse: fields by mnemonic and Tab, submit, table, details, copy. */
@ExtendWith(ApplicationExtension.class)
class KeyboardOnlyTest {

    @TempDir
    Path data;

    private Stage stage;
    private MainWindow window;
    private final TaskExecutor executor = new FxTaskExecutor();
    private FixtureHttpServer files;

    @Start
    void start(Stage s) {
        stage = s;
    }

    @AfterEach
    void stop() {
        fx(() -> {
            if (window != null && window.backendProperty().get() != null) {
                window.backendProperty().get().close();
            }
            return null;
        });
        executor.shutdown();
        files.close();
    }

    @Test
    void aVideoCanBeSubmittedAndInspectedWithTheKeyboardAlone(FxRobot robot) throws Exception {
        files = new FixtureHttpServer(Fixtures.directory());
        window = TestWindows.open(stage, executor, WindowEndToEndTest.fastFactory(data), data);
        until(() -> window.formModel().indexStatusProperty().get().equals("1 index"), Duration.ofSeconds(20),
                "the sandbox index list");

        robot.push(KeyCode.SHORTCUT, KeyCode.L);
        assertEquals("index", fx(() -> focusedId()).replace("index-editor", "index"));
        robot.push(KeyCode.TAB).push(KeyCode.TAB);
        assertEquals("createIndexButton", fx(this::focusedId), "the + for a new index, after the refresh button");
        robot.push(KeyCode.TAB);
        assertEquals("language", fx(this::focusedId));
        robot.write("en");
        robot.push(KeyCode.ALT, KeyCode.U);
        assertEquals("urls", fx(this::focusedId));
        robot.write(files.url("range", "valid.mp4").toString());
        robot.push(KeyCode.SHORTCUT, KeyCode.ENTER);

        until(() -> window.tableView().table().getItems().size() == 1
                && RowStatus.of(window.tableView().table().getItems().get(0).get()).text().equals("ready"),
                Duration.ofSeconds(30), "the video to be ready");
        assertEquals("en", fx(() -> window.tableView().table().getItems().get(0).get().submission().language()));

        robot.push(KeyCode.SHORTCUT, KeyCode.T);
        assertEquals("tasks", fx(this::focusedId));
        robot.push(KeyCode.HOME);
        robot.push(KeyCode.ENTER);
        assertTrue(fx(() -> window.tableView().details().getScene() != null && window.tableView().details().isVisible()));
        robot.push(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.C);
        String taskId = fx(() -> window.tableView().table().getItems().get(0).get().task().id());
        assertEquals(taskId, fx(() -> Clipboard.getSystemClipboard().getString()));
        robot.push(KeyCode.SHORTCUT, KeyCode.C);
        String asText = fx(() -> Clipboard.getSystemClipboard().getString());
        assertTrue(asText.startsWith("Video\tIndex\tStatus\t") && asText.contains("\tready\t") && asText.contains(taskId),
                asText);
        robot.push(KeyCode.ESCAPE);
        assertFalse(fx(() -> window.tableView().details().getParent() != null
                && window.tableView().details().getScene() != null));
    }

    private String focusedId() {
        Node n = stage.getScene().getFocusOwner();
        while (n != null && n.getId() == null) {
            n = n.getParent();
        }
        return n == null ? "(nothing)" : n.getId();
    }
}
