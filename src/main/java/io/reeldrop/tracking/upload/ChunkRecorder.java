package io.reeldrop.tracking.upload;

import io.reeldrop.api.CompletedChunk;
import io.reeldrop.api.UploadListener;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps the history in step with a multipart upload: each chunk the store took is written to
 * disk at once (so a crash right after costs no resend of it), each report the API confirmed
 * trims those records. Stops the upload when the person pauses it.
 */
final class ChunkRecorder implements UploadListener {

    private final String localId;
    private final UploadLedger ledger;
    private final UploadPacer pacer;

    ChunkRecorder(String localId, UploadLedger ledger, UploadPacer pacer) {
        this.localId = localId;
        this.ledger = ledger;
        this.pacer = pacer;
    }

    @Override
    public boolean keepGoing() {
        return !pacer.isPaused(localId);
    }

    @Override
    public void stored(CompletedChunk chunk) {
        ledger.update(localId, e -> e.withUpload(e.upload().withStored(chunk.chunkIndex(), chunk.etag())));
        ledger.record(localId);
    }

    @Override
    public void reported(List<CompletedChunk> chunks, Integer completed) {
        List<Integer> indexes = new ArrayList<>();
        chunks.forEach(c -> indexes.add(c.chunkIndex()));
        ledger.update(localId, e -> e.withUpload(e.upload().withReported(indexes,
                completed == null ? e.upload().chunksReported() + chunks.size() : completed)));
        ledger.saveSoon();
    }
}
