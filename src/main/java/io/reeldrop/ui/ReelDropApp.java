package io.reeldrop.ui;

import io.reeldrop.ui.support.UiPreferences;
import io.reeldrop.ui.support.UiPreference;
import io.reeldrop.ui.support.ErrorText;
import io.reeldrop.ui.support.FxTaskExecutor;
import io.reeldrop.ui.support.TaskExecutor;
import io.reeldrop.session.Accounts;
import io.reeldrop.session.LaunchOptions;
import io.reeldrop.session.SessionOpener;
import io.reeldrop.ui.notify.DesktopNotices;
import io.reeldrop.ui.support.UploadPreferences;
import java.net.URL;
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
 * accepts {@code --data-dir DIR}, {@code --api-url URL}, {@code --profile NAME} and {@code --sandbox},
 * read with the environment by the same rule as the command line ({@link Accounts}).
 */
public final class ReelDropApp extends Application {

    private static volatile SessionOpener openerOverride;
    /** Held strongly: java.util.logging forgets a level set on a logger nobody references. */
    private static final Logger JETTY_LOG = Logger.getLogger("org.eclipse.jetty");
    /** dbus-java says at INFO which transport it chose, at the first desktop notification. */
    private static final Logger DBUS_LOG = Logger.getLogger("org.freedesktop.dbus");
    private static final int[] ICON_SIZES = {16, 32, 48, 64, 128, 256};

    private UiPreferences prefs;
    private ThemeMode themeMode;
    private boolean dark;
    private TaskExecutor executor;
    private MainWindow window;
    private String startingText;
    private Accounts session;

    /** The entry {@code Main} calls; returns when the window is closed. */
    public static void launch(String[] args) {
        try {
            LaunchOptions.fromArguments(List.of(args), System.getenv());
        } catch (IllegalArgumentException e) {
            // A bad flag is the person's to fix; a window that opens on something else would hide it.
            System.err.println(e.getMessage());
            System.exit(2);
        }
        Application.launch(ReelDropApp.class, args);
    }

    /** Starts the window on other sessions (demos, benchmarks); returns when it is closed. */
    public static void launch(String[] args, SessionOpener opener) {
        openerOverride = Objects.requireNonNull(opener, "opener");
        launch(args);
    }

    @Override
    public void init() {
        prefs = UiPreferences.forUser();
        LaunchOptions options = LaunchOptions.fromArguments(getParameters().getRaw(), System.getenv());
        themeMode = ThemeMode.parse(prefs.getString(UiPreference.THEME));
        dark = themeMode.isDarkAtStart(prefs.getBoolean(UiPreference.SYSTEM_WAS_DARK));
        // The in-process sandbox's Jetty says "Started ..." at INFO; the window's console is
        // not the place for it. Warnings still show.
        JETTY_LOG.setLevel(Level.WARNING);
        DBUS_LOG.setLevel(Level.WARNING);
        UiPreferences settings = prefs;
        session = openerOverride != null ? Accounts.withOpener(openerOverride, options)
                : Accounts.standard(options, () -> UploadPreferences.uploadSettings(settings));
        startingText = session.mayOpenAnAccount() ? "Connecting to the account\u2026"
                : "Starting the local sandbox\u2026";
        // Called off the FX thread, this queues loading the theme (JavaFX reads the binary .bss
        // AtlantaFX ships beside the .css) onto the idle FX thread,
        // so it runs while this thread builds the window's nodes (allowed in init(), which
        // only may not make a Scene or Stage). On two cores that overlaps the two largest
        // start-up costs instead of paying them one after the other.
        ThemeMode.install(dark);
        executor = new FxTaskExecutor();
        window = new MainWindow(executor, prefs, session);
    }

    @Override
    public void start(Stage stage) {
        window.tableView().setOpenUrl(url -> getHostServices().showDocument(url));
        window.setNotifier(DesktopNotices.PLATFORM);
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
                        + " Use Profile > Add an account to try an account instead."));
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
}
