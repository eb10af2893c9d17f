package io.reeldrop.cli;

import io.reeldrop.tracking.TrackedTask;
import io.reeldrop.tracking.TaskTracker;
import io.reeldrop.tracking.TrackerHealth;
import io.reeldrop.tracking.TrackerListener;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * Prints one JSON line each time a followed task changes in a way worth telling, and waits
 * until every followed task satisfies {@code done}, but never forever: it also stops after the
 * {@code --timeout}, and once the API has been out of reach for {@link #UNREACHABLE_LIMIT}, so a
 * script gets a sentence and an exit code instead of a hang. Tasks whose outcome is unknown stay
 * in the history and are settled the next time ReelDrop runs.
 */
final class Follow implements TrackerListener {

    private final TaskTracker tracker;
    private final Set<String> ids;
    private final PrintStream out;
    private final Predicate<TrackedTask> done;
    private final Map<String, String> printed = new HashMap<>();
    private final Map<String, TrackedTask> latest = new HashMap<>();
    private final CountDownLatch finished = new CountDownLatch(1);
    /** When the engine's connection trouble began; null while all is well. */
    private Instant troubleSince;
    private String trouble;

    /** How long the API may stay out of reach before waiting stops. */
    static final Duration UNREACHABLE_LIMIT = Duration.ofMinutes(1);
    private static final Duration CHECK_EVERY = Duration.ofMillis(250);

    /** Why the wait ended, and the tasks as they were then. */
    record Outcome(List<TrackedTask> tasks, String stoppedBecause) {
        boolean complete() {
            return stoppedBecause == null;
        }
    }

    Follow(TaskTracker tracker, Set<String> ids, PrintStream out, Predicate<TrackedTask> done) {
        this.tracker = tracker;
        this.ids = new LinkedHashSet<>(ids);
        this.out = out;
        this.done = done;
    }

    /** Prints the current state, then every change, until all are done; returns their last state. */
    List<TrackedTask> await() throws InterruptedException {
        return await(null).tasks();
    }

    /**
     * As {@link #await()}, stopping early at {@code timeout} (null: none) or when the API stays
     * out of reach.
     */
    Outcome await(Duration timeout) throws InterruptedException {
        Instant start = Instant.now();
        tracker.addListener(this);
        try {
            List<TrackedTask> now = new ArrayList<>();
            for (String id : ids) {
                TrackedTask t = tracker.find(id);
                if (t != null) {
                    now.add(t);
                }
            }
            onBatch(now, List.of(), tracker.health());
            String stopped = null;
            while (stopped == null && !finished.await(CHECK_EVERY.toMillis(), TimeUnit.MILLISECONDS)) {
                stopped = reasonToStop(start, timeout);
            }
            return new Outcome(lastStates(), stopped);
        } finally {
            tracker.removeListener(this);
        }
    }

    private synchronized List<TrackedTask> lastStates() {
        List<TrackedTask> result = new ArrayList<>();
        for (String id : ids) {
            result.add(latest.get(id));
        }
        return result;
    }

    private synchronized String reasonToStop(Instant start, Duration timeout) {
        Instant now = Instant.now();
        long waiting = ids.size() - latest.values().stream().filter(done).count();
        if (timeout != null && !now.isBefore(start.plus(timeout))) {
            return "Stopped waiting after " + timeout.toSeconds() + " s (--timeout) with " + waiting + " task(s) not"
                    + " done yet; they stay in the history, and 'reeldrop watch' follows them again.";
        }
        if (troubleSince != null && !now.isBefore(troubleSince.plus(UNREACHABLE_LIMIT))) {
            return trouble + " ReelDrop stopped waiting after " + UNREACHABLE_LIMIT.toSeconds() + " s of this; "
                    + waiting + " task(s) stay in the history and are checked again the next time it runs.";
        }
        return null;
    }

    @Override
    public synchronized void onBatch(List<TrackedTask> changed, List<String> removedLocalIds, TrackerHealth health) {
        if (health != null) {
            String now = health.connectionTrouble();
            if (now == null) {
                troubleSince = null;
            } else if (troubleSince == null) {
                troubleSince = Instant.now();
            }
            trouble = now;
        }
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
