package io.reeldrop.tracking;

import io.reeldrop.api.Task;
import io.reeldrop.tracking.store.HistoryEntry;
import io.reeldrop.tracking.upload.UploadLedger;
import java.util.List;
import java.util.function.UnaryOperator;

/** The engine's side of {@link UploadLedger}: the book, the saver, the queue and the monitor. */
final class EngineLedger implements UploadLedger {

    private final TaskBook book;
    private final HistorySaver saver;
    private Sender sender;
    private Monitor monitor;

    EngineLedger(TaskBook book, HistorySaver saver) {
        this.book = book;
        this.saver = saver;
    }

    void connect(Sender s, Monitor m) {
        this.sender = s;
        this.monitor = m;
    }

    @Override
    public HistoryEntry get(String localId) {
        return book.get(localId);
    }

    @Override
    public HistoryEntry update(String localId, UnaryOperator<HistoryEntry> change) {
        return book.update(localId, change);
    }

    @Override
    public void record(String localId) {
        saver.record(List.of(localId));
    }

    @Override
    public void saveSoon() {
        saver.saveSoon();
    }

    @Override
    public void progress(String localId, long sent, long total) {
        book.uploadProgress(localId, sent, total);
    }

    @Override
    public boolean adopt(String localId, Task job, String logText) {
        return book.adopt(localId, job, logText);
    }

    @Override
    public boolean isClaimed(String jobId) {
        return book.isClaimed(jobId);
    }

    @Override
    public void following(String localId) {
        saver.saveSoon();
        monitor.wake();
    }

    @Override
    public void requeue(String localId) {
        sender.enqueue(localId);
    }

    @Override
    public boolean assetClaimed(String assetId, String localId) {
        return !book.ours(e -> !e.localId().equals(localId) && e.upload() != null
                && assetId.equals(e.upload().assetId())).isEmpty();
    }
}
