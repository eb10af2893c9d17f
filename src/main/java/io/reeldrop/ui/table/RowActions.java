package io.reeldrop.ui.table;

import static io.reeldrop.ui.action.StandardAction.ADOPT_FOUND;
import static io.reeldrop.ui.action.StandardAction.CLOSE_DETAILS;
import static io.reeldrop.ui.action.StandardAction.COPY_AS_TEXT;
import static io.reeldrop.ui.action.StandardAction.COPY_SOURCE;
import static io.reeldrop.ui.action.StandardAction.COPY_TASK_ID;
import static io.reeldrop.ui.action.StandardAction.COPY_VIDEO_ID;
import static io.reeldrop.ui.action.StandardAction.DELETE_ON_SERVER;
import static io.reeldrop.ui.action.StandardAction.OPEN_HLS;
import static io.reeldrop.ui.action.StandardAction.PAUSE_UPLOAD;
import static io.reeldrop.ui.action.StandardAction.REMOVE;
import static io.reeldrop.ui.action.StandardAction.RESUME_UPLOAD;
import static io.reeldrop.ui.action.StandardAction.RETRY;
import static io.reeldrop.ui.action.StandardAction.SEND_AGAIN;
import static io.reeldrop.ui.action.StandardAction.SHOW_DETAILS;

import io.reeldrop.listing.ListingContext;
import io.reeldrop.listing.TabText;
import io.reeldrop.listing.TaskSheet;
import io.reeldrop.listing.TaskText;
import io.reeldrop.listing.TimeStyle;
import io.reeldrop.tracking.TrackedTask;
import io.reeldrop.tracking.model.SubmissionState;
import io.reeldrop.ui.action.Actions;
import io.reeldrop.ui.action.Command;
import io.reeldrop.ui.action.StandardAction;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

/**
 * What each row action does to the selected rows, and when it can: one command per action,
 * shared by the row menu, the Tasks menu and the table's keys. An action that makes sense for
 * several rows is enabled when any selected row allows it, acts on each that does, and says how
 * many it did and why it left the others; adopting and sending again ask about one row.
 * Enabled states follow the selection and its rows' tasks as they change.
 */
public final class RowActions {

    /** The row menu, and the top of the Tasks menu, in groups. */
    public static final List<List<StandardAction>> MENU = List.of(
            List.of(SHOW_DETAILS, CLOSE_DETAILS),
            List.of(COPY_AS_TEXT, COPY_TASK_ID, COPY_VIDEO_ID, COPY_SOURCE, OPEN_HLS),
            List.of(PAUSE_UPLOAD, RESUME_UPLOAD),
            List.of(RETRY, ADOPT_FOUND, SEND_AGAIN, REMOVE, DELETE_ON_SERVER));

    /** More streams than this at once would bury the browser; the rest are named instead. */
    static final int MOST_STREAMS_OPENED = 10;

    private final TaskTableView view;
    private final TaskTableViewModel model;
    private final Selection selection;
    private final Actions actions = new Actions();
    private Consumer<String> openUrl = url -> { };
    private final DecisionDialogs decisions;

    RowActions(TaskTableView view, TaskTableViewModel model) {
        this.view = view;
        this.model = model;
        this.selection = view.selection();
        this.decisions = new DecisionDialogs(view, model);
        ObservableBooleanValue anyRow = any(row -> true);
        actions.put(SHOW_DETAILS, Command.when(anyRow, view::showDetails))
                .put(CLOSE_DETAILS, Command.when(view.detailsShownProperty(), view::hideDetails))
                .put(COPY_AS_TEXT, Command.when(anyRow, this::copyAsText))
                .put(COPY_TASK_ID, Command.when(anyRow, () -> copy(TaskText::taskOrLocalId, "task ids", "")))
                .put(COPY_VIDEO_ID, Command.when(any(row -> TaskText.videoId(row.get()) != null),
                        () -> copy(TaskText::videoId, "video ids", "the API has not named their video yet")))
                .put(COPY_SOURCE, Command.when(anyRow, () -> copy(TaskText::source, "URLs and file paths", "")))
                .put(OPEN_HLS, Command.when(any(row -> TaskText.hlsUrl(row.get()) != null), this::openStreams))
                .put(PAUSE_UPLOAD, Command.when(any(model.pausing()::canPause), () -> model.pause(selection.rows())))
                .put(RESUME_UPLOAD, Command.when(any(model.pausing()::canResume), () -> model.resume(selection.rows())))
                .put(RETRY, Command.when(any(model::canRetry), () -> model.retry(selection.rows())))
                .put(ADOPT_FOUND, Command.when(oneAwaitingDecision(), () -> decisions.askAdopt(selection.lead())))
                .put(SEND_AGAIN, Command.when(oneAwaitingDecision(), () -> decisions.askSendAgain(selection.lead())))
                .put(REMOVE, Command.when(anyRow, () -> model.forget(selection.rows())))
                .put(DELETE_ON_SERVER, Command.when(any(model::canDeleteOnServer),
                        () -> decisions.confirmDeleteOnServer(selection.rows())));
    }

    Actions actions() {
        return actions;
    }

    void setOpenUrl(Consumer<String> openUrl) {
        this.openUrl = openUrl;
    }

    /** True while any selected row passes {@code test}; re-checked when the selection or its tasks change. */
    private ObservableBooleanValue any(Predicate<TaskRow> test) {
        return Bindings.createBooleanBinding(() -> {
            for (TaskRow row : view.table().getSelectionModel().getSelectedItems()) {
                if (row != null && test.test(row)) {
                    return true;
                }
            }
            return false;
        }, selection.revisionProperty());
    }

    private ObservableBooleanValue oneAwaitingDecision() {
        return Bindings.createBooleanBinding(() -> selection.size() == 1 && selection.lead() != null
                && selection.lead().get().state() == SubmissionState.NEEDS_DECISION, selection.revisionProperty());
    }

    /** The selected rows as tab-separated text, columns as shown, ready for a spreadsheet. */
    private void copyAsText() {
        List<TrackedTask> tasks = view.selectedTasks();
        TaskSheet sheet = new TaskSheet(view.shownColumns(), false,
                new ListingContext(Instant.now(), model.indexNames()::get, TimeStyle.SHEET, model.profileNames()::get));
        put(TabText.of(sheet, tasks));
        if (tasks.size() > 1) {
            model.say("Copied " + tasks.size() + " rows as text, with a header line: paste them into a spreadsheet.");
        }
    }

    /**
     * Copies one value per selected row that has it, a line each. With several rows it says how
     * many, and why rows without the value were left out.
     */
    private void copy(Function<TrackedTask, String> value, String what, String whyMissing) {
        List<TaskRow> rows = selection.rows();
        List<String> values = rows.stream().map(r -> value.apply(r.get())).filter(v -> v != null && !v.isBlank()).toList();
        if (values.isEmpty()) {
            return;
        }
        put(String.join("\n", values));
        int missing = rows.size() - values.size();
        if (rows.size() > 1) {
            model.say("Copied " + values.size() + " " + what + ", one a line." + (missing == 0 ? ""
                    : " " + missing + (missing == 1 ? " row has none: " : " rows have none: ") + whyMissing + "."));
        }
    }

    private void openStreams() {
        List<TaskRow> rows = selection.rows();
        List<String> urls = rows.stream().map(r -> TaskText.hlsUrl(r.get())).filter(u -> u != null).toList();
        List<String> opened = urls.subList(0, Math.min(urls.size(), MOST_STREAMS_OPENED));
        opened.forEach(openUrl);
        int without = rows.size() - urls.size();
        int notOpened = urls.size() - opened.size();
        if (rows.size() > 1) {
            StringBuilder b = new StringBuilder("Opened " + opened.size() + (opened.size() == 1 ? " stream" : " streams")
                    + " in the browser.");
            if (notOpened > 0) {
                b.append(' ').append(notOpened).append(" more were not: at most ").append(MOST_STREAMS_OPENED)
                        .append(" open at once. Select fewer rows for the rest.");
            }
            if (without > 0) {
                b.append(' ').append(without).append(without == 1 ? " row has" : " rows have")
                        .append(" no HLS stream: streaming is off for it, or it is not ready yet.");
            }
            model.say(b.toString());
        }
    }

    private static void put(String text) {
        ClipboardContent c = new ClipboardContent();
        c.putString(text);
        Clipboard.getSystemClipboard().setContent(c);
    }
}
