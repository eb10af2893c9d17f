package io.reeldrop.api;

import java.util.Objects;

/**
 * How a chunk PUT to a presigned URL ended, short of a failure: stored, or the URL refused.
 * Failures that fresh URLs cannot cure (the store keeps failing, the network is down, the
 * request is refused for its content) throw {@link ApiException} instead.
 */
public sealed interface ChunkPutResult {

    /** The store kept the chunk and gave its ETag, the proof to report. */
    record Stored(CompletedChunk chunk) implements ChunkPutResult {
        public Stored {
            Objects.requireNonNull(chunk, "chunk");
        }
    }

    /**
     * The store refused the URL itself: expired, already used, or its signature no longer valid
     * (HTTP 400, 401, 403, 404 or 410 from an object store, e.g. S3's {@code AccessDenied} with
     * "Request has expired"). Not a failure of the upload: ask the API for a fresh URL of this
     * chunk ({@code POST .../presigned-urls}) and send the chunk again.
     *
     * @param storeCode the store's error code ({@code <Code>} of an XML error, {@code code} of a
     *     JSON one); null when it gave none
     * @param reason a sentence for a person, without the URL's signature
     */
    record UrlRefused(int chunkIndex, int httpStatus, String storeCode, String reason) implements ChunkPutResult {
    }
}
