package io.reeldrop.ui;

import io.reeldrop.ui.support.UiPreferences;
import io.reeldrop.ui.support.UiPreference;
import io.reeldrop.ui.support.FxTaskExecutor;
import io.reeldrop.ui.support.TaskExecutor;
import io.reeldrop.session.Connection;
import io.reeldrop.session.Session;
import io.reeldrop.session.SessionOpener;
import io.reeldrop.session.LaunchOptions;
import static io.reeldrop.ui.UiAwait.fx;
import static io.reeldrop.ui.UiAwait.until;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reeldrop.api.ApiKey;
import io.reeldrop.api.Index;
import io.reeldrop.api.TaskStatus;
import io.reeldrop.api.VideoMetadata;
import io.reeldrop.config.OwnerOnlyFileSecretStore;
import io.reeldrop.config.ProfilesFile;
import io.reeldrop.session.SavedProfile;
import io.reeldrop.tracking.Profile;
import io.reeldrop.tracking.model.Submission;
import io.reeldrop.session.Accounts;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Window conventions on a fake engine: toasts while unfocused, remembered size and place. */
@ExtendWith(ApplicationExtension.class)
class WindowBehaviourTest {

    @TempDir
    Path data;

    private Stage stage;
    private MainWindow window;
    private final TaskExecutor executor = new FxTaskExecutor();
    private final FakeSession backend = FakeSession.sandbox();

    @Start
    void start(Stage s) {
        stage = s;
    }

    @AfterEach
    void stop() {
        executor.shutdown();
    }

    private void open() {
        SessionOpener factory = new SessionOpener() {
            @Override
            public Session openSandbox() {
                return backend;
            }

            @Override
            public Session openAccount(Connection connection, ApiKey key) {
                throw new UnsupportedOperationException();
            }

            @Override
            public List<Index> checkKey(URI apiUrl, ApiKey key) {
                throw new UnsupportedOperationException();
            }
        };
        Accounts session = new Accounts(factory, LaunchOptions.ofDataFolder(data),
                () -> new OwnerOnlyFileSecretStore(data));
        fx(() -> {
            window = new MainWindow(executor, MemoryPreferences.fresh(), session);
            stage.setScene(TestWindows.shipped(window, 1000, 700));
            stage.show();
            window.setBackend(session.openAtStart());
            return null;
        });
    }

    @Test
    void aTaskThatFinishesWhileTheWindowIsUnfocusedRaisesAToast(FxRobot robot) {
        open();
        String id = backend.fake().submit(List.of(Submission.ofUrl(FakeSession.SANDBOX_INDEX, null,
                "https://cdn.example.test/trailer.mp4"))).get(0).tracked().localId();
        until(() -> window.tableView().table().getItems().size() == 1, Duration.ofSeconds(5), "the row");
        // Headless Monocle does not move focus between windows, so the test says where it is.
        fx(() -> {
            window.setFocusCheck(() -> false);
            return null;
        });

        backend.fake().advance(id, TaskStatus.READY, new VideoMetadata(5.0, "trailer.mp4", 640, 360), null);

        until(() -> window.toasts().getChildren().stream()
                .anyMatch(n -> ((Label) n).getText().equals("trailer.mp4 is ready.")), Duration.ofSeconds(5), "the toast");
    }

    @Test
    void aProfileThatFailsToOpenAfterTheOldOneClosedLeavesNoStaleSession() throws Exception {
        String url = "https://api.example.test/v1.3";
        new ProfilesFile(data).write(new ProfilesFile.Content("sandbox",
                List.of(new ProfilesFile.Stored("Broken", url, url, url))));
        new OwnerOnlyFileSecretStore(data).save(url, "tlk_broken");
        open();
        SavedProfile broken = new SavedProfile("Broken", URI.create(url), Profile.ofApiUrl(URI.create(url)));

        fx(() -> {
            window.profiles().switchTo(broken);
            return null;
        });

        until(() -> window.backendProperty().get() == null, Duration.ofSeconds(5), "the closed session to be let go");
        assertTrue(backend.isClosed(), "the sandbox was closed before the account was opened");
        until(() -> window.toasts().getChildren().stream().anyMatch(n -> ((Label) n).getText()
                .startsWith("Opening the profile \"Broken\" did not work")), Duration.ofSeconds(5), "the sentence");
        assertTrue(fx(() -> ((Label) window.root().lookup("#connectionBanner")).getText()
                .endsWith("Choose a profile in the Profile menu.")));
        assertEquals("Not connected", fx(() -> ((Label) window.root().lookup("#connectionState")).getText()));
    }

    @Test
    void noToastWhileThePersonIsLookingAtTheWindow(FxRobot robot) {
        open();
        String id = backend.fake().submit(List.of(Submission.ofUrl(FakeSession.SANDBOX_INDEX, null,
                "https://cdn.example.test/trailer.mp4"))).get(0).tracked().localId();
        fx(() -> {
            window.setFocusCheck(() -> true);
            return null;
        });
        backend.fake().advance(id, TaskStatus.READY, VideoMetadata.EMPTY, null);
        until(() -> window.tableView().table().getItems().get(0).get().isSettled(), Duration.ofSeconds(5), "ready");
        assertEquals(0, fx(() -> window.toasts().getChildren().size()));
    }

    @Test
    void sizeAndPlaceAreRememberedAndAPlaceOffEveryScreenIsNot(FxRobot robot) {
        UiPreferences prefs = MemoryPreferences.fresh();
        fx(() -> {
            stage.setScene(new Scene(new StackPane(), 300, 200));
            stage.setX(40);
            stage.setY(60);
            stage.setWidth(900);
            stage.setHeight(640);
            stage.show();
            WindowState.save(stage, prefs);
            return null;
        });
        assertEquals(900, prefs.getDouble(UiPreference.WINDOW_WIDTH));
        Stage next = fx(() -> {
            Stage s = new Stage();
            s.setScene(new Scene(new StackPane()));
            WindowState.restore(s, prefs);
            return s;
        });
        assertEquals(List.of(40.0, 60.0, 900.0, 640.0), fx(() -> List.of(next.getX(), next.getY(), next.getWidth(), next.getHeight())));

        prefs.put(UiPreference.WINDOW_X, 50_000.0);
        Stage lost = fx(() -> {
            Stage s = new Stage();
            s.setScene(new Scene(new StackPane()));
            WindowState.restore(s, prefs);
            s.show();
            return s;
        });
        double x = fx(lost::getX);
        fx(() -> {
            lost.close();
            return null;
        });
        assertTrue(x < 5_000, "a window saved on a screen that is gone comes back on the primary one, x=" + x);
    }
}
