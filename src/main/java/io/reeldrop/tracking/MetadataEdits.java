package io.reeldrop.tracking;

import io.reeldrop.api.ApiVersion;
import io.reeldrop.api.TwelveLabsApi;
import io.reeldrop.tracking.model.UploadFlow;
import io.reeldrop.tracking.store.HistoryEntry;
import io.reeldrop.tracking.upload.IndexedAssetView;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Editing a video's user metadata after it was sent: a {@code PATCH} of the indexed asset, which
 * on v1.3 every indexed video is (a task's video too), then a fresh read so the row shows what
 * the platform now holds.
 */
final class MetadataEdits {

    /** Keys the platform keeps for itself. */
    private static final Set<String> SYSTEM_KEYS = Set.of("duration", "filename", "fps", "height", "width", "size",
            "video_title");

    private final TwelveLabsApi api;
    private final TaskUpdates updates;

    MetadataEdits(TwelveLabsApi api, TaskUpdates updates) {
        this.api = api;
        this.updates = updates;
    }

    /**
     * Sets the given keys (a null value deletes one). Blocks on the network.
     *
     * @throws IllegalStateException with a sentence when the video cannot carry metadata yet
     */
    void update(HistoryEntry e, Map<String, Object> changes) {
        if (api.version() != ApiVersion.V1_3) {
            throw new IllegalStateException("API v1.2 keeps no user metadata; connect to v1.3 to set it.");
        }
        for (Map.Entry<String, Object> c : changes.entrySet()) {
            Object v = c.getValue();
            if (c.getKey() == null || c.getKey().isBlank() || SYSTEM_KEYS.contains(c.getKey())) {
                throw new IllegalArgumentException("\"" + c.getKey() + "\" is not a key of your own; the platform keeps"
                        + " that one. Choose another name.");
            }
            if (v != null && !(v instanceof String || v instanceof Number || v instanceof Boolean)) {
                throw new IllegalArgumentException("The value of \"" + c.getKey() + "\" must be text, a number or"
                        + " true/false.");
            }
        }
        String id = e.submission().flow() == UploadFlow.ASSETS ? e.taskId()
                : e.task() == null ? null : e.task().videoId();
        if (id == null) {
            throw new IllegalStateException("\"" + e.submission().displayName() + "\" is not indexed yet; its"
                    + " metadata can be edited once the video is on the platform.");
        }
        String index = e.submission().indexId().strip().toLowerCase(Locale.ROOT);
        api.assets().updateIndexedAssetMetadata(index, id, changes);
        if (e.submission().flow() == UploadFlow.ASSETS) {
            updates.apply(IndexedAssetView.asTask(api.assets().getIndexedAsset(index, id), index));
        }
    }
}
