package io.reeldrop.tracking;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Collects changes and hands them to listeners in batches, at most one batch per interval, so
 * a thousand status changes in a second cost the window ten updates, not a thousand.
 */
final class ChangeBus {

    private static final Logger LOG = Logger.getLogger(ChangeBus.class.getName());
    private final EngineExecutor executor;
    private final Duration interval;
    private final Function<String, TrackedTask> lookup;
    private final Supplier<TrackerHealth> health;
    private final List<TrackerListener> listeners = new CopyOnWriteArrayList<>();
    private final Object lock = new Object();
    private final Object delivery = new Object();
    private Set<String> changed = new LinkedHashSet<>();
    private Set<String> removed = new LinkedHashSet<>();
    private boolean healthChanged;
    private boolean scheduled;
    private Instant lastFlush = Instant.EPOCH;

    ChangeBus(EngineExecutor executor, Duration interval, Function<String, TrackedTask> lookup,
              Supplier<TrackerHealth> health) {
        this.executor = executor;
        this.interval = interval;
        this.lookup = lookup;
        this.health = health;
    }

    void addListener(TrackerListener l) {
        listeners.add(l);
    }

    void removeListener(TrackerListener l) {
        listeners.remove(l);
    }

    void changed(String localId) {
        synchronized (lock) {
            removed.remove(localId);
            changed.add(localId);
            scheduleFlush();
        }
    }

    void removed(String localId) {
        synchronized (lock) {
            changed.remove(localId);
            removed.add(localId);
            scheduleFlush();
        }
    }

    void healthChanged() {
        synchronized (lock) {
            healthChanged = true;
            scheduleFlush();
        }
    }

    private void scheduleFlush() {
        if (scheduled) {
            return;
        }
        scheduled = true;
        Duration wait = Duration.between(executor.clock().instant(), lastFlush.plus(interval));
        executor.schedule(this::flush, wait.isNegative() ? Duration.ZERO : wait);
    }

    /** Batches are delivered one at a time and in order, whatever thread runs them. */
    void flush() {
        synchronized (delivery) {
            deliver();
        }
    }

    private void deliver() {
        Set<String> ids;
        Set<String> gone;
        synchronized (lock) {
            ids = changed;
            gone = removed;
            changed = new LinkedHashSet<>();
            removed = new LinkedHashSet<>();
            healthChanged = false;
            lastFlush = executor.clock().instant();
            scheduled = false;
        }
        if (ids.isEmpty() && gone.isEmpty() && listeners.isEmpty()) {
            return;
        }
        List<TrackedTask> tasks = new ArrayList<>(ids.size());
        for (String id : ids) {
            TrackedTask t = lookup.apply(id);
            if (t != null) {
                tasks.add(t);
            }
        }
        List<TrackedTask> batch = List.copyOf(tasks);
        List<String> removedIds = List.copyOf(gone);
        TrackerHealth now = health.get();
        for (TrackerListener l : listeners) {
            try {
                l.onBatch(batch, removedIds, now);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "A tracker listener failed; the others still get the batch", e);
            }
        }
    }
}
