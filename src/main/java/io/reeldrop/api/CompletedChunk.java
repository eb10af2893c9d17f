package io.reeldrop.api;

import java.util.Objects;

/**
 * A chunk the object store accepted, as reported to {@code POST /assets/multipart-uploads/{id}}:
 * its index, the store's ETag as proof ({@code proof_type} is always {@code etag}) and its size.
 *
 * @param etag without the quotes HTTP puts around it, as the vendor's SDKs send it
 */
public record CompletedChunk(int chunkIndex, String etag, long size) {

    public CompletedChunk {
        Objects.requireNonNull(etag, "etag");
        if (chunkIndex < 1 || size < 1) {
            throw new IllegalArgumentException("A completed chunk has an index from 1 and at least one byte; got chunk "
                    + chunkIndex + " of " + size + " bytes");
        }
    }
}
