package io.reeldrop.ui;

import io.reeldrop.ui.support.UiPreferences;
import io.reeldrop.ui.support.UiPreference;
import io.reeldrop.ui.support.ErrorText;
import io.reeldrop.ui.support.TaskExecutor;
import io.reeldrop.session.Accounts;
import io.reeldrop.session.Connection;
import io.reeldrop.session.Session;
import io.reeldrop.tracking.TaskTracker;
import io.reeldrop.tracking.TrackedTask;
import io.reeldrop.ui.account.ConnectDialog;
import io.reeldrop.ui.account.ConnectViewModel;
import io.reeldrop.ui.form.FormView;
import io.reeldrop.ui.form.FormViewModel;
import io.reeldrop.ui.table.TaskRow;
import io.reeldrop.ui.table.TaskTableView;
import io.reeldrop.ui.table.TaskTableViewModel;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;

/**
 * The window's content: menu, connection banner, form, live table, status bar and toasts. It
 * wires the view models to the current {@link Session} and swaps them when the account changes.
 */
public final class MainWindow {

    private final TaskExecutor executor;
    private final Accounts session;
    private final FormViewModel formModel;
    private final TaskTableViewModel tableModel;
    private final StatusBarViewModel statusModel = new StatusBarViewModel();
    private final FormView form;
    private final TaskTableView tableView;
    private final Toasts toasts = new Toasts();
    private final ConnectionBanner banner;
    private final StackPane root;
    private final ReadOnlyObjectWrapper<Session> backend = new ReadOnlyObjectWrapper<>();
    /** The backend still open, if any; read from worker threads by {@link #release()}. */
    private volatile Session open;
    private final TrackerBridge bridge;
    private final MainMenu menu;
    private Consumer<Boolean> onThemeChange = dark -> { };
    private final UiPreferences prefs;
    /** The theme on screen, so a change to the same one does not restyle the whole window. */
    private boolean shownDark;
    private static final java.time.Duration INDEX_REFRESH_GAP = java.time.Duration.ofSeconds(10);
    private long lastIndexRefresh = System.nanoTime();
    private final javafx.animation.PauseTransition indexRefreshOwed = new javafx.animation.PauseTransition();
    private java.util.function.BooleanSupplier focusCheck = () -> {
        Window w = window();
        return w != null && w.isFocused();
    };

    public MainWindow(TaskExecutor executor, UiPreferences prefs, Accounts session) {
        this.prefs = prefs;
        this.executor = executor;
        this.session = session;
        session.setReleaseCurrent(this::release);
        this.formModel = new FormViewModel(executor, prefs);
        this.tableModel = new TaskTableViewModel(executor);
        this.form = new FormView(formModel);
        this.tableView = new TaskTableView(tableModel);
        this.bridge = new TrackerBridge(executor, (changed, removed, health) -> {
            tableModel.apply(changed, removed);
            formModel.observe(changed);
            statusModel.apply(health);
        });
        tableModel.setOnFinished(this::onFinished);
        tableModel.messageProperty().addListener((o, a, b) -> {
            if (b != null && !b.isEmpty()) {
                toasts.show(b, Feather.INFO);
            }
        });
        tableView.trackExistingButton().setOnAction(e -> importExisting());
        formModel.indexes().addListener((javafx.collections.ListChangeListener<io.reeldrop.ui.form.IndexChoice>) c -> {
            for (io.reeldrop.ui.form.IndexChoice i : formModel.indexes()) {
                if (i.name() != null) {
                    tableModel.indexNames().put(i.id(), i.name());
                }
            }
        });
        menu = new MainMenu(this, prefs);
        VBox content = new VBox(12, form, tableView);
        content.setPadding(new Insets(12));
        VBox.setVgrow(tableView, Priority.ALWAYS);
        VBox top = new VBox(menu.bar());
        banner = new ConnectionBanner(top, this::showConnectDialog);
        BorderPane frame = new BorderPane(content, top, null, new StatusBarView(statusModel), null);
        root = new StackPane(frame, toasts);
        root.setId("root");
        DropTarget.install(root, formModel);
        statusModel.setConnection(null);
    }

    public Parent root() {
        return root;
    }

    /** Switches the whole window to another connection; the old backend is closed. */
    public void setBackend(Session next) {
        release();
        backend.set(next);
        open = next;
        TaskTracker tracker = next.tracker();
        tableModel.load(tracker);
        tracker.addListener(bridge);
        formModel.setBackend(next);
        statusModel.setConnection(next.connection());
        statusModel.apply(tracker.health());
        boolean sandbox = next.connection().kind() == Connection.Kind.SANDBOX;
        if (sandbox) {
            banner.show("Local sandbox: offline, for trying ReelDrop. Nothing leaves this computer.");
        } else {
            banner.hide();
        }
        for (String warning : next.startupWarnings()) {
            toasts.show(warning, Feather.ALERT_TRIANGLE);
        }
    }

    /**
     * Stops listening to and closes the open backend; any thread. Called before another one
     * opens, because an engine holds the history's lock until it is closed.
     */
    void release() {
        Session old;
        synchronized (this) {
            old = open;
            open = null;
        }
        if (old != null) {
            old.tracker().removeListener(bridge);
            old.close();
        }
    }

    public ReadOnlyObjectProperty<Session> backendProperty() {
        return backend.getReadOnlyProperty();
    }

    /** Shown until the first backend is open, which happens only after the first frame. */
    void showStarting(String sentence) {
        statusModel.setStarting(sentence);
    }

    /** The window is closing: close the backend and stop the view's timers. */
    void dispose() {
        indexRefreshOwed.stop();
        release();
        tableView.dispose();
    }

    /**
     * Applies a theme choice. "Follow the system" asks the desktop (a process with a timeout),
     * so the question runs on a worker; only the stylesheet swap happens on the FX thread.
     */
    void changeTheme(ThemeMode mode) {
        executor.execute(mode::isDark, d -> {
            if (mode == ThemeMode.SYSTEM) {
                prefs.put(UiPreference.SYSTEM_WAS_DARK, d);
            }
            show(d);
        }, e -> toasts.show(ErrorText.of("Changing the theme", e), Feather.ALERT_TRIANGLE));
    }

    /**
     * Asks the desktop for its theme (a process, so on a worker) once the window is up, and
     * remembers the answer for the next start. A theme the person picked from the menu in the
     * meantime stands.
     */
    void followSystemTheme() {
        executor.execute(SystemTheme::prefersDark, d -> {
            prefs.put(UiPreference.SYSTEM_WAS_DARK, d);
            if (ThemeMode.parse(prefs.getString(UiPreference.THEME)) == ThemeMode.SYSTEM) {
                show(d);
            }
        }, e -> { });
    }

    private void show(boolean dark) {
        if (dark != shownDark) {
            ThemeMode.install(dark);
            themeChanged(dark);
        }
    }

    /** Shown when the backend could not start at all: a sentence, and the connect action. */
    public void showStartProblem(String sentence) {
        banner.show(sentence);
        statusModel.setConnection(null);
    }

    void showConnectDialog() {
        ConnectDialog dialog = new ConnectDialog(window(), new ConnectViewModel(session, executor));
        dialog.showAndWait().ifPresent(b -> {
            setBackend(b);
            toasts.show("Connected: " + b.connection().describe(), Feather.CHECK_CIRCLE);
        });
    }

    void useSandbox() {
        executor.execute(session::useSandbox, b -> {
            setBackend(b);
            toasts.show("Back on the local sandbox. The saved key was removed.", Feather.INFO);
        }, e -> toasts.show(ErrorText.of("Switching to the sandbox", e), Feather.ALERT_TRIANGLE));
    }

    void importExisting() {
        Session b = backend.get();
        String indexId = formModel.indexTextProperty().get();
        if (b == null || !formModel.indexProblemProperty().get().isEmpty() || indexId == null || indexId.isBlank()) {
            toasts.show("Choose an index first: its tasks will be added to the list.", Feather.INFO);
            form.focusIndex();
            return;
        }
        String id = formModel.indexes().stream().filter(c -> c.label().equals(indexId)).map(c -> c.id())
                .findFirst().orElse(indexId.strip());
        executor.execute(() -> b.tracker().importExisting(id),
                n -> toasts.show(n == 0 ? "No new tasks in that index." : "Now tracking " + n + " more task"
                        + (n == 1 ? "" : "s") + " from the index.", Feather.DOWNLOAD_CLOUD),
                e -> toasts.show(ErrorText.of("Tracking existing tasks", e), Feather.ALERT_TRIANGLE));
    }

    private void onFinished(List<TrackedTask> finished) {
        refreshIndexCounts();
        if (focusCheck.getAsBoolean()) {
            return;
        }
        long failed = finished.stream().filter(t -> io.reeldrop.ui.table.RowStatus.of(t).group()
                == io.reeldrop.ui.table.RowStatus.Group.FAILED).count();
        String text = finished.size() == 1
                ? TaskRow.videoName(finished.get(0)) + (failed == 1 ? " failed." : " is ready.")
                : finished.size() + " videos finished" + (failed > 0 ? ", " + failed + " failed." : ", all ready.");
        toasts.show(text, failed > 0 ? Feather.ALERT_TRIANGLE : Feather.CHECK_CIRCLE);
    }

    /**
     * Finished tasks change the indexes' video counts; reload them at most every 10 s. A finish
     * inside the quiet period is not dropped: one reload is owed and runs when it ends, so the
     * count shown always catches up with the last finished task.
     */
    private void refreshIndexCounts() {
        if (indexRefreshOwed.getStatus() == javafx.animation.Animation.Status.RUNNING) {
            return;
        }
        long waitedNanos = System.nanoTime() - lastIndexRefresh;
        if (waitedNanos >= INDEX_REFRESH_GAP.toNanos()) {
            lastIndexRefresh = System.nanoTime();
            formModel.refreshIndexes();
            return;
        }
        indexRefreshOwed.setDuration(javafx.util.Duration.millis(
                (INDEX_REFRESH_GAP.toNanos() - waitedNanos) / 1_000_000.0));
        indexRefreshOwed.setOnFinished(e -> {
            Window w = window();
            if (w != null && w.isShowing()) {
                refreshIndexCounts();
            }
        });
        indexRefreshOwed.playFromStart();
    }

    Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    FormView form() {
        return form;
    }

    FormViewModel formModel() {
        return formModel;
    }

    TaskTableView tableView() {
        return tableView;
    }

    Toasts toasts() {
        return toasts;
    }

    /** Whether the person is looking at the window; tests replace it (headless focus is fixed). */
    void setFocusCheck(java.util.function.BooleanSupplier check) {
        focusCheck = check;
    }

    void setOnThemeChange(Consumer<Boolean> listener) {
        onThemeChange = listener;
    }

    void themeChanged(boolean dark) {
        shownDark = dark;
        onThemeChange.accept(dark);
    }
}
