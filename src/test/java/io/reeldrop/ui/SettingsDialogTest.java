package io.reeldrop.ui;

import static io.reeldrop.ui.UiAwait.fx;
import static io.reeldrop.ui.UiAwait.until;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reeldrop.config.OwnerOnlyFileSecretStore;
import io.reeldrop.session.Accounts;
import io.reeldrop.session.LaunchOptions;
import io.reeldrop.ui.action.StandardAction;
import io.reeldrop.ui.settings.SettingsDialog;
import io.reeldrop.ui.support.FxTaskExecutor;
import io.reeldrop.ui.support.TaskExecutor;
import io.reeldrop.ui.support.UiPreference;
import io.reeldrop.ui.support.UiPreferences;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ButtonType;
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

/** File > Settings…: opened by its keys, switches saved only by Save, Cancel changes nothing. */
@ExtendWith(ApplicationExtension.class)
class SettingsDialogTest {

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
        until(() -> window.conveniences().settingsDialog() != null && window.conveniences().settingsDialog().isShowing(),
                WAIT, "the settings dialog");
        return window.conveniences().settingsDialog();
    }

    private <T extends Node> T in(SettingsDialog d, String id) {
        @SuppressWarnings("unchecked")
        T node = (T) fx(() -> d.getDialogPane().lookup("#" + id));
        return node;
    }

    private Button button(SettingsDialog d, ButtonType type) {
        return fx(() -> (Button) d.getDialogPane().lookupButton(type));
    }

    @Test
    void theKeysOpenItAndSaveKeepsWhatWasSwitched(FxRobot robot) {
        robot.clickOn((Node) window.tableView().table());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.S).release(KeyCode.S, KeyCode.SHIFT, KeyCode.CONTROL);
        SettingsDialog d = dialog();
        CheckBox notifications = in(d, "desktopNotifications");
        CheckBox grabber = in(d, "linkGrabber");
        assertTrue(fx(notifications::isSelected), "desktop notifications are on by default");
        assertFalse(fx(grabber::isSelected), "the link grabber is opt-in");

        robot.clickOn(notifications);
        robot.clickOn(grabber);
        assertTrue(prefs.getBoolean(UiPreference.DESKTOP_NOTIFICATIONS), "nothing is written before Save");
        robot.clickOn(button(d, SettingsDialog.SAVE));

        until(() -> !d.isShowing(), WAIT, "the dialog to close");
        assertFalse(prefs.getBoolean(UiPreference.DESKTOP_NOTIFICATIONS));
        assertTrue(prefs.getBoolean(UiPreference.LINK_GRABBER));
        until(() -> window.toasts().getChildren().stream().anyMatch(n -> ((Label) n).getText().equals("Settings saved.")),
                WAIT, "the saved toast");
        assertEquals(List.of("Settings saved."), fx(() -> window.toasts().getChildren().stream()
                .map(n -> ((Label) n).getText()).toList()), "said once");
    }

    @Test
    void cancelLeavesEverySettingAsItWasAndTheNextOpeningShowsThem(FxRobot robot) {
        fx(() -> {
            window.showSettings();
            return null;
        });
        SettingsDialog d = dialog();
        robot.clickOn((Node) in(d, "desktopNotifications"));
        robot.clickOn(button(d, ButtonType.CANCEL));
        until(() -> !d.isShowing(), WAIT, "the dialog to close");
        assertTrue(prefs.getBoolean(UiPreference.DESKTOP_NOTIFICATIONS));

        prefs.put(UiPreference.LINK_GRABBER, true);
        fx(() -> {
            window.showSettings();
            return null;
        });
        SettingsDialog again = dialog();
        assertTrue(fx(() -> ((CheckBox) in(again, "linkGrabber")).isSelected()));
        assertTrue(fx(() -> ((CheckBox) in(again, "desktopNotifications")).isSelected()));
    }

    @Test
    void itIsInTheFileMenuWithItsKeys() {
        assertEquals("Ctrl+Shift+S", StandardAction.SETTINGS.keyText().replace("Shortcut", "Ctrl"));
        assertEquals("Settings", StandardAction.SETTINGS.plainText());
        assertTrue(MainMenu.FILE.stream().anyMatch(g -> g.contains(StandardAction.SETTINGS)));
    }
}
