package io.reeldrop.ui.table;

import io.reeldrop.tracking.TrackedTask;
import javafx.geometry.Pos;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

/** A coloured badge, and beside it a progress bar while a percentage is known. */
final class StatusCell extends TableCell<TaskRow, TrackedTask> {

    private final Label badge = new Label();
    private final ProgressBar bar = new ProgressBar();
    private final HBox box = new HBox(6, badge, bar);
    private final Tooltip tooltip = new Tooltip();
    private String currentStyle;

    StatusCell() {
        badge.getStyleClass().add("status-badge");
        bar.setPrefWidth(56);
        bar.setMaxHeight(8);
        bar.getStyleClass().add("status-progress");
        box.setAlignment(Pos.CENTER_LEFT);
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
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
        if (!s.styleClass().equals(currentStyle)) {
            // Touching style classes re-applies CSS to the badge: only when the colour changes.
            if (currentStyle != null) {
                badge.getStyleClass().remove(currentStyle);
            }
            badge.getStyleClass().add(s.styleClass());
            currentStyle = s.styleClass();
        }
        boolean showBar = s.progress() >= 0 && s.group() == RowStatus.Group.ACTIVE;
        bar.setVisible(showBar);
        bar.setManaged(showBar);
        bar.setProgress(showBar ? s.progress() : 0);
        String tip = t.note() != null ? t.note() : FailureReasons.describe(t);
        if (showBar && t.bytesTotal() > 0) {
            tip = "Uploaded " + Formats.bytes(t.bytesSent(), t.bytesTotal());
        } else if (showBar) {
            tip = String.format("%.0f%% indexed", s.progress() * 100);
        }
        if (tip == null) {
            setTooltip(null);
        } else {
            tooltip.setText(tip);
            setTooltip(tooltip);
        }
        setGraphic(box);
    }
}
