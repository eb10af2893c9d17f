package io.reeldrop.ui;

import static io.reeldrop.ui.UiAwait.fx;
import static io.reeldrop.ui.UiAwait.until;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reeldrop.api.ApiConfig;
import io.reeldrop.api.ApiKey;
import io.reeldrop.api.CreateTaskRequest;
import io.reeldrop.api.TwelveLabsApi;
import io.reeldrop.api.TwelveLabsClient;
import io.reeldrop.media.FixtureHttpServer;
import io.reeldrop.media.Fixtures;
import io.reeldrop.sandbox.SandboxConfig;
import io.reeldrop.sandbox.SandboxServer;
import io.reeldrop.session.Connection;
import io.reeldrop.session.EngineSessions;
import io.reeldrop.session.Session;
import io.reeldrop.session.SessionOpener;
import io.reeldrop.tracking.TrackerSettings;
import io.reeldrop.ui.support.FxTaskExecutor;
import io.reeldrop.ui.support.TaskExecutor;
import io.reeldrop.listing.Formats;
import io.reeldrop.listing.RowStatus;
import io.reeldrop.ui.table.TaskRow;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
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
 * The real window on the real engine and the in-process sandbox, which really downloads and
 * probes the videos a loopback file server hands it.
 */
@ExtendWith(ApplicationExtension.class)
class WindowEndToEndTest {

    private static final Duration TASK_DONE = Duration.ofSeconds(30);

    @TempDir
    Path data;

    private FixtureHttpServer files;
    private Stage stage;
    private MainWindow window;
    private TaskExecutor executor;

    @Start
    void start(Stage s) {
        this.stage = s;
    }

    @BeforeEach
    void serveFixtures() throws Exception {
        files = new FixtureHttpServer(Fixtures.directory());
    }

    @AfterEach
    void closeEverything() {
        fx(() -> {
            Session b = window == null ? null : window.backendProperty().get();
            if (b != null) {
                b.close();
            }
            return null;
        });
        if (executor != null) {
            executor.shutdown();
        }
        files.close();
    }

    /** A fast sandbox schedule and engine, so a task is ready in about a second. */
    static EngineSessions fastFactory(Path data) {
        return new EngineSessions(data,
                SandboxConfig.defaults().withDataDir(data.resolve("sandbox")).withTimeScale(10),
                TrackerSettings.defaults().withDetectionTarget(Duration.ofMillis(400)).withMaxQuietInterval(Duration.ofSeconds(1)));
    }

    /** Opens the window the way the app does: sandbox on first run, the engine in the background. */
    void openWindow(SessionOpener factory) {
        executor = new FxTaskExecutor();
        window = TestWindows.open(stage, executor, factory, data);
        until(() -> window.backendProperty().get() != null, Duration.ofSeconds(20), "the engine to start");
    }

    @SuppressWarnings("unchecked")
    private TableView<TaskRow> table(FxRobot robot) {
        return robot.lookup("#tasks").queryAs(TableView.class);
    }

    private TaskRow rowFor(FxRobot robot, String fixture) {
        return fx(() -> table(robot).getItems().stream()
                .filter(r -> r.get().submission().displayName().endsWith(fixture)).findFirst().orElse(null));
    }

    private void submitUrls(FxRobot robot, String... urls) {
        robot.clickOn("#urls").write(String.join("\n", urls));
        robot.clickOn("#submit");
    }

    @Test
    void firstRunOffersTheSandboxAndASubmittedVideoBecomesReadyWithItsDurationAndResolution(FxRobot robot) {
        openWindow(fastFactory(data));
        assertEquals("Local sandbox: offline, for trying ReelDrop. Nothing leaves this computer.",
                fx(() -> robot.lookup("#connectionBanner").queryAs(Label.class).getText()));
        until(() -> window.formModel().indexTextProperty().get().endsWith(SandboxServer.SANDBOX_INDEX_ID)
                && window.formModel().indexTextProperty().get().startsWith("sandbox"), Duration.ofSeconds(10),
                "the sandbox index to be preselected");

        submitUrls(robot, files.url("range", "valid.mp4").toString(), files.url("range", "too-small-320x240.mp4").toString());

        until(() -> {
            TaskRow r = rowFor(robot, "valid.mp4");
            return r != null && RowStatus.of(r.get()).text().equals("ready");
        }, TASK_DONE, "valid.mp4 to be ready");
        TaskRow ready = rowFor(robot, "valid.mp4");
        assertEquals("0:00:05", Formats.duration(ready.get().task().metadata().duration()));
        assertEquals("640x360 (360p)", Formats.resolution(
                ready.get().task().metadata().width(), ready.get().task().metadata().height()));
        until(() -> robot.lookup("#tasks").lookup("0:00:05").tryQuery().isPresent()
                && robot.lookup("#tasks").lookup("640x360 (360p)").tryQuery().isPresent(), Duration.ofSeconds(5),
                "the duration and resolution on screen");

        // Checked before sending: the too small video is held for the person, and nothing is spent on it.
        until(() -> {
            TaskRow r = rowFor(robot, "too-small-320x240.mp4");
            return r != null && RowStatus.of(r.get()).text().equals("your decision");
        }, TASK_DONE, "the 320x240 video to be held before sending");
        robot.clickOn("your decision");
        robot.type(KeyCode.ENTER);
        String reason = fx(() -> robot.lookup("#failureReason").queryAs(Label.class).getText());
        assertTrue(reason.contains("320x240") && reason.contains("360x360"), reason);
    }

    @Test
    void anAddedFileIsUploadedAndBecomesReady(FxRobot robot) {
        openWindow(fastFactory(data));
        Path video = Fixtures.file("valid.mp4");
        fx(() -> {
            window.formModel().addFiles(List.of(video));
            return null;
        });
        until(() -> robot.lookup("#files").lookup("valid.mp4").tryQuery().isPresent(), Duration.ofSeconds(5),
                "the file to be listed in the form");

        robot.clickOn("#submit");

        until(() -> {
            TaskRow r = rowFor(robot, "valid.mp4");
            return r != null && RowStatus.of(r.get()).text().equals("ready");
        }, TASK_DONE, "the uploaded file to be ready");
        TaskRow row = rowFor(robot, "valid.mp4");
        assertEquals(video, row.get().submission().videoFile());
        assertEquals(640, row.get().task().metadata().width());
        assertTrue(fx(() -> window.formModel().files().isEmpty()), "a sent file leaves the form");
    }

    @Test
    void trackExistingImportsVideosCreatedElsewhere(FxRobot robot) {
        openWindow(fastFactory(data));
        until(() -> window.formModel().indexStatusProperty().get().equals("1 index"), Duration.ofSeconds(10), "the index list");
        Connection c = fx(() -> window.backendProperty().get().connection());
        String created;
        try (TwelveLabsApi other = TwelveLabsClient.create(ApiConfig.of(c.apiUrl(), ApiKey.of(SandboxConfig.DEFAULT_API_KEY)))) {
            created = other.createTask(CreateTaskRequest.fromUrl(SandboxServer.SANDBOX_INDEX_ID,
                    files.url("range", "valid.mp4"))).taskId();
        }
        assertEquals(0, fx(() -> table(robot).getItems().size()));

        robot.clickOn("#trackExisting");

        // On v1.3 every video of the index is an indexed asset, a task's too: that is what is imported.
        until(() -> table(robot).getItems().stream().anyMatch(r -> r.get().task() != null
                && r.get().submission().displayName().equals("valid.mp4")), Duration.ofSeconds(15),
                "the video made elsewhere (task " + created + ") to be listed");
    }

    @Test
    void aBadUrlIsRejectedInlineAndNothingIsSent(FxRobot robot) {
        openWindow(fastFactory(data));
        long before = files.requests();

        submitUrls(robot, "ftp://files.example.test/clip.mp4");

        VBox problems = robot.lookup("#problems").queryAs(VBox.class);
        until(() -> problems.isVisible() && problems.getChildren().size() == 1, Duration.ofSeconds(5), "the problem line");
        String shown = fx(() -> ((Label) problems.getChildren().get(0)).getText());
        assertTrue(shown.startsWith("Line 1 (ftp://files.example.test/clip.mp4): only http and https"), shown);
        assertEquals("ftp://files.example.test/clip.mp4", fx(() -> window.formModel().urlsProperty().get()));
        assertEquals(0, fx(() -> window.backendProperty().get().tracker().snapshot().size()));
        assertEquals(0, fx(() -> table(robot).getItems().size()));
        assertEquals(before, files.requests());
    }

    @Test
    void theHistoryIsShownAgainWhenTheWindowRestartsOnTheSameDataFolder(FxRobot robot) {
        openWindow(fastFactory(data));
        submitUrls(robot, files.url("range", "valid.mp4").toString());
        until(() -> {
            TaskRow r = rowFor(robot, "valid.mp4");
            return r != null && RowStatus.of(r.get()).text().equals("ready");
        }, TASK_DONE, "valid.mp4 to be ready");
        String taskId = fx(() -> rowFor(robot, "valid.mp4").get().task().id());
        fx(() -> {
            window.backendProperty().get().close();
            return null;
        });
        executor.shutdown();

        openWindow(fastFactory(data));

        until(() -> rowFor(robot, "valid.mp4") != null, Duration.ofSeconds(10), "the history to load");
        assertEquals(List.of(taskId), fx(() -> table(robot).getItems().stream().map(r -> r.get().task().id()).toList()));
        assertEquals("ready", fx(() -> RowStatus.of(rowFor(robot, "valid.mp4").get()).text()));
    }
}
