package io.reeldrop.tracking.upload;

import io.reeldrop.api.ApiException;
import io.reeldrop.api.AssetsApi;
import io.reeldrop.api.CompletedChunk;
import io.reeldrop.api.MultipartUpload;
import io.reeldrop.api.MultipartUploader;
import io.reeldrop.api.UploadProgress;
import io.reeldrop.api.UploadResult;
import io.reeldrop.tracking.model.UploadState;
import io.reeldrop.tracking.store.HistoryEntry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A big file sent through a multipart session: the session is created once (written to disk
 * before and after), each chunk the store took is recorded at once, and after a restart the
 * chunks recorded but not yet reported are reported instead of sent again, then only what the
 * API does not have is sent. A file that changed since is not resumed silently, and a session
 * that expired starts over, saying so.
 */
final class ChunkedUpload {

    /** How a pass over the chunks ended. */
    enum Outcome { DONE, PAUSED, START_OVER, STOPPED }

    private final AssetsApi api;
    private final UploadLedger ledger;
    private final UploadPacer pacer;
    private final UploadSettings settings;
    private final Clock clock;

    ChunkedUpload(AssetsApi api, UploadLedger ledger, UploadPacer pacer, UploadSettings settings, Clock clock) {
        this.api = api;
        this.ledger = ledger;
        this.pacer = pacer;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * {@code POST /assets/multipart-uploads}: a creating request, so it is written down before it
     * goes out. Returns the new session, or null when its answer was lost (the entry is then
     * reconciled).
     */
    MultipartUpload createSession(String localId) {
        HistoryEntry e = ledger.get(localId);
        Path file = e.submission().videoFile();
        long size;
        Instant modified;
        try {
            size = Files.size(file);
            modified = Files.getLastModifiedTime(file).toInstant();
        } catch (IOException x) {
            throw new UncheckedIOException("Cannot read " + file + ": " + x.getMessage() + ". Check that the file is"
                    + " still there and readable.", x);
        }
        Instant now = clock.instant();
        ledger.update(localId, x -> x.withUpload(x.upload().withFile(size, modified).withAttempt(now)));
        ledger.record(localId);
        MultipartUpload session;
        try {
            session = api.createMultipartUpload(file.getFileName().toString(), size);
        } catch (ApiException x) {
            if (AssetReconciler.mayHaveCreated(x)) {
                return null; // the caller's reconciliation takes over
            }
            ledger.update(localId, y -> y.withUpload(y.upload().withAttempt(null)));
            throw x;
        }
        ledger.update(localId, x -> x.withUpload(x.upload().withSession(session.uploadId(), session.assetId(),
                session.chunkSize(), session.totalChunks(), session.expiresAt()))
                .logged(clock.instant(), "Upload session " + session.uploadId() + " of " + session.totalChunks()
                        + " chunks started"));
        ledger.record(localId);
        return session;
    }

    /** Sends the chunks the API does not have yet; {@code fresh} is the session just created, or null to resume. */
    Outcome send(String localId, MultipartUpload fresh) {
        HistoryEntry e = ledger.get(localId);
        UploadState u = e.upload();
        Path file = e.submission().videoFile();
        String changed = changeOf(file, u);
        if (changed != null) {
            String note = "The file " + file.getFileName() + " changed since its upload began (" + changed + "), so it"
                    + " is not resumed. Send again uploads it from the start; Remove drops it.";
            ledger.update(localId, x -> x.needsDecision(List.of(), note).logged(clock.instant(), note));
            ledger.saveSoon();
            return Outcome.STOPPED;
        }
        if (u.sessionExpiresAt() != null && !clock.instant().isBefore(u.sessionExpiresAt())) {
            return startOver(localId, "The upload session expired (sessions last 24 hours); starting the upload"
                    + " over.");
        }
        MultipartUploader uploader = new MultipartUploader(api).withParallelism(settings.parallelChunks())
                .withListener(new ChunkRecorder(localId, ledger, pacer));
        UploadProgress progress = pacer.paced((sent, total) -> ledger.progress(localId, sent, total));
        UploadResult result;
        try {
            if (fresh != null) {
                result = uploader.send(file, fresh, progress);
            } else {
                MultipartUpload session = MultipartUpload.resumed(u.uploadId(), u.assetId(), u.fileSize(),
                        u.chunkSize());
                result = uploader.resume(file, session, storedUnreported(session, u.storedUnreported()), progress);
            }
        } catch (ApiException x) {
            if (x.kind() == ApiException.Kind.API_ERROR && (x.httpStatus() == 404 || x.httpStatus() == 410)) {
                return startOver(localId, "The platform no longer knows upload session " + u.uploadId() + " ("
                        + x.getMessage() + "); starting the upload over.");
            }
            throw x;
        }
        if (result.completed()) {
            return Outcome.DONE;
        }
        if (pacer.isPaused(localId)) {
            return Outcome.PAUSED;
        }
        throw new ApiException(ApiException.Kind.NETWORK, "The upload of " + file.getFileName() + " did not complete: "
                + result.status().chunksCompleted() + " of " + u.totalChunks() + " chunks are on the platform. It"
                + " goes on shortly from there.", 0, null, null, null, "multipart upload " + u.uploadId(), null);
    }

    private Outcome startOver(String localId, String why) {
        ledger.update(localId, x -> x.withNote(why).logged(clock.instant(), why));
        ledger.saveSoon();
        return Outcome.START_OVER;
    }

    private static List<CompletedChunk> storedUnreported(MultipartUpload session, Map<Integer, String> stored) {
        List<CompletedChunk> chunks = new ArrayList<>();
        stored.forEach((index, etag) -> {
            if (index >= 1 && index <= session.totalChunks()) {
                chunks.add(new CompletedChunk(index, etag, session.lengthOf(index)));
            }
        });
        return chunks;
    }

    /** What changed in the file since the upload began, or null when it is the same. */
    private static String changeOf(Path file, UploadState u) {
        try {
            long size = Files.size(file);
            if (size != u.fileSize()) {
                return "it was " + u.fileSize() + " bytes and is now " + size;
            }
            Instant modified = Files.getLastModifiedTime(file).toInstant();
            if (u.fileModified() != null && !modified.equals(u.fileModified())) {
                return "it was modified at " + modified;
            }
            return null;
        } catch (IOException x) {
            return "it cannot be read: " + x.getMessage();
        }
    }
}
