package io.reeldrop.ui.table;

import io.reeldrop.listing.FailureReasons;
import io.reeldrop.listing.TaskText;
import io.reeldrop.listing.UploadText;
import io.reeldrop.tracking.TrackedTask;
import javafx.css.PseudoClass;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;

/**
 * The row's one sentence, readable without a click: why it failed, was refused or waits for a
 * decision (in the danger colour), or the engine's passing note; else, while a file uploads, its
 * bytes, rate and time left ("1.2 GB of 3.1 GB · 18 MB/s · 2 min left"), or where a paused
 * upload stopped. Cut to the column's width, so the whole sentence, the video's name at its
 * head, is also the tooltip.
 */
final class ReasonCell extends TableCell<TaskRow, TrackedTask> {

    private static final PseudoClass FAILED = PseudoClass.getPseudoClass("failed");
    private final Tooltip tooltip = new Tooltip();
    private boolean failed;

    ReasonCell() {
        getStyleClass().add("reason-cell");
        setTextOverrun(OverrunStyle.ELLIPSIS);
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(420);
    }

    @Override
    protected void updateItem(TrackedTask t, boolean empty) {
        super.updateItem(t, empty);
        String text = empty || t == null ? "" : TaskText.reasonBesideTheName(t);
        String whole = empty || t == null ? "" : TaskText.reason(t);
        if (text.isEmpty() && t != null) {
            String upload = UploadText.progress(t);
            text = upload == null ? "" : upload;
            whole = text;
        }
        setText(text.isEmpty() ? null : text);
        boolean nowFailed = !text.isEmpty() && FailureReasons.describe(t) != null;
        if (nowFailed != failed) {
            // Only a change of colour touches CSS: a pseudo-class flip re-styles this cell alone.
            failed = nowFailed;
            pseudoClassStateChanged(FAILED, failed);
        }
        if (text.isEmpty()) {
            setTooltip(null);
        } else {
            tooltip.setText(whole);
            setTooltip(tooltip);
        }
    }
}
