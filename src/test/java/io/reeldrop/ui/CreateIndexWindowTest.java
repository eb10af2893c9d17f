package io.reeldrop.ui;

import static io.reeldrop.ui.UiAwait.fx;
import static io.reeldrop.ui.UiAwait.until;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reeldrop.api.Index;
import io.reeldrop.media.FixtureHttpServer;
import io.reeldrop.media.Fixtures;
import io.reeldrop.session.Session;
import io.reeldrop.ui.action.StandardAction;
import io.reeldrop.ui.index.CreateIndexDialog;
import io.reeldrop.ui.support.FxTaskExecutor;
import io.reeldrop.ui.support.TaskExecutor;
import java.nio.file.Path;
import java.time.Duration;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
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
 * A new index from the window, on the real engine and the in-process sandbox: a name the account
 * has is refused before anything is sent, a new one is created with POST /indexes, chosen in the
 * form, and the next video goes to it.
 */
@ExtendWith(ApplicationExtension.class)
class CreateIndexWindowTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir
    Path data;

    private Stage stage;
    private MainWindow window;
    private TaskExecutor executor;
    private FixtureHttpServer files;

    @Start
    void start(Stage s) {
        stage = s;
    }

    @BeforeEach
    void openWindow() throws Exception {
        files = new FixtureHttpServer(Fixtures.directory());
        executor = new FxTaskExecutor();
        window = TestWindows.open(stage, executor, WindowEndToEndTest.fastFactory(data), data);
        until(() -> window.backendProperty().get() != null, Duration.ofSeconds(20), "the engine and the sandbox");
        until(() -> window.formModel().indexStatusProperty().get().equals("1 index"), WAIT, "the sandbox's index list");
    }

    @AfterEach
    void close() {
        fx(() -> {
            Session b = window.backendProperty().get();
            if (b != null) {
                b.close();
            }
            return null;
        });
        executor.shutdown();
        files.close();
    }

    @Test
    void aNewIndexIsCheckedCreatedChosenAndUsed(FxRobot robot) {
        robot.clickOn("#createIndexButton");
        until(() -> robot.lookup("#createIndex").tryQuery().isPresent(), WAIT, "the new-index dialog");
        Button create = fx(() -> (Button) robot.lookup(".dialog-pane").queryAs(DialogPane.class)
                .lookupButton(CreateIndexDialog.CREATE));

        robot.clickOn("#indexName").write("sandbox");
        until(() -> problem(robot).equals("This account already has an index named \"sandbox\". Choose another name.")
                && create.isDisabled(), WAIT, "the taken name refused before anything is sent");

        robot.eraseText("sandbox".length()).write("holiday clips");
        until(() -> problem(robot).isEmpty() && !create.isDisabled(), WAIT, "a free name accepted");
        robot.clickOn("#model-none-generative"); // a search index only
        robot.clickOn(create);

        until(() -> robot.lookup("#createIndex").tryQuery().isEmpty(), WAIT, "the dialog closed on success");
        Index made = fx(() -> window.backendProperty().get()).listIndexes().stream()
                .filter(i -> "holiday clips".equals(i.name())).findFirst().orElseThrow();
        until(() -> window.formModel().indexTextProperty().get().equals("holiday clips (0 videos) \u00b7 " + made.id())
                && window.formModel().indexProblemProperty().get().isEmpty()
                && window.formModel().indexStatusProperty().get().equals("2 indexes"), WAIT,
                "the new index chosen in the form, and the list reloaded");
        assertTrue(made.rawJson().contains("marengo3.0") && !made.rawJson().contains("pegasus"), made.rawJson());

        fx(() -> {
            window.formModel().appendUrls(files.url("range", "valid.mp4").toString());
            return null;
        });
        robot.clickOn("#submit");
        until(() -> window.tableView().table().getItems().stream()
                .anyMatch(r -> r.get().submission().indexId().equals(made.id())), WAIT, "the next video sent to it");
    }

    @Test
    void theMenuOpensTheSameDialog(FxRobot robot) {
        MenuItem item = fx(() -> ((MenuBar) window.root().lookup("#menuBar")).getMenus().stream()
                .flatMap(m -> m.getItems().stream()).filter(i -> i.getUserData() == StandardAction.CREATE_INDEX)
                .findFirst().orElseThrow());
        Platform.runLater(item::fire);
        WaitForAsyncUtils.waitForFxEvents();
        until(() -> robot.lookup("#createIndex").tryQuery().isPresent(), WAIT, "the dialog from File > New index");
        assertEquals("Give the index a name.", fx(() -> problem(robot)));
        robot.clickOn(robot.lookup(".dialog-pane").queryAs(DialogPane.class).lookupButton(ButtonType.CANCEL));
        until(() -> robot.lookup("#createIndex").tryQuery().isEmpty(), WAIT, "cancelled");
        assertEquals(1, fx(() -> window.backendProperty().get()).listIndexes().size(), "nothing was created");
    }

    private static String problem(FxRobot robot) {
        String text = robot.lookup("#indexProblem").queryAs(Label.class).getText();
        return text == null ? "" : text;
    }
}
