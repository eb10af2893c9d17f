package io.reeldrop.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.reeldrop.api.Task;
import io.reeldrop.tracking.SubmitOutcome;
import io.reeldrop.tracking.TrackedTask;
import java.util.Locale;

/** Renders tasks as the one-line JSON objects the commands print. */
final class TaskLines {

    static final ObjectMapper JSON = new ObjectMapper();

    private TaskLines() {
    }

    static ObjectNode of(TrackedTask t) {
        ObjectNode o = JSON.createObjectNode();
        o.put("local_id", t.localId());
        Task task = t.task();
        o.put("task_id", task == null ? null : task.id());
        o.put("video", t.submission().displayName());
        o.put("index_id", t.submission().indexId());
        o.put("state", t.state().name().toLowerCase(Locale.ROOT));
        o.put("status", task == null ? null : task.status().value());
        if (task != null) {
            o.put("video_id", task.videoId());
            o.put("duration", task.metadata().duration());
            o.put("width", task.metadata().width());
            o.put("height", task.metadata().height());
            o.put("filename", task.metadata().filename());
            if (task.errorReason() != null) {
                o.put("error_reason", task.errorReason());
            }
        }
        if (t.eta() != null) {
            o.put("eta", t.eta().at().toString());
            o.put("eta_source", t.eta().source().name().toLowerCase(Locale.ROOT));
            o.put("eta_confidence", Math.round(t.eta().confidence() * 100) / 100.0);
        }
        o.put("note", t.note());
        if (!t.candidates().isEmpty()) {
            t.candidates().forEach(o.putArray("candidates")::add);
        }
        return o;
    }

    /** The API's status once there is a task, else where the submission stands ("not sent"). */
    static String status(TrackedTask t) {
        return t.task() != null ? t.task().status().value()
                : t.state().name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    static String line(TrackedTask t) {
        return of(t).toString();
    }

    /** A line for a submission that produced no new task: rejected or duplicate. */
    static String outcome(SubmitOutcome o) {
        ObjectNode line = o.tracked() != null ? of(o.tracked()) : JSON.createObjectNode();
        line.put("input", o.input());
        line.put("outcome", o.kind().name().toLowerCase(Locale.ROOT));
        line.put("problem", o.problem());
        return line.toString();
    }

    /** The fields whose change is worth a new line (the ETA drifts every second and is not). */
    static String signature(TrackedTask t) {
        Task task = t.task();
        return t.state() + "|" + (task == null ? "" : task.id() + "|" + task.status() + "|" + task.updatedAt())
                + "|" + t.note();
    }
}
