package io.reeldrop.ui;

import io.reeldrop.ui.support.TaskExecutor;
import io.reeldrop.ui.support.ErrorText;
import io.reeldrop.session.Session;
import static io.reeldrop.ui.action.StandardAction.ABOUT;
import static io.reeldrop.ui.action.StandardAction.ADD_FILES;
import static io.reeldrop.ui.action.StandardAction.ADD_ACCOUNT;
import static io.reeldrop.ui.action.StandardAction.CREATE_INDEX;
import static io.reeldrop.ui.action.StandardAction.EXPORT;
import static io.reeldrop.ui.action.StandardAction.FIND_TASKS;
import static io.reeldrop.ui.action.StandardAction.GO_TO_FORM;
import static io.reeldrop.ui.action.StandardAction.GO_TO_TABLE;
import static io.reeldrop.ui.action.StandardAction.KEYBOARD_SHORTCUTS;
import static io.reeldrop.ui.action.StandardAction.PASTE_URLS;
import static io.reeldrop.ui.action.StandardAction.PAUSE_ALL;
import static io.reeldrop.ui.action.StandardAction.QUIT;
import static io.reeldrop.ui.action.StandardAction.REFRESH_INDEXES;
import static io.reeldrop.ui.action.StandardAction.RESUME_ALL;
import static io.reeldrop.ui.action.StandardAction.SETTINGS;
import static io.reeldrop.ui.action.StandardAction.SUBMIT;
import static io.reeldrop.ui.action.StandardAction.TRACK_EXISTING;
import static io.reeldrop.ui.action.StandardAction.MANAGE_PROFILES;

import io.reeldrop.ui.action.Actions;
import io.reeldrop.ui.action.Command;
import io.reeldrop.ui.action.ShortcutHelp;
import io.reeldrop.ui.form.FormViewModel;
import io.reeldrop.ui.form.IndexChoice;
import io.reeldrop.ui.table.UploadPausing;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;

/**
 * What the window's own actions do and when they can: the commands of the File, Profile, View
 * and Help menus, of "Track existing tasks" and of the upload queue's Pause all and Resume all.
 * The row actions' commands are {@code RowActions}'.
 */
final class WindowActions {

    private final MainWindow window;
    private final TaskExecutor executor;
    private final Actions all;

    /** @param all the window's whole registry, which Help lists; filled by the caller too */
    private WindowActions(MainWindow window, TaskExecutor executor, Actions all) {
        this.window = window;
        this.executor = executor;
        this.all = all;
    }

    /** Puts the window's commands into {@code all}. */
    static void register(MainWindow window, TaskExecutor executor, Actions all) {
        new WindowActions(window, executor, all).register();
    }

    private void register() {
        FormViewModel form = window.formModel();
        UploadPausing queue = window.tableModel().pausing();
        all.put(PASTE_URLS, Command.always(this::pasteUrls))
                .put(ADD_FILES, Command.always(() -> window.form().chooseFiles()))
                .put(SUBMIT, Command.when(form.submittingProperty().not(), form::submit))
                .put(ADD_ACCOUNT, Command.always(() -> window.profiles().showAddAccount()))
                .put(MANAGE_PROFILES, Command.always(() -> window.profiles().showManage()))
                .put(SETTINGS, Command.always(window::showSettings))
                .put(CREATE_INDEX, Command.when(window.backendProperty().isNotNull(), window::showCreateIndexDialog))
                .put(EXPORT, Command.always(() -> window.exporter().export(window.window())))
                .put(QUIT, Command.always(this::quit))
                .put(FIND_TASKS, Command.always(() -> window.tableView().focusSearch()))
                .put(REFRESH_INDEXES, Command.when(Bindings.and(window.backendProperty().isNotNull(),
                        form.loadingIndexesProperty().not()), form::refreshIndexes))
                .put(GO_TO_FORM, Command.always(() -> window.form().focusIndex()))
                .put(GO_TO_TABLE, Command.always(() -> window.tableView().table().requestFocus()))
                .put(TRACK_EXISTING, Command.when(window.backendProperty().isNotNull(), this::trackExisting))
                .put(PAUSE_ALL, Command.when(queue.canPauseAll(), queue::pauseAll))
                .put(RESUME_ALL, Command.when(queue.canResumeAll(), queue::resumeAll))
                .put(KEYBOARD_SHORTCUTS, Command.always(() -> info("Keyboard shortcuts",
                        ShortcutHelp.view(all.defined()))))
                .put(ABOUT, Command.always(() -> info("About ReelDrop", new Label(
                        "ReelDrop uploads videos to a Twelve Labs index and follows every task until it is ready.\n\n"
                                + "Without an account it runs against a local sandbox on this computer."))));
    }

    private void pasteUrls() {
        Clipboard cb = Clipboard.getSystemClipboard();
        window.formModel().appendUrls(cb.hasUrl() ? cb.getUrl() : cb.getString());
        window.form().focusUrls();
    }

    private void quit() {
        Window w = window.window();
        if (w != null) {
            w.hide();
        }
    }

    /** Adds the chosen index's tasks that the history does not have yet. */
    private void trackExisting() {
        Session b = window.backendProperty().get();
        FormViewModel form = window.formModel();
        String indexText = form.indexTextProperty().get();
        if (b == null || !form.indexProblemProperty().get().isEmpty() || indexText == null || indexText.isBlank()) {
            window.toasts().show("Choose an index first: its tasks will be added to the list.", Feather.INFO);
            window.form().focusIndex();
            return;
        }
        String id = form.indexes().stream().filter(c -> c.label().equals(indexText)).map(IndexChoice::id)
                .findFirst().orElse(indexText.strip());
        executor.execute(() -> b.tracker().importExisting(id),
                n -> window.toasts().show(n == 0 ? "No new tasks in that index." : "Now tracking " + n + " more task"
                        + (n == 1 ? "" : "s") + " from the index.", Feather.DOWNLOAD_CLOUD),
                e -> window.toasts().show(ErrorText.of("Tracking existing tasks", e), Feather.ALERT_TRIANGLE));
    }

    /** Shown, not waited for: nothing depends on how the person closes it. */
    private void info(String title, Node content) {
        Alert a = new Alert(Alert.AlertType.INFORMATION);
        a.setTitle(title);
        a.setHeaderText(title);
        a.getDialogPane().setContent(content);
        a.initOwner(window.window());
        a.show();
    }
}
