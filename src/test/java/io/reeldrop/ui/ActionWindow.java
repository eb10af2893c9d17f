package io.reeldrop.ui;

import io.reeldrop.ui.support.TaskExecutor;
import static io.reeldrop.ui.UiAwait.fx;
import static io.reeldrop.ui.UiAwait.until;

import io.reeldrop.api.Hls;
import io.reeldrop.api.TaskStatus;
import io.reeldrop.api.VideoMetadata;
import io.reeldrop.tracking.model.Submission;
import io.reeldrop.tracking.model.UploadFlow;
import io.reeldrop.ui.action.StandardAction;
import io.reeldrop.ui.table.TaskRow;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
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
import javafx.stage.Stage;
import org.testfx.api.FxRobot;

/** The window on a fake engine, with the ways a person reaches its actions: menus, row menu, keys. */
final class ActionWindow {

    static final Duration WAIT = Duration.ofSeconds(5);

    final MainWindow window;
    final FakeSession backend;
    /** The links "Open HLS stream" opened. */
    final List<String> opened = new ArrayList<>();
    private final AtomicInteger videos = new AtomicInteger();

    private ActionWindow(MainWindow window, FakeSession backend) {
        this.window = window;
        this.backend = backend;
    }

    static ActionWindow open(Stage stage, TaskExecutor executor, Path data) {
        FakeSession backend = FakeSession.sandbox();
        ActionWindow w = new ActionWindow(TestWindows.open(stage, executor, backend.factory(), data), backend);
        until(() -> w.window.backendProperty().get() != null, WAIT, "the fake backend");
        // The index column shows names from this list; tests that read rows as text expect them.
        until(() -> w.window.formModel().indexStatusProperty().get().equals("1 index"), WAIT, "the index list");
        fx(() -> {
            w.window.tableView().setOpenUrl(w.opened::add);
            return null;
        });
        return w;
    }

    /** A new row for a video that is now {@code status} on the server; null: not sent yet. */
    TaskRow addRow(String name, TaskStatus status) {
        return addRow(name, status, UploadFlow.TASKS);
    }

    /** The same, sent through {@code flow}. */
    TaskRow addRow(String name, TaskStatus status, UploadFlow flow) {
        String url = "https://cdn.example.test/" + videos.incrementAndGet() + "/" + name;
        String id = backend.fake().submit(List.of(Submission.ofUrl(FakeSession.SANDBOX_INDEX, null, url)
                .withFlow(flow))).get(0).tracked().localId();
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

    /** Selects {@code row}; call on the FX thread. */
    void select(TaskRow row) {
        TableView<TaskRow> table = window.tableView().table();
        table.getSelectionModel().clearAndSelect(table.getItems().indexOf(row));
    }

    /** Selects {@code row} with a click and opens its row menu. */
    void openRowMenu(FxRobot robot, TaskRow row) {
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

    void closeRowMenu() {
        fx(() -> {
            window.tableView().table().getContextMenu().hide();
            return null;
        });
    }

    MenuBar menuBar() {
        return (MenuBar) window.root().lookup("#menuBar");
    }

    /** The menu bar's action items; call on the FX thread. */
    List<MenuItem> menuBarItems() {
        List<MenuItem> items = new ArrayList<>();
        for (Menu menu : menuBar().getMenus()) {
            menu.getItems().stream().filter(m -> m.getUserData() instanceof StandardAction).forEach(items::add);
        }
        return items;
    }

    MenuItem menuBarItem(StandardAction action) {
        return fx(() -> menuBarItems().stream().filter(m -> m.getUserData() == action).findFirst().orElseThrow());
    }

    MenuItem rowMenuItem(StandardAction action) {
        return fx(() -> window.tableView().table().getContextMenu().getItems().stream()
                .filter(m -> m.getUserData() == action).findFirst().orElseThrow());
    }

    static String keyText(MenuItem item) {
        return item.getAccelerator() == null ? "" : item.getAccelerator().getDisplayText();
    }

    /** The keys to press for {@code keys}, Shortcut as the platform's own key. */
    static KeyCode[] keys(KeyCombination keys) {
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

    static void setClipboard(String text) {
        fx(() -> {
            ClipboardContent c = new ClipboardContent();
            c.putString(text);
            return Clipboard.getSystemClipboard().setContent(c);
        });
    }

    static String clipboard() {
        return fx(() -> Clipboard.getSystemClipboard().getString());
    }
}
