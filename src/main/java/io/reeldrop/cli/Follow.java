package io.reeldrop.cli;

import io.reeldrop.tracking.TrackedTask;
import io.reeldrop.tracking.TaskTracker;
import io.reeldrop.tracking.TrackerHealth;
import io.reeldrop.tracking.TrackerListener;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.function.Predicate;

/**
 * Prints one JSON line each time a followed task changes in a way worth telling, and waits
 * until every followed task satisfies {@code done}.
 */
final class Follow implements TrackerListener {

    private final TaskTracker tracker;
    private final Set<String> ids;
    private final PrintStream out;
    private final Predicate<TrackedTask> done;
    private final Map<String, String> printed = new HashMap<>();
    private final Map<String, TrackedTask> latest = new HashMap<>();
    private final CountDownLatch finished = new CountDownLatch(1);

    Follow(TaskTracker tracker, Set<String> ids, PrintStream out, Predicate<TrackedTask> done) {
        this.tracker = tracker;
        this.ids = new LinkedHashSet<>(ids);
        this.out = out;
        this.done = done;
    }

    /** Prints the current state, then every change, until all are done; returns their last state. */
    List<TrackedTask> await() throws InterruptedException {
        tracker.addListener(this);
        try {
            List<TrackedTask> now = new ArrayList<>();
            for (String id : ids) {
                TrackedTask t = tracker.find(id);
                if (t != null) {
                    now.add(t);
                }
            }
            onBatch(now, List.of(), null);
            finished.await();
        } finally {
            tracker.removeListener(this);
        }
        synchronized (this) {
            List<TrackedTask> result = new ArrayList<>();
            for (String id : ids) {
                result.add(latest.get(id));
            }
            return result;
        }
    }

    @Override
    public synchronized void onBatch(List<TrackedTask> changed, List<String> removedLocalIds, TrackerHealth health) {
        for (TrackedTask t : changed) {
            if (!ids.contains(t.localId())) {
                continue;
            }
            latest.put(t.localId(), t);
            String signature = TaskLines.signature(t);
            if (!signature.equals(printed.get(t.localId()))) {
                printed.put(t.localId(), signature);
                out.println(TaskLines.line(t));
                out.flush();
            }
        }
        for (String gone : removedLocalIds) {
            if (ids.remove(gone)) {
                latest.remove(gone);
            }
        }
        if (latest.keySet().containsAll(ids) && latest.values().stream().allMatch(done)) {
            finished.countDown();
        }
    }
}
