package io.reeldrop.tracking;

import io.reeldrop.tracking.store.HistoryDocument;
import io.reeldrop.tracking.store.HistoryStore;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * Writes the history: {@link #saveNow()} when a change must be on disk before the engine goes
 * on (before a POST), {@link #saveSoon()} for the rest.
 *
 * <p>Saves are group-committed: callers that ask while a write is under way are served by the
 * next single write, so four senders cost about one write, not four.
 */
final class HistorySaver {

    private static final Logger LOG = Logger.getLogger(HistorySaver.class.getName());
    static final Duration SOON = Duration.ofMillis(500);

    private final HistoryStore store;
    private final Supplier<HistoryDocument> snapshot;
    private final EngineExecutor executor;
    private final Object writeLock = new Object();
    private long requested;
    private long written;
    private boolean soonScheduled;
    private volatile boolean stopped;
    private long writes;

    HistorySaver(HistoryStore store, Supplier<HistoryDocument> snapshot, EngineExecutor executor) {
        this.store = store;
        this.snapshot = snapshot;
        this.executor = executor;
    }

    /**
     * Returns once every change made before the call is on disk.
     *
     * @throws UncheckedIOException when the disk refuses; the message says what to do
     */
    void saveNow() {
        long mine;
        synchronized (this) {
            mine = ++requested;
        }
        synchronized (writeLock) {
            long target;
            synchronized (this) {
                if (written >= mine) {
                    return;
                }
                target = requested;
            }
            if (stopped) {
                throw new UncheckedIOException("The engine is closing; nothing more is written.",
                        new java.io.IOException("closed"));
            }
            store.save(snapshot.get());
            synchronized (this) {
                written = Math.max(written, target);
                writes++;
            }
        }
    }

    void saveSoon() {
        synchronized (this) {
            if (soonScheduled) {
                return;
            }
            soonScheduled = true;
        }
        executor.schedule(() -> {
            synchronized (this) {
                soonScheduled = false;
            }
            try {
                if (!stopped) {
                    saveNow();
                }
            } catch (UncheckedIOException e) {
                LOG.warning(e.getMessage());
            }
        }, SOON);
    }

    /** The last write on close; later calls do nothing, so a dying engine cannot overwrite a newer one. */
    void finalSave() {
        try {
            saveNow();
        } finally {
            stopped = true;
        }
    }

    /** Stops all writing without a last save, as a crash would. */
    void abandon() {
        stopped = true;
    }

    synchronized long writes() {
        return writes;
    }
}
