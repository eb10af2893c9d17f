package io.reeldrop.listing;

import io.reeldrop.api.VideoMetadata;
import io.reeldrop.tracking.TrackedTask;
import io.reeldrop.tracking.eta.Eta;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The columns of the task list, in the window's default order. Each writes one aspect of a task
 * as text and sorts on the underlying value, not the text (so "0:10:00" sorts after "0:09:59"
 * and empty values go last). The window's table, its export and "Copy as text", and the command
 * line's {@code list --csv} all use these, so they cannot disagree.
 */
public enum TaskColumn {
    VIDEO("video", "Video", (t, c) -> TaskText.videoName(t),
            Comparator.comparing(TaskText::videoName, String.CASE_INSENSITIVE_ORDER)),
    /**
     * Which profile (sandbox, account) the task lives on, by its saved name. Beside the video, where
     * it is seen without scrolling; the window shows it only when it lists every profile's tasks.
     */
    PROFILE("profile", "Profile", (t, c) -> c.profileName(t.profile()), nullsLast(TrackedTask::profile)),
    /** Sorted by id: names come from a list that may not be loaded yet. */
    INDEX("index", "Index", (t, c) -> c.indexName(t.submission().indexId()),
            Comparator.comparing(t -> t.submission().indexId())),
    /** In a file the percentage joins the label ("uploading 42%"); the table draws a bar. */
    STATUS("status", "Status", (t, c) -> c.times() == TimeStyle.TABLE ? RowStatus.of(t).text()
            : RowStatus.of(t).textWithProgress(),
            Comparator.comparing((TrackedTask t) -> RowStatus.of(t).group()).thenComparing(t -> RowStatus.of(t).text())),
    REASON("reason", "Reason", (t, c) -> TaskText.reason(t),
            nullsLast(t -> TaskText.reason(t).isEmpty() ? null : TaskText.reason(t))),
    ETA("eta", "ETA", TaskColumn::eta, nullsLast(t -> t.eta() == null || t.isSettled() ? null : t.eta().at())),
    DURATION("duration", "Duration", (t, c) -> Formats.duration(meta(t).duration()), nullsLast(t -> meta(t).duration())),
    RESOLUTION("resolution", "Resolution", (t, c) -> Formats.resolution(meta(t).width(), meta(t).height()),
            nullsLast(t -> meta(t).width() == null || meta(t).height() == null ? null
                    : meta(t).width() * meta(t).height())),
    CREATED("created", "Created", (t, c) -> Formats.time(createdAt(t), c.now(), c.times()),
            nullsLast(TaskColumn::createdAt)),
    UPDATED("updated", "Updated", (t, c) -> Formats.time(updatedAt(t), c.now(), c.times()),
            nullsLast(TaskColumn::updatedAt)),
    TASK_ID("taskId", "Task id", (t, c) -> t.task() == null ? "" : t.task().id(),
            nullsLast(t -> t.task() == null ? null : t.task().id()));

    private final String id;
    private final String title;
    private final BiFunction<TrackedTask, ListingContext, String> text;
    private final Comparator<TrackedTask> order;

    TaskColumn(String id, String title, BiFunction<TrackedTask, ListingContext, String> text,
               Comparator<TrackedTask> order) {
        this.id = id;
        this.title = title;
        this.text = text;
        this.order = order;
    }

    /** Stable and machine-friendly: the table column's id and the key of a JSON export. */
    public String id() {
        return id;
    }

    /** The heading a person reads, in the table and in a CSV file's first line. */
    public String title() {
        return title;
    }

    /** The cell's text; never null. */
    public String text(TrackedTask t, ListingContext context) {
        String s = text.apply(t, context);
        return s == null ? "" : s;
    }

    /** Compares tasks on this column's value, empty values last. */
    public Comparator<TrackedTask> order() {
        return order;
    }

    public static Optional<TaskColumn> byId(String id) {
        return Arrays.stream(values()).filter(c -> c.id.equals(id)).findFirst();
    }

    public static Instant createdAt(TrackedTask t) {
        return t.task() != null && t.task().createdAt() != null ? t.task().createdAt() : t.submittedAt();
    }

    private static Instant updatedAt(TrackedTask t) {
        return t.task() == null ? null : t.task().updatedAt();
    }

    private static String eta(TrackedTask t, ListingContext c) {
        Eta eta = t.eta();
        if (eta == null || t.isSettled()) {
            return t.isSettled() || c.times() != TimeStyle.TABLE ? "" : "unknown";
        }
        if (c.times() != TimeStyle.TABLE) {
            return Formats.time(eta.at(), c.now(), c.times()); // a bare time, so a spreadsheet reads it as one
        }
        return Formats.relative(eta.at(), c.now()) + (eta.source() == Eta.Source.ESTIMATE ? " (est.)" : "");
    }

    private static VideoMetadata meta(TrackedTask t) {
        return t.task() == null ? VideoMetadata.EMPTY : t.task().metadata();
    }

    private static <U extends Comparable<? super U>> Comparator<TrackedTask> nullsLast(Function<TrackedTask, U> key) {
        return Comparator.comparing(key, Comparator.nullsLast(Comparator.naturalOrder()));
    }
}
