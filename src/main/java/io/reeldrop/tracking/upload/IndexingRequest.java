package io.reeldrop.tracking.upload;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.reeldrop.api.ApiException;
import io.reeldrop.api.AssetsApi;
import io.reeldrop.api.CreatedIndexedAsset;
import io.reeldrop.api.IndexedAsset;
import io.reeldrop.tracking.model.Submission;
import io.reeldrop.tracking.model.SubmissionState;
import io.reeldrop.tracking.store.HistoryEntry;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The paid step of the assets flow: {@code POST /indexes/{id}/indexed-assets} for the processed
 * asset, written to disk before it goes out and never sent twice for one asset (a lost answer
 * is reconciled by the asset id), then the person's metadata, then the engine follows it.
 */
final class IndexingRequest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration RETRY_AFTER = Duration.ofSeconds(5);

    private final AssetsApi api;
    private final UploadLedger ledger;
    private final UploadTimer timer;
    private AssetReconciler reconciler;

    IndexingRequest(AssetsApi api, UploadLedger ledger, UploadTimer timer) {
        this.api = api;
        this.ledger = ledger;
        this.timer = timer;
    }

    void connect(AssetReconciler r) {
        this.reconciler = r;
    }

    /** The asset is ready: the indexing request goes out on an engine thread, without a slot. */
    void sendWhenProcessed(String localId) {
        timer.after(Duration.ZERO, () -> send(localId));
    }

    /** Sends the indexing request once, claiming the entry first so two callers cannot both send it. */
    void send(String localId) {
        Instant now = timer.clock().instant();
        boolean[] claimed = {false};
        HistoryEntry e = ledger.update(localId, x -> {
            boolean ready = x.upload() != null && x.upload().assetId() != null && x.upload().attemptAt() == null
                    && (x.state() == SubmissionState.PROCESSING || x.state() == SubmissionState.UPLOADING
                    || x.state() == SubmissionState.QUEUED);
            claimed[0] = ready;
            return ready ? x.toBuilder().state(SubmissionState.SENDING).attemptStartedAt(now)
                    .attempts(x.attempts() + 1).upload(x.upload().withAttempt(now)).build() : x;
        });
        if (e == null || !claimed[0]) {
            return;
        }
        ledger.record(localId); // on disk before the paid request, so a crash leads to reconciliation
        Submission s = e.submission();
        String index = s.indexId().strip().toLowerCase(Locale.ROOT);
        CreatedIndexedAsset created;
        try {
            created = api.createIndexedAsset(index, e.upload().assetId(), s.enableVideoStream());
        } catch (ApiException x) {
            if (AssetReconciler.mayHaveCreated(x)) {
                reconciler.lost(localId, "The indexing request got no clear answer; checking whether the indexed"
                        + " asset was made before sending it again.");
            } else if (x.isTransient()) {
                ledger.update(localId, y -> y.toBuilder().state(SubmissionState.PROCESSING)
                        .upload(y.upload().withAttempt(null)).note(x.getMessage() + " Trying again shortly.").build());
                timer.after(RETRY_AFTER, () -> send(localId));
            } else {
                ledger.update(localId, y -> y.toBuilder().state(SubmissionState.NOT_SENT).note(x.getMessage())
                        .upload(y.upload().withAttempt(null)).build().logged(timer.clock().instant(), x.getMessage()));
                ledger.saveSoon();
            }
            return;
        }
        indexed(localId, created.id());
    }

    /** The indexed asset exists (made now, or found after a lost answer): metadata, then follow it. */
    void indexed(String localId, String indexedAssetId) {
        Instant now = timer.clock().instant();
        HistoryEntry e = ledger.update(localId, x -> x.withTaskId(indexedAssetId).withNote(null)
                .withUpload(x.upload().withAttempt(null)).logged(now, "Indexed asset " + indexedAssetId + " created"));
        ledger.record(localId);
        if (e != null) {
            sendMetadata(localId, e.submission(), indexedAssetId);
        }
        ledger.following(localId);
    }

    /** Adopts an indexed asset found by reconciliation, as {@link #indexed} does for a new one. */
    void adopted(String localId, IndexedAsset found) {
        indexed(localId, found.id());
    }

    /** The person's metadata (and the language, which v1.3 keeps there) goes on with a PATCH. */
    private void sendMetadata(String localId, Submission s, String indexedAssetId) {
        Map<String, Object> meta = metadataOf(s);
        if (meta.isEmpty()) {
            return;
        }
        try {
            api.updateIndexedAssetMetadata(s.indexId().strip().toLowerCase(Locale.ROOT), indexedAssetId, meta);
        } catch (ApiException x) {
            String note = "The video is indexing, but its metadata was not saved: " + x.getMessage()
                    + " Set it again in the details.";
            ledger.update(localId, y -> y.withNote(note).logged(timer.clock().instant(), note));
        }
    }

    static Map<String, Object> metadataOf(Submission s) {
        Map<String, Object> meta = new LinkedHashMap<>();
        if (s.userMetadataJson() != null && !s.userMetadataJson().isBlank()) {
            try {
                JsonNode node = JSON.readTree(s.userMetadataJson());
                for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> f = it.next();
                    JsonNode v = f.getValue();
                    meta.put(f.getKey(), v.isBoolean() ? v.booleanValue() : v.isNumber() ? v.numberValue()
                            : v.isNull() ? null : v.asText());
                }
            } catch (JsonProcessingException x) {
                throw new IllegalArgumentException("user metadata must be checked before it is sent", x);
            }
        }
        if (s.language() != null && !s.language().isBlank() && !meta.containsKey("language")) {
            meta.put("language", s.language().strip());
        }
        return meta;
    }
}
