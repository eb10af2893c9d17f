package io.reeldrop.api;

/**
 * How a multipart upload ended.
 *
 * @param assetUrl the URL the last chunk report gave; null when the API gave none
 * @param status the session as the API described it after the last report
 * @param chunksSent chunks PUT by this run (resumed chunks not counted)
 * @param bytesSent bytes of those chunks
 */
public record UploadResult(String uploadId, String assetId, String assetUrl, UploadStatus status, int chunksSent,
                           long bytesSent) {

    /** True when the API says the session is completed and the asset on its way to {@code ready}. */
    public boolean completed() {
        return UploadSessionStatus.COMPLETED.equals(status.status());
    }
}
