package io.reeldrop.ui.table;

import io.reeldrop.listing.RowStatus;
import io.reeldrop.listing.TaskText;
import io.reeldrop.listing.UploadText;
import io.reeldrop.tracking.TrackedTask;
import io.reeldrop.tracking.model.SubmissionState;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import java.util.function.Predicate;
import javafx.scene.layout.HBox;

/**
 * The stage as a coloured badge and, while a fraction is known (upload bytes, also of a paused
 * upload; v1.2's indexing percentage), a progress bar with the percentage beside it. The tooltip
 * says the numbers in words ("Uploading 42% · 1.2 GB of 3.1 GB · 18 MB/s · 2 min left"), or
 * the reason a row failed, and for another profile's task that it is not followed now.
 */
final class StatusCell extends TableCell<TaskRow, TrackedTask> {

    private static final PseudoClass PAUSED = PseudoClass.getPseudoClass("paused");
    private final Label badge = new Label();
    private final ProgressBar bar = new ProgressBar();
    private final Label percent = new Label();
    private final HBox box = new HBox(6, badge, bar, percent);
    private final Tooltip tooltip = new Tooltip();
    private String currentStyle;
    private boolean paused;
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
        boolean nowPaused = t.state() == SubmissionState.PAUSED;
        if (nowPaused != paused) {
            paused = nowPaused;
            bar.pseudoClassStateChanged(PAUSED, paused);
        }
        if (s.showsProgress()) {
            bar.setProgress(s.progress());
            percent.setText(s.percentText());
        }
        String tip = UploadText.sentence(t);
        if (tip != null) {
            String reason = TaskText.reason(t);
            tip = reason.isEmpty() || tip.contains(reason) ? tip : tip + "\n" + reason;
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
