package io.reeldrop.api;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.HttpEntityWrapper;

/**
 * A request body that tells {@link UploadProgress} how far it got and remembers when it last
 * moved, so the deadline guard can tell a slow but live upload from a stalled one. The bytes
 * flow straight from the wrapped entity (a file part streams from disk) to the socket.
 */
final class ProgressEntity extends HttpEntityWrapper {

    /** Report at most every this many bytes: a 2 GB file would otherwise mean 500,000 calls. */
    private static final long REPORT_STEP = 256 * 1024;

    private final UploadProgress progress;
    private volatile long lastWriteNanos = System.nanoTime();
    private volatile long sentBytes;
    private volatile long startedNanos;
    private volatile boolean started;
    private volatile boolean finished;
    private volatile long finishedNanos;

    ProgressEntity(HttpEntity wrapped, UploadProgress progress) {
        super(wrapped);
        this.progress = progress;
    }

    @Override
    public void writeTo(OutputStream out) throws IOException {
        startedNanos = System.nanoTime();
        started = true;
        long total = getContentLength();
        CountingStream counting = new CountingStream(out, total);
        super.writeTo(counting);
        counting.flush();
        progress.bytesSent(counting.sent, total);
        finishedNanos = System.nanoTime();
        finished = true;
    }

    boolean uploading() {
        return started && !finished;
    }

    long lastWriteNanos() {
        return lastWriteNanos;
    }

    /** Bytes handed to the socket so far in this attempt. */
    long sentBytes() {
        return sentBytes;
    }

    long startedNanos() {
        return startedNanos;
    }

    boolean finished() {
        return finished;
    }

    long finishedNanos() {
        return finishedNanos;
    }

    private final class CountingStream extends FilterOutputStream {
        private final long total;
        private long sent;
        private long reported;

        CountingStream(OutputStream out, long total) {
            super(out);
            this.total = total;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            advance(1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            advance(len);
        }

        private void advance(long n) {
            sent += n;
            sentBytes = sent;
            lastWriteNanos = System.nanoTime();
            if (sent - reported >= REPORT_STEP) {
                reported = sent;
                progress.bytesSent(sent, total);
            }
        }
    }
}
