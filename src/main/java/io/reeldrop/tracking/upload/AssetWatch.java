package io.reeldrop.tracking.upload;

import io.reeldrop.api.ApiException;
import io.reeldrop.api.Asset;
import io.reeldrop.api.AssetQuery;
import io.reeldrop.api.AssetStatus;
import io.reeldrop.api.AssetsApi;
import io.reeldrop.api.TaskQuery;
import io.reeldrop.tracking.model.SubmissionState;
import io.reeldrop.tracking.store.HistoryEntry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Follows every asset the platform is processing with one request per 50 of them
 * ({@code GET /assets?asset_ids=...}) each look, instead of one per asset: a thousand uploads
 * waiting for processing cost twenty requests a look, not a thousand. A ready asset goes on to
 * be indexed, a failed one stops with the reason; one the listing no longer shows is asked about
 * alone, and is gone only when the API itself says so.
 */
final class AssetWatch {

    private static final int BATCH = TaskQuery.MAX_PAGE_LIMIT;
    private static final Duration AFTER_TROUBLE = Duration.ofSeconds(10);

    private final AssetsApi api;
    private final UploadLedger ledger;
    private final UploadTimer timer;
    private final UploadSettings settings;
    private final AssetStage stage;
    private final Set<String> watched = new LinkedHashSet<>();
    private boolean scheduled;

    AssetWatch(AssetsApi api, UploadLedger ledger, UploadTimer timer, UploadSettings settings, AssetStage stage) {
        this.api = api;
        this.ledger = ledger;
        this.timer = timer;
        this.settings = settings;
        this.stage = stage;
    }

    /** Starts following the processing asset of {@code localId}. */
    void watch(String localId) {
        synchronized (this) {
            watched.add(localId);
            if (scheduled) {
                return;
            }
            scheduled = true;
        }
        timer.after(settings.assetPollEvery(), this::look);
    }

    private void look() {
        List<String> ids;
        synchronized (this) {
            scheduled = false;
            ids = new ArrayList<>(watched);
            watched.clear();
        }
        Map<String, String> localByAsset = new HashMap<>();
        for (String localId : ids) {
            HistoryEntry e = ledger.get(localId);
            if (e != null && e.state() == SubmissionState.PROCESSING && e.upload() != null
                    && e.upload().assetId() != null) {
                localByAsset.put(e.upload().assetId(), localId);
            }
        }
        List<String> assetIds = new ArrayList<>(localByAsset.keySet());
        for (int from = 0; from < assetIds.size(); from += BATCH) {
            List<String> batch = assetIds.subList(from, Math.min(assetIds.size(), from + BATCH));
            List<Asset> listed;
            try {
                listed = api.listAssets(AssetQuery.all().withAssetIds(batch).withPageLimit(BATCH)).data();
            } catch (ApiException x) {
                batch.forEach(a -> ledger.update(localByAsset.get(a), e -> e.withNote("Checking the uploaded asset: "
                        + x.getMessage())));
                batch.forEach(a -> again(localByAsset.get(a), x.isTransient() ? settings.assetPollEvery()
                        : AFTER_TROUBLE));
                continue;
            }
            Set<String> seen = new LinkedHashSet<>();
            for (Asset a : listed) {
                String localId = localByAsset.get(a.id());
                if (localId == null) {
                    continue;
                }
                seen.add(a.id());
                settle(localId, a);
            }
            for (String missing : batch) {
                if (!seen.contains(missing)) {
                    stage.pollAsset(localByAsset.get(missing)); // asked alone; a 404 there says it is gone
                }
            }
        }
    }

    private void settle(String localId, Asset a) {
        if (AssetStatus.READY.equals(a.status())) {
            stage.assetReady(localId);
        } else if (AssetStatus.FAILED.equals(a.status())) {
            stage.notSent(localId, "The platform could not process the uploaded video (asset " + a.id()
                    + " failed). Check that it plays, then retry.");
        } else {
            again(localId, settings.assetPollEvery());
        }
    }

    private void again(String localId, Duration after) {
        if (after.equals(settings.assetPollEvery())) {
            watch(localId);
        } else {
            timer.after(after, () -> watch(localId));
        }
    }
}
