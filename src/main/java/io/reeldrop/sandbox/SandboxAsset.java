package io.reeldrop.sandbox;

import java.time.Instant;

/**
 * One asset: an uploaded (direct or multipart) or downloaded (url) media file, kept in the data
 * folder until deleted, probed once when it arrives. Mutable, guarded by the {@link SandboxStore}
 * lock; fields are plain so Jackson can persist it as it is.
 */
final class SandboxAsset {

    String id;
    /** "direct" (a file part or a multipart upload) or "url". */
    String method;
    AssetState status;
    String filename;
    String fileType;
    Instant createdAt;
    Instant updatedAt;
    /** The URL to download, for method url. */
    String sourceUrl;
    /** The multipart session this asset comes from, while it is not complete; null otherwise. */
    String uploadId;
    /** Where the bytes are, once they are all here. */
    String path;
    long sizeBytes;

    Double duration;
    Integer width;
    Integer height;
    Double fps;
    /** When probing is over, the instant the asset turns ready or failed. */
    Instant doneAt;
    String errorCode;
    String errorReason;

    SandboxAsset() {
        // for Jackson
    }
}
