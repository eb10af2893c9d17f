package io.reeldrop.sandbox;

import java.time.Instant;

/**
 * Makes indexed assets from ready assets. The asset was probed when it arrived, so the video
 * requirements (the same checks and failure codes as tasks, plus the 2 GB indexing limit) are
 * decided at once; a video that breaks one still walks into {@code pending} and fails there,
 * as the service reports it, rather than being refused at the door. The {@link Indexer} does
 * the rest, fault-plan failures included.
 */
final class IndexedAssetLifecycle {

    /**
     * The largest asset indexed: the multipart limit. The 2 GB of the spec is {@code POST /tasks}'s
     * ("to upload larger files, use the Multipart Upload API"), so a bigger asset is indexed.
     */
    static final long MAX_INDEXED_BYTES = AssetLimits.FOUR_GIGABYTES;

    private final SandboxStore store;
    private final FaultInjector faults;
    private final Indexer indexer;

    IndexedAssetLifecycle(SandboxStore store, FaultInjector faults, Indexer indexer) {
        this.store = store;
        this.faults = faults;
        this.indexer = indexer;
    }

    /** Creates and plans an indexed asset of {@code asset} in {@code indexId}. Call under the store lock. */
    SandboxIndexedAsset create(String indexId, SandboxAsset asset, boolean stream, String userMetadata) {
        Instant now = TaskLifecycle.now();
        SandboxIndexedAsset job = new SandboxIndexedAsset();
        job.id = store.newId();
        job.number = store.nextTaskNumber();
        job.indexId = indexId;
        job.assetId = asset.id;
        job.apiVersion = "1.3";
        job.createdAt = now;
        job.filename = asset.filename;
        job.duration = asset.duration;
        job.width = asset.width;
        job.height = asset.height;
        job.fps = asset.fps;
        job.sizeBytes = asset.sizeBytes;
        job.streamEnabled = stream;
        job.userMetadata = userMetadata;
        faults.taskFailureStage(job.number).ifPresent(stage -> job.failStage = stage);
        try {
            if (asset.sizeBytes > MAX_INDEXED_BYTES) {
                throw new TaskFailure("video_filesize_too_large", "The video has " + asset.sizeBytes
                        + " bytes; indexing takes at most 4 GB. Upload a shorter or more compressed file.");
            }
            VideoRequirements.check("1.3", asset.width, asset.height, asset.duration);
        } catch (TaskFailure broken) {
            job.failStage = TaskState.PENDING;
            job.plannedFailureCode = broken.code();
            job.plannedFailureReason = broken.getMessage();
        }
        store.indexedAssets().put(job.id, job);
        indexer.plan(job, now, asset.duration);
        return job;
    }
}
