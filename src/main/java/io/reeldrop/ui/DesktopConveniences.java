package io.reeldrop.ui;

import io.reeldrop.folderwatch.WatchList;
import io.reeldrop.session.Session;
import io.reeldrop.tracking.TrackedTask;
import io.reeldrop.ui.form.FormView;
import io.reeldrop.ui.form.FormViewModel;
import io.reeldrop.ui.form.IndexChoice;
import io.reeldrop.ui.form.UrlLines;
import io.reeldrop.ui.links.LinkGrabber;
import io.reeldrop.ui.links.LinkOfferBar;
import io.reeldrop.ui.notify.DesktopNotices;
import io.reeldrop.ui.notify.Notifier;
import io.reeldrop.ui.settings.GettingVideosInSection;
import io.reeldrop.ui.settings.NotificationsSection;
import io.reeldrop.ui.settings.SettingsDialog;
import io.reeldrop.ui.settings.SettingsSection;
import io.reeldrop.ui.settings.SettingsViewModel;
import io.reeldrop.ui.support.UploadPreferences;
import io.reeldrop.ui.settings.UploadsSection;
import io.reeldrop.ui.settings.WatchFoldersModel;
import io.reeldrop.ui.support.ErrorText;
import io.reeldrop.ui.support.TaskExecutor;
import io.reeldrop.ui.support.UiPreference;
import io.reeldrop.ui.support.UiPreferences;
import io.reeldrop.ui.watch.FolderWatches;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.input.Dragboard;
import javafx.scene.layout.Pane;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;

/**
 * What a transfer manager does beyond its table (issue 14): desktop notifications, the link
 * grabber, the folder watch and the Settings dialog that switches them. Kept beside
 * {@link MainWindow} so the window only lays out and forwards.
 */
final class DesktopConveniences {

    private final TaskExecutor executor;
    private final UiPreferences prefs;
    private final Path dataFolder;
    private final Toasts toasts;
    private final FormViewModel form;
    private final FormView formView;
    private final Supplier<Window> window;
    private final DesktopNotices notices;
    private final FinishNotices finishNotices;
    private final LinkGrabber grabber;
    private final LinkOfferBar offerBar;
    private final FolderWatches folderWatches;
    private Supplier<File> chooseFolder = this::askForFolder;
    private Session session;
    private SettingsDialog settings;

    /** @param barHost where the link offer appears: under the menu, with the connection banner */
    DesktopConveniences(TaskExecutor executor, UiPreferences prefs, Path dataFolder, Toasts toasts, FormViewModel form,
                        FormView formView, Pane barHost, Supplier<Window> window) {
        this.executor = executor;
        this.prefs = prefs;
        this.dataFolder = dataFolder;
        this.toasts = toasts;
        this.form = form;
        this.formView = formView;
        this.window = window;
        notices = new DesktopNotices(executor, () -> prefs.getBoolean(UiPreference.DESKTOP_NOTIFICATIONS),
                n -> toasts.show(n.text(), n.problem() ? Feather.ALERT_TRIANGLE : Feather.CHECK_CIRCLE));
        // Looking at ReelDrop means any of its windows: the Settings dialog counts as much as the table.
        finishNotices = new FinishNotices(notices::show, () -> Window.getWindows().stream().anyMatch(Window::isFocused));
        offerBar = new LinkOfferBar(barHost, links -> {
            form.appendUrls(String.join("\n", links));
            formView.focusUrls();
        });
        grabber = new LinkGrabber(() -> prefs.getBoolean(UiPreference.LINK_GRABBER), this::inForm, offerBar::offer);
        folderWatches = new FolderWatches(executor, dataFolder, () -> prefs.getBoolean(UiPreference.LEGACY_TASKS_FLOW),
                toasts::show);
    }

    private boolean inForm(String link) {
        return UrlLines.parse(form.urlsProperty().get()).stream().anyMatch(l -> l.text().equals(link));
    }

    /** Follows the focus of whatever window {@code root} ends up in: the link grabber looks then. */
    void followFocus(Node root) {
        root.sceneProperty().addListener((o, oldScene, scene) -> {
            if (scene != null) {
                scene.windowProperty().addListener((w, oldWindow, stage) -> {
                    if (stage != null) {
                        stage.focusedProperty().addListener((f, was, focused) -> grabber.focusChanged(focused));
                    }
                });
            }
        });
    }

    /** A drop of text with video links: the links go to the form (the drop was the click). */
    boolean dropped(Dragboard board) {
        List<String> links = grabber.dropped(board);
        if (links.isEmpty()) {
            return false;
        }
        form.appendUrls(String.join("\n", links));
        formView.focusUrls();
        toasts.show(links.size() == 1 ? "Added 1 video link from the dropped text."
                : "Added " + links.size() + " video links from the dropped text.", Feather.LINK);
        return true;
    }

    void observe(List<TrackedTask> changed, List<String> removed) {
        finishNotices.observe(changed, removed);
    }

    void setBackend(Session next) {
        session = next;
        applyUploadLimit();
        finishNotices.reset(next.tracker().snapshot());
        folderWatches.start(next);
    }

    /** Before the profile closes: a watcher must not hand files to an engine that is shutting down. */
    void release() {
        folderWatches.stop();
    }

    void showSettings() {
        WatchFoldersModel folders = null;
        if (session != null) {
            folders = new WatchFoldersModel(executor, WatchList.in(dataFolder), session.connection().profile().id(),
                    form.indexes(), this::formIndex);
            folders.load();
        }
        SettingsViewModel model = new SettingsViewModel(prefs, folders);
        boolean grabberWasOn = prefs.getBoolean(UiPreference.LINK_GRABBER);
        List<SettingsSection> sections = List.of(new NotificationsSection(model),
                new GettingVideosInSection(model, () -> chooseFolder.get()), new UploadsSection(model));
        SettingsDialog dialog = new SettingsDialog(window.get(), model, sections);
        dialog.setOnSaved(() -> {
            if (!grabberWasOn) {
                grabber.startFresh();
            }
            folderWatches.reload();
            form.settingsChanged();
            applyUploadLimit();
            toasts.show("Settings saved.", Feather.CHECK_CIRCLE);
        });
        settings = dialog;
        dialog.show();
    }

    /** The saved bandwidth cap, on the open profile's uploads: at once on Save, and on every profile opened. */
    private void applyUploadLimit() {
        if (session == null) {
            return;
        }
        try {
            UploadPreferences.applyLimit(prefs, session.tracker());
        } catch (IllegalArgumentException e) {
            toasts.show(ErrorText.of("Setting the upload limit", e), Feather.ALERT_TRIANGLE);
        }
    }

    /** The index chosen in the form, which a newly watched folder starts with. */
    private IndexChoice formIndex() {
        String text = form.indexTextProperty().get();
        return form.indexes().stream().filter(c -> c.label().equals(text) || c.id().equals(text)).findFirst()
                .orElse(null);
    }

    private File askForFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Choose a folder to watch");
        Window owner = settings != null && settings.isShowing() ? settings.getDialogPane().getScene().getWindow()
                : window.get();
        return chooser.showDialog(owner);
    }

    void dispose() {
        folderWatches.dispose();
        notices.close();
    }

    void setNotifier(Supplier<Notifier> notifiers) {
        notices.setNotifier(notifiers);
    }

    void setFocusCheck(BooleanSupplier check) {
        finishNotices.setLookingAtWindow(check);
    }

    /** Tests answer the folder chooser themselves: a native dialog cannot be driven headless. */
    void setFolderChooser(Supplier<File> chooser) {
        chooseFolder = chooser;
    }

    SettingsDialog settingsDialog() {
        return settings;
    }

    LinkGrabber linkGrabber() {
        return grabber;
    }

    LinkOfferBar offerBar() {
        return offerBar;
    }

    FolderWatches folderWatches() {
        return folderWatches;
    }
}
