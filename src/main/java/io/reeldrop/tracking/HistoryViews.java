package io.reeldrop.tracking;

import io.reeldrop.tracking.eta.EtaEstimator;
import io.reeldrop.tracking.store.HistoryDocument;
import io.reeldrop.tracking.store.HistoryEntry;
import io.reeldrop.tracking.store.HistoryStore;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * The history without a running engine, for commands that need no API: the same rows the
 * engine shows (through {@link TaskBook}'s view) and the same rule for forgetting.
 */
public final class HistoryViews {

    private HistoryViews() {
    }

    /** Every task, newest first, with what loading had to say. */
    public record Listing(List<TrackedTask> tasks, List<String> warnings) {
    }

    /**
     * Reads the history without the lock and without changing anything on disk, so it works while
     * the window runs; a damaged file is reported in the warnings, not repaired.
     */
    public static Listing read(Path dataFolder, Clock clock) {
        HistoryStore.Loaded loaded = new HistoryStore(dataFolder).loadReadOnly();
        return new Listing(book(loaded.document(), clock).snapshot(), loaded.warnings());
    }

    /**
     * Removes a task from the history (not from the server), under the history's lock, refusing
     * as the engine does what may be on the wire.
     *
     * @param idOrPrefix local id, task id or a unique prefix of either
     * @return the task as it was before it was forgotten
     * @throws IllegalArgumentException when no task, or more than one, matches
     * @throws IllegalStateException when the task may be on the wire
     * @throws io.reeldrop.tracking.store.HistoryException when another process holds the history
     */
    public static TrackedTask forget(Path dataFolder, String idOrPrefix, Clock clock) {
        HistoryStore store = new HistoryStore(dataFolder);
        HistoryStore.Lock lock = store.lockExclusive();
        try {
            HistoryDocument doc = store.load().document();
            TaskBook book = book(doc, clock);
            HistoryEntry target = book.find(idOrPrefix);
            if (target == null) {
                throw new IllegalArgumentException("No task matches \"" + idOrPrefix + "\" (or more than one does)."
                        + " Run 'list' to see the ids.");
            }
            String refusal = ForgetRule.refusal(target);
            if (refusal != null) {
                throw new IllegalStateException(refusal);
            }
            TrackedTask before = book.view(target);
            book.removeQuietly(target.localId());
            store.save(book.document());
            return before;
        } finally {
            lock.close();
        }
    }

    private static TaskBook book(HistoryDocument doc, Clock clock) {
        // The profile only decides which entries are polled, and nothing is polled here.
        return new TaskBook(doc, Profile.SANDBOX, new EtaEstimator(doc.etaRatios()), clock);
    }
}
