package io.reeldrop.listing;

import io.reeldrop.api.TaskStatus;
import io.reeldrop.tracking.TrackedTask;
import java.util.Locale;

/**
 * How one task's state reads in a list: the stage label, its tone (the window colours the badge
 * by it), the filter group, and a progress fraction when one is known: upload bytes while a file
 * is sent, the API's {@code process.percentage} while v1.2 indexes.
 *
 * @param progress 0..1, or -1 when unknown
 */
public record RowStatus(String text, Tone tone, Group group, double progress) {

    /** What the status filter offers. */
    public enum Group { ACTIVE, READY, FAILED }

    /** How the stage should look: waiting on someone, moving, indexing, done or failed. */
    public enum Tone {
        WAITING, ACTIVE, INDEXING, READY, FAILED;

        /** The badge's style class in the window's stylesheet, e.g. {@code status-failed}. */
        public String styleClass() {
            return "status-" + name().toLowerCase(Locale.ROOT);
        }
    }

    public static RowStatus of(TrackedTask t) {
        switch (t.state()) {
            case QUEUED:
                return new RowStatus("waiting", Tone.WAITING, Group.ACTIVE, -1);
            case SENDING:
                return t.bytesTotal() > 0 ? uploading(t) : new RowStatus("sending", Tone.ACTIVE, Group.ACTIVE, -1);
            case OUTCOME_UNKNOWN:
                return new RowStatus("checking", Tone.WAITING, Group.ACTIVE, -1);
            case NOT_SENT:
                return new RowStatus("not sent", Tone.FAILED, Group.FAILED, -1);
            case NEEDS_DECISION:
                return new RowStatus("your decision", Tone.FAILED, Group.FAILED, -1);
            case UPLOADING:
                return t.bytesTotal() > 0 ? uploading(t) : new RowStatus("uploading", Tone.ACTIVE, Group.ACTIVE, -1);
            case PAUSED:
                return new RowStatus("paused", Tone.WAITING, Group.ACTIVE, t.bytesTotal() > 0
                        ? Math.min(1.0, (double) t.bytesSent() / t.bytesTotal()) : -1);
            case PROCESSING:
                return new RowStatus("processing", Tone.ACTIVE, Group.ACTIVE, -1);
            default:
                break;
        }
        if (t.task() == null) {
            // A stage before the API names a task that still moves bytes (an upload the engine
            // does on its own) shows them; anything else is simply sent.
            return t.bytesTotal() > 0 && t.bytesSent() < t.bytesTotal() ? uploading(t)
                    : new RowStatus("sent", Tone.ACTIVE, Group.ACTIVE, -1);
        }
        TaskStatus s = t.task().status();
        if (s.equals(TaskStatus.READY)) {
            return new RowStatus("ready", Tone.READY, Group.READY, 1);
        }
        if (s.equals(TaskStatus.FAILED)) {
            return new RowStatus("failed", Tone.FAILED, Group.FAILED, -1);
        }
        Double percentage = t.task().process() == null ? null : t.task().process().percentage();
        double fraction = percentage == null || percentage.isNaN() ? -1 : Math.max(0, Math.min(100, percentage)) / 100.0;
        Tone tone = s.equals(TaskStatus.INDEXING) ? Tone.INDEXING : Tone.ACTIVE;
        return new RowStatus(s.value(), tone, Group.ACTIVE, fraction);
    }

    private static RowStatus uploading(TrackedTask t) {
        double fraction = Math.min(1.0, (double) t.bytesSent() / t.bytesTotal());
        return new RowStatus("uploading", Tone.ACTIVE, Group.ACTIVE, fraction);
    }

    /** True while a progress bar means something: a known fraction of a stage still under way. */
    public boolean showsProgress() {
        return progress >= 0 && group == Group.ACTIVE;
    }

    /** "42%" while {@link #showsProgress()}, else empty. */
    public String percentText() {
        return showsProgress() ? (int) Math.floor(progress * 100) + "%" : "";
    }

    /** The label with its percentage when one is known: "uploading 42%", "ready". */
    public String textWithProgress() {
        return showsProgress() ? text + " " + percentText() : text;
    }
}
