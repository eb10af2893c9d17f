package io.reeldrop.ui;

import static io.reeldrop.ui.UiAwait.fx;
import static io.reeldrop.ui.UiAwait.until;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reeldrop.api.ApiConfig;
import io.reeldrop.api.ApiKey;
import io.reeldrop.api.IndexedAsset;
import io.reeldrop.api.IndexedAssetQuery;
import io.reeldrop.api.TwelveLabsClient;
import io.reeldrop.config.OwnerOnlyFileSecretStore;
import io.reeldrop.listing.RowStatus;
import io.reeldrop.listing.UploadText;
import io.reeldrop.sandbox.AssetLimits;
import io.reeldrop.sandbox.SandboxConfig;
import io.reeldrop.sandbox.SandboxServer;
import io.reeldrop.session.Accounts;
import io.reeldrop.session.EngineSessions;
import io.reeldrop.session.LaunchOptions;
import io.reeldrop.session.Session;
import io.reeldrop.tracking.TrackerSettings;
import io.reeldrop.tracking.VideoFiles;
import io.reeldrop.tracking.model.SubmissionState;
import io.reeldrop.tracking.model.UploadFlow;
import io.reeldrop.tracking.upload.UploadSettings;
import io.reeldrop.ui.action.StandardAction;
import io.reeldrop.ui.metadata.MetadataRows;
import io.reeldrop.ui.support.FxTaskExecutor;
import io.reeldrop.ui.support.TaskExecutor;
import io.reeldrop.ui.support.UiPreference;
import io.reeldrop.ui.support.UiPreferences;
import io.reeldrop.ui.table.TaskRow;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The window on the real engine and the in-process sandbox, through v1.3's assets flow: a file
 * dropped on the window goes up in chunks (files over 1 MB here, so a small file takes that path)
 * with its progress in the row, reaches ready, and its metadata shows in the details; a paused
 * upload is still paused after a restart and finishes once resumed from its row.
 */
@ExtendWith(ApplicationExtension.class)
class UploadsEndToEndTest {

    private static final Duration LONG = Duration.ofSeconds(40);
    private static final long MB = 1024 * 1024;

    @TempDir
    Path data;
    @TempDir
    Path videos;

    private Stage stage;
    private MainWindow window;
    private TaskExecutor executor;
    private final UiPreferences prefs = MemoryPreferences.fresh();

    @Start
    void start(Stage s) {
        stage = s;
    }

    @AfterEach
    void closeEverything() {
        closeWindow();
    }

    private void closeWindow() {
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
    }

    private void openWindow() {
        EngineSessions engine = new EngineSessions(data, SandboxConfig.defaults().withDataDir(data.resolve("sandbox"))
                .withTimeScale(20).withAssets(AssetLimits.DEFAULT.withChunks(256 * 1024, 10_000)),
                TrackerSettings.defaults().withDetectionTarget(Duration.ofMillis(400))
                        .withMaxQuietInterval(Duration.ofSeconds(1)),
                UploadSettings.defaults().withMultipartAbove(MB).withAssetPollEvery(Duration.ofMillis(200)));
        executor = new FxTaskExecutor();
        window = TestWindows.open(stage, executor, new Accounts(engine, LaunchOptions.ofDataFolder(data),
                () -> new OwnerOnlyFileSecretStore(data)), prefs);
        until(() -> window.backendProperty().get() != null, Duration.ofSeconds(20), "the engine to start");
        until(() -> window.formModel().indexStatusProperty().get().equals("1 index"), Duration.ofSeconds(10),
                "the sandbox index");
    }

    private TaskRow row() {
        List<TaskRow> rows = window.tableView().table().getItems();
        return rows.isEmpty() ? null : rows.get(0);
    }

    private String reasonShown(FxRobot robot) {
        return robot.lookup("#tasks .reason-cell").queryAllAs(TableCell.class).stream().map(TableCell::getText)
                .filter(t -> t != null && !t.isEmpty()).findFirst().orElse("");
    }

    private void drop(Path file) {
        fx(() -> DropTarget.drop(List.of(file.toFile()), null, null, window.formModel()));
    }

    @Test
    void aDroppedFileGoesUpInChunksWithItsProgressAndItsMetadataShowsInTheDetails(FxRobot robot) throws Exception {
        prefs.put(UiPreference.UPLOAD_LIMIT_KB, 1024); // applied as the profile opens: the upload is seen under way
        openWindow();
        Path file = VideoFiles.generate(videos.resolve("interview.mp4"), 3 * MB);
        drop(file);
        fx(() -> {
            MetadataRows.Row r = window.formModel().options().metadata().add();
            r.keyProperty().set("camera");
            r.valueProperty().set("A");
            return null;
        });
        assertEquals("as assets", fx(() -> window.formModel().options().flowTextProperty().get()));

        robot.clickOn("#submit");

        AtomicBoolean progressSeen = new AtomicBoolean();
        until(() -> {
            TaskRow r = row();
            if (r != null && r.get().state() == SubmissionState.UPLOADING && r.get().bytesSent() > 0
                    && reasonShown(robot).contains(" of 3.0 MB")) {
                progressSeen.set(true);
            }
            return r != null && RowStatus.of(r.get()).text().equals("ready");
        }, LONG, "the dropped file to be ready");
        assertTrue(progressSeen.get(), "the row showed the upload's bytes while it went");
        TaskRow done = fx(this::row);
        assertEquals(UploadFlow.ASSETS, done.get().submission().flow());
        assertEquals(file, done.get().submission().videoFile());

        try (TwelveLabsClient api = TwelveLabsClient.create(ApiConfig.of(
                fx(() -> window.backendProperty().get().connection().apiUrl()), ApiKey.of(SandboxConfig.DEFAULT_API_KEY)))) {
            List<IndexedAsset> indexed = api.assets().listIndexedAssets(SandboxServer.SANDBOX_INDEX_ID,
                    IndexedAssetQuery.all()).data();
            assertEquals(1, indexed.size(), "one indexed asset");
            assertEquals("A", api.assets().getIndexedAsset(SandboxServer.SANDBOX_INDEX_ID, indexed.get(0).id())
                    .userMetadata().get("camera"));
        }
        fx(() -> {
            window.tableView().table().getSelectionModel().select(0);
            return window.tableView().actions().command(StandardAction.SHOW_DETAILS).execute();
        });
        until(() -> robot.lookup("#metadataValues").tryQuery().map(g -> ((GridPane) g).getChildren().stream()
                .map(n -> ((Label) n).getText()).toList().equals(List.of("camera", "A"))).orElse(false),
                Duration.ofSeconds(10), "the metadata in the details");
    }

    @Test
    void aPausedUploadIsStillPausedAfterARestartAndFinishesWhenResumedFromItsRow(FxRobot robot) throws Exception {
        prefs.put(UiPreference.UPLOAD_LIMIT_KB, 200);
        openWindow();
        drop(VideoFiles.generate(videos.resolve("long-take.mp4"), 4 * MB));
        robot.clickOn("#submit");
        until(() -> row() != null && row().get().bytesSent() > 512 * 1024, LONG, "the upload under way");
        fx(() -> {
            window.tableView().table().getSelectionModel().select(0);
            return window.tableView().actions().command(StandardAction.PAUSE_UPLOAD).execute();
        });
        until(() -> row().get().state() == SubmissionState.PAUSED, LONG, "paused once its chunks are in");

        closeWindow();
        prefs.put(UiPreference.UPLOAD_LIMIT_KB, 0);
        openWindow();

        until(() -> row() != null && "paused".equals(RowStatus.of(row().get()).text())
                && reasonShown(robot).startsWith("Paused at "), Duration.ofSeconds(10),
                "the row still paused, saying where it stopped");
        String stopped = fx(() -> UploadText.progress(row().get()));
        assertTrue(stopped.endsWith(" of 4.0 MB"), stopped);
        fx(() -> {
            window.tableView().table().getSelectionModel().select(0);
            return window.tableView().actions().command(StandardAction.RESUME_UPLOAD).execute();
        });
        until(() -> RowStatus.of(row().get()).text().equals("ready"), LONG, "ready once resumed");
        try (TwelveLabsClient api = TwelveLabsClient.create(ApiConfig.of(
                fx(() -> window.backendProperty().get().connection().apiUrl()), ApiKey.of(SandboxConfig.DEFAULT_API_KEY)))) {
            assertEquals(1, api.assets().listIndexedAssets(SandboxServer.SANDBOX_INDEX_ID, IndexedAssetQuery.all())
                    .data().size(), "indexed once");
        }
    }
}
