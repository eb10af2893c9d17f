package io.reeldrop.tracking.model;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * How far the assets flow got with one submission, kept in the history (and the journal, record
 * by record) so that a restart, or a crash, continues where it stopped: the asset that was made,
 * the multipart session and the chunks the object store confirmed, and which creating request's
 * answer was lost.
 *
 * @param step the step under way, or the one whose outcome is unknown
 * @param assetId the platform's asset, once created
 * @param uploadId the multipart upload session, for a file sent in chunks
 * @param chunkSize the session's chunk size in bytes; 0 without a session
 * @param totalChunks the session's chunk count; 0 without a session
 * @param chunksReported chunks the API has confirmed through a report
 * @param storedUnreported chunks the object store took (index to ETag) and the API has not been
 *     told of yet: a restart reports them instead of sending them again
 * @param fileSize the file's size when the upload began; a file that changed is not resumed
 *     silently
 * @param fileModified the file's modification time when the upload began
 * @param sessionExpiresAt when the multipart session ends (24 hours after it began)
 * @param attemptAt when the step's creating request (the asset, the session, or the indexed
 *     asset) went out; null while none is out. Set and written to disk before the request, so a
 *     restart knows the answer may have been lost and reconciles instead of sending again
 */
public record UploadState(
        Step step,
        String assetId,
        String uploadId,
        long chunkSize,
        int totalChunks,
        int chunksReported,
        Map<Integer, String> storedUnreported,
        long fileSize,
        Instant fileModified,
        Instant sessionExpiresAt,
        Instant attemptAt) {

    /** The steps of the assets flow, in order. */
    public enum Step {
        /** {@code POST /assets} (a URL, or a file up to 200 MB) or {@code POST /assets/multipart-uploads}. */
        CREATE_ASSET,
        /** Chunks of a multipart session are being sent. */
        SEND_CHUNKS,
        /** The asset exists; waiting for the platform to finish processing it. */
        ASSET_PROCESSING,
        /** {@code POST /indexes/{id}/indexed-assets}: the paid step. */
        CREATE_INDEXED_ASSET
    }

    public UploadState {
        storedUnreported = storedUnreported == null ? Map.of() : Map.copyOf(storedUnreported);
    }

    public static UploadState start() {
        return new UploadState(Step.CREATE_ASSET, null, null, 0, 0, 0, Map.of(), 0, null, null, null);
    }

    public UploadState at(Step s) {
        return new UploadState(s, assetId, uploadId, chunkSize, totalChunks, chunksReported, storedUnreported,
                fileSize, fileModified, sessionExpiresAt, attemptAt);
    }

    /** The asset exists (created, found after a lost answer, or completed by its last chunk): it is processed next. */
    public UploadState withAsset(String id) {
        return new UploadState(Step.ASSET_PROCESSING, id, uploadId, chunkSize, totalChunks, chunksReported,
                storedUnreported, fileSize, fileModified, sessionExpiresAt, null);
    }

    public UploadState withFile(long size, Instant modified) {
        return new UploadState(step, assetId, uploadId, chunkSize, totalChunks, chunksReported, storedUnreported,
                size, modified, sessionExpiresAt, attemptAt);
    }

    /** A multipart session was created for the file (or found after its answer was lost). */
    public UploadState withSession(String id, String asset, long size, int chunks, Instant expires) {
        return new UploadState(Step.SEND_CHUNKS, asset, id, size, chunks, 0, Map.of(), fileSize, fileModified,
                expires, null);
    }

    /** The session or asset is gone (expired, deleted): the next attempt starts anew. */
    public UploadState startOver() {
        return new UploadState(Step.CREATE_ASSET, null, null, 0, 0, 0, Map.of(), 0, null, null, null);
    }

    /** The object store took chunk {@code index}. */
    public UploadState withStored(int index, String etag) {
        Map<Integer, String> m = new TreeMap<>(storedUnreported);
        m.put(index, etag);
        return new UploadState(step, assetId, uploadId, chunkSize, totalChunks, chunksReported, m, fileSize,
                fileModified, sessionExpiresAt, attemptAt);
    }

    /** The API confirmed these chunks in a report; {@code completed} is its running count. */
    public UploadState withReported(Iterable<Integer> indexes, int completed) {
        Map<Integer, String> m = new TreeMap<>(storedUnreported);
        indexes.forEach(m::remove);
        return new UploadState(step, assetId, uploadId, chunkSize, totalChunks, Math.max(chunksReported, completed), m,
                fileSize, fileModified, sessionExpiresAt, attemptAt);
    }

    /** A creating request of the current step goes out at {@code at}; null: its outcome is known. */
    public UploadState withAttempt(Instant at) {
        return new UploadState(step, assetId, uploadId, chunkSize, totalChunks, chunksReported, storedUnreported,
                fileSize, fileModified, sessionExpiresAt, at);
    }
}
