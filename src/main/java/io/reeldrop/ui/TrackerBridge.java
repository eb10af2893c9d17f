package io.reeldrop.ui;

import io.reeldrop.ui.support.TaskExecutor;
import io.reeldrop.tracking.TrackedTask;
import io.reeldrop.tracking.TrackerHealth;
import io.reeldrop.tracking.TrackerListener;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Carries engine batches to the UI thread. Batches that arrive while the UI is still busy
 * with the previous one are merged (latest version of each task wins), so there is at most one
 * pending UI update at any time however fast the engine talks.
 */
public final class TrackerBridge implements TrackerListener {

    /** Receives merged batches on the UI thread. */
    public interface Sink {
        void apply(List<TrackedTask> changed, List<String> removedLocalIds, TrackerHealth health);
    }

    private final TaskExecutor executor;
    private final Sink sink;
    private final Object lock = new Object();
    private Map<String, TrackedTask> changed = new LinkedHashMap<>();
    private Set<String> removed = new LinkedHashSet<>();
    private TrackerHealth health;
    private boolean scheduled;

    public TrackerBridge(TaskExecutor executor, Sink sink) {
        this.executor = executor;
        this.sink = sink;
    }

    @Override
    public void onBatch(List<TrackedTask> batchChanged, List<String> batchRemoved, TrackerHealth batchHealth) {
        boolean schedule;
        synchronized (lock) {
            for (TrackedTask t : batchChanged) {
                changed.put(t.localId(), t);
                removed.remove(t.localId());
            }
            for (String id : batchRemoved) {
                changed.remove(id);
                removed.add(id);
            }
            if (batchHealth != null) {
                health = batchHealth;
            }
            schedule = !scheduled;
            scheduled = true;
        }
        if (schedule) {
            executor.runOnUi(this::drain);
        }
    }

    private void drain() {
        List<TrackedTask> c;
        List<String> r;
        TrackerHealth h;
        synchronized (lock) {
            c = new ArrayList<>(changed.values());
            r = new ArrayList<>(removed);
            h = health;
            changed = new LinkedHashMap<>();
            removed = new LinkedHashSet<>();
            scheduled = false;
        }
        sink.apply(c, r, h);
    }
}
