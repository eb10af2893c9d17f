package io.reeldrop.tracking.upload;

import io.reeldrop.api.IndexedAsset;
import io.reeldrop.api.SystemMetadata;
import io.reeldrop.api.Task;
import io.reeldrop.api.VideoMetadata;

/**
 * An indexed asset seen as a task, so both flows share the history, the table's columns, the
 * ETA and the command line's lines: the indexing job's id, status, timestamps, what the platform
 * measured of the video, and its stream. An indexed asset's id is also its video's id.
 */
public final class IndexedAssetView {

    private IndexedAssetView() {
    }

    public static Task asTask(IndexedAsset a, String indexId) {
        SystemMetadata m = a.systemMetadata();
        VideoMetadata video = new VideoMetadata(m.duration(), m.filename(), m.width(), m.height());
        return new Task(a.id(), indexId, a.id(), a.status(), a.createdAt(), a.updatedAt(), null, video, null,
                a.hls(), null, a.rawJson());
    }
}
