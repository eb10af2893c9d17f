package io.reeldrop.ui;

import static io.reeldrop.ui.UiAwait.fx;
import static io.reeldrop.ui.UiAwait.until;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reeldrop.config.OwnerOnlyFileSecretStore;
import io.reeldrop.session.Accounts;
import io.reeldrop.session.LaunchOptions;
import io.reeldrop.ui.support.FxTaskExecutor;
import io.reeldrop.ui.support.TaskExecutor;
import io.reeldrop.ui.support.UiPreference;
import io.reeldrop.ui.support.UiPreferences;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.MouseButton;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.StackPane;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
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
 * The link grabber through the real system clipboard (Monocle's): text copied "elsewhere" while
 * the window was in the background is offered when the window comes back, and added only on a
 * click. Headless Monocle does not move focus between windows, so the test reports the window's
 * focus changes the way the stage's focused property would.
 */
@ExtendWith(ApplicationExtension.class)
class LinkGrabberWindowTest {

    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final String COPIED = "Tonight's rushes:\nhttps://cdn.example.test/a.mp4\n"
            + "https://cdn.example.test/b.mov and https://cdn.example.test/c.webm?sig=1\nhttps://example.test/notes.html";

    @TempDir
    Path data;

    private Stage stage;
    private MainWindow window;
    private final TaskExecutor executor = new FxTaskExecutor();
    private final FakeSession backend = FakeSession.sandbox();
    private final UiPreferences prefs = MemoryPreferences.fresh();

    @Start
    void start(Stage s) {
        stage = s;
    }

    @BeforeEach
    void open() {
        prefs.put(UiPreference.LINK_GRABBER, true);
        setClipboard("something copied before ReelDrop started: https://cdn.example.test/old.mp4", null);
        Accounts accounts = new Accounts(backend.factory(), LaunchOptions.ofDataFolder(data),
                () -> new OwnerOnlyFileSecretStore(data));
        window = TestWindows.open(stage, executor, accounts, prefs);
        until(() -> window.backendProperty().get() != null, WAIT, "the fake backend");
        focus(true); // the window opens in front: what the clipboard held then is not news
    }

    @AfterEach
    void stop() {
        executor.shutdown();
    }

    private void focus(boolean focused) {
        fx(() -> {
            window.conveniences().linkGrabber().focusChanged(focused);
            return null;
        });
    }

    private static void setClipboard(String text, String html) {
        fx(() -> {
            ClipboardContent c = new ClipboardContent();
            c.putString(text);
            if (html != null) {
                c.putHtml(html);
            }
            return Clipboard.getSystemClipboard().setContent(c);
        });
    }

    private String offer() {
        return fx(() -> window.conveniences().offerBar().isShowing()
                ? ((Label) window.root().lookup("#linkOffer")).getText() : "");
    }

    private String urls() {
        return fx(() -> window.formModel().urlsProperty().get());
    }

    @Test
    void linksCopiedElsewhereAreOfferedWhenTheWindowComesBackAndAddedOnlyOnAClick(FxRobot robot) {
        assertEquals("", offer(), "nothing offered at start");
        focus(false);
        setClipboard(COPIED, null);
        focus(true);

        assertEquals("3 video links copied. Add them?", offer());
        assertEquals("", urls(), "nothing is added without a click");
        robot.clickOn((Node) fx(() -> window.root().lookup("#linkOfferAdd")));

        assertEquals("https://cdn.example.test/a.mp4\nhttps://cdn.example.test/b.mov\n"
                + "https://cdn.example.test/c.webm?sig=1\n", urls());
        assertFalse(fx(() -> window.conveniences().offerBar().isShowing()));
        assertEquals(List.of(), backend.fake().received(), "added to the form, not sent");

        focus(false);
        focus(true);
        assertEquals("", offer(), "the same clipboard is not offered twice");
    }

    @Test
    void theLinksOfABrowsersHtmlAreOfferedAndNotNowLeavesTheFormAlone(FxRobot robot) {
        focus(false);
        setClipboard("Episode one", "<a href=\"https://cdn.example.test/ep1.mp4\">Episode one</a>");
        focus(true);
        assertEquals("1 video link copied. Add it?", offer());

        robot.clickOn((Node) fx(() -> window.root().lookup("#linkOfferDismiss")));
        assertEquals("", offer());
        assertEquals("", urls());
    }

    @Test
    void whatWasCopiedInsideReelDropIsNotOffered() {
        setClipboard("https://cdn.example.test/copied-from-the-table.mp4", null);
        focus(false);
        focus(true);
        assertEquals("", offer());
    }

    @Test
    void offTheClipboardIsNotOffered() {
        prefs.put(UiPreference.LINK_GRABBER, false);
        focus(false);
        setClipboard(COPIED, null);
        focus(true);
        assertEquals("", offer());
        assertTrue(fx(() -> window.root().lookup("#linkOffer")) == null, "the bar is not even built");
    }

    /**
     * Monocle starts a drag (its Dragboard is real) but delivers no drag events to a target, so the
     * test hands the window the drop the platform would: the gesture's own Dragboard, on the root.
     */
    @Test
    void textDroppedFromABrowserGivesItsVideoLinksToTheForm(FxRobot robot) {
        AtomicReference<Dragboard> gesture = new AtomicReference<>();
        Label source = fx(() -> {
            Label l = new Label("a selection in a browser");
            l.setOnDragDetected(e -> {
                ClipboardContent c = new ClipboardContent();
                c.putString("Episode one and a page");
                c.putHtml("<a href=\"https://cdn.example.test/ep1.mp4\">Episode one</a> and"
                        + " <a href=\"https://example.test/page\">a page</a>");
                Dragboard board = l.startDragAndDrop(TransferMode.COPY);
                board.setContent(c);
                gesture.set(board);
                e.consume();
            });
            Stage browser = new Stage();
            browser.setScene(new Scene(new StackPane(l), 300, 80));
            browser.setX(960);
            browser.setY(680);
            browser.show();
            return l;
        });
        robot.drag(source).moveBy(40, -300);
        until(() -> gesture.get() != null, WAIT, "the drag to start");

        boolean completed = fx(() -> {
            DragEvent drop = new DragEvent(DragEvent.DRAG_DROPPED, gesture.get(), 200, 200, 200, 200,
                    TransferMode.COPY, source, window.root(), null);
            Event.fireEvent(window.root(), drop);
            return drop.isDropCompleted() || drop.isConsumed();
        });
        robot.release(MouseButton.PRIMARY);

        assertTrue(completed);
        assertEquals("https://cdn.example.test/ep1.mp4\n", urls(), "only the video link, not the prose");
        until(() -> window.toasts().getChildren().stream()
                .anyMatch(n -> ((Label) n).getText().equals("Added 1 video link from the dropped text.")), WAIT, "the toast");
    }
}
