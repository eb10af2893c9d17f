package io.reeldrop.sandbox;

/**
 * One indexed asset ({@code POST /indexes/{id}/indexed-assets}): an {@link IndexingJob} made
 * from a ready asset, whose video was already probed when the asset was processed. Its id is
 * also its video id.
 */
final class SandboxIndexedAsset extends IndexingJob {

    String assetId;
    Double fps;

    SandboxIndexedAsset() {
        // for Jackson
    }

    @Override
    String videoId() {
        return id;
    }
}
