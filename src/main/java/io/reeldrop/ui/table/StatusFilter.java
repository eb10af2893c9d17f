package io.reeldrop.ui.table;

import io.reeldrop.listing.RowStatus;
import io.reeldrop.tracking.TrackedTask;
import java.util.function.Predicate;

/** The choices of the status filter above the table. */
public enum StatusFilter implements Predicate<TrackedTask> {
    ALL("All statuses", null),
    ACTIVE("In progress", RowStatus.Group.ACTIVE),
    READY("Ready", RowStatus.Group.READY),
    FAILED("Failed or not sent", RowStatus.Group.FAILED);

    private final String label;
    private final RowStatus.Group group;

    StatusFilter(String label, RowStatus.Group group) {
        this.label = label;
        this.group = group;
    }

    @Override
    public boolean test(TrackedTask t) {
        return group == null || RowStatus.of(t).group() == group;
    }

    @Override
    public String toString() {
        return label;
    }
}
