package io.reeldrop.ui;

import static io.reeldrop.ui.UiAwait.fx;
import static io.reeldrop.ui.UiAwait.until;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reeldrop.api.Hls;
import io.reeldrop.api.TaskStatus;
import io.reeldrop.api.VideoMetadata;
import io.reeldrop.tracking.Submission;
import io.reeldrop.ui.action.StandardAction;
import io.reeldrop.ui.table.RowActions;
import io.reeldrop.ui.table.RowStatus;
import io.reeldrop.ui.table.TaskRow;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
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
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every action is defined once: the menu bar, the row menu, the table's keys and Help all show
 * and do the same thing, and enabled states follow the selection while the menus are built.
 */
@ExtendWith(ApplicationExtension.class)
class WindowActionsTest {

    private static final Duration WAIT = Duration.ofSeconds(5);

    /** The three ways to reach a row action. */
    private enum Way { MENU_BAR, ROW_MENU, KEYS }

    @TempDir
    Path data;

    private Stage stage;
    private MainWindow window;
    private final TaskExecutor executor = new FxTaskExecutor();
    private final FakeBackend backend = FakeBackend.sandbox();
    private final List<String> opened = new ArrayList<>();
    private final AtomicInteger videos = new AtomicInteger();

    @Start
    void start(Stage s) {
        stage = s;
    }

    @BeforeEach
    void open() {
        window = TestWindows.open(stage, executor, backend.factory(), data);
        until(() -> window.backendProperty().get() != null, WAIT, "the fake backend");
        fx(() -> {
            window.tableView().setOpenUrl(opened::add);
            return null;
        });
    }

    @AfterEach
    void stop() {
        executor.shutdown();
    }

    @Test
    void theMenuBarHasEveryActionOnceAndTheRowMenuTheSameItemsAsTheTasksMenu(FxRobot robot) {
        Map<StandardAction, Long> inMenuBar = fx(() -> menuBarItems().stream()
                .collect(Collectors.groupingBy(m -> (StandardAction) m.getUserData(), Collectors.counting())));
        for (StandardAction a : StandardAction.values()) {
            assertEquals(1L, inMenuBar.getOrDefault(a, 0L), a + " in the menu bar");
        }

        TaskRow row = addRow("a.mp4", TaskStatus.READY);
        openRowMenu(robot, row);
        List<MenuItem> rowMenu = fx(() -> window.tableView().table().getContextMenu().getItems().stream()
                .filter(m -> m.getUserData() != null).collect(Collectors.toList()));
        assertEquals(RowActions.MENU.stream().flatMap(List::stream).collect(Collectors.toList()),
                rowMenu.stream().map(MenuItem::getUserData).collect(Collectors.toList()));
        for (MenuItem inRow : rowMenu) {
            MenuItem inBar = menuBarItem((StandardAction) inRow.getUserData());
            assertEquals(inBar.getText(), inRow.getText());
            assertEquals(keyText(inBar), keyText(inRow), inRow.getText());
        }
        closeRowMenu();
    }

    @Test
    void mnemonicsDoNotRepeatWithinAMenu() {
        for (Menu menu : fx(() -> menuBar().getMenus())) {
            List<Character> letters = fx(() -> menu.getItems().stream().map(MenuItem::getText)
                    .filter(t -> t != null && t.contains("_"))
                    .map(t -> Character.toLowerCase(t.charAt(t.indexOf('_') + 1))).collect(Collectors.toList()));
            assertEquals(letters.stream().distinct().count(), letters.size(), menu.getText() + ": " + letters);
        }
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
        setClipboard("(nothing copied)");
        switch (action) {
            case SHOW_DETAILS -> {
                TaskRow row = addRow("details.mp4", TaskStatus.READY);
                run(robot, action, way, row);
                until(() -> window.tableView().detailsShownProperty().get()
                        && window.tableView().details().taskProperty().get() == row.get(), WAIT, what);
                fx(() -> {
                    window.tableView().actions().command(StandardAction.CLOSE_DETAILS).execute();
                    return null;
                });
            }
            case CLOSE_DETAILS -> {
                TaskRow row = addRow("close.mp4", TaskStatus.READY);
                fx(() -> {
                    select(row);
                    return window.tableView().actions().command(StandardAction.SHOW_DETAILS).execute();
                });
                run(robot, action, way, row);
                until(() -> !window.tableView().detailsShownProperty().get()
                        && window.tableView().details().getParent() == null, WAIT, what);
            }
            case COPY_TASK_ID -> {
                TaskRow sent = addRow("sent.mp4", TaskStatus.READY);
                run(robot, action, way, sent);
                assertEquals(sent.get().task().id(), clipboard(), what + " on a task the server has");
                setClipboard("(nothing copied)");
                TaskRow unsent = addRow("unsent.mp4", null);
                run(robot, action, way, unsent);
                assertEquals(unsent.localId(), clipboard(), what + " on a video never sent");
            }
            case COPY_VIDEO_ID -> {
                TaskRow row = addRow("video.mp4", TaskStatus.READY);
                run(robot, action, way, row);
                assertEquals(row.get().task().videoId(), clipboard(), what);
            }
            case COPY_SOURCE -> {
                TaskRow row = addRow("source.mp4", TaskStatus.INDEXING);
                run(robot, action, way, row);
                assertEquals(row.get().submission().videoUrl(), clipboard(), what);
            }
            case OPEN_HLS -> {
                TaskRow row = addRow("stream.mp4", TaskStatus.READY);
                run(robot, action, way, row);
                until(() -> opened.equals(List.of(row.get().task().hls().videoUrl())), WAIT, what);
                opened.clear();
            }
            case RETRY -> {
                TaskRow row = addRow("retry.mp4", TaskStatus.FAILED);
                run(robot, action, way, row);
                until(() -> row.get().task().status().equals(TaskStatus.PENDING), WAIT, what);
            }
            case REMOVE -> {
                TaskRow row = addRow("remove.mp4", TaskStatus.READY);
                run(robot, action, way, row);
                until(() -> !window.tableView().table().getItems().contains(row), WAIT, what);
            }
            case DELETE_ON_SERVER -> {
                TaskRow row = addRow("delete.mp4", TaskStatus.READY);
                run(robot, action, way, row);
                until(() -> robot.lookup(".dialog-pane").tryQuery().isPresent(), WAIT, what + ": the question");
                DialogPane ask = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
                robot.clickOn(ask.lookupButton(ButtonType.OK));
                until(() -> !window.tableView().table().getItems().contains(row), WAIT, what);
            }
            default -> throw new AssertionError("no check for " + action);
        }
    }

    private void run(FxRobot robot, StandardAction action, Way way, TaskRow row) {
        fx(() -> {
            select(row);
            window.tableView().table().requestFocus();
            return null;
        });
        switch (way) {
            case MENU_BAR -> {
                MenuItem item = menuBarItem(action);
                assertFalse(fx(item::isDisable), action + " is enabled in the menu bar");
                // Not awaited: an action may open a dialog and wait for it.
                Platform.runLater(item::fire);
                WaitForAsyncUtils.waitForFxEvents();
            }
            case ROW_MENU -> {
                openRowMenu(robot, row);
                MenuItem item = rowMenuItem(action);
                assertFalse(fx(item::isDisable), action + " is enabled in the row menu");
                robot.clickOn(fx(item::getStyleableNode));
            }
            case KEYS -> robot.push(keys(action.keys().orElseThrow()));
        }
    }

    @Test
    void enabledStatesFollowTheSelectionAndTheSelectedTaskInBothMenus(FxRobot robot) {
        TaskRow row = addRow("later.mp4", null);
        openRowMenu(robot, row);
        closeRowMenu();
        List<StandardAction> needFailed = List.of(StandardAction.RETRY);
        List<StandardAction> needServer = List.of(StandardAction.COPY_VIDEO_ID, StandardAction.DELETE_ON_SERVER);

        fx(() -> {
            select(row);
            return null;
        });
        assertEnabled(StandardAction.COPY_TASK_ID, true);
        assertEnabled(StandardAction.REMOVE, true);
        needFailed.forEach(a -> assertEnabled(a, false));
        needServer.forEach(a -> assertEnabled(a, false));

        backend.fake().advance(row.localId(), TaskStatus.FAILED, VideoMetadata.EMPTY, "video_too_short");
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
        assertEquals(enabled, !fx(() -> menuBarItem(action).isDisable()), action + " in the menu bar");
        assertEquals(enabled, !fx(() -> rowMenuItem(action).isDisable()), action + " in the row menu");
    }

    @Test
    void rowKeysStayTextEditingWhileThePersonTypesInTheUrlBox(FxRobot robot) {
        TaskRow failed = addRow("failed.mp4", TaskStatus.FAILED);
        fx(() -> {
            select(failed);
            window.form().focusUrls();
            return null;
        });
        robot.write("abc");
        setClipboard("(nothing copied)");

        robot.push(KeyCode.LEFT).push(KeyCode.DELETE);
        robot.push(keys(StandardAction.COPY_TASK_ID.keys().orElseThrow()));
        robot.push(keys(StandardAction.RETRY.keys().orElseThrow()));
        robot.push(KeyCode.ENTER);

        assertEquals("ab\n", fx(() -> window.formModel().urlsProperty().get()));
        assertEquals("(nothing copied)", clipboard());
        assertTrue(fx(() -> window.tableView().table().getItems().contains(failed)));
        assertEquals(TaskStatus.FAILED, fx(() -> failed.get().task().status()));
        assertFalse(fx(() -> window.tableView().detailsShownProperty().get()));
    }

    @Test
    void helpListsExactlyTheDefinedShortcutsInThePlatformsKeyNames(FxRobot robot) {
        robot.push(keys(StandardAction.KEYBOARD_SHORTCUTS.keys().orElseThrow()));
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
        for (MenuItem item : fx(this::menuBarItems)) {
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

    /** A new row for a video that is now {@code status} on the server; null: not sent yet. */
    private TaskRow addRow(String name, TaskStatus status) {
        String url = "https://cdn.example.test/" + videos.incrementAndGet() + "/" + name;
        String id = backend.fake().submit(List.of(Submission.ofUrl(FakeBackend.SANDBOX_INDEX, null, url)))
                .get(0).tracked().localId();
        if (status != null) {
            Hls hls = status.equals(TaskStatus.READY)
                    ? new Hls("https://stream.example.test/" + id + "/index.m3u8", List.of(), "COMPLETE", null)
                    : null;
            backend.fake().advance(id, status, new VideoMetadata(5.0, name, 640, 360),
                    status.equals(TaskStatus.FAILED) ? "video_too_short" : null, hls);
        }
        Predicate<TaskRow> isIt = r -> r.localId().equals(id)
                && (status == null || (r.get().task() != null && r.get().task().status().equals(status)));
        until(() -> window.tableView().table().getItems().stream().anyMatch(isIt), WAIT, name + " in the table");
        return fx(() -> window.tableView().table().getItems().stream().filter(isIt).findFirst().orElseThrow());
    }

    private void select(TaskRow row) {
        TableView<TaskRow> table = window.tableView().table();
        table.getSelectionModel().clearAndSelect(table.getItems().indexOf(row));
    }

    private void openRowMenu(FxRobot robot, TaskRow row) {
        AtomicReference<Node> cell = new AtomicReference<>();
        until(() -> {
            cell.set(robot.lookup(".table-row-cell").match(n -> ((TableRow<?>) n).getItem() == row).tryQuery()
                    .orElse(null));
            return cell.get() != null;
        }, WAIT, "the row on screen");
        robot.clickOn(cell.get());
        // Headless Monocle raises no context-menu request for a right click or Shift+F10
        // (TestFX/TestFX#645), so the test raises the one the platform would, on the row.
        fx(() -> {
            Node n = cell.get();
            Bounds b = n.localToScreen(n.getBoundsInLocal());
            Point2D inTable = window.tableView().table().screenToLocal(b.getCenterX(), b.getCenterY());
            Event.fireEvent(n, new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, inTable.getX(),
                    inTable.getY(), b.getCenterX(), b.getCenterY(), false, null));
            return null;
        });
        until(() -> {
            ContextMenu menu = window.tableView().table().getContextMenu();
            return menu != null && menu.isShowing();
        }, WAIT, "the row menu");
    }

    private void closeRowMenu() {
        fx(() -> {
            window.tableView().table().getContextMenu().hide();
            return null;
        });
    }

    private MenuBar menuBar() {
        return (MenuBar) window.root().lookup("#menuBar");
    }

    private List<MenuItem> menuBarItems() {
        List<MenuItem> items = new ArrayList<>();
        for (Menu menu : menuBar().getMenus()) {
            menu.getItems().stream().filter(m -> m.getUserData() instanceof StandardAction).forEach(items::add);
        }
        return items;
    }

    private MenuItem menuBarItem(StandardAction action) {
        return fx(() -> menuBarItems().stream().filter(m -> m.getUserData() == action).findFirst().orElseThrow());
    }

    private MenuItem rowMenuItem(StandardAction action) {
        return fx(() -> window.tableView().table().getContextMenu().getItems().stream()
                .filter(m -> m.getUserData() == action).findFirst().orElseThrow());
    }

    private static String keyText(MenuItem item) {
        return item.getAccelerator() == null ? "" : item.getAccelerator().getDisplayText();
    }

    /** The keys to press for {@code keys}, Shortcut as the platform's own key. */
    private static KeyCode[] keys(KeyCombination keys) {
        List<KeyCode> codes = new ArrayList<>();
        if (keys.getShortcut() == KeyCombination.ModifierValue.DOWN) {
            codes.add(KeyCode.SHORTCUT);
        }
        if (keys.getControl() == KeyCombination.ModifierValue.DOWN) {
            codes.add(KeyCode.CONTROL);
        }
        if (keys.getAlt() == KeyCombination.ModifierValue.DOWN) {
            codes.add(KeyCode.ALT);
        }
        if (keys.getShift() == KeyCombination.ModifierValue.DOWN) {
            codes.add(KeyCode.SHIFT);
        }
        codes.add(((KeyCodeCombination) keys).getCode());
        return codes.toArray(KeyCode[]::new);
    }

    private static void setClipboard(String text) {
        fx(() -> {
            ClipboardContent c = new ClipboardContent();
            c.putString(text);
            return Clipboard.getSystemClipboard().setContent(c);
        });
    }

    private static String clipboard() {
        return fx(() -> Clipboard.getSystemClipboard().getString());
    }
}
