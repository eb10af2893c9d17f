package io.reeldrop.ui.table;

import io.reeldrop.api.TaskStatus;
import io.reeldrop.tracking.TrackedTask;

/**
 * How one task's state reads in the table: the badge text, its colour class, the filter
 * group, and a progress fraction when one is known.
 *
 * @param progress 0..1, or -1 when unknown
 */
public record RowStatus(String text, String styleClass, Group group, double progress) {

    /** What the status filter offers. */
    public enum Group { ACTIVE, READY, FAILED }

    public static RowStatus of(TrackedTask t) {
        switch (t.state()) {
            case QUEUED:
                return new RowStatus("waiting", "status-waiting", Group.ACTIVE, -1);
            case SENDING:
                double p = t.bytesTotal() > 0 ? (double) t.bytesSent() / t.bytesTotal() : -1;
                return new RowStatus(t.bytesTotal() > 0 ? "uploading" : "sending", "status-active", Group.ACTIVE, p);
            case OUTCOME_UNKNOWN:
                return new RowStatus("checking", "status-waiting", Group.ACTIVE, -1);
            case NOT_SENT:
                return new RowStatus("not sent", "status-failed", Group.FAILED, -1);
            case NEEDS_DECISION:
                return new RowStatus("your decision", "status-failed", Group.FAILED, -1);
            case UPLOADING:
                double sent = t.bytesTotal() > 0 ? (double) t.bytesSent() / t.bytesTotal() : -1;
                return new RowStatus("uploading", "status-active", Group.ACTIVE, sent);
            case PAUSED:
                double at = t.bytesTotal() > 0 ? (double) t.bytesSent() / t.bytesTotal() : -1;
                return new RowStatus("paused", "status-waiting", Group.ACTIVE, at);
            case PROCESSING:
                return new RowStatus("processing", "status-active", Group.ACTIVE, -1);
            default:
                break;
        }
        if (t.task() == null) {
            return new RowStatus("sent", "status-active", Group.ACTIVE, -1);
        }
        TaskStatus s = t.task().status();
        if (s.equals(TaskStatus.READY)) {
            return new RowStatus("ready", "status-ready", Group.READY, 1);
        }
        if (s.equals(TaskStatus.FAILED)) {
            return new RowStatus("failed", "status-failed", Group.FAILED, -1);
        }
        double percent = t.task().process() != null && t.task().process().percentage() != null
                ? t.task().process().percentage() / 100.0 : -1;
        String style = s.equals(TaskStatus.INDEXING) ? "status-indexing" : "status-active";
        return new RowStatus(s.value(), style, Group.ACTIVE, percent);
    }
}
