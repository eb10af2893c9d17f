package io.reeldrop.api;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;

/**
 * Aborts one attempt when the call's deadline passes, wherever the attempt is: connecting,
 * sending, or reading a body that trickles in. A file upload that is still moving is let run
 * (a 2 GB upload takes longer than any sensible call deadline), as long as each stretch of the
 * response timeout carries at least {@link #MIN_UPLOAD_BYTES_PER_SECOND} on average; one that
 * stopped or trickles below that is aborted, and once it is sent the server has the response
 * timeout to answer.
 */
final class DeadlineGuard implements AutoCloseable {

    /**
     * The slowest upload let outlive the call deadline: 1 KiB/s (a 2 GB file would take 24 days).
     * Below it a server that reads a byte now and then, or a link that is all but dead, would
     * hold the call, its connection and the POST's outcome open for ever.
     */
    static final long MIN_UPLOAD_BYTES_PER_SECOND = 1024;

    private final ScheduledExecutorService timer;
    private final HttpUriRequestBase request;
    private final ProgressEntity upload;
    private final Duration stallLimit;
    private volatile ScheduledFuture<?> pending;
    private volatile boolean fired;
    private volatile boolean stalledUpload;
    private volatile boolean closed;
    /** Guarded by being called only from the timer's one thread: where the last look found the upload. */
    private long lookedAtNanos;
    private long lookedAtBytes;

    DeadlineGuard(ScheduledExecutorService timer, HttpUriRequestBase request, Duration remaining, Duration stallLimit) {
        this.timer = timer;
        this.request = request;
        this.upload = request.getEntity() instanceof ProgressEntity p ? p : null;
        this.stallLimit = stallLimit;
        schedule(remaining.toNanos());
    }

    private void schedule(long nanos) {
        pending = timer.schedule(this::check, Math.max(0, nanos), TimeUnit.NANOSECONDS);
    }

    private void check() {
        if (closed) {
            return;
        }
        if (upload != null) {
            // While bytes move fast enough, wait; once the last byte is out, give the server the
            // response timeout to answer, as a call without a body would have had.
            long now = System.nanoTime();
            boolean moving = upload.uploading();
            if (moving && movedEnough(now)) {
                schedule(stallLimit.toNanos());
                return;
            }
            if (!moving && upload.finished()) {
                long quiet = now - upload.finishedNanos();
                if (quiet < stallLimit.toNanos()) {
                    schedule(stallLimit.toNanos() - quiet);
                    return;
                }
            }
            stalledUpload = moving;
        }
        fired = true;
        request.cancel();
    }

    /**
     * Whether the upload moved since the last look (or its start) at the floor rate, and at all
     * within the response timeout.
     */
    private boolean movedEnough(long now) {
        long since = lookedAtNanos == 0 ? upload.startedNanos() : lookedAtNanos;
        long sent = upload.sentBytes();
        long moved = sent - lookedAtBytes;
        lookedAtNanos = now;
        lookedAtBytes = sent;
        long needed = Math.max(1, MIN_UPLOAD_BYTES_PER_SECOND * Math.max(0, now - since) / 1_000_000_000L);
        return moved >= needed && now - upload.lastWriteNanos() < stallLimit.toNanos();
    }

    /** True when this guard aborted the attempt. */
    boolean fired() {
        return fired;
    }

    /** True when this guard aborted an upload that had stopped moving. */
    boolean stalledUpload() {
        return stalledUpload;
    }

    @Override
    public void close() {
        closed = true;
        ScheduledFuture<?> p = pending;
        if (p != null) {
            p.cancel(false);
        }
    }
}
