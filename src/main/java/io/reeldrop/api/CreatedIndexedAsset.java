package io.reeldrop.api;

import java.util.Objects;

/**
 * The answer to {@code POST /indexes/{id}/indexed-assets} (HTTP 202): indexing has started.
 *
 * @param location the {@code Location} header, the indexed asset's path; null when not sent
 */
public record CreatedIndexedAsset(String id, String location) {

    public CreatedIndexedAsset {
        Objects.requireNonNull(id, "id");
    }
}
