package io.reeldrop.tracking;

import io.reeldrop.tracking.model.SubmissionState;
import io.reeldrop.tracking.store.HistoryEntry;
import io.reeldrop.tracking.upload.UploadPacer;
import java.time.Clock;
import java.time.Instant;

/** The engine's {@link UploadControl}: the pacer's flags, and the entries' PAUSED state on disk. */
final class UploadControls implements UploadControl {

    private final TaskBook book;
    private final HistorySaver saver;
    private final Sender sender;
    private final UploadPacer pacer;
    private final Object lock;
    private final Clock clock;

    UploadControls(TaskBook book, HistorySaver saver, Sender sender, UploadPacer pacer, Object intakeLock,
                   Clock clock) {
        this.book = book;
        this.saver = saver;
        this.sender = sender;
        this.pacer = pacer;
        this.lock = intakeLock;
        this.clock = clock;
    }

    @Override
    public void pause(String localId) {
        pacer.pause(localId);
        Instant now = clock.instant();
        synchronized (lock) {
            // A waiting entry pauses at once; an uploading one when its chunks under way are in.
            book.update(localId, e -> e.state() == SubmissionState.QUEUED
                    ? e.withState(SubmissionState.PAUSED, null).logged(now, "Paused") : e);
        }
        saver.saveSoon();
    }

    @Override
    public void resume(String localId) {
        pacer.resume(localId);
        Instant now = clock.instant();
        boolean[] resumed = {false};
        synchronized (lock) {
            book.update(localId, e -> {
                resumed[0] = e.state() == SubmissionState.PAUSED;
                return resumed[0] ? e.withState(SubmissionState.QUEUED, null).logged(now, "Resumed") : e;
            });
        }
        if (resumed[0]) {
            saver.saveSoon();
            sender.enqueue(localId);
        }
    }

    @Override
    public void pauseAll() {
        pacer.pauseAll(true);
        for (HistoryEntry e : book.ours(x -> x.state() == SubmissionState.QUEUED)) {
            pause(e.localId());
        }
    }

    @Override
    public void resumeAll() {
        pacer.pauseAll(false);
        for (HistoryEntry e : book.ours(x -> x.state() == SubmissionState.PAUSED)) {
            resume(e.localId());
        }
    }

    @Override
    public boolean allPaused() {
        return pacer.allPaused();
    }

    @Override
    public void setLimit(long bytesPerSecond) {
        pacer.setLimit(bytesPerSecond);
    }

    @Override
    public long limit() {
        return pacer.limit();
    }

    @Override
    public boolean canPause(TrackedTask t) {
        return t.state() == SubmissionState.QUEUED || t.state() == SubmissionState.UPLOADING;
    }
}
