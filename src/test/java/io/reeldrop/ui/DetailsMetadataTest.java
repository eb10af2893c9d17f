package io.reeldrop.ui;

import static io.reeldrop.ui.UiAwait.fx;
import static io.reeldrop.ui.UiAwait.until;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reeldrop.api.Hls;
import io.reeldrop.api.Task;
import io.reeldrop.api.TaskStatus;
import io.reeldrop.media.FixtureHttpServer;
import io.reeldrop.tracking.model.UploadFlow;
import io.reeldrop.ui.action.StandardAction;
import io.reeldrop.ui.support.FxTaskExecutor;
import io.reeldrop.ui.support.TaskExecutor;
import io.reeldrop.ui.table.TaskRow;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
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
 * The details of a sent video: its user metadata shown and edited (only what changed is sent, a
 * removed key as a delete, a failure said in a sentence), and once ready its HLS link, which opens
 * in the browser, and its thumbnail, loaded from a loopback server in the background.
 */
@ExtendWith(ApplicationExtension.class)
class DetailsMetadataTest {

    @TempDir
    Path data;
    @TempDir
    Path images;

    private Stage stage;
    private ActionWindow w;
    private final TaskExecutor executor = new FxTaskExecutor();
    private FixtureHttpServer server;

    @Start
    void start(Stage s) {
        stage = s;
    }

    @BeforeEach
    void open() throws Exception {
        w = ActionWindow.open(stage, executor, data);
        try (InputStream png = ReelDropApp.class.getResourceAsStream("icons/reeldrop-64.png")) {
            Files.copy(png, images.resolve("thumb.png"));
        }
        server = new FixtureHttpServer(images);
    }

    @AfterEach
    void stop() {
        executor.shutdown();
        server.close();
    }

    /** A ready video of the assets flow whose answer carries user metadata and, when given, a stream. */
    private TaskRow ready(FxRobot robot, String name, String metadataJson, Hls hls) {
        TaskRow row = w.addRow(name, TaskStatus.READY, UploadFlow.ASSETS);
        w.backend.fake().describe(row.localId(), t -> new Task(t.id(), t.indexId(), t.videoId(), t.status(),
                t.createdAt(), t.updatedAt(), null, t.metadata(), null, hls, null,
                "{\"_id\":\"" + t.id() + "\",\"status\":\"ready\",\"user_metadata\":" + metadataJson + "}"));
        until(() -> row.get().task().rawJson().contains("user_metadata"), ActionWindow.WAIT, "the answer");
        fx(() -> {
            w.select(row);
            return w.window.tableView().actions().command(StandardAction.SHOW_DETAILS).execute();
        });
        until(() -> w.window.tableView().details().taskProperty().get() == row.get()
                && robot.lookup("#detailsMetadata").tryQuery().isPresent(), ActionWindow.WAIT, "the details");
        return row;
    }

    private List<String> shownMetadata(FxRobot robot) {
        return fx(() -> {
            GridPane grid = robot.lookup("#metadataValues").queryAs(GridPane.class);
            return grid.getChildren().stream().map(n -> ((Label) n).getText()).toList();
        });
    }

    private TextField editorField(FxRobot robot, String styleClass, int row) {
        return fx(() -> robot.lookup("#detailsMetadataRows ." + styleClass).queryAllAs(TextField.class).stream()
                .toList().get(row));
    }

    @Test
    void metadataIsShownAndAnEditSendsOnlyTheChanges(FxRobot robot) {
        TaskRow row = ready(robot, "edit.mp4", "{\"camera\":\"A\",\"take\":1}", null);
        until(() -> shownMetadata(robot).equals(List.of("camera", "A", "take", "1")), ActionWindow.WAIT,
                "the metadata in the details");

        robot.clickOn("#editMetadata");
        until(() -> robot.lookup("#detailsMetadataRows .metadata-key").tryQuery().isPresent(), ActionWindow.WAIT,
                "the editor");
        robot.doubleClickOn(editorField(robot, "metadata-value", 1)).write("2");
        robot.clickOn(fx(() -> robot.lookup("#detailsMetadataRows .metadata-remove").queryAllAs(Button.class)
                .stream().toList().get(0)));
        robot.clickOn("#detailsAddMetadata").write("reviewed");
        robot.clickOn(editorField(robot, "metadata-value", 1)).write("true");
        ComboBox<?> kind = fx(() -> robot.lookup("#detailsMetadataRows .metadata-kind").queryAllAs(ComboBox.class)
                .stream().toList().get(1));
        robot.clickOn(kind).clickOn("true/false");
        robot.clickOn("#saveMetadata");

        until(() -> w.backend.fake().metadataEdits.size() == 1, ActionWindow.WAIT, "one edit sent");
        Map<String, Object> expected = new HashMap<>();
        expected.put("take", 2L);
        expected.put("reviewed", true);
        expected.put("camera", null);
        assertEquals(Map.entry(row.localId(), expected), w.backend.fake().metadataEdits.get(0));
        until(() -> "Saved.".equals(robot.lookup("#metadataStatus").queryAs(Label.class).getText())
                && shownMetadata(robot).equals(List.of("take", "2", "reviewed", "true")), ActionWindow.WAIT,
                "the saved values shown");
    }

    @Test
    void aRefusedEditIsSaidInASentenceAndTheEditorStays(FxRobot robot) {
        ready(robot, "refused.mp4", "{\"camera\":\"A\"}", null);
        w.backend.fake().metadataFailure = new IllegalStateException("\"refused.mp4\" is not indexed yet; its"
                + " metadata can be edited once the video is on the platform.");
        robot.clickOn("#editMetadata");
        robot.doubleClickOn(editorField(robot, "metadata-value", 0)).write("B");
        robot.clickOn("#saveMetadata");

        until(() -> robot.lookup("#metadataStatus").queryAs(Label.class).getText().equals("Saving the metadata did not"
                + " work: \"refused.mp4\" is not indexed yet; its metadata can be edited once the video is on the"
                + " platform."), ActionWindow.WAIT, "the sentence");
        assertTrue(fx(() -> robot.lookup("#saveMetadata").tryQuery().isPresent()), "still editing");
        assertEquals(List.of(), w.backend.fake().metadataEdits);
    }

    @Test
    void withoutMetadataOnTheConnectionThereIsNothingToEdit(FxRobot robot) {
        fx(() -> {
            w.window.tableModel().metadataEditing().setEditable(false);
            return null;
        });
        ready(robot, "v12.mp4", "{}", null);
        until(() -> robot.lookup("#detailsMetadata").tryQuery().isPresent(), ActionWindow.WAIT, "the section");
        assertFalse(fx(() -> robot.lookup("#editMetadata").query().isVisible()));
        assertTrue(fx(() -> robot.lookup("None").tryQuery().isPresent()));
    }

    @Test
    void aReadyVideoOffersItsStreamAndShowsItsThumbnail(FxRobot robot) {
        String stream = "https://stream.example.test/v/index.m3u8";
        ready(robot, "stream.mp4", "{}", new Hls(stream, List.of(server.url("range", "thumb.png").toString()), "COMPLETE",
                null));

        until(() -> robot.lookup("#hlsLink").tryQuery().map(Node::isVisible).orElse(false), ActionWindow.WAIT,
                "the link");
        robot.clickOn("#hlsLink");
        until(() -> w.opened.equals(List.of(stream)), ActionWindow.WAIT, "opened in the browser");
        until(() -> {
            ImageView view = robot.lookup("#thumbnail").queryAs(ImageView.class);
            return view.isVisible() && view.getImage() != null && view.getImage().getWidth() == 64;
        }, ActionWindow.WAIT, "the thumbnail, loaded in the background");

        ready(robot, "no-stream.mp4", "{}", null);
        until(() -> !robot.lookup("#detailsStream").query().isVisible(), ActionWindow.WAIT,
                "no stream, nothing shown for it");
        ready(robot, "no-thumbnail.mp4", "{}", new Hls(stream, List.of(server.url("range", "missing.png").toString()),
                "COMPLETE", null));
        until(() -> robot.lookup("#hlsLink").query().isVisible(), ActionWindow.WAIT, "the link alone");
        assertFalse(fx(() -> robot.lookup("#thumbnail").query().isVisible()), "a thumbnail that fails shows nothing");
        assertTrue(fx(() -> ((Hyperlink) robot.lookup("#hlsLink").query()).getText().equals(stream)));
    }
}
