package io.reeldrop.tracking.upload;

import io.reeldrop.api.ApiException;
import io.reeldrop.api.Asset;
import io.reeldrop.api.AssetStatus;
import io.reeldrop.api.AssetsApi;
import io.reeldrop.api.CreateAssetRequest;
import io.reeldrop.api.MultipartUpload;
import io.reeldrop.tracking.model.Submission;
import io.reeldrop.tracking.model.SubmissionState;
import io.reeldrop.tracking.model.UploadState;
import io.reeldrop.tracking.store.HistoryEntry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Runs the assets flow for one submission, step by step ({@link UploadState.Step}), each step
 * written to the history before its request goes out and after its answer, so that it can be
 * picked up after a restart. {@link #run} is called by the engine's queue with a sending slot:
 * it makes the asset (the upload itself, which may take long) and returns once the asset is
 * processing, paused, refused or lost; the rest (waiting for the asset, then the paid indexing
 * request) happens on the timer without a slot.
 */
public final class AssetStage {

    private static final Duration RETRY_AFTER = Duration.ofSeconds(5);

    private final AssetsApi api;
    private final UploadLedger ledger;
    private final UploadTimer timer;
    private final UploadPacer pacer;
    private final UploadSettings settings;
    private final PreflightCheck preflight;
    private final ChunkedUpload chunks;
    private final IndexingRequest indexing;
    private final AssetReconciler reconciler;
    private final AssetWatch watch;

    public AssetStage(AssetsApi api, UploadLedger ledger, UploadTimer timer, UploadPacer pacer,
                      UploadSettings settings, PreflightCheck preflight) {
        this.api = api;
        this.ledger = ledger;
        this.timer = timer;
        this.pacer = pacer;
        this.settings = settings;
        this.preflight = preflight;
        this.chunks = new ChunkedUpload(api, ledger, pacer, settings, timer.clock());
        this.indexing = new IndexingRequest(api, ledger, timer);
        this.reconciler = new AssetReconciler(api, ledger, timer, settings, this);
        this.watch = new AssetWatch(api, ledger, timer, settings, this);
        indexing.connect(reconciler);
    }

    public UploadPacer pacer() {
        return pacer;
    }

    IndexingRequest indexing() {
        return indexing;
    }

    /**
     * Moves an entry the queue handed over (state {@link SubmissionState#UPLOADING}) as far as it
     * can go while holding the slot. Blocks on the network.
     */
    public void run(String localId) {
        HistoryEntry e = ledger.get(localId);
        if (e == null || e.state() != SubmissionState.UPLOADING) {
            return;
        }
        UploadState u = e.upload() == null ? UploadState.start() : e.upload();
        try {
            switch (u.step()) {
                case CREATE_ASSET -> createAsset(localId);
                case SEND_CHUNKS -> sendChunks(localId, null);
                case ASSET_PROCESSING -> processing(localId);
                case CREATE_INDEXED_ASSET -> indexing.send(localId);
                default -> throw new IllegalStateException("unknown step " + u.step());
            }
        } catch (ApiException x) {
            failed(localId, x);
        } catch (UncheckedIOException x) {
            notSent(localId, x.getMessage());
        }
    }

    /** After a restart: an entry of this flow that was under way continues where it stopped. */
    public void resume(String localId) {
        HistoryEntry e = ledger.get(localId);
        if (e == null || e.upload() == null) {
            return;
        }
        UploadState u = e.upload();
        Instant now = timer.clock().instant();
        if (e.state() == SubmissionState.OUTCOME_UNKNOWN || u.attemptAt() != null) {
            ledger.update(localId, x -> x.outcomeUnknown(now, "ReelDrop stopped while a request of this upload was"
                    + " out; checking what the platform made before going on.").logged(now, "Resumed after a stop"));
            reconciler.check(localId);
        } else if (e.state() == SubmissionState.PROCESSING) {
            watch.watch(localId);
        } else if (e.state() == SubmissionState.UPLOADING || e.state() == SubmissionState.SENDING) {
            ledger.update(localId, x -> x.withState(SubmissionState.QUEUED, null).logged(now, "Resumed after a stop"));
            ledger.requeue(localId);
        }
    }

    private void createAsset(String localId) {
        HistoryEntry e = ledger.get(localId);
        Submission s = e.submission();
        PreflightCheck.Verdict v = e.checksWaived() ? PreflightCheck.Verdict.ok(null) : preflight.check(s);
        if (v.refused()) {
            refusedBeforeSending(ledger, localId, v.sentence(), timer.clock().instant());
            return;
        }
        if (v.sentence() != null) {
            ledger.update(localId, x -> x.withNote(v.sentence()).logged(timer.clock().instant(), v.sentence()));
        }
        if (s.videoFile() != null && sizeOf(s.videoFile()) > settings.multipartAbove()) {
            MultipartUpload session = chunks.createSession(localId);
            if (session == null) {
                reconciler.lost(localId, "Starting the chunked upload got no clear answer; starting it again (an"
                        + " unused session expires by itself).");
            } else {
                sendChunks(localId, session);
            }
            return;
        }
        Instant now = timer.clock().instant();
        ledger.update(localId, x -> x.withUpload(x.upload().withAttempt(now)));
        ledger.record(localId);
        CreateAssetRequest request = s.videoUrl() != null ? CreateAssetRequest.fromUrl(URI.create(s.videoUrl().strip()))
                : CreateAssetRequest.fromFile(s.videoFile());
        Asset asset;
        try {
            asset = api.createAsset(request, pacer.paced((sent, total) -> ledger.progress(localId, sent, total)));
        } catch (ApiException x) {
            if (AssetReconciler.mayHaveCreated(x)) {
                reconciler.lost(localId, "The upload got no clear answer; checking whether the platform made the"
                        + " asset before sending it again.");
                return;
            }
            ledger.update(localId, y -> y.withUpload(y.upload().withAttempt(null)));
            throw x;
        }
        assetCreated(localId, asset.id());
    }

    private void sendChunks(String localId, MultipartUpload fresh) {
        switch (chunks.send(localId, fresh)) {
            case DONE -> {
                HistoryEntry e = ledger.get(localId);
                assetCreated(localId, e.upload().assetId());
            }
            case PAUSED -> toPaused(localId);
            case START_OVER -> {
                ledger.update(localId, x -> x.withUpload(x.upload().startOver()));
                createAsset(localId);
            }
            case STOPPED -> { }
            default -> throw new IllegalStateException();
        }
    }

    /** The asset exists: it is processed by the platform before it can be indexed. */
    void assetCreated(String localId, String assetId) {
        Instant now = timer.clock().instant();
        ledger.update(localId, x -> x.withUpload(x.upload().withAsset(assetId))
                .withState(SubmissionState.PROCESSING, null).seen("processing", now)
                .logged(now, "Asset " + assetId + " uploaded"));
        ledger.record(localId);
        watch.watch(localId);
    }

    private void processing(String localId) {
        ledger.update(localId, x -> x.withState(SubmissionState.PROCESSING, null));
        watch.watch(localId);
    }

    /** The processed asset goes on to be indexed. */
    void assetReady(String localId) {
        ledger.update(localId, y -> y.withUpload(y.upload().at(UploadState.Step.CREATE_INDEXED_ASSET)));
        indexing.sendWhenProcessed(localId);
    }

    /**
     * Asks about one processing asset on its own: the watch's listing did not show it. Ready, it
     * is indexed; failed, it stops; gone (the API's 404), it must be uploaded anew.
     */
    void pollAsset(String localId) {
        HistoryEntry e = ledger.get(localId);
        if (e == null || e.state() != SubmissionState.PROCESSING) {
            return;
        }
        Asset a;
        try {
            a = api.getAsset(e.upload().assetId());
        } catch (ApiException x) {
            if (x.kind() == ApiException.Kind.API_ERROR && x.httpStatus() == 404) {
                ledger.update(localId, y -> y.withUpload(y.upload().startOver()));
                notSent(localId, "The uploaded asset " + e.upload().assetId() + " is gone from the platform (deleted"
                        + " elsewhere?). Retry uploads the video again.");
                return;
            }
            ledger.update(localId, y -> y.withNote("Checking the uploaded asset: " + x.getMessage()));
            timer.after(x.isTransient() ? RETRY_AFTER : RETRY_AFTER.multipliedBy(6), () -> watch.watch(localId));
            return;
        }
        if (AssetStatus.READY.equals(a.status())) {
            assetReady(localId);
        } else if (AssetStatus.FAILED.equals(a.status())) {
            notSent(localId, "The platform could not process the uploaded video (asset " + a.id() + " failed). Check"
                    + " that it plays, then retry.");
        } else {
            watch.watch(localId);
        }
    }

    private void toPaused(String localId) {
        Instant now = timer.clock().instant();
        ledger.update(localId, x -> x.withState(SubmissionState.PAUSED, null).logged(now, "Paused"));
        ledger.saveSoon();
    }

    /** A failure whose request never created anything (or is being reconciled already). */
    private void failed(String localId, ApiException x) {
        if (x.isTransient()) {
            Instant now = timer.clock().instant();
            ledger.update(localId, y -> y.withState(SubmissionState.QUEUED, x.getMessage() + " Trying again shortly.")
                    .logged(now, x.getMessage()));
            ledger.saveSoon();
            timer.after(RETRY_AFTER, () -> ledger.requeue(localId));
            return;
        }
        notSent(localId, x.getMessage());
    }

    /**
     * The check before sending refused the video: nothing is spent on it until the person says
     * to send it anyway (the checks may be wrong about a video the platform takes).
     */
    static void refusedBeforeSending(UploadLedger ledger, String localId, String why, Instant now) {
        String note = why + " It was not sent; Send again sends it anyway.";
        ledger.update(localId, x -> x.needsDecision(List.of(), note).logged(now, note));
        ledger.saveSoon();
    }

    void notSent(String localId, String why) {
        Instant now = timer.clock().instant();
        ledger.update(localId, x -> x.withState(SubmissionState.NOT_SENT, why).logged(now, why));
        ledger.saveSoon();
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the size of " + file + ": " + e.getMessage()
                    + ". Check that the file is still there.", e);
        }
    }
}
