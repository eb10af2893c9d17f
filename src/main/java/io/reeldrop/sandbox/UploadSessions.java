package io.reeldrop.sandbox;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Multipart upload sessions: opening one reserves its asset and a sparse file of the full size,
 * into which every chunk is written at its own offset as it arrives; a session ends
 * {@code completed} when its last chunk is reported with a matching proof (its asset is then
 * processed like any other), or {@code expired} 24 hours (time-scaled) after it opened, when its
 * file is deleted and its asset fails.
 */
final class UploadSessions {

    static final Duration LIFETIME = Duration.ofHours(24);

    private final SandboxStore store;
    private final SandboxConfig config;
    private final SandboxWorkers workers;
    private final AssetLifecycle assets;
    final PresignedUrls urls;

    UploadSessions(SandboxStore store, SandboxConfig config, SandboxWorkers workers, AssetLifecycle assets, PresignedUrls urls) {
        this.store = store;
        this.config = config;
        this.workers = workers;
        this.assets = assets;
        this.urls = urls;
    }

    /** Opens a session for a file of {@code totalSize} bytes and reserves its asset. */
    UploadSession open(String filename, long totalSize) {
        Instant now = TaskLifecycle.now();
        SandboxAsset asset = new SandboxAsset();
        asset.id = store.newId();
        asset.method = "direct";
        asset.status = AssetState.PROCESSING;
        asset.filename = filename;
        asset.fileType = AssetRoutes.mimeTypeOf(filename, null);
        asset.createdAt = now;
        asset.updatedAt = now;
        asset.sizeBytes = totalSize;
        UploadSession session = new UploadSession();
        session.id = store.newId();
        session.assetId = asset.id;
        session.filename = filename;
        session.totalSize = totalSize;
        session.chunkSize = config.assets().chunkSizeFor(totalSize);
        session.totalChunks = (int) ((totalSize + session.chunkSize - 1) / session.chunkSize);
        session.createdAt = now;
        session.updatedAt = now;
        session.expiresAt = now.plus(Schedule.scaled(LIFETIME, config.timeScale()));
        session.status = "active";
        Path file = assets.fileOf(asset.id);
        session.path = file.toString();
        asset.uploadId = session.id;
        for (int n = 0; n < session.totalChunks; n++) {
            session.chunks.add(new UploadSession.Chunk());
        }
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(totalSize); // sparse: no byte is written until its chunk arrives
        } catch (IOException e) {
            throw new UncheckedIOException("The sandbox cannot create the upload file " + file + ": " + e.getMessage(), e);
        }
        synchronized (store.lock()) {
            store.assets().put(asset.id, asset);
            store.uploads().put(session.id, session);
            scheduleExpiry(session);
        }
        store.save();
        return session;
    }

    /** Signed URLs for chunks {@code start .. start + count - 1} (clipped to the last chunk). */
    List<PresignedUrls.Signed> urls(UploadSession session, int start, int count) {
        Instant now = TaskLifecycle.now();
        List<PresignedUrls.Signed> signed = new ArrayList<>();
        for (int n = start; n < start + count && n <= session.totalChunks; n++) {
            signed.add(urls.sign(session.id, n, now));
        }
        return signed;
    }

    /** Called under the lock once every chunk is reported: the asset's bytes are all here. */
    void complete(UploadSession session, Instant now) {
        session.status = "completed";
        session.updatedAt = now;
        SandboxAsset asset = store.assets().get(session.assetId);
        if (asset != null) {
            asset.uploadId = null;
            asset.path = session.path;
            asset.updatedAt = now;
            assets.start(asset.id);
        }
    }

    /** After a restart: the expiry timers of the sessions still open. */
    void resume() {
        synchronized (store.lock()) {
            store.uploads().values().stream().filter(s -> s.status.equals("active")).forEach(this::scheduleExpiry);
        }
    }

    private void scheduleExpiry(UploadSession session) {
        long delay = Math.max(0, Duration.between(Instant.now(), session.expiresAt).toMillis());
        String id = session.id;
        workers.scheduler.schedule(() -> expire(id), delay, TimeUnit.MILLISECONDS);
    }

    private void expire(String uploadId) {
        Path file;
        synchronized (store.lock()) {
            UploadSession session = store.uploads().get(uploadId);
            if (session == null || !session.status.equals("active")) {
                return;
            }
            if (Instant.now().isBefore(session.expiresAt)) {
                scheduleExpiry(session);
                return;
            }
            session.status = "expired";
            session.updatedAt = session.expiresAt;
            file = Path.of(session.path);
            SandboxAsset asset = store.assets().get(session.assetId);
            if (asset != null && asset.uploadId != null) {
                asset.status = AssetState.FAILED;
                asset.updatedAt = session.expiresAt;
                asset.errorCode = "upload_expired";
                asset.errorReason = "The multipart upload was not completed within 24 hours. Open a new upload session.";
            }
        }
        AssetLifecycle.deleteQuietly(file);
        store.save();
    }
}
