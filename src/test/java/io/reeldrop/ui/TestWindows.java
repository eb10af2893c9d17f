package io.reeldrop.ui;

import io.reeldrop.ui.support.TaskExecutor;
import io.reeldrop.ui.support.UiPreferences;
import static io.reeldrop.ui.UiAwait.fx;

import io.reeldrop.config.OwnerOnlyFileSecretStore;
import io.reeldrop.session.Accounts;
import io.reeldrop.session.LaunchOptions;
import io.reeldrop.session.SessionOpener;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The main window for tests, built and opened as the app does it, in the look that ships. */
final class TestWindows {

    private TestWindows() {
    }

    /** The light AtlantaFX theme and ReelDrop's stylesheet around the window's content. */
    static Scene shipped(MainWindow window, double width, double height) {
        ThemeMode.install(false);
        return WindowScene.create(window, false, width, height);
    }

    /**
     * Shows the window on {@code stage} at its first-run size and opens the backend at start on
     * {@code executor}, as the app does after its first frame: the sandbox, or the saved account
     * in {@code data}. Returns at once; wait for what the test needs.
     */
    static MainWindow open(Stage stage, TaskExecutor executor, SessionOpener factory, Path data) {
        return open(stage, executor, new Accounts(factory, LaunchOptions.ofDataFolder(data),
                () -> new OwnerOnlyFileSecretStore(data)));
    }

    /** The same over accounts the test made, e.g. {@link Accounts#standard} for given flags and environment. */
    static MainWindow open(Stage stage, TaskExecutor executor, Accounts session) {
        return open(stage, executor, session, MemoryPreferences.fresh());
    }

    /** The same with the settings the test holds, to change them while the window is open. */
    static MainWindow open(Stage stage, TaskExecutor executor, Accounts session, UiPreferences prefs) {
        return fx(() -> {
            MainWindow window = new MainWindow(executor, prefs, session);
            stage.setScene(shipped(window, 1180, 760));
            stage.show();
            stage.toFront();
            executor.execute(session::openAtStart, window::setBackend, e -> window.showStartProblem(e.getMessage()));
            return window;
        });
    }
}
