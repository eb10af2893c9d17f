package io.reeldrop.ui.table;

import io.reeldrop.tracking.TrackedTask;
import java.time.Instant;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;

/**
 * A cell whose text depends on the current time (countdowns, "today" times). It re-renders when
 * the shared clock ticks; the listener is weak so recycled cells do not pile up on the clock.
 */
abstract class ClockCell extends TableCell<TaskRow, TrackedTask> {

    private final ObjectProperty<Instant> now;
    private final InvalidationListener onTick = o -> rerender();
    private final Tooltip tooltip = new Tooltip();

    ClockCell(ObjectProperty<Instant> now) {
        this.now = now;
        now.addListener(new WeakInvalidationListener(onTick));
    }

    abstract void render(TrackedTask t, Instant at);

    @Override
    protected void updateItem(TrackedTask t, boolean empty) {
        super.updateItem(t, empty);
        rerender();
    }

    /** Shows {@code text} as the tooltip, reusing one instance; null hides it. */
    void tip(String text) {
        if (text == null) {
            setTooltip(null);
        } else {
            tooltip.setText(text);
            setTooltip(tooltip);
        }
    }

    private void rerender() {
        TrackedTask t = getItem();
        if (isEmpty() || t == null) {
            setText(null);
            setTooltip(null);
        } else {
            render(t, now.get());
        }
    }
}
