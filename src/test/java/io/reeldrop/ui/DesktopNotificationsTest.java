package io.reeldrop.ui;

import static io.reeldrop.ui.UiAwait.fx;
import static io.reeldrop.ui.UiAwait.until;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.reeldrop.api.TaskStatus;
import io.reeldrop.api.VideoMetadata;
import io.reeldrop.config.OwnerOnlyFileSecretStore;
import io.reeldrop.session.Accounts;
import io.reeldrop.session.LaunchOptions;
import io.reeldrop.tracking.model.Submission;
import io.reeldrop.ui.notify.Notice;
import io.reeldrop.ui.notify.Notifier;
import io.reeldrop.ui.notify.NotifierException;
import io.reeldrop.ui.support.FxTaskExecutor;
import io.reeldrop.ui.support.TaskExecutor;
import io.reeldrop.ui.support.UiPreference;
import io.reeldrop.ui.support.UiPreferences;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The window in the background on a fake engine, with a double in place of the OS's notifications:
 * what goes to the OS, what stays a toast when the setting is off or the OS refuses.
 */
@ExtendWith(ApplicationExtension.class)
class DesktopNotificationsTest {

    private static final Duration WAIT = Duration.ofSeconds(5);

    @TempDir
    Path data;

    private Stage stage;
    private MainWindow window;
    private final TaskExecutor executor = new FxTaskExecutor();
    private final FakeSession backend = FakeSession.sandbox();
    private final UiPreferences prefs = MemoryPreferences.fresh();
    private final List<Notice> osShown = new CopyOnWriteArrayList<>();
    private final AtomicBoolean osRefuses = new AtomicBoolean();
    private final AtomicInteger notifiersBuilt = new AtomicInteger();

    /** The double at the OS boundary: records, or refuses as a desktop without the service would. */
    private final class RecordingNotifier implements Notifier {
        @Override
        public void show(Notice notice) throws NotifierException {
            if (osRefuses.get()) {
                throw new NotifierException("no notification service here");
            }
            osShown.add(notice);
        }
    }

    @Start
    void start(Stage s) {
        stage = s;
    }

    @BeforeEach
    void open() {
        Accounts accounts = new Accounts(backend.factory(), LaunchOptions.ofDataFolder(data),
                () -> new OwnerOnlyFileSecretStore(data));
        window = TestWindows.open(stage, executor, accounts, prefs);
        until(() -> window.backendProperty().get() != null, WAIT, "the fake backend");
        fx(() -> {
            window.setNotifier(() -> {
                notifiersBuilt.incrementAndGet();
                return new RecordingNotifier();
            });
            window.setFocusCheck(() -> false); // headless Monocle keeps focus where it is: say it is elsewhere
            return null;
        });
    }

    @AfterEach
    void stop() {
        executor.shutdown();
    }

    private String finishOne(String name, TaskStatus status) {
        String id = backend.fake().submit(List.of(Submission.ofUrl(FakeSession.SANDBOX_INDEX, null,
                "https://cdn.example.test/" + name))).get(0).tracked().localId();
        until(() -> window.tableView().table().getItems().stream().anyMatch(r -> r.localId().equals(id)), WAIT, "the row");
        backend.fake().advance(id, status, new VideoMetadata(5.0, name, 640, 360), null);
        return id;
    }

    private List<String> toasts() {
        return fx(() -> window.toasts().getChildren().stream().map(n -> ((Label) n).getText()).toList());
    }

    @Test
    void aFinishedBatchGoesToTheOsAndNotToTheWindowWhileTheWindowIsInTheBackground() {
        assertEquals(0, notifiersBuilt.get(), "nothing is built before the first notice");
        finishOne("trailer.mp4", TaskStatus.READY);

        until(() -> osShown.size() == 1, WAIT, "the OS notification");
        assertEquals(new Notice("Video ready", "trailer.mp4 is ready.", false), osShown.get(0));
        finishOne("broken.mp4", TaskStatus.FAILED);
        until(() -> osShown.size() == 2, WAIT, "the failure's notification");
        assertEquals(true, osShown.get(1).problem());
        assertEquals(1, notifiersBuilt.get(), "built once, at the first notice");
        assertEquals(List.of(), toasts());
    }

    @Test
    void switchedOffInTheSettingsTheWindowsToastTellsInstead() {
        prefs.put(UiPreference.DESKTOP_NOTIFICATIONS, false);
        finishOne("trailer.mp4", TaskStatus.READY);

        until(() -> toasts().contains("trailer.mp4 is ready."), WAIT, "the toast");
        assertEquals(List.of(), osShown);
        assertEquals(0, notifiersBuilt.get());
    }

    @Test
    void whenTheOsRefusesTheToastIsTheFallbackAndTheNextNoticeTriesTheOsAgain() {
        osRefuses.set(true);
        finishOne("trailer.mp4", TaskStatus.READY);
        until(() -> toasts().contains("trailer.mp4 is ready."), WAIT, "the fallback toast");

        osRefuses.set(false);
        finishOne("second.mp4", TaskStatus.READY);
        until(() -> osShown.size() == 1, WAIT, "the OS again");
        assertEquals("second.mp4 is ready.", osShown.get(0).text());
    }

    @Test
    void nothingIsToldWhileThePersonLooksAtTheWindow() {
        fx(() -> {
            window.setFocusCheck(() -> true);
            return null;
        });
        String id = finishOne("seen.mp4", TaskStatus.READY);
        until(() -> window.tableView().table().getItems().stream().anyMatch(r -> r.localId().equals(id) && r.get().isSettled()),
                WAIT, "the row ready");
        assertEquals(List.of(), osShown);
        assertEquals(List.of(), toasts());
    }
}
