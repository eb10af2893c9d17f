package io.reeldrop.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.reeldrop.tracking.TrackedTask;
import io.reeldrop.tracking.TrackerHealth;
import io.reeldrop.tracking.model.Submission;
import io.reeldrop.tracking.model.SubmissionState;
import io.reeldrop.ui.support.TaskExecutor;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Batches that arrive while the UI is busy become one UI update with the latest of each task. */
class TrackerBridgeTest {

    /** Queues UI work until the test runs it, like a busy FX thread. */
    private static final class QueuedUi extends SyncTaskExecutorBase {
        final Queue<Runnable> pending = new ArrayDeque<>();

        @Override
        public void runOnUi(Runnable action) {
            pending.add(action);
        }
    }

    private abstract static class SyncTaskExecutorBase implements TaskExecutor {
        @Override
        public <T> void execute(Callable<T> work, Consumer<T> ok,
                                Consumer<Throwable> failed) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void shutdown() {
        }
    }

    private static TrackedTask task(String id, SubmissionState state) {
        return new TrackedTask(id, Submission.ofUrl("idx", null, "https://a.test/" + id + ".mp4"), state, null, null,
                null, Instant.EPOCH, Map.of(), 0, 0);
    }

    @Test
    void batchesWaitingForTheUiAreMergedIntoOneUpdate() {
        QueuedUi ui = new QueuedUi();
        List<List<TrackedTask>> applied = new ArrayList<>();
        List<List<String>> removed = new ArrayList<>();
        List<TrackerHealth> healths = new ArrayList<>();
        TrackerBridge bridge = new TrackerBridge(ui, (c, r, h) -> {
            applied.add(c);
            removed.add(r);
            healths.add(h);
        });

        bridge.onBatch(List.of(task("a", SubmissionState.QUEUED), task("b", SubmissionState.QUEUED)), List.of(),
                new TrackerHealth(null, null, 2));
        bridge.onBatch(List.of(task("a", SubmissionState.SENDING)), List.of("b"), new TrackerHealth("trouble", null, 1));
        bridge.onBatch(List.of(task("c", SubmissionState.QUEUED)), List.of(), new TrackerHealth(null, null, 2));

        assertEquals(1, ui.pending.size());
        ui.pending.poll().run();

        assertEquals(1, applied.size());
        assertEquals(List.of("a", "c"), applied.get(0).stream().map(TrackedTask::localId).toList());
        assertEquals(SubmissionState.SENDING, applied.get(0).get(0).state());
        assertEquals(List.of("b"), removed.get(0));
        assertEquals(2, healths.get(0).inFlight());

        bridge.onBatch(List.of(task("a", SubmissionState.SENT)), List.of(), null);
        assertEquals(1, ui.pending.size());
    }
}
