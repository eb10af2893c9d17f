package io.reeldrop.ui;

import static io.reeldrop.ui.UiAwait.fx;
import static io.reeldrop.ui.UiAwait.until;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reeldrop.config.OwnerOnlyFileSecretStore;
import io.reeldrop.session.Accounts;
import io.reeldrop.session.LaunchOptions;
import io.reeldrop.ui.settings.SettingsDialog;
import io.reeldrop.ui.support.UploadPreferences;
import io.reeldrop.ui.support.FxTaskExecutor;
import io.reeldrop.ui.support.TaskExecutor;
import io.reeldrop.ui.support.UiPreference;
import io.reeldrop.ui.support.UiPreferences;
import java.nio.file.Path;
import java.time.Duration;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
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
 * Settings > Uploads: the legacy-flow switch, parallel chunks and the bandwidth cap are saved only
 * by Save; the cap reaches the engine at once and again when a profile opens; a cap under
 * 100 KB/s keeps Save from working and says why.
 */
@ExtendWith(ApplicationExtension.class)
class UploadSettingsWindowTest {

    private static final Duration WAIT = Duration.ofSeconds(5);

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
        prefs.put(UiPreference.UPLOAD_LIMIT_KB, 500);
        Accounts accounts = new Accounts(backend.factory(), LaunchOptions.ofDataFolder(data),
                () -> new OwnerOnlyFileSecretStore(data));
        window = TestWindows.open(stage, executor, accounts, prefs);
        until(() -> window.backendProperty().get() != null, WAIT, "the fake backend");
    }

    @AfterEach
    void stop() {
        fx(() -> {
            SettingsDialog d = window.conveniences().settingsDialog();
            if (d != null && d.isShowing()) {
                d.close();
            }
            return null;
        });
        executor.shutdown();
    }

    private SettingsDialog dialog() {
        fx(() -> {
            window.showSettings();
            return null;
        });
        until(() -> window.conveniences().settingsDialog() != null && window.conveniences().settingsDialog().isShowing(),
                WAIT, "the settings dialog");
        SettingsDialog d = window.conveniences().settingsDialog();
        // Uploads is the last section: scrolled into view as a person would.
        fx(() -> {
            d.getDialogPane().applyCss();
            d.getDialogPane().layout();
            ((ScrollPane) d.getDialogPane().getContent()).setVvalue(1);
            return null;
        });
        return d;
    }

    private <T extends Node> T in(SettingsDialog d, String id) {
        @SuppressWarnings("unchecked")
        T node = (T) fx(() -> d.getDialogPane().lookup("#" + id));
        return node;
    }

    @Test
    void theSavedCapIsAppliedWhenTheProfileOpens() {
        assertEquals(500 * 1024, backend.fake().uploads().limit());
    }

    @Test
    void saveKeepsTheFlowTheChunksAndTheCapAndAppliesTheCapAtOnce(FxRobot robot) {
        SettingsDialog d = dialog();
        CheckBox legacy = in(d, "legacyTasksFlow");
        Spinner<Integer> chunks = in(d, "parallelChunks");
        CheckBox limited = in(d, "limitUploads");
        TextField limit = in(d, "uploadLimit");
        Button save = fx(() -> (Button) d.getDialogPane().lookupButton(SettingsDialog.SAVE));
        assertFalse(fx(legacy::isSelected), "the assets flow is the default");
        assertEquals(4, fx(chunks::getValue));
        assertTrue(fx(limited::isSelected));
        assertEquals("500", fx(limit::getText));

        robot.clickOn(legacy);
        robot.clickOn(chunks.getEditor());
        robot.push(KeyCode.UP).push(KeyCode.UP);
        robot.doubleClickOn(limit).write("50");
        Label problem = in(d, "uploadLimitProblem");
        until(() -> problem.getText().startsWith("The upload limit must be at least 100 KB/s") && save.isDisabled(),
                WAIT, "the refusal under the field, and no Save");
        robot.push(KeyCode.BACK_SPACE).push(KeyCode.BACK_SPACE).write("2048");
        until(() -> problem.getText().isEmpty() && !save.isDisabled(), WAIT, "Save again");
        assertEquals(500 * 1024, backend.fake().uploads().limit(), "nothing applied before Save");
        robot.clickOn(save);

        until(() -> !d.isShowing(), WAIT, "the dialog to close");
        assertTrue(prefs.getBoolean(UiPreference.LEGACY_TASKS_FLOW));
        assertEquals(6, UploadPreferences.uploadSettings(prefs).parallelChunks(), "for the next profile opened");
        assertEquals(2048 * 1024, UploadPreferences.limitBytesPerSecond(prefs));
        assertEquals(2048 * 1024, backend.fake().uploads().limit(), "the cap applies at once");
        until(() -> window.formModel().options().flowTextProperty().get().equals("as tasks"), WAIT,
                "the form follows the legacy flow");

        SettingsDialog again = dialog();
        assertTrue(fx(() -> ((CheckBox) in(again, "legacyTasksFlow")).isSelected()));
        assertEquals(6, fx(() -> ((Spinner<?>) in(again, "parallelChunks")).getValue()));
        robot.clickOn((CheckBox) in(again, "limitUploads"));
        assertTrue(fx(() -> ((TextField) in(again, "uploadLimit")).isDisabled()), "no number without a cap");
        robot.clickOn(fx(() -> (Button) again.getDialogPane().lookupButton(SettingsDialog.SAVE)));
        until(() -> !again.isShowing(), WAIT, "the dialog to close");
        assertEquals(0, backend.fake().uploads().limit(), "the cap is lifted");
        assertEquals(0.0, prefs.getDouble(UiPreference.UPLOAD_LIMIT_KB));
    }
}
