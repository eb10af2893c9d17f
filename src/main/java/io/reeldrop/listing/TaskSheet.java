package io.reeldrop.listing;

import io.reeldrop.tracking.TrackedTask;
import java.util.ArrayList;
import java.util.List;

/**
 * Tasks as a grid of text: the given columns, in their order, then (for an export) the
 * {@link ExtraField}s. One place builds the lines that CSV files and copied text hold.
 *
 * @param columns the columns as the person sees them
 * @param withExtras whether the ids, source, HLS URL and user metadata follow the columns
 */
public record TaskSheet(List<TaskColumn> columns, boolean withExtras, ListingContext context) {

    public TaskSheet {
        columns = List.copyOf(columns);
    }

    /** Every column in the window's default order, and the extras: what the command line writes. */
    public static TaskSheet everything(ListingContext context) {
        return new TaskSheet(List.of(TaskColumn.values()), true, context);
    }

    public List<ExtraField> extras() {
        return withExtras ? List.of(ExtraField.values()) : List.of();
    }

    /** The titles a person reads. */
    public List<String> header() {
        List<String> titles = new ArrayList<>();
        columns.forEach(c -> titles.add(c.title()));
        extras().forEach(e -> titles.add(e.title()));
        return titles;
    }

    public List<String> row(TrackedTask t) {
        List<String> cells = new ArrayList<>(columns.size() + 6);
        columns.forEach(c -> cells.add(c.text(t, context)));
        extras().forEach(e -> cells.add(e.text(t)));
        return cells;
    }
}
