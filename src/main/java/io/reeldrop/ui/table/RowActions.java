package io.reeldrop.ui.table;

import static io.reeldrop.ui.action.StandardAction.ADOPT_FOUND;
import static io.reeldrop.ui.action.StandardAction.CLOSE_DETAILS;
import static io.reeldrop.ui.action.StandardAction.COPY_SOURCE;
import static io.reeldrop.ui.action.StandardAction.COPY_TASK_ID;
import static io.reeldrop.ui.action.StandardAction.COPY_VIDEO_ID;
import static io.reeldrop.ui.action.StandardAction.DELETE_ON_SERVER;
import static io.reeldrop.ui.action.StandardAction.OPEN_HLS;
import static io.reeldrop.ui.action.StandardAction.REMOVE;
import static io.reeldrop.ui.action.StandardAction.RETRY;
import static io.reeldrop.ui.action.StandardAction.SEND_AGAIN;
import static io.reeldrop.ui.action.StandardAction.SHOW_DETAILS;

import io.reeldrop.tracking.model.Submission;
import io.reeldrop.tracking.model.SubmissionState;
import io.reeldrop.tracking.TrackedTask;
import io.reeldrop.ui.action.Actions;
import io.reeldrop.ui.action.Command;
import io.reeldrop.ui.action.StandardAction;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

/**
 * What each row action does to the selected row, and when it can: one command per action,
 * shared by the row menu, the Tasks menu and the table's keys. Enabled states follow the
 * selection and the selected row's task as it changes, so an open menu is never stale.
 */
public final class RowActions {

    /** The row menu, and the top of the Tasks menu, in groups. */
    public static final List<List<StandardAction>> MENU = List.of(
            List.of(SHOW_DETAILS, CLOSE_DETAILS),
            List.of(COPY_TASK_ID, COPY_VIDEO_ID, COPY_SOURCE, OPEN_HLS),
            List.of(RETRY, ADOPT_FOUND, SEND_AGAIN, REMOVE, DELETE_ON_SERVER));

    private final TaskTableView view;
    private final TaskTableViewModel model;
    private final TableView<TaskRow> table;
    /** The selected row's latest task; null without a selection. */
    private final ObjectProperty<TrackedTask> selectedTask = new SimpleObjectProperty<>();
    private final Actions actions = new Actions();
    private Consumer<String> openUrl = url -> { };
    private final DecisionDialogs decisions;

    RowActions(TaskTableView view, TaskTableViewModel model) {
        this.view = view;
        this.model = model;
        this.table = view.table();
        this.decisions = new DecisionDialogs(view, model);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, row) -> {
            selectedTask.unbind();
            if (row == null) {
                selectedTask.set(null);
            } else {
                selectedTask.bind(row.taskProperty());
            }
        });
        ObservableBooleanValue anyRow = selectedTask.isNotNull();
        actions.put(SHOW_DETAILS, Command.when(anyRow, view::showDetails))
                .put(CLOSE_DETAILS, Command.when(view.detailsShownProperty(), view::hideDetails))
                .put(COPY_TASK_ID, Command.when(anyRow, () -> copy(taskId(selectedTask.get()))))
                .put(COPY_VIDEO_ID, Command.when(selected(t -> videoId(t) != null),
                        () -> copy(videoId(selectedTask.get()))))
                .put(COPY_SOURCE, Command.when(anyRow, () -> copy(source(selectedTask.get()))))
                .put(OPEN_HLS, Command.when(selected(t -> hlsUrl(t) != null),
                        () -> openUrl.accept(hlsUrl(selectedTask.get()))))
                .put(RETRY, Command.when(selected(t -> model.canRetry(row())), () -> model.retry(row())))
                .put(ADOPT_FOUND, Command.when(selected(RowActions::awaitsDecision), () -> decisions.askAdopt(row())))
                .put(SEND_AGAIN, Command.when(selected(RowActions::awaitsDecision), () -> decisions.askSendAgain(row())))
                .put(REMOVE, Command.when(anyRow, () -> model.forget(row())))
                .put(DELETE_ON_SERVER, Command.when(selected(t -> model.canDeleteOnServer(row())),
                        this::confirmDeleteOnServer));
    }

    Actions actions() {
        return actions;
    }

    void setOpenUrl(Consumer<String> openUrl) {
        this.openUrl = openUrl;
    }

    private ObservableBooleanValue selected(Predicate<TrackedTask> test) {
        return Bindings.createBooleanBinding(() -> selectedTask.get() != null && test.test(selectedTask.get()),
                selectedTask);
    }

    private TaskRow row() {
        return table.getSelectionModel().getSelectedItem();
    }

    /**
     * The server's task id, or ReelDrop's local id for a video never created on the server;
     * the command line's retry and forget take either.
     */
    static String taskId(TrackedTask t) {
        return t.task() != null ? t.task().id() : t.localId();
    }

    static boolean awaitsDecision(TrackedTask t) {
        return t.state() == SubmissionState.NEEDS_DECISION;
    }

    static String videoId(TrackedTask t) {
        return t.task() == null ? null : t.task().videoId();
    }

    /** The URL as submitted, or the whole path of an uploaded file. */
    static String source(TrackedTask t) {
        Submission s = t.submission();
        return s.videoUrl() != null ? s.videoUrl() : s.videoFile().toString();
    }

    static String hlsUrl(TrackedTask t) {
        return t.task() == null || t.task().hls() == null ? null : t.task().hls().videoUrl();
    }

    private static void copy(String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        ClipboardContent c = new ClipboardContent();
        c.putString(text);
        Clipboard.getSystemClipboard().setContent(c);
    }

    private void confirmDeleteOnServer() {
        TaskRow row = row();
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION,
                "Delete the task for \"" + TaskRow.videoName(row.get()) + "\" on the server? "
                        + "The indexed video goes with it; this cannot be undone.",
                ButtonType.CANCEL, ButtonType.OK);
        ask.setHeaderText("Delete on the server?");
        ask.initOwner(view.getScene() == null ? null : view.getScene().getWindow());
        ask.showAndWait().filter(ButtonType.OK::equals).ifPresent(b -> model.deleteOnServer(row));
    }
}
