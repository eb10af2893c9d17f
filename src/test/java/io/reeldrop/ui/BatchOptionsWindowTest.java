package io.reeldrop.ui;

import static io.reeldrop.ui.UiAwait.fx;
import static io.reeldrop.ui.UiAwait.until;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reeldrop.api.ApiVersion;
import io.reeldrop.config.OwnerOnlyFileSecretStore;
import io.reeldrop.session.Accounts;
import io.reeldrop.session.LaunchOptions;
import io.reeldrop.tracking.model.Submission;
import io.reeldrop.tracking.model.UploadFlow;
import io.reeldrop.ui.form.BatchOptions.StreamChoice;
import io.reeldrop.ui.support.FxTaskExecutor;
import io.reeldrop.ui.support.TaskExecutor;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The form's per-batch options in the window: the user metadata editor (its checks on screen and
 * the JSON it sends), the streaming choice, and the flow beside Submit; v1.2 disables metadata.
 */
@ExtendWith(ApplicationExtension.class)
class BatchOptionsWindowTest {

    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final String INDEX = "65f0a1b2c3d4e5f6a7b8c9d0";

    @TempDir
    Path data;

    private Stage stage;
    private MainWindow window;
    private FakeSession backend;
    private final TaskExecutor executor = new FxTaskExecutor();

    @Start
    void start(Stage s) {
        stage = s;
    }

    @AfterEach
    void stop() {
        executor.shutdown();
    }

    private void open(ApiVersion version) {
        backend = FakeSession.account(version, () -> List.of(FakeSession.index(INDEX, "Trailers", 0)));
        FakeSession b = backend;
        Accounts accounts = new Accounts(b.factory(), LaunchOptions.ofDataFolder(data),
                () -> new OwnerOnlyFileSecretStore(data));
        window = TestWindows.open(stage, executor, accounts);
        until(() -> window.backendProperty().get() != null, WAIT, "the fake backend");
        fx(() -> {
            window.formModel().indexTextProperty().set(INDEX);
            return null;
        });
    }

    /** The URLs are not what is tested here: set, not typed, which keeps the class fast. */
    private void urls(String text) {
        fx(() -> {
            window.formModel().urlsProperty().set(text);
            return null;
        });
    }

    private <T extends Node> T node(FxRobot robot, String query) {
        return robot.lookup(query).query();
    }

    private TextField field(FxRobot robot, String styleClass, int row) {
        return fx(() -> robot.lookup("#formMetadataRows ." + styleClass).queryAllAs(TextField.class).stream()
                .toList().get(row));
    }

    @Test
    void metadataTypedInTheEditorIsCheckedAndGoesWithEveryVideoAsJson(FxRobot robot) {
        open(ApiVersion.V1_3);
        assertEquals("as assets", fx(() -> robot.lookup("#flowText").queryAs(Label.class).getText()));

        robot.clickOn("#metadataToggle");
        until(() -> robot.lookup("#formMetadataRows .metadata-key").tryQuery().isPresent(), WAIT, "the editor");
        robot.write("camera"); // the caret is in the first key as the editor opens
        assertEquals("camera", fx(() -> field(robot, "metadata-key", 0).getText()));
        robot.clickOn(field(robot, "metadata-value", 0)).write("A");
        robot.clickOn("#formAddMetadata");
        robot.write("take");
        robot.clickOn(field(robot, "metadata-value", 1)).write("three");
        ComboBox<?> kind = fx(() -> robot.lookup("#formMetadataRows .metadata-kind").queryAllAs(ComboBox.class)
                .stream().toList().get(1));
        robot.clickOn(kind).clickOn("number");
        until(() -> robot.lookup("#formMetadataProblem").queryAs(Label.class).getText().equals(
                "The value of \"take\" is not a number. Type one such as 3 or 2.5, or make the value text."),
                WAIT, "the sentence under the rows");
        assertEquals("User metadata (2)", fx(() -> node(robot, "#metadataToggle") instanceof ToggleButton t
                ? t.getText().replace("_", "") : ""));

        urls("https://cdn.example.test/a.mp4");
        robot.clickOn("#submit");
        until(() -> window.formModel().resultProperty().get().startsWith("Nothing was sent: the value of \"take\""),
                WAIT, "the refusal");
        assertEquals(List.of(), backend.fake().received());

        robot.doubleClickOn(field(robot, "metadata-value", 1)).write("3");
        until(() -> robot.lookup("#formMetadataProblem").queryAs(Label.class).getText().isEmpty(), WAIT, "no problem");
        ComboBox<?> stream = node(robot, "#streamChoice");
        robot.clickOn(stream).clickOn("Keep for streaming");
        robot.clickOn("#submit");

        until(() -> backend.fake().received().size() == 1, WAIT, "the video sent");
        Submission s = backend.fake().received().get(0);
        assertEquals("{\"camera\":\"A\",\"take\":3}", s.userMetadataJson());
        assertEquals(UploadFlow.ASSETS, s.flow());
        assertEquals(Boolean.TRUE, s.enableVideoStream());
    }

    @Test
    void theStreamingBoxStartsAtTheApisDefaultAndSaysWhatThatIs(FxRobot robot) {
        open(ApiVersion.V1_3);
        ComboBox<?> stream = node(robot, "#streamChoice");
        assertEquals("API default: not kept", fx(() -> String.valueOf(stream.getValue())));
        robot.clickOn(stream).clickOn("Don't keep");
        urls("https://cdn.example.test/b.mp4");
        robot.clickOn("#submit");
        until(() -> backend.fake().received().size() == 1, WAIT, "the video sent");
        assertEquals(Boolean.FALSE, backend.fake().received().get(0).enableVideoStream());

        fx(() -> {
            window.formModel().options().chooseStream(null);
            return null;
        });
        urls("https://cdn.example.test/c.mp4");
        robot.clickOn("#submit");
        until(() -> backend.fake().received().size() == 2, WAIT, "the second video sent");
        assertEquals(null, backend.fake().received().get(1).enableVideoStream(), "the API's default: nothing sent");
        assertTrue(fx(() -> ((StreamChoice) stream.getValue()).value() == null));
    }

    @Test
    void onV12MetadataIsDisabledWithTheReasonAndVideosGoAsTasks(FxRobot robot) {
        open(ApiVersion.V1_2);
        ToggleButton toggle = node(robot, "#metadataToggle");
        assertTrue(fx(toggle::isDisabled));
        Label note = node(robot, "#metadataNote");
        assertTrue(fx(note::isVisible));
        assertEquals("API v1.2 takes no user metadata; connect to a v1.3 account to send it.", fx(note::getText));
        assertEquals("as tasks", fx(() -> robot.lookup("#flowText").queryAs(Label.class).getText()));
        assertEquals("API default: kept", fx(() -> String.valueOf(robot.lookup("#streamChoice")
                .queryAs(ComboBox.class).getValue())));

        urls("https://cdn.example.test/a.mp4");
        robot.clickOn("#submit");
        until(() -> backend.fake().received().size() == 1, WAIT, "the video sent");
        assertEquals(UploadFlow.TASKS, backend.fake().received().get(0).flow());
        assertFalse(fx(() -> robot.lookup("#formMetadata").tryQuery().isPresent()), "the editor was never built");
    }
}
