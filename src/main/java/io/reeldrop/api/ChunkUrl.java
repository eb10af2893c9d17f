package io.reeldrop.api;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;

/**
 * A presigned URL for one chunk of a multipart upload: another origin (an object store), single
 * use, expiring after an hour. Its query holds a signature that grants the upload, so
 * {@link #toString()} and {@link #display()} leave the query out.
 *
 * @param chunkIndex from 1
 * @param expiresAt null when the answer did not say
 */
public record ChunkUrl(int chunkIndex, URI url, Instant expiresAt) {

    public ChunkUrl {
        Objects.requireNonNull(url, "url");
        if (chunkIndex < 1) {
            throw new IllegalArgumentException("Chunks are numbered from 1, got " + chunkIndex);
        }
    }

    /** True when the URL has expired by {@code now}, or will within {@code marginSeconds}. */
    public boolean expiresBefore(Instant now, long marginSeconds) {
        return expiresAt != null && !expiresAt.isAfter(now.plusSeconds(marginSeconds));
    }

    /** {@code https://host:port/path}, without the signature: how the URL is named in messages. */
    public String display() {
        return url.getScheme() + "://" + url.getHost() + (url.getPort() >= 0 ? ":" + url.getPort() : "")
                + (url.getRawPath() == null ? "" : url.getRawPath());
    }

    @Override
    public String toString() {
        return "ChunkUrl[chunk " + chunkIndex + ", " + display() + ", expires " + expiresAt + "]";
    }
}
