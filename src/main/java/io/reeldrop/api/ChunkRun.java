package io.reeldrop.api;

import java.nio.channels.FileChannel;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One pass of a {@link MultipartUploader} over a set of chunks: up to {@code parallelism} PUTs at
 * once on worker threads, while this thread reports the stored ones in batches. The first chunk
 * that cannot be stored ends the pass; the others are abandoned (the API keeps what was stored).
 */
final class ChunkRun {

    /** What every pass of one upload sent, for its result. */
    static final class Totals {
        private final AtomicInteger chunks = new AtomicInteger();
        private final AtomicLong bytes = new AtomicLong();

        int chunks() {
            return chunks.get();
        }

        long bytes() {
            return bytes.get();
        }
    }

    private static final AtomicInteger THREADS = new AtomicInteger();

    private final AssetsApi api;
    private final MultipartUpload session;
    private final FileChannel channel;
    private final Map<Integer, ChunkUrl> urls;
    private final AtomicLong sent;
    private final UploadProgress progress;
    private final Totals totals;
    private final UploadListener listener;
    private boolean stopped;

    ChunkRun(AssetsApi api, MultipartUpload session, FileChannel channel, Map<Integer, ChunkUrl> urls, AtomicLong sent,
             UploadProgress progress, Totals totals, UploadListener listener) {
        this.api = api;
        this.session = session;
        this.channel = channel;
        this.urls = urls;
        this.sent = sent;
        this.progress = progress;
        this.totals = totals;
        this.listener = listener;
    }

    /** True when the listener ended this pass before every chunk was sent. */
    boolean stopped() {
        return stopped;
    }

    private boolean mayStart() {
        if (!listener.keepGoing()) {
            stopped = true;
        }
        return !stopped;
    }

    /** Sends and reports every chunk of {@code chunks}; returns the last report, or null when none was made. */
    ChunkReport sendAll(List<Integer> chunks, int parallelism, int reportBatch) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(parallelism, chunks.size()), r -> {
            Thread t = new Thread(r, "reeldrop-chunk-" + THREADS.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        CompletionService<CompletedChunk> done = new ExecutorCompletionService<>(pool);
        Iterator<Integer> next = chunks.iterator();
        int inFlight = 0;
        List<CompletedChunk> batch = new ArrayList<>();
        ChunkReport last = null;
        try {
            for (; inFlight < parallelism && next.hasNext() && mayStart(); inFlight++) {
                int index = next.next();
                done.submit(() -> sendOne(index));
            }
            while (inFlight > 0) {
                CompletedChunk chunk;
                try {
                    chunk = result(done.take());
                } catch (RuntimeException failed) {
                    reportBeforeFailing(batch, failed);
                    throw failed;
                }
                inFlight--;
                listener.stored(chunk);
                if (next.hasNext() && mayStart()) {
                    int index = next.next();
                    done.submit(() -> sendOne(index));
                    inFlight++;
                }
                batch.add(chunk);
                if (batch.size() >= reportBatch) {
                    last = report(batch);
                    batch = new ArrayList<>();
                }
            }
            if (!batch.isEmpty()) {
                last = report(batch);
            }
            return last;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(ApiException.Kind.NETWORK, "The upload of " + session.uploadId() + " was cancelled. "
                    + "The API keeps the chunks already stored for 24 hours, so the upload can be resumed.", 0, null,
                    null, null, "PUT of chunks of upload " + session.uploadId(), e);
        } finally {
            pool.shutdownNow();
        }
    }

    private ChunkReport report(List<CompletedChunk> batch) {
        ChunkReport r = api.reportChunks(session.uploadId(), batch);
        listener.reported(batch, r.totalCompleted());
        return r;
    }

    /** Chunks stored but not yet reported are reported still, so a resume need not send them again. */
    private void reportBeforeFailing(List<CompletedChunk> batch, RuntimeException failure) {
        if (batch.isEmpty()) {
            return;
        }
        try {
            report(batch);
        } catch (RuntimeException alsoFailed) {
            failure.addSuppressed(alsoFailed);
        }
    }

    private static CompletedChunk result(Future<CompletedChunk> future) throws InterruptedException {
        try {
            return future.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** PUTs one chunk, with fresh URLs while the store refuses them, up to {@link MultipartUploader#MAX_URL_REFRESHES}. */
    private CompletedChunk sendOne(int index) {
        long offset = session.offsetOf(index);
        long length = session.lengthOf(index);
        ChunkPutResult.UrlRefused refused = null;
        ChunkUrl url = null;
        for (int refresh = 0; refresh <= MultipartUploader.MAX_URL_REFRESHES; refresh++) {
            url = urlFor(index);
            AttemptProgress attempt = new AttemptProgress();
            ChunkPutResult result = api.putChunk(url, channel, offset, length, session.uploadHeaders(), attempt);
            if (result instanceof ChunkPutResult.Stored stored) {
                urls.remove(index, url); // single use: a later pass over this chunk needs a fresh one
                totals.chunks.incrementAndGet();
                totals.bytes.addAndGet(length);
                return stored.chunk();
            }
            attempt.undo();
            refused = (ChunkPutResult.UrlRefused) result;
            urls.remove(index, url);
        }
        throw new ApiException(ApiException.Kind.API_ERROR, refused.reason() + " It was refused "
                + (MultipartUploader.MAX_URL_REFRESHES + 1) + " times, with fresh URLs each time. Check that this "
                + "computer's clock is right, then resume the upload.", refused.httpStatus(), refused.storeCode(), null,
                null, ChunkFailures.display(url), null);
    }

    /**
     * A usable URL for chunk {@code index}: the one held, or a fresh batch for the run of chunks
     * from {@code index} that have none. Only chunks without a URL get one, so no URL another
     * thread is sending to is replaced.
     */
    private ChunkUrl urlFor(int index) {
        ChunkUrl held = urls.get(index);
        if (held != null && !MultipartUploader.stale(held)) {
            return held;
        }
        synchronized (urls) {
            held = urls.get(index);
            if (held != null && !MultipartUploader.stale(held)) {
                return held;
            }
            int count = 1;
            while (count < 50 && index + count <= session.totalChunks() && lacksUrl(index + count)) {
                count++;
            }
            for (ChunkUrl fresh : api.presignedUrls(session.uploadId(), index, count)) {
                if (fresh.chunkIndex() >= index && fresh.chunkIndex() < index + count
                        && (fresh.chunkIndex() == index || lacksUrl(fresh.chunkIndex()))) {
                    urls.put(fresh.chunkIndex(), fresh);
                }
            }
            ChunkUrl url = urls.get(index);
            if (url == null || url == held) {
                throw new ApiException(ApiException.Kind.INVALID_RESPONSE, "POST /assets/multipart-uploads/"
                        + session.uploadId() + "/presigned-urls returned no URL for chunk " + index + ", which it was "
                        + "asked for. Resume the upload later; if it keeps happening, the API may have changed.", 200,
                        null, null, null, "POST /assets/multipart-uploads/" + session.uploadId() + "/presigned-urls",
                        null);
            }
            return url;
        }
    }

    private boolean lacksUrl(int index) {
        ChunkUrl url = urls.get(index);
        return url == null || MultipartUploader.stale(url);
    }

    /** Adds one attempt's bytes to the upload's total, and takes them back when the attempt is refused. */
    private final class AttemptProgress implements UploadProgress {
        private long counted;

        @Override
        public void bytesSent(long attemptSent, long attemptTotal) {
            long delta = attemptSent - counted;
            counted = attemptSent;
            progress.bytesSent(sent.addAndGet(delta), session.totalSize());
        }

        void undo() {
            if (counted > 0) {
                progress.bytesSent(sent.addAndGet(-counted), session.totalSize());
                counted = 0;
            }
        }
    }
}
