package io.reeldrop.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Sends a file through a multipart upload session: chunk PUTs straight from the file (several at
 * once), fresh URLs when one expires or is refused, reports of 1 to 50 chunks with their ETags,
 * and a last look at the session's status. Resuming asks the API which chunks it already has and
 * sends only the others, so an upload interrupted by a crash or a restart continues where it
 * stopped. Memory stays small whatever the file's size: one 64 KB buffer per chunk in flight.
 *
 * <pre>{@code
 * UploadResult r = new MultipartUploader(api.assets()).upload(file, "talk.mp4", (sent, total) -> ...);
 * api.assets().createIndexedAsset(indexId, r.assetId(), true);
 * }</pre>
 */
public final class MultipartUploader {

    public static final int DEFAULT_PARALLELISM = 4;
    /** Chunks per report: the API takes up to 50; fewer keeps the reports close behind the PUTs. */
    public static final int DEFAULT_REPORT_BATCH = 10;
    /** Fresh URLs one chunk may use up before the upload gives up on it. */
    static final int MAX_URL_REFRESHES = 3;
    /** Rounds of "ask the status, send what is missing" before giving up on a session that will not complete. */
    private static final int MAX_ROUNDS = 3;
    /** A URL this close to its expiry is replaced before use: a large chunk may take that long to send. */
    static final long EXPIRY_MARGIN_SECONDS = 60;

    private final AssetsApi api;
    private final int parallelism;
    private final int reportBatch;
    private final UploadListener listener;

    public MultipartUploader(AssetsApi api) {
        this(api, DEFAULT_PARALLELISM, DEFAULT_REPORT_BATCH, UploadListener.NONE);
    }

    private MultipartUploader(AssetsApi api, int parallelism, int reportBatch, UploadListener listener) {
        if (parallelism < 1 || reportBatch < 1 || reportBatch > 50) {
            throw new IllegalArgumentException("parallelism is at least 1 and the report batch 1 to 50");
        }
        this.api = api;
        this.parallelism = parallelism;
        this.reportBatch = reportBatch;
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /** How many chunks are sent at once (each holds a connection and a 64 KB buffer). */
    public MultipartUploader withParallelism(int n) {
        return new MultipartUploader(api, n, reportBatch, listener);
    }

    public MultipartUploader withReportBatch(int n) {
        return new MultipartUploader(api, parallelism, n, listener);
    }

    /** Tells {@code l} of each chunk stored and reported, and asks it before each chunk whether to go on. */
    public MultipartUploader withListener(UploadListener l) {
        return new MultipartUploader(api, parallelism, reportBatch, l);
    }

    /**
     * Creates a session for {@code file} and sends it. Creating the session is a creating POST:
     * when its outcome is unknown it throws {@link ApiException.Kind#OUTCOME_UNKNOWN}.
     *
     * @param progress told of the file's bytes sent so far, from the sending threads
     */
    public UploadResult upload(Path file, String filename, UploadProgress progress) {
        MultipartUpload session = api.createMultipartUpload(filename, sizeOf(file));
        return send(file, session, false, progress);
    }

    /** Sends the chunks of a session just created; nothing has been sent to it yet. */
    public UploadResult send(Path file, MultipartUpload session, UploadProgress progress) {
        return send(file, session, false, progress);
    }

    /** Continues a session: asks the API which chunks it has and sends the rest. */
    public UploadResult resume(Path file, MultipartUpload session, UploadProgress progress) {
        return send(file, session, true, progress);
    }

    /**
     * Continues a session after a crash: first reports the chunks the store took but the API was
     * never told of (kept by the caller with their ETags), so they are not sent again, then asks
     * the API which chunks it has and sends the rest.
     */
    public UploadResult resume(Path file, MultipartUpload session, List<CompletedChunk> storedUnreported,
                               UploadProgress progress) {
        for (int from = 0; from < storedUnreported.size(); from += 50) {
            List<CompletedChunk> batch = storedUnreported.subList(from, Math.min(storedUnreported.size(), from + 50));
            try {
                ChunkReport report = api.reportChunks(session.uploadId(), batch);
                listener.reported(batch, report.totalCompleted());
            } catch (ApiException x) {
                // Refused: the session may have completed with a report whose answer was lost, or
                // the store's proofs may have lapsed. Either way the status below says what is
                // still missing, and only that is sent.
                if (!(x.kind() == ApiException.Kind.API_ERROR && x.httpStatus() >= 400 && x.httpStatus() < 500)) {
                    throw x;
                }
                break;
            }
        }
        return send(file, session, true, progress);
    }

    private UploadResult send(Path file, MultipartUpload session, boolean askFirst, UploadProgress progress) {
        long size = sizeOf(file);
        if (size != session.totalSize()) {
            throw new IllegalStateException(file.getFileName() + " is now " + size + " bytes, but its upload was started "
                    + "for " + session.totalSize() + " bytes: the file changed. Start a new upload of it.");
        }
        UploadProgress progressListener = progress == null ? UploadProgress.NONE : progress;
        Map<Integer, ChunkUrl> urls = new ConcurrentHashMap<>();
        session.uploadUrls().forEach(u -> urls.put(u.chunkIndex(), u));
        ChunkRun.Totals totals = new ChunkRun.Totals();
        String assetUrl = null;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            boolean ask = askFirst;
            for (int round = 1; round <= MAX_ROUNDS; round++) {
                Set<Integer> missing = ask ? missingChunks(session) : allChunks(session);
                if (missing.isEmpty()) {
                    break;
                }
                AtomicLong sent = new AtomicLong(session.totalSize() - bytesOf(session, missing));
                ChunkRun run = new ChunkRun(api, session, channel, urls, sent, progressListener, totals, listener);
                ChunkReport last;
                try {
                    last = run.sendAll(List.copyOf(missing), parallelism, reportBatch);
                } catch (ApiException x) {
                    // A report repeated after its answer was lost can be refused because the first
                    // one completed the session: then the upload is done, not failed.
                    if (x.kind() == ApiException.Kind.API_ERROR && x.httpStatus() >= 400 && x.httpStatus() < 500
                            && completed(session, x)) {
                        break;
                    }
                    throw x;
                }
                if (last != null && last.url() != null) {
                    assetUrl = last.url();
                }
                if (last != null && (last.url() != null || Objects.equals(last.totalCompleted(), session.totalChunks()))) {
                    break;
                }
                if (run.stopped()) {
                    return new UploadResult(session.uploadId(), session.assetId(), null,
                            api.uploadStatus(session.uploadId(), 1, 1), totals.chunks(), totals.bytes());
                }
                ask = true;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage()
                    + ". Check that the file is still there and readable, then resume the upload.", e);
        }
        UploadStatus status = api.uploadStatus(session.uploadId(), 1, 1);
        return new UploadResult(session.uploadId(), session.assetId(), assetUrl, status, totals.chunks(), totals.bytes());
    }

    /**
     * Whether the session completed, asked after {@code refusal}. When the question itself fails
     * (a dropped answer, a 5xx, a 429), that failure is thrown rather than the refusal: the answer
     * is unknown, and a retry that resumes finds a completed session done, where the refusal
     * alone would fail an upload that in fact succeeded.
     */
    private boolean completed(MultipartUpload session, ApiException refusal) {
        try {
            return UploadSessionStatus.COMPLETED.equals(api.uploadStatus(session.uploadId(), 1, 1).status());
        } catch (ApiException x) {
            x.addSuppressed(refusal);
            throw x;
        }
    }

    /** The chunks the API does not list as completed; empty once the session is completed. */
    private Set<Integer> missingChunks(MultipartUpload session) {
        Set<Integer> missing = allChunks(session);
        int pages = session.totalChunks() / TaskQuery.MAX_PAGE_LIMIT + 2;
        for (int page = 1; page <= pages; page++) {
            UploadStatus status = api.uploadStatus(session.uploadId(), page, TaskQuery.MAX_PAGE_LIMIT);
            if (UploadSessionStatus.COMPLETED.equals(status.status())
                    || status.chunksCompleted() != null && status.chunksCompleted() >= session.totalChunks()) {
                return new TreeSet<>();
            }
            if (status.status().isTerminal()) {
                throw new ApiException(ApiException.Kind.API_ERROR, "The upload session " + session.uploadId() + " is "
                        + status.status() + ", so it takes no more chunks. Start a new upload of the file.", 0, null,
                        null, null, "GET /assets/multipart-uploads/" + session.uploadId(), null);
            }
            status.chunks().stream().filter(ChunkState::completed).forEach(c -> missing.remove(c.index()));
            if (status.pageInfo() == null || !status.pageInfo().hasNext() || status.pageInfo().page() < page) {
                break;
            }
        }
        return missing;
    }

    private static Set<Integer> allChunks(MultipartUpload session) {
        Set<Integer> all = new TreeSet<>();
        for (int i = 1; i <= session.totalChunks(); i++) {
            all.add(i);
        }
        return all;
    }

    private static long bytesOf(MultipartUpload session, Set<Integer> chunks) {
        long total = 0;
        for (int i : chunks) {
            total += session.lengthOf(i);
        }
        return total;
    }

    private static long sizeOf(Path file) {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new IllegalArgumentException("Cannot read the file " + file
                    + ": check that it exists, is a file and that ReelDrop may read it.");
        }
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the size of " + file + ": " + e.getMessage(), e);
        }
    }

    /** When a URL is too close to its end to start a chunk with. */
    static boolean stale(ChunkUrl url) {
        return url.expiresBefore(Instant.now(), EXPIRY_MARGIN_SECONDS);
    }
}
