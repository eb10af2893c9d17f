package io.reeldrop.listing;

import io.reeldrop.tracking.TrackedTask;
import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/** The file formats of an export, each with its file extension and how it writes times. */
public enum ExportFormat {
    /** For spreadsheets: a header line of column titles, RFC 4180 quoting, local times. */
    CSV("csv", "CSV", TimeStyle.SHEET),
    /** For programs: an array of objects keyed by column id, ISO-8601 times, metadata as objects. */
    JSON("json", "JSON", TimeStyle.ISO);

    private final String extension;
    private final String label;
    private final TimeStyle times;

    ExportFormat(String extension, String label, TimeStyle times) {
        this.extension = extension;
        this.label = label;
        this.times = times;
    }

    public String extension() {
        return extension;
    }

    public String label() {
        return label;
    }

    /**
     * Writes {@code tasks} with {@code columns} and every {@link ExtraField}.
     *
     * @param indexNames index id to name where known; null for unknown
     */
    public void write(Writer out, List<TaskColumn> columns, List<TrackedTask> tasks, Instant now,
                      Function<String, String> indexNames) throws IOException {
        write(out, columns, tasks, now, indexNames, id -> null);
    }

    /** The same, with profile id to name where known (null for unknown: the id is written). */
    public void write(Writer out, List<TaskColumn> columns, List<TrackedTask> tasks, Instant now,
                      Function<String, String> indexNames, Function<String, String> profileNames) throws IOException {
        TaskSheet sheet = new TaskSheet(columns, true, new ListingContext(now, indexNames, times, profileNames));
        if (this == CSV) {
            CsvWriter.write(out, sheet, tasks);
        } else {
            JsonWriter.write(out, sheet, tasks);
        }
    }
}
