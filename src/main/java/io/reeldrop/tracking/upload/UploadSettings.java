package io.reeldrop.tracking.upload;

import io.reeldrop.api.CreateAssetRequest;
import java.time.Duration;

/**
 * The upload stage's tunables.
 *
 * @param parallelChunks chunk PUTs of one multipart upload at once
 * @param reconcileSettle how long after an answer was lost an empty listing proves nothing was made
 * @param clockSkew margin for the difference between this machine's clock and the server's
 * @param assetPollEvery how often a processing asset is asked about
 * @param multipartAbove files larger than this go through a multipart session; at most the
 *     API's 200 MB limit of a direct upload (lower only to exercise the path on small files)
 */
public record UploadSettings(int parallelChunks, Duration reconcileSettle, Duration clockSkew,
                             Duration assetPollEvery, long multipartAbove) {

    public UploadSettings {
        if (parallelChunks < 1 || parallelChunks > 16) {
            throw new IllegalArgumentException("Parallel chunk uploads must be 1 to 16, was " + parallelChunks + ".");
        }
        if (multipartAbove < 1 || multipartAbove > CreateAssetRequest.MAX_DIRECT_BYTES) {
            throw new IllegalArgumentException("Files above 1 byte to 200 MB go in chunks; was " + multipartAbove + ".");
        }
    }

    public static UploadSettings defaults() {
        return new UploadSettings(4, Duration.ofSeconds(10), Duration.ofMinutes(2), Duration.ofSeconds(3),
                CreateAssetRequest.MAX_DIRECT_BYTES);
    }

    public UploadSettings withParallelChunks(int n) {
        return new UploadSettings(n, reconcileSettle, clockSkew, assetPollEvery, multipartAbove);
    }

    public UploadSettings withAssetPollEvery(Duration d) {
        return new UploadSettings(parallelChunks, reconcileSettle, clockSkew, d, multipartAbove);
    }

    public UploadSettings withMultipartAbove(long bytes) {
        return new UploadSettings(parallelChunks, reconcileSettle, clockSkew, assetPollEvery, bytes);
    }

    public UploadSettings withReconcileSettle(Duration d) {
        return new UploadSettings(parallelChunks, d, clockSkew, assetPollEvery, multipartAbove);
    }
}
