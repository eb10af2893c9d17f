package io.reeldrop.tracking;

import io.reeldrop.tracking.store.HistoryDocument;
import io.reeldrop.tracking.store.HistoryEntry;
import io.reeldrop.tracking.store.HistoryStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * Writes the history: {@link #record} when a change must be on disk before the engine goes on
 * (before a POST: one fsynced journal line per entry), {@link #saveSoon()} for the rest, and
 * {@link #saveNow()} for a full write.
 *
 * <p>Full writes are group-committed: callers that ask while a write is under way are served by
 * the next single write.
 */
final class HistorySaver {

    private static final Logger LOG = Logger.getLogger(HistorySaver.class.getName());
    static final Duration SOON = Duration.ofMillis(500);

    private final HistoryStore store;
    private final Supplier<HistoryDocument> snapshot;
    private final Function<String, HistoryEntry> lookup;
    private final EngineExecutor executor;
    private final Object writeLock = new Object();
    private long requested;
    private long written;
    private boolean soonScheduled;
    private volatile boolean stopped;
    private long writes;
    private long lastWriteNanos;

    HistorySaver(HistoryStore store, Supplier<HistoryDocument> snapshot,
                 Function<String, HistoryEntry> lookup, EngineExecutor executor) {
        this.store = store;
        this.snapshot = snapshot;
        this.lookup = lookup;
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
                        new IOException("closed"));
            }
            long start = System.nanoTime();
            store.save(snapshot);
            synchronized (this) {
                written = Math.max(written, target);
                writes++;
                lastWriteNanos = System.nanoTime() - start;
            }
        }
    }

    /**
     * Makes the current state of these entries durable before returning (journal lines), and
     * plans a full write to fold them in.
     *
     * @throws UncheckedIOException when the disk refuses, or the engine is closing
     */
    void record(Collection<String> localIds) {
        if (stopped) {
            throw new UncheckedIOException("The engine is closing; nothing more is written.",
                    new IOException("closed"));
        }
        List<HistoryEntry> entries = new ArrayList<>();
        for (String id : localIds) {
            HistoryEntry e = lookup.apply(id);
            if (e != null) {
                entries.add(e);
            }
        }
        store.append(entries);
        saveSoon();
    }

    void saveSoon() {
        synchronized (this) {
            if (soonScheduled) {
                return;
            }
            soonScheduled = true;
        }
        // A large history takes long to write: space the background writes so they stay a small
        // share of the time (a status lost in a crash is simply fetched again).
        Duration wait;
        synchronized (this) {
            Duration proportional = Duration.ofNanos(lastWriteNanos * 10);
            wait = proportional.compareTo(SOON) > 0 ? proportional : SOON;
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
        }, wait);
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
