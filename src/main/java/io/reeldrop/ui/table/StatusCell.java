package io.reeldrop.ui.table;

import io.reeldrop.listing.Formats;
import io.reeldrop.listing.RowStatus;
import io.reeldrop.listing.TaskText;
import io.reeldrop.tracking.TrackedTask;
import javafx.geometry.Pos;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import java.util.function.Predicate;
import javafx.scene.layout.HBox;

/**
 * The stage as a coloured badge and, while a fraction is known (upload bytes; v1.2's indexing
 * percentage), a progress bar with the percentage beside it. The tooltip says the numbers in
 * words, or the reason a row failed, and for another profile's task that it is not followed now.
 */
final class StatusCell extends TableCell<TaskRow, TrackedTask> {

    private final Label badge = new Label();
    private final ProgressBar bar = new ProgressBar();
    private final Label percent = new Label();
    private final HBox box = new HBox(6, badge, bar, percent);
    private final Tooltip tooltip = new Tooltip();
    private String currentStyle;
    private boolean barShown = true;
    private final Predicate<TrackedTask> followed;

    /** @param followed whether the open profile's engine keeps the task current */
    StatusCell(Predicate<TrackedTask> followed) {
        this.followed = followed;
        badge.getStyleClass().add("status-badge");
        badge.setMinWidth(Label.USE_PREF_SIZE);
        bar.setPrefWidth(52);
        bar.setMaxHeight(8);
        bar.getStyleClass().add("status-progress");
        percent.getStyleClass().add("status-percent");
        percent.setMinWidth(Label.USE_PREF_SIZE);
        box.setAlignment(Pos.CENTER_LEFT);
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        showBar(false);
    }

    @Override
    protected void updateItem(TrackedTask t, boolean empty) {
        super.updateItem(t, empty);
        if (empty || t == null) {
            setGraphic(null);
            setTooltip(null);
            return;
        }
        RowStatus s = RowStatus.of(t);
        badge.setText(s.text());
        String style = s.tone().styleClass();
        if (!style.equals(currentStyle)) {
            // Touching style classes re-applies CSS to the badge: only when the colour changes.
            if (currentStyle != null) {
                badge.getStyleClass().remove(currentStyle);
            }
            badge.getStyleClass().add(style);
            currentStyle = style;
        }
        showBar(s.showsProgress());
        if (s.showsProgress()) {
            bar.setProgress(s.progress());
            percent.setText(s.percentText());
        }
        String tip;
        if (s.showsProgress() && t.bytesTotal() > 0 && s.text().equals("uploading")) {
            tip = "Uploaded " + Formats.bytes(t.bytesSent(), t.bytesTotal()) + " (" + s.percentText() + ")";
        } else if (s.showsProgress()) {
            tip = s.percentText() + " " + s.text() + ", as the API reports it";
        } else {
            String reason = TaskText.reason(t);
            tip = reason.isEmpty() ? null : reason;
        }
        if (!followed.test(t)) {
            tip = "As last seen; followed when that profile is open." + (tip == null ? "" : " " + tip);
        }
        if (tip == null) {
            setTooltip(null);
        } else {
            tooltip.setText(tip);
            setTooltip(tooltip);
        }
        setGraphic(box);
    }

    /** Flips the bar and its percentage in and out of the layout only when that changes. */
    private void showBar(boolean show) {
        if (show != barShown) {
            barShown = show;
            bar.setVisible(show);
            bar.setManaged(show);
            percent.setVisible(show);
            percent.setManaged(show);
        }
    }
}
