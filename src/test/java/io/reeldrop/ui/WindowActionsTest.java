package io.reeldrop.ui;

import io.reeldrop.ui.support.TaskExecutor;
import io.reeldrop.ui.support.FxTaskExecutor;
import static io.reeldrop.ui.UiAwait.fx;
import static io.reeldrop.ui.UiAwait.until;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reeldrop.api.TaskStatus;
import io.reeldrop.api.VideoMetadata;
import io.reeldrop.ui.action.StandardAction;
import io.reeldrop.ui.table.RowActions;
import io.reeldrop.listing.RowStatus;
import io.reeldrop.ui.table.TaskRow;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
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
 * Every action is defined once: the menu bar, the row menu and Help show the same actions and
 * keys, enabled states follow the selection live, and row keys never act from the URL box. That
 * each row action also does the same thing every way is {@link RowActionWaysTest}.
 */
@ExtendWith(ApplicationExtension.class)
class WindowActionsTest {

    private static final Duration WAIT = ActionWindow.WAIT;

    @TempDir
    Path data;

    private Stage stage;
    private ActionWindow w;
    private MainWindow window;
    private final TaskExecutor executor = new FxTaskExecutor();

    @Start
    void start(Stage s) {
        stage = s;
    }

    @BeforeEach
    void open() {
        w = ActionWindow.open(stage, executor, data);
        window = w.window;
    }

    @AfterEach
    void stop() {
        executor.shutdown();
    }

    @Test
    void theMenuBarHasEveryActionOnceAndTheRowMenuTheSameItemsAsTheTasksMenu(FxRobot robot) {
        Map<StandardAction, Long> inMenuBar = fx(() -> w.menuBarItems().stream()
                .collect(Collectors.groupingBy(m -> (StandardAction) m.getUserData(), Collectors.counting())));
        for (StandardAction a : StandardAction.values()) {
            assertEquals(1L, inMenuBar.getOrDefault(a, 0L), a + " in the menu bar");
        }

        TaskRow row = w.addRow("a.mp4", TaskStatus.READY);
        w.openRowMenu(robot, row);
        List<MenuItem> rowMenu = fx(() -> window.tableView().table().getContextMenu().getItems().stream()
                .filter(m -> m.getUserData() != null).collect(Collectors.toList()));
        assertEquals(RowActions.MENU.stream().flatMap(List::stream).collect(Collectors.toList()),
                rowMenu.stream().map(MenuItem::getUserData).collect(Collectors.toList()));
        for (MenuItem inRow : rowMenu) {
            MenuItem inBar = w.menuBarItem((StandardAction) inRow.getUserData());
            assertEquals(inBar.getText(), inRow.getText());
            assertEquals(ActionWindow.keyText(inBar), ActionWindow.keyText(inRow), inRow.getText());
        }
        w.closeRowMenu();
    }

    @Test
    void mnemonicsDoNotRepeatWithinAMenu() {
        for (Menu menu : fx(() -> w.menuBar().getMenus())) {
            List<Character> letters = fx(() -> menu.getItems().stream().map(MenuItem::getText)
                    .filter(t -> t != null && t.contains("_"))
                    .map(t -> Character.toLowerCase(t.charAt(t.indexOf('_') + 1))).collect(Collectors.toList()));
            assertEquals(letters.stream().distinct().count(), letters.size(), menu.getText() + ": " + letters);
        }
    }

    @Test
    void enabledStatesFollowTheSelectionAndTheSelectedTaskInBothMenus(FxRobot robot) {
        TaskRow row = w.addRow("later.mp4", null);
        w.openRowMenu(robot, row);
        w.closeRowMenu();
        List<StandardAction> needFailed = List.of(StandardAction.RETRY);
        List<StandardAction> needServer = List.of(StandardAction.COPY_VIDEO_ID, StandardAction.DELETE_ON_SERVER);

        fx(() -> {
            w.select(row);
            return null;
        });
        assertEnabled(StandardAction.COPY_TASK_ID, true);
        assertEnabled(StandardAction.REMOVE, true);
        needFailed.forEach(a -> assertEnabled(a, false));
        needServer.forEach(a -> assertEnabled(a, false));

        w.backend.fake().advance(row.localId(), TaskStatus.FAILED, VideoMetadata.EMPTY, "video_too_short");
        until(() -> RowStatus.of(row.get()).text().equals("failed"), WAIT, "the row to fail");
        needFailed.forEach(a -> assertEnabled(a, true));
        needServer.forEach(a -> assertEnabled(a, true));

        fx(() -> {
            window.tableView().table().getSelectionModel().clearSelection();
            return null;
        });
        for (StandardAction a : RowActions.MENU.stream().flatMap(List::stream).collect(Collectors.toList())) {
            assertEnabled(a, false);
        }
    }

    private void assertEnabled(StandardAction action, boolean enabled) {
        assertEquals(enabled, !fx(() -> w.menuBarItem(action).isDisable()), action + " in the menu bar");
        assertEquals(enabled, !fx(() -> w.rowMenuItem(action).isDisable()), action + " in the row menu");
    }

    @Test
    void rowKeysStayTextEditingWhileThePersonTypesInTheUrlBox(FxRobot robot) {
        TaskRow failed = w.addRow("failed.mp4", TaskStatus.FAILED);
        fx(() -> {
            w.select(failed);
            window.form().focusUrls();
            return null;
        });
        robot.write("abc");
        ActionWindow.setClipboard("(nothing copied)");

        robot.push(KeyCode.LEFT).push(KeyCode.DELETE);
        robot.push(ActionWindow.keys(StandardAction.COPY_AS_TEXT.keys().orElseThrow()));
        robot.push(ActionWindow.keys(StandardAction.COPY_TASK_ID.keys().orElseThrow()));
        robot.push(ActionWindow.keys(StandardAction.RETRY.keys().orElseThrow()));
        robot.push(KeyCode.ENTER);

        assertEquals("ab\n", fx(() -> window.formModel().urlsProperty().get()));
        assertEquals("(nothing copied)", ActionWindow.clipboard());
        assertTrue(fx(() -> window.tableView().table().getItems().contains(failed)));
        assertEquals(TaskStatus.FAILED, fx(() -> failed.get().task().status()));
        assertFalse(fx(() -> window.tableView().detailsShownProperty().get()));
    }

    @Test
    void helpListsExactlyTheDefinedShortcutsInThePlatformsKeyNames(FxRobot robot) {
        robot.push(ActionWindow.keys(StandardAction.KEYBOARD_SHORTCUTS.keys().orElseThrow()));
        until(() -> robot.lookup("#shortcuts").tryQuery().isPresent(), WAIT, "the Help window");
        GridPane grid = robot.lookup("#shortcuts").queryAs(GridPane.class);

        List<String> shown = fx(() -> {
            List<String> lines = new ArrayList<>();
            for (Node n : grid.getChildren()) {
                if (n.getStyleClass().contains("shortcut-keys")) {
                    lines.add(((Label) n).getText() + " = " + textRightOf(grid, n));
                }
            }
            return lines;
        });
        List<String> defined = new ArrayList<>();
        for (StandardAction.Scope scope : StandardAction.Scope.values()) {
            for (StandardAction a : StandardAction.values()) {
                if (a.scope() == scope && a.keys().isPresent()) {
                    defined.add(a.keys().get().getDisplayText() + " = " + a.plainText());
                }
            }
        }
        assertEquals(defined, shown);
        for (MenuItem item : fx(w::menuBarItems)) {
            if (item.getAccelerator() != null) {
                String line = item.getAccelerator().getDisplayText() + " = "
                        + ((StandardAction) item.getUserData()).plainText();
                assertTrue(shown.contains(line), "Help lists what the menu shows: " + line);
            }
        }
        fx(() -> {
            grid.getScene().getWindow().hide();
            return null;
        });
    }

    private static String textRightOf(GridPane grid, Node keys) {
        int row = GridPane.getRowIndex(keys);
        return grid.getChildren().stream()
                .filter(n -> GridPane.getRowIndex(n) == row && n.getStyleClass().contains("shortcut-what"))
                .map(n -> ((Label) n).getText()).findFirst().orElse("(no text)");
    }
}
