package io.reeldrop.sandbox;

import io.reeldrop.media.VideoInfo;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/**
 * Turns an asset's bytes into a {@code ready} or {@code failed} asset: downloads a URL asset
 * (under the URL size limit), probes the file with FFmpeg, then stays {@code processing} for the
 * schedule's asset time before the outcome shows, as the service takes its time too. The bytes
 * of a ready asset stay in the data folder for indexing; a failed asset's are deleted.
 */
final class AssetLifecycle {

    private final SandboxStore store;
    private final SandboxConfig config;
    private final SandboxWorkers workers;
    private final Path assetsDir;

    AssetLifecycle(SandboxStore store, SandboxConfig config, SandboxWorkers workers, Path assetsDir) {
        this.store = store;
        this.config = config;
        this.workers = workers;
        this.assetsDir = assetsDir;
    }

    Path fileOf(String assetId) {
        return assetsDir.resolve(assetId + ".asset");
    }

    /** Starts processing an asset whose bytes are here (direct, multipart) or to be fetched (url). */
    void start(String assetId) {
        workers.validators.execute(() -> process(assetId));
    }

    /** After a restart: finishes what was probed, processes again what was not; uploads still open wait for their chunks. */
    void resume() {
        synchronized (store.lock()) {
            for (SandboxAsset asset : store.assets().values()) {
                if (asset.status != AssetState.PROCESSING || asset.uploadId != null) {
                    continue;
                }
                if (asset.doneAt != null) {
                    scheduleFinish(asset);
                } else {
                    start(asset.id);
                }
            }
        }
    }

    private void process(String assetId) {
        SandboxAsset asset;
        Path file;
        URI url;
        synchronized (store.lock()) {
            asset = store.assets().get(assetId);
            if (asset == null || asset.status != AssetState.PROCESSING || asset.doneAt != null) {
                return;
            }
            file = asset.path != null ? Path.of(asset.path) : fileOf(assetId);
            url = asset.sourceUrl == null ? null : URI.create(asset.sourceUrl);
        }
        TaskFailure failure = null;
        VideoInfo info = null;
        long size = 0;
        try {
            size = url != null ? workers.downloader.download(url, file, config.assets().urlBytes()) : Files.size(file);
            info = workers.probe(file);
        } catch (TaskFailure e) {
            failure = e;
        } catch (IOException e) {
            failure = new TaskFailure("video_file_broken", "The uploaded file is gone (" + e.getMessage() + "). Upload it again.");
        } catch (RuntimeException | LinkageError unexpected) {
            failure = new TaskFailure("video_file_broken", "The sandbox could not check this file: " + unexpected);
        }
        if (workers.closing()) {
            return; // processed again when a sandbox resumes this data folder
        }
        synchronized (store.lock()) {
            if (store.assets().get(assetId) != asset) {
                deleteQuietly(file); // deleted while it was processed
                return;
            }
            asset.path = file.toString();
            asset.sizeBytes = size > 0 ? size : asset.sizeBytes;
            if (info != null) {
                asset.duration = info.durationSeconds();
                asset.width = info.width();
                asset.height = info.height();
            } else {
                asset.errorCode = failure.code();
                asset.errorReason = failure.getMessage();
            }
            asset.doneAt = TaskLifecycle.now().plus(config.schedule().assetProcessing(config.timeScale()));
            scheduleFinish(asset);
        }
        store.save();
    }

    private void scheduleFinish(SandboxAsset asset) {
        long delay = Math.max(0, Duration.between(Instant.now(), asset.doneAt).toMillis());
        String id = asset.id;
        workers.scheduler.schedule(() -> finish(id), delay, TimeUnit.MILLISECONDS);
    }

    private void finish(String assetId) {
        Path toDelete = null;
        synchronized (store.lock()) {
            SandboxAsset asset = store.assets().get(assetId);
            if (asset == null || asset.status != AssetState.PROCESSING || asset.doneAt == null) {
                return;
            }
            if (Instant.now().isBefore(asset.doneAt)) {
                scheduleFinish(asset);
                return;
            }
            asset.status = asset.errorCode == null ? AssetState.READY : AssetState.FAILED;
            asset.updatedAt = asset.doneAt;
            if (asset.status == AssetState.FAILED && asset.path != null) {
                toDelete = Path.of(asset.path);
            }
        }
        if (toDelete != null) {
            deleteQuietly(toDelete);
        }
        store.save();
    }

    static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a leftover file in the data folder is harmless
        }
    }
}
