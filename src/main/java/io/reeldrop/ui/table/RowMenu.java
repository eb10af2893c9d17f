package io.reeldrop.ui.table;

import io.reeldrop.tracking.TrackedTask;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The row context menu. Items are enabled for the selected row each time the menu opens.
 * Key hints are in the labels rather than accelerators: accelerators would fire while the
 * person types in the URL box (Delete, Ctrl+C).
 */
final class RowMenu {

    private final TaskTableView view;

    RowMenu(TaskTableView view) {
        this.view = view;
    }

    ContextMenu build() {
        MenuItem details = item("Show details\u2003Enter", Feather.INFO, view::showDetails);
        MenuItem copyTask = item("Copy task id\u2003Ctrl+C", Feather.COPY, () -> view.copy(task(t -> t.task() == null ? null : t.task().id())));
        MenuItem copyVideo = item("Copy video id", Feather.COPY, () -> view.copy(task(t -> t.task() == null ? null : t.task().videoId())));
        MenuItem copyUrl = item("Copy URL or file path", Feather.LINK, () -> view.copy(task(t -> t.submission().displayName())));
        MenuItem openHls = item("Open HLS stream\u2003Ctrl+O", Feather.PLAY_CIRCLE, view::openHls);
        MenuItem retry = item("Retry\u2003Ctrl+R", Feather.ROTATE_CW, () -> view.model().retry(view.selected()));
        MenuItem forget = item("Remove from list\u2003Delete", Feather.X, () -> view.model().forget(view.selected()));
        MenuItem delete = item("Delete on server\u2026\u2003Shift+Delete", Feather.TRASH_2, view::confirmDeleteOnServer);
        ContextMenu menu = new ContextMenu(details, new SeparatorMenuItem(), copyTask, copyVideo, copyUrl, openHls,
                new SeparatorMenuItem(), retry, forget, delete);
        menu.setOnShowing(e -> {
            TaskRow row = view.selected();
            TrackedTask t = row == null ? null : row.get();
            boolean none = t == null;
            details.setDisable(none);
            copyTask.setDisable(none || t.task() == null);
            copyVideo.setDisable(none || t.task() == null || t.task().videoId() == null);
            copyUrl.setDisable(none);
            openHls.setDisable(TaskTableView.hlsUrl(t) == null);
            retry.setDisable(!view.model().canRetry(row));
            forget.setDisable(none);
            delete.setDisable(!view.model().canDeleteOnServer(row));
        });
        return menu;
    }

    private String task(java.util.function.Function<TrackedTask, String> f) {
        TaskRow row = view.selected();
        return row == null ? null : f.apply(row.get());
    }

    private static MenuItem item(String text, Feather icon, Runnable action) {
        MenuItem m = new MenuItem(text, new FontIcon(icon));
        m.setOnAction(e -> action.run());
        return m;
    }
}
