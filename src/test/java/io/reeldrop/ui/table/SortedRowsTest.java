package io.reeldrop.ui.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.reeldrop.api.Task;
import io.reeldrop.api.TaskStatus;
import io.reeldrop.api.VideoMetadata;
import io.reeldrop.tracking.model.Submission;
import io.reeldrop.tracking.model.SubmissionState;
import io.reeldrop.tracking.TrackedTask;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The hand-kept sorted list must always equal "filter, then sort" of all rows, whatever the
 * order of changes: checked after every step of a long seeded random walk.
 */
class SortedRowsTest {

    private static final String[] STATUSES = {"pending", "queued", "indexing", "ready", "failed"};

    private static TrackedTask task(String id, String status, double duration) {
        Task api = new Task("t" + id, "idx", null, TaskStatus.of(status), Instant.EPOCH, Instant.EPOCH, null,
                new VideoMetadata(duration, null, null, null), null, null, null, "{}");
        return new TrackedTask(id, Submission.ofUrl("idx", null, "https://a.test/" + id + ".mp4"),
                SubmissionState.SENT, api, null, null, Instant.EPOCH, Map.of(), 0, 0);
    }

    @Test
    void staysEqualToFilterThenSortThroughRandomChanges() {
        Random random = new Random(7);
        List<TaskRow> all = new ArrayList<>();
        SortedRows rows = new SortedRows();
        Comparator<TaskRow> byDuration = Comparator.comparing(r -> r.placed().task().metadata().duration());
        Comparator<TaskRow> byStatus = Comparator.comparing(r -> r.placed().task().status().value());
        rows.setOrder(byDuration, all);
        long seq = 0;
        for (int step = 0; step < 3000; step++) {
            int op = random.nextInt(10);
            if (op < 3 || all.isEmpty()) {
                TaskRow r = new TaskRow(task("r" + step, STATUSES[random.nextInt(5)], random.nextInt(50)), ++seq);
                all.add(r);
                rows.add(r);
            } else if (op < 9) {
                TaskRow r = all.get(random.nextInt(all.size()));
                r.update(task(r.localId(), STATUSES[random.nextInt(5)], random.nextInt(50)));
                rows.changed(r);
            } else {
                TaskRow r = all.remove(random.nextInt(all.size()));
                rows.remove(r);
            }
            if (step == 1000) {
                rows.setFilter(r -> !r.get().task().status().isTerminal(), all);
            }
            if (step == 2000) {
                rows.setOrder(byStatus.reversed(), all);
            }
            final int done = step;
            Comparator<TaskRow> expectedOrder = (done >= 2000 ? byStatus.reversed() : byDuration)
                    .thenComparing(Comparator.comparingLong(TaskRow::sequence).reversed());
            List<TaskRow> expected = all.stream()
                    .filter(r -> done < 1000 || !r.get().task().status().isTerminal())
                    .sorted(expectedOrder)
                    .collect(Collectors.toList());
            assertEquals(ids(expected), ids(rows.shown()), "after step " + step);
        }
    }

    private static List<String> ids(List<TaskRow> rows) {
        return rows.stream().map(TaskRow::localId).collect(Collectors.toList());
    }
}
