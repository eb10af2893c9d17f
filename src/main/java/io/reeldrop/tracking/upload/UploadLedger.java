package io.reeldrop.tracking.upload;

import io.reeldrop.api.Task;
import io.reeldrop.tracking.store.HistoryEntry;
import java.util.function.UnaryOperator;

/** What the upload stage needs of the engine's history: read, change, make durable, publish progress. */
public interface UploadLedger {

    /** The entry as it is now; null when it was forgotten. */
    HistoryEntry get(String localId);

    /** Applies a change in memory and tells the listeners; returns the new entry, or null when gone. */
    HistoryEntry update(String localId, UnaryOperator<HistoryEntry> change);

    /**
     * Writes the entry to disk before returning (a journal line, fsynced): called before a paid
     * request goes out and after each chunk the store took.
     *
     * @throws java.io.UncheckedIOException when the disk refuses
     */
    void record(String localId);

    /** Writes the history soon; for changes a crash may lose without harm. */
    void saveSoon();

    /** Live bytes of an upload, for the row and the ETA; not written to disk. */
    void progress(String localId, long sent, long total);

    /**
     * Makes {@code job} (the indexed asset, seen as a task) the entry's indexing job, unless
     * another entry already tracks it; atomic.
     */
    boolean adopt(String localId, Task job, String logText);

    /** True when some entry already tracks the indexing job with this id. */
    boolean isClaimed(String jobId);

    /** The indexing job now exists: the engine starts following it. */
    void following(String localId);

    /** Puts a queued entry back in the engine's sending queue. */
    void requeue(String localId);

    /** True when an entry other than {@code localId} already holds this asset. */
    boolean assetClaimed(String assetId, String localId);
}
