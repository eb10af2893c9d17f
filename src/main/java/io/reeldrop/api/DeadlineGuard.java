package io.reeldrop.api;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;

/**
 * Aborts one attempt when the call's deadline passes, wherever the attempt is: connecting,
 * sending, or reading a body that trickles in. A file upload that is still moving is let run
 * (a 2 GB upload takes longer than any sensible call deadline); one that has not moved for the
 * response timeout is aborted, and once it is sent the server has the response timeout to answer.
 */
final class DeadlineGuard implements AutoCloseable {

    private final ScheduledExecutorService timer;
    private final HttpUriRequestBase request;
    private final ProgressEntity upload;
    private final Duration stallLimit;
    private volatile ScheduledFuture<?> pending;
    private volatile boolean fired;
    private volatile boolean stalledUpload;
    private volatile boolean closed;

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
            // While bytes move, wait; once the last byte is out, give the server the response
            // timeout to answer, as a call without a body would have had.
            long now = System.nanoTime();
            boolean moving = upload.uploading();
            if (moving || upload.finished()) {
                long quiet = now - (moving ? upload.lastWriteNanos() : upload.finishedNanos());
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
