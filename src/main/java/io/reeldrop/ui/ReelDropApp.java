package io.reeldrop.ui;

import io.reeldrop.config.ConnectionSettings;
import io.reeldrop.config.DataFolder;
import io.reeldrop.config.KeyringSecretStore;
import io.reeldrop.ui.account.AccountSession;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.kordamp.ikonli.feather.Feather;

/**
 * The desktop window. Started by {@code io.reeldrop.Main} through {@link #launch(String[])};
 * accepts {@code --data-dir PATH} (else {@link DataFolder}'s rule applies).
 */
public final class ReelDropApp extends Application {

    private static volatile BackendFactory factoryOverride;
    /** Held strongly: java.util.logging forgets a level set on a logger nobody references. */
    private static final Logger JETTY_LOG = Logger.getLogger("org.eclipse.jetty");
    private static final int[] ICON_SIZES = {16, 32, 48, 64, 128, 256};

    private UiPreferences prefs;
    private Path dataFolder;
    private ThemeMode themeMode;
    private boolean dark;
    private TaskExecutor executor;
    private MainWindow window;
    private String startingText;
    private AccountSession session;

    /** The entry {@code Main} calls; returns when the window is closed. */
    public static void launch(String[] args) {
        Application.launch(ReelDropApp.class, args);
    }

    /** Starts the window on other backends (demos, benchmarks); returns when it is closed. */
    public static void launch(String[] args, BackendFactory factory) {
        factoryOverride = Objects.requireNonNull(factory, "factory");
        launch(args);
    }

    @Override
    public void init() {
        prefs = UiPreferences.forUser();
        dataFolder = DataFolder.resolve(dataDirArgument(getParameters().getRaw()));
        themeMode = ThemeMode.parse(prefs.getString(UiPreference.THEME));
        dark = themeMode.isDarkAtStart(prefs.getBoolean(UiPreference.SYSTEM_WAS_DARK));
        // The in-process sandbox's Jetty says "Started ..." at INFO; the window's console is
        // not the place for it. Warnings still show.
        JETTY_LOG.setLevel(Level.WARNING);
        startingText = savedAccount(dataFolder)
                ? "Connecting to the saved account\u2026" : "Starting the local sandbox\u2026";
        // Called off the FX thread, this queues loading the theme (JavaFX reads the binary .bss
        // AtlantaFX ships beside the .css) onto the idle FX thread,
        // so it runs while this thread builds the window's nodes (allowed in init(), which
        // only may not make a Scene or Stage). On two cores that overlaps the two largest
        // start-up costs instead of paying them one after the other.
        ThemeMode.install(dark);
        executor = new FxTaskExecutor();
        BackendFactory factory = factoryOverride != null ? factoryOverride : new EngineBackendFactory(dataFolder);
        session = new AccountSession(factory, new ConnectionSettings(dataFolder),
                () -> KeyringSecretStore.preferred(dataFolder));
        window = new MainWindow(executor, prefs, session);
    }

    @Override
    public void start(Stage stage) {
        window.tableView().setOpenUrl(url -> getHostServices().showDocument(url));
        Scene scene = WindowScene.create(window, dark);
        stage.setTitle("ReelDrop");
        stage.setScene(scene);
        stage.setMinWidth(760);
        stage.setMinHeight(480);
        WindowState.restore(stage, prefs);
        stage.setOnHiding(e -> WindowState.save(stage, prefs));
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> Platform.runLater(() ->
                window.toasts().show(ErrorText.of("An action", e), Feather.ALERT_TRIANGLE)));
        window.showStarting(startingText);
        FirstFrame.watch(scene, ReelDropApp::logFirstFrame, () -> {
            setIcons(stage);
            openBackend();
            if (themeMode == ThemeMode.SYSTEM) {
                window.followSystemTheme();
            }
        });
        stage.show();
    }

    /** Opens the saved account or the sandbox off the FX thread; called after the first frame. */
    private void openBackend() {
        executor.execute(session::openAtStart, window::setBackend,
                e -> window.showStartProblem(ErrorText.of("Starting", e)
                        + " Use File > Connect account to try an account instead."));
    }

    /** One line for the person and for jlink-config/bench-startup.sh; printed once. */
    private static void logFirstFrame(long epochMillis) {
        System.err.println("ReelDrop first frame at " + epochMillis);
    }

    private static void setIcons(Stage stage) {
        for (int size : ICON_SIZES) {
            URL url = ReelDropApp.class.getResource("icons/reeldrop-" + size + ".png");
            if (url != null) {
                stage.getIcons().add(new Image(url.toExternalForm()));
            }
        }
    }

    private static boolean savedAccount(Path dataFolder) {
        try {
            return new ConnectionSettings(dataFolder).apiUrl().isPresent();
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    @Override
    public void stop() {
        if (window != null) {
            window.dispose();
        }
        if (executor != null) {
            executor.shutdown();
        }
        prefs.flush();
    }

    /** {@code --data-dir PATH} or {@code --data-dir=PATH}; null when absent. */
    static Path dataDirArgument(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--data-dir") && i + 1 < args.size()) {
                return Path.of(args.get(i + 1));
            }
            if (a.startsWith("--data-dir=")) {
                return Path.of(a.substring("--data-dir=".length()));
            }
        }
        return null;
    }
}
