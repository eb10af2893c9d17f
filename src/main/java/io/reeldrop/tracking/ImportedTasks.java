package io.reeldrop.tracking;

import io.reeldrop.tracking.model.UploadFlow;
import io.reeldrop.tracking.model.Submission;
import io.reeldrop.api.Task;
import io.reeldrop.tracking.store.HistoryEntry;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns tasks started elsewhere (SDK, Playground) into history entries. Their source is not
 * known, so the submission names the video by the file name the API reports (or the task id);
 * such entries are marked imported and cannot be sent again.
 */
final class ImportedTasks {

    private ImportedTasks() {
    }

    /** Entries for the tasks no entry of {@code book} tracks yet. */
    static List<HistoryEntry> newEntries(List<Task> tasks, String indexId, TaskBook book, Instant now) {
        List<HistoryEntry> added = new ArrayList<>();
        for (Task t : tasks) {
            if (book.isClaimed(t.id())) {
                continue;
            }
            Submission s = new Submission(UploadFlow.TASKS, indexId, null, null, Path.of(standInName(t)), null, null);
            Instant created = t.createdAt() != null ? t.createdAt() : now;
            added.add(HistoryEntry.builder(Intake.newLocalId(), book.profile().id(), s, created)
                    .imported(true).logLine(now, "Imported from index " + indexId).build()
                    .withTask(t, now));
        }
        return added;
    }

    /** A safe stand-in for the source: the reported file name when it is a plain name, else the task id. */
    static String standInName(Task t) {
        String name = t.metadata().filename();
        if (name != null && name.matches("[\\w .()\\[\\]-]{1,200}") && !name.startsWith(".")) {
            return name;
        }
        return "task-" + t.id().replaceAll("[^\\w-]", "_");
    }
}
