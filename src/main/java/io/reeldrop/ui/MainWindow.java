package io.reeldrop.ui;

import io.reeldrop.api.ApiVersion;
import io.reeldrop.session.Accounts;
import io.reeldrop.session.Connection;
import io.reeldrop.session.Session;
import io.reeldrop.tracking.TaskTracker;
import io.reeldrop.ui.action.ActionFactory;
import io.reeldrop.ui.action.Actions;
import io.reeldrop.ui.action.Command;
import io.reeldrop.ui.action.StandardAction;
import io.reeldrop.ui.export.Exporter;
import io.reeldrop.ui.form.FormView;
import io.reeldrop.ui.form.FormViewModel;
import io.reeldrop.ui.form.IndexChoice;
import io.reeldrop.ui.index.CreateIndexDialog;
import io.reeldrop.ui.index.CreateIndexViewModel;
import io.reeldrop.ui.notify.Notifier;
import io.reeldrop.ui.support.TaskExecutor;
import io.reeldrop.ui.support.UiPreferences;
import io.reeldrop.ui.table.TaskTableView;
import io.reeldrop.ui.table.TaskTableViewModel;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
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
 * lays them out and wires the view models to the current {@link Session}, swapping them when
 * the account changes. What actions do is in {@link WindowActions} and the table's row actions;
 * theme, index reloads and finish notices have their own small collaborators.
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
    private final ThemeFollower theme;
    private final IndexRefreshThrottle indexRefresh;
    private final DesktopConveniences conveniences;
    private final Exporter exporter;
    private final ProfileSwitcher profiles;

    public MainWindow(TaskExecutor executor, UiPreferences prefs, Accounts session) {
        this.executor = executor;
        this.session = session;
        session.setReleaseCurrent(this::release);
        this.formModel = new FormViewModel(executor, prefs);
        this.tableModel = new TaskTableViewModel(executor);
        this.form = new FormView(formModel);
        this.tableView = new TaskTableView(tableModel);
        VBox top = new VBox();
        conveniences = new DesktopConveniences(executor, prefs, session.dataFolder(), toasts, formModel, form, top,
                this::window);
        this.bridge = new TrackerBridge(executor, (changed, removed, health) -> {
            tableModel.apply(changed, removed);
            conveniences.observe(changed, removed);
            formModel.observe(changed);
            statusModel.apply(health);
        });
        theme = ThemeFollower.forWindow(executor, prefs, toasts::show);
        indexRefresh = IndexRefreshThrottle.forWindow(formModel::refreshIndexes,
                () -> window() != null && window().isShowing());
        tableModel.setOnFinished(finished -> indexRefresh.request());
        tableModel.messageProperty().addListener((o, a, b) -> {
            if (b != null && !b.isEmpty()) {
                toasts.show(b, Feather.INFO);
            }
        });
        formModel.indexes().addListener((ListChangeListener<IndexChoice>) c -> {
            for (IndexChoice i : formModel.indexes()) {
                if (i.name() != null) {
                    tableModel.indexNames().put(i.id(), i.name());
                }
            }
        });
        exporter = new Exporter(tableView, tableModel, executor, prefs, toasts::show);
        profiles = new ProfileSwitcher(session, executor, tableModel.profileNames(), this::setBackend,
                this::switchFailed, toasts, this::window);
        profiles.model().openNameProperty().addListener((o, a, b) -> statusModel.setProfileName(b));
        Actions actions = new Actions().putAll(tableView.actions());
        WindowActions.register(this, executor, actions);
        ActionFactory controls = new ActionFactory(actions);
        controls.configure(tableView.trackExistingButton(), StandardAction.TRACK_EXISTING);
        Command createIndex = actions.command(StandardAction.CREATE_INDEX);
        form.createIndexButton().disableProperty().bind(Bindings.not(createIndex.enabled()));
        form.createIndexButton().setOnAction(e -> createIndex.execute());
        VBox content = new VBox(12, form, tableView);
        content.setPadding(new Insets(12));
        VBox.setVgrow(tableView, Priority.ALWAYS);
        top.getChildren().add(new MainMenu(controls, theme, prefs,
                ProfileMenu.build(profiles.model(), controls, profiles::switchTo)).bar());
        banner = new ConnectionBanner(top, () -> actions.command(StandardAction.ADD_ACCOUNT).execute());
        BorderPane frame = new BorderPane(content, top, null, new StatusBarView(statusModel), null);
        root = new StackPane(frame, toasts);
        root.setId("root");
        DropTarget.install(root, formModel, conveniences::dropped);
        conveniences.followFocus(root);
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
        tableModel.load(tracker, next.connection().profile().id());
        profiles.opened(next);
        conveniences.setBackend(next);
        tracker.addListener(bridge);
        formModel.setBackend(next);
        tableModel.metadataEditing().setEditable(next.connection().version() == ApiVersion.V1_3);
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
            conveniences.release();
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
        indexRefresh.stop();
        release();
        tableView.dispose();
        conveniences.dispose();
    }

    /** Asks the desktop for its theme once the window is up; see {@link ThemeFollower#followSystem}. */
    void followSystemTheme() {
        theme.followSystem();
    }

    /** Shown when the backend could not start at all: a sentence, and the connect action. */
    public void showStartProblem(String sentence) {
        banner.show(sentence);
        statusModel.setConnection(null);
    }

    /**
     * A profile could not be opened. Refused before anything closed (a key gone), the open one
     * goes on; failed after the open one was closed, the window says it has none and how to go on.
     */
    private void switchFailed(String sentence) {
        toasts.show(sentence, Feather.ALERT_TRIANGLE);
        if (open == null) {
            backend.set(null);
            profiles.model().openProperty().set(null);
            showStartProblem(sentence + " Choose a profile in the Profile menu.");
        }
    }

    /** The Profile menu's work: switching, adding an account, managing. */
    ProfileSwitcher profiles() {
        return profiles;
    }

    /** A new index in the account; on success the form chooses it. */
    void showCreateIndexDialog() {
        Session b = backend.get();
        if (b == null) {
            return;
        }
        List<String> names = formModel.indexes().stream().map(IndexChoice::name).filter(n -> n != null).toList();
        new CreateIndexDialog(window(), new CreateIndexViewModel(b, executor, names)).showAndWait().ifPresent(created -> {
            formModel.indexCreated(created.id(), created.name());
            toasts.show("Index \"" + created.name() + "\" created; it is chosen in the form.", Feather.CHECK_CIRCLE);
        });
    }

    Exporter exporter() {
        return exporter;
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

    TaskTableViewModel tableModel() {
        return tableModel;
    }

    Toasts toasts() {
        return toasts;
    }

    ThemeFollower theme() {
        return theme;
    }

    /**
     * Where notifications go while the window is in the background: {@link DesktopNotices#PLATFORM}
     * in the app; a test's double; null (the default) for the window's toasts only.
     */
    public void setNotifier(Supplier<Notifier> notifiers) {
        conveniences.setNotifier(notifiers);
    }

    void showSettings() {
        conveniences.showSettings();
    }

    DesktopConveniences conveniences() {
        return conveniences;
    }

    /** Whether the person is looking at the window; tests replace it (headless focus is fixed). */
    void setFocusCheck(BooleanSupplier check) {
        conveniences.setFocusCheck(check);
    }
}
