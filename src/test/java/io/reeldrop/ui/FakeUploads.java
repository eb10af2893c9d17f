package io.reeldrop.ui;

import io.reeldrop.tracking.TrackedTask;
import io.reeldrop.tracking.UploadControl;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ConcurrentHashMap;

/** The upload controls of a {@link FakeTracker}: flags a test can read back. */
public final class FakeUploads implements UploadControl {

    public final Set<String> paused = ConcurrentHashMap.newKeySet();
    /** Every row resumed, in order. */
    public final List<String> resumed = new CopyOnWriteArrayList<>();
    private volatile boolean allPaused;
    private volatile long limit;

    @Override
    public void pause(String localId) {
        paused.add(localId);
    }

    @Override
    public void resume(String localId) {
        paused.remove(localId);
        resumed.add(localId);
    }

    @Override
    public void pauseAll() {
        allPaused = true;
    }

    @Override
    public void resumeAll() {
        allPaused = false;
    }

    @Override
    public boolean allPaused() {
        return allPaused;
    }

    @Override
    public void setLimit(long bytesPerSecond) {
        limit = bytesPerSecond;
    }

    @Override
    public long limit() {
        return limit;
    }

    @Override
    public boolean canPause(TrackedTask t) {
        return !t.isSettled() && t.task() == null;
    }
}
