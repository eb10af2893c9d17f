package io.reeldrop.ui;

import static io.reeldrop.ui.UiAwait.fx;
import static io.reeldrop.ui.UiAwait.until;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reeldrop.sandbox.SandboxConfig;
import io.reeldrop.sandbox.SandboxServer;
import io.reeldrop.session.Connection;
import io.reeldrop.session.Session;
import io.reeldrop.ui.support.FxTaskExecutor;
import io.reeldrop.ui.support.TaskExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * "Connect account" against a second sandbox standing in for the real service: a wrong key is
 * refused with a sentence and nothing saved; the right one is saved owner-only and the window
 * moves to the account (its engine takes over the same history).
 */
@ExtendWith(ApplicationExtension.class)
class ConnectAccountTest {

    @TempDir
    Path data;

    private Stage stage;
    private MainWindow window;
    private final TaskExecutor executor = new FxTaskExecutor();
    private SandboxServer account;

    @Start
    void start(Stage s) {
        stage = s;
    }

    @AfterEach
    void stop() {
        if (window != null) {
            window.release();
        }
        executor.shutdown();
        if (account != null) {
            account.close();
        }
    }

    @Test
    void aKeyIsCheckedBeforeItIsSavedAndTheWindowMovesToTheAccount(FxRobot robot) throws Exception {
        account = SandboxServer.start(SandboxConfig.defaults().withApiKey("tlk_right").withPrimaryVersion("1.2"));
        window = TestWindows.open(stage, executor, WindowEndToEndTest.fastFactory(data), data);
        until(() -> window.backendProperty().get() != null, Duration.ofSeconds(20), "the sandbox to start");
        Session sandbox = fx(() -> window.backendProperty().get());

        robot.clickOn("#bannerConnect");
        TextField url = robot.lookup("#apiUrl").queryAs(ComboBox.class).getEditor();
        fx(() -> {
            url.setText(account.baseUrl());
            return null;
        });
        robot.clickOn("#apiKey").write("tlk_wrong");
        robot.clickOn("Check and connect");
        until(() -> robot.lookup("#connectMessage").queryAs(Label.class).getText().startsWith("Checking the key did not work"),
                Duration.ofSeconds(20), "the refusal");
        assertFalse(Files.exists(data.resolve("profiles.json")), "nothing saved for a refused key");
        assertEquals(Connection.Kind.SANDBOX, fx(() -> window.backendProperty().get().connection().kind()));

        assertTrue(fx(() -> robot.lookup("#apiKey").query().getScene().getWindow().isShowing()), "the dialog stays open");
        PasswordField key = robot.lookup("#apiKey").queryAs(PasswordField.class);
        fx(() -> {
            key.setText("");
            return null;
        });
        robot.clickOn("#apiKey").write("tlk_right");
        robot.clickOn("Check and connect");

        until(() -> window.backendProperty().get().connection().kind() == Connection.Kind.ACCOUNT,
                Duration.ofSeconds(20), "the window to move to the account");
        assertEquals("Connected to 127.0.0.1 (API v1.2)",
                fx(() -> robot.lookup("#connectionState").queryAs(Label.class).getText()));
        assertFalse(fx(() -> robot.lookup("#connectionBanner").queryAs(Label.class).getParent().isVisible()));
        assertTrue(Files.readString(data.resolve("credentials.properties")).contains("tlk_right"));
        assertFalse(Files.readString(data.resolve("profiles.json")).contains("tlk_right"));
        until(() -> window.formModel().indexStatusProperty().get().equals("1 index"), Duration.ofSeconds(10),
                "the account's indexes");
        assertTrue(sandbox != window.backendProperty().get());
    }
}
