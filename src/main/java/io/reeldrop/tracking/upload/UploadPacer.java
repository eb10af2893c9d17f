package io.reeldrop.tracking.upload;

import io.reeldrop.api.UploadProgress;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Paces every upload of the engine under one bandwidth cap, and holds who is paused. The cap is
 * a token bucket over all uploads together (a person caps the line, not each file); pacing
 * happens in the sending threads' progress callbacks, so the bytes wait in the file, never in
 * memory. Pausing stops an upload from starting new chunks; the chunks under way are finished
 * and recorded, so nothing sent is thrown away.
 */
public final class UploadPacer {

    /** Below this a chunk would take so long that the upload looks stalled to the client. */
    public static final long MIN_BYTES_PER_SECOND = 100 * 1024;
    /** A short burst is allowed, so pacing does not add a wait to every small write. */
    private static final long BURST_NANOS = TimeUnit.MILLISECONDS.toNanos(250);

    private final Set<String> paused = ConcurrentHashMap.newKeySet();
    private volatile boolean allPaused;
    private long bytesPerSecond;
    private long nextFreeNanos = System.nanoTime();

    /**
     * Caps all uploads together at {@code rate} bytes a second; 0 lifts the cap.
     *
     * @throws IllegalArgumentException below {@link #MIN_BYTES_PER_SECOND}, with a sentence
     */
    public synchronized void setLimit(long rate) {
        if (rate != 0 && rate < MIN_BYTES_PER_SECOND) {
            throw new IllegalArgumentException("The upload limit must be at least 100 KB/s (or none); "
                    + rate / 1024 + " KB/s would make each chunk look stalled.");
        }
        bytesPerSecond = Math.max(0, rate);
        nextFreeNanos = System.nanoTime();
    }

    public synchronized long limit() {
        return bytesPerSecond;
    }

    public void pause(String localId) {
        paused.add(localId);
    }

    public void resume(String localId) {
        paused.remove(localId);
    }

    public void pauseAll(boolean pause) {
        allPaused = pause;
    }

    public boolean allPaused() {
        return allPaused;
    }

    public boolean isPaused(String localId) {
        return allPaused || paused.contains(localId);
    }

    /** A progress listener that forwards to {@code inner} and holds the thread to keep under the cap. */
    UploadProgress paced(UploadProgress inner) {
        return new UploadProgress() {
            private long last;

            @Override
            public void bytesSent(long sent, long total) {
                long delta;
                synchronized (this) {
                    delta = sent - last;
                    last = sent;
                }
                inner.bytesSent(sent, total);
                if (delta > 0) {
                    waitFor(delta);
                }
            }
        };
    }

    private void waitFor(long bytes) {
        long wait = reserve(bytes);
        while (wait > 0) {
            long before = System.nanoTime();
            LockSupport.parkNanos(wait);
            wait -= System.nanoTime() - before;
        }
    }

    private synchronized long reserve(long bytes) {
        if (bytesPerSecond == 0) {
            return 0;
        }
        long now = System.nanoTime();
        if (nextFreeNanos < now - BURST_NANOS) {
            nextFreeNanos = now - BURST_NANOS;
        }
        long wait = nextFreeNanos - now;
        nextFreeNanos += bytes * 1_000_000_000L / bytesPerSecond;
        return Math.max(0, wait);
    }
}
