package io.reeldrop.listing;

import io.reeldrop.tracking.TrackedTask;
import java.util.List;

/**
 * Rows as tab-separated text with a header line, the form spreadsheets take from the clipboard.
 * A tab or line break inside a cell would split it, so each becomes a space.
 */
public final class TabText {

    private TabText() {
    }

    public static String of(TaskSheet sheet, List<TrackedTask> tasks) {
        StringBuilder b = new StringBuilder();
        line(b, sheet.header());
        for (TrackedTask t : tasks) {
            line(b, sheet.row(t));
        }
        return b.toString();
    }

    private static void line(StringBuilder b, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                b.append('\t');
            }
            b.append(cells.get(i).replace('\t', ' ').replace("\r\n", " ").replace('\n', ' ').replace('\r', ' '));
        }
        b.append('\n');
    }
}
