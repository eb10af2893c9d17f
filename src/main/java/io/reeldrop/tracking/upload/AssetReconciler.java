package io.reeldrop.tracking.upload;

import io.reeldrop.api.ApiException;
import io.reeldrop.api.Asset;
import io.reeldrop.api.AssetQuery;
import io.reeldrop.api.AssetsApi;
import io.reeldrop.api.IndexedAsset;
import io.reeldrop.api.IndexedAssetQuery;
import io.reeldrop.api.Page;
import io.reeldrop.api.TaskQuery;
import io.reeldrop.media.VideoNames;
import io.reeldrop.tracking.model.Submission;
import io.reeldrop.tracking.model.SubmissionState;
import io.reeldrop.tracking.model.UploadState;
import io.reeldrop.tracking.store.HistoryEntry;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Settles a creating request of the assets flow whose answer was lost, by listing what the
 * platform has, never by sending blindly:
 * <ul>
 *   <li>the indexed asset (the paid step): the index's indexed assets made since the attempt
 *       are searched for this entry's asset id; found, it is adopted; absent in a listing made
 *       {@code reconcileSettle} after the answer was lost, the request is sent again: no indexed
 *       asset of this asset exists, so that cannot index it twice;</li>
 *   <li>the asset ({@code POST /assets}): the account's assets are searched for one of this
 *       video's name made since the attempt and held by no other entry; found, it is used, and
 *       the bytes are not sent again; absent once settled, the upload goes again;</li>
 *   <li>a multipart session: an unused session costs nothing and expires by itself, and no chunk
 *       went to it, so a new one is simply started.</li>
 * </ul>
 */
final class AssetReconciler {

    private static final Duration LOOK_AGAIN = Duration.ofSeconds(3);
    private static final int MAX_PAGES = 20;

    private final AssetsApi api;
    private final UploadLedger ledger;
    private final UploadTimer timer;
    private final UploadSettings settings;
    private final AssetStage stage;

    AssetReconciler(AssetsApi api, UploadLedger ledger, UploadTimer timer, UploadSettings settings, AssetStage stage) {
        this.api = api;
        this.ledger = ledger;
        this.timer = timer;
        this.settings = settings;
        this.stage = stage;
    }

    /** Whether a failed creating request may have made something: then it is reconciled, not repeated. */
    static boolean mayHaveCreated(ApiException x) {
        return x.kind() == ApiException.Kind.OUTCOME_UNKNOWN || x.kind() == ApiException.Kind.INVALID_RESPONSE
                || (x.kind() == ApiException.Kind.API_ERROR && x.httpStatus() >= 500);
    }

    /** A creating request's answer was lost just now. */
    void lost(String localId, String note) {
        Instant now = timer.clock().instant();
        ledger.update(localId, x -> x.outcomeUnknown(now, note).logged(now, note));
        ledger.record(localId);
        check(localId);
    }

    void check(String localId) {
        timer.after(Duration.ofSeconds(1), () -> reconcile(localId));
    }

    private void reconcile(String localId) {
        HistoryEntry e = ledger.get(localId);
        if (e == null || e.state() != SubmissionState.OUTCOME_UNKNOWN || e.upload() == null) {
            return;
        }
        UploadState u = e.upload();
        Instant now = timer.clock().instant();
        Instant attempt = u.attemptAt() != null ? u.attemptAt() : now;
        Instant lostAt = e.outcomeUnknownSince() != null ? e.outcomeUnknownSince() : now;
        boolean settled = !now.isBefore(lostAt.plus(settings.reconcileSettle()));
        try {
            switch (u.step()) {
                case CREATE_INDEXED_ASSET -> indexedAsset(localId, e, attempt, settled);
                case CREATE_ASSET -> {
                    if (u.fileSize() > 0) {
                        sendAgain(localId, "The upload session's answer was lost; a new session is started (an"
                                + " unused one expires by itself, and no chunk went to it).");
                    } else {
                        asset(localId, e, attempt, settled);
                    }
                }
                default -> sendAgain(localId, "Resuming the upload.");
            }
        } catch (ApiException x) {
            ledger.update(localId, y -> y.withNote("Checking whether the upload reached the platform: "
                    + x.getMessage() + " Trying again shortly; nothing is sent again until that is known."));
            timer.after(LOOK_AGAIN.multipliedBy(x.isTransient() ? 1 : 10), () -> reconcile(localId));
        }
    }

    private void indexedAsset(String localId, HistoryEntry e, Instant attempt, boolean settled) {
        String index = e.submission().indexId().strip().toLowerCase(Locale.ROOT);
        IndexedAssetQuery query = IndexedAssetQuery.builder().createdAt(attempt.minus(settings.clockSkew()))
                .pageLimit(TaskQuery.MAX_PAGE_LIMIT).build();
        for (int page = 1; page <= MAX_PAGES; page++) {
            Page<IndexedAsset> p = api.listIndexedAssets(index, query.withPage(page));
            for (IndexedAsset a : p.data()) {
                if (e.upload().assetId().equals(a.assetId()) && !ledger.isClaimed(a.id())) {
                    ledger.update(localId, x -> x.withState(SubmissionState.SENDING, null)
                            .logged(timer.clock().instant(), "Found indexed asset " + a.id() + " made by the"
                                    + " unanswered request; it was not sent twice."));
                    stage.indexing().adopted(localId, a);
                    return;
                }
            }
            if (!p.pageInfo().hasNext()) {
                break;
            }
        }
        if (!settled) {
            timer.after(LOOK_AGAIN, () -> reconcile(localId));
            return;
        }
        Instant now = timer.clock().instant();
        ledger.update(localId, x -> x.toBuilder().state(SubmissionState.PROCESSING).note(null)
                .upload(x.upload().withAttempt(null)).build()
                .logged(now, "No indexed asset of asset " + x.upload().assetId() + " was made; indexing it again."));
        stage.indexing().sendWhenProcessed(localId);
    }

    private void asset(String localId, HistoryEntry e, Instant attempt, boolean settled) {
        String expected = expectedName(e.submission());
        Instant since = attempt.minus(settings.clockSkew());
        List<Asset> matches = new ArrayList<>();
        for (int page = 1; page <= MAX_PAGES; page++) {
            Page<Asset> p = api.listAssets(AssetQuery.all().withPage(page).withPageLimit(TaskQuery.MAX_PAGE_LIMIT));
            boolean older = false;
            for (Asset a : p.data()) {
                if (a.createdAt() != null && a.createdAt().isBefore(since)) {
                    older = true;
                    continue;
                }
                if (VideoNames.sameName(a.filename(), expected) && !ledger.assetClaimed(a.id(), localId)) {
                    matches.add(a);
                }
            }
            if (older || !p.pageInfo().hasNext()) {
                break;
            }
        }
        if (!matches.isEmpty()) {
            Asset nearest = matches.get(0);
            for (Asset a : matches) {
                if (a.createdAt() != null && nearest.createdAt() != null && Duration.between(attempt, a.createdAt())
                        .abs().compareTo(Duration.between(attempt, nearest.createdAt()).abs()) < 0) {
                    nearest = a;
                }
            }
            Asset found = nearest;
            ledger.update(localId, x -> x.withState(SubmissionState.UPLOADING, null).logged(timer.clock().instant(),
                    "Found asset " + found.id() + " made by the unanswered upload; it was not uploaded twice."));
            stage.assetCreated(localId, found.id());
            return;
        }
        if (!settled) {
            timer.after(LOOK_AGAIN, () -> reconcile(localId));
            return;
        }
        sendAgain(localId, "No asset was made by the unanswered upload; sending it again.");
    }

    private void sendAgain(String localId, String why) {
        Instant now = timer.clock().instant();
        ledger.update(localId, x -> x.toBuilder().state(SubmissionState.QUEUED).note(null)
                .upload(x.upload().withAttempt(null)).build().logged(now, why));
        ledger.saveSoon();
        ledger.requeue(localId);
    }

    /** The name the platform gives the asset: the file's, or the URL's by the one naming rule. */
    static String expectedName(Submission s) {
        return s.videoFile() != null ? s.videoFile().getFileName().toString()
                : VideoNames.ofUrl(URI.create(s.videoUrl().strip()));
    }
}
