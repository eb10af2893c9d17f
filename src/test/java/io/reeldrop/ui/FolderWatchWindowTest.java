package io.reeldrop.ui;

import static io.reeldrop.ui.UiAwait.fx;
import static io.reeldrop.ui.UiAwait.until;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.reeldrop.config.OwnerOnlyFileSecretStore;
import io.reeldrop.folderwatch.FolderWatcher;
import io.reeldrop.folderwatch.WatchList;
import io.reeldrop.session.Accounts;
import io.reeldrop.session.LaunchOptions;
import io.reeldrop.tracking.model.Submission;
import io.reeldrop.ui.form.IndexChoice;
import io.reeldrop.ui.settings.SettingsDialog;
import io.reeldrop.ui.support.FxTaskExecutor;
import io.reeldrop.ui.support.TaskExecutor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A folder chosen in Settings is watched for the open profile: a video copied in is sent with
 * the folder's index, once, and a window opened again on the same data folder does not send it
 * again although its engine has no such row.
 */
@ExtendWith(ApplicationExtension.class)
class FolderWatchWindowTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir
    Path data;
    @TempDir
    Path incoming;

    private Stage stage;
    private MainWindow window;
    private final TaskExecutor executor = new FxTaskExecutor();

    @Start
    void start(Stage s) {
        stage = s;
    }

    @AfterEach
    void stop() {
        fx(() -> {
            window.dispose();
            return null;
        });
        executor.shutdown();
    }

    private MainWindow open(FakeSession backend) {
        Accounts accounts = new Accounts(backend.factory(), LaunchOptions.ofDataFolder(data),
                () -> new OwnerOnlyFileSecretStore(data));
        MainWindow w = TestWindows.open(stage, executor, accounts, MemoryPreferences.fresh());
        fx(() -> {
            w.conveniences().folderWatches().setTiming(FolderWatcher.Timing.stableFor(Duration.ofMillis(200)));
            w.conveniences().setFolderChooser(incoming::toFile);
            return null;
        });
        until(() -> w.backendProperty().get() != null, WAIT, "the fake backend");
        until(() -> !w.formModel().indexes().isEmpty(), WAIT, "the index list");
        return w;
    }

    private List<String> toasts() {
        return fx(() -> window.toasts().getChildren().stream().map(n -> ((Label) n).getText()).toList());
    }

    @Test
    void aFolderChosenInSettingsIsWatchedAndEachVideoSentOnceAcrossRestarts(FxRobot robot) throws IOException {
        Files.write(incoming.resolve("already-there.mp4"), new byte[10]);
        FakeSession first = FakeSession.sandbox();
        window = open(first);
        fx(() -> {
            window.showSettings();
            return null;
        });
        until(() -> window.conveniences().settingsDialog() != null, WAIT, "the dialog");
        SettingsDialog d = window.conveniences().settingsDialog();
        robot.clickOn((Node) fx(() -> d.getDialogPane().lookup("#addWatchedFolder")));

        VBox rows = fx(() -> (VBox) d.getDialogPane().lookup("#watchedFolders"));
        until(() -> rows.getChildren().size() == 1, WAIT, "the folder's row");
        @SuppressWarnings("unchecked")
        ComboBox<IndexChoice> index = fx(() -> (ComboBox<IndexChoice>) ((HBox) rows.getChildren().get(0))
                .getChildren().get(1));
        assertEquals(FakeSession.SANDBOX_INDEX, fx(() -> index.getValue().id()),
                "the form's index is the folder's to start with");
        robot.clickOn((Node) fx(() -> d.getDialogPane().lookupButton(SettingsDialog.SAVE)));
        until(() -> !d.isShowing(), WAIT, "the dialog to close");

        assertEquals(List.of(new WatchList.Entry(incoming.toAbsolutePath().normalize(), FakeSession.SANDBOX_INDEX,
                "sandbox")), WatchList.in(data).load());
        until(() -> toasts().stream().anyMatch(t -> t.startsWith("Watching ") && t.contains("the 1 video already there")),
                WAIT, "the watch's first look");

        Files.write(incoming.resolve("clip.mp4"), new byte[1000]);
        until(() -> first.fake().received().size() == 1, WAIT, "the new video to be sent");
        Submission s = first.fake().received().get(0);
        assertEquals(incoming.resolve("clip.mp4").toAbsolutePath().normalize(), s.videoFile());
        assertEquals(FakeSession.SANDBOX_INDEX, s.indexId());
        until(() -> toasts().stream().anyMatch(t -> t.startsWith("Sending clip.mp4 from ")), WAIT, "the toast");

        fx(() -> {
            window.dispose();
            return null;
        });
        FakeSession second = FakeSession.sandbox();
        window = open(second);
        until(() -> window.conveniences().folderWatches().watching() == 1, WAIT, "the watch after the restart");
        Files.write(incoming.resolve("later.mp4"), new byte[10]);
        until(() -> second.fake().received().size() == 1, WAIT, "the next new video");
        assertEquals(incoming.resolve("later.mp4").toAbsolutePath().normalize(),
                second.fake().received().get(0).videoFile(), "clip.mp4 was not sent again");
        assertEquals(1, first.fake().received().size());
    }
}
