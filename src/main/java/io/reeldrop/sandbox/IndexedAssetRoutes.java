package io.reeldrop.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.eclipse.jetty.util.Fields;

/**
 * {@code /indexes/{id}/indexed-assets...} and {@code /indexes/{id}/videos...}: two views of one
 * world. Every video in an index is listed, whether a task or an indexed asset brought it; the
 * indexed-asset view shows every status, the video view only ready videos. Create (from a ready
 * asset, 202 with a {@code Location}), list with every documented filter, read, patch
 * {@code user_metadata} (a null value deletes its key) and delete. Deleting a task's video marks
 * the task so it can then be deleted, the order the service documents.
 */
final class IndexedAssetRoutes {

    /** System fields user metadata may not override, as the spec lists them. */
    private static final Set<String> RESERVED = Set.of("duration", "filename", "fps", "height", "model_names", "size",
            "video_title", "width");

    private final SandboxStore store;
    private final IndexedAssetLifecycle lifecycle;
    private final Supplier<String> origin;

    IndexedAssetRoutes(SandboxStore store, IndexedAssetLifecycle lifecycle, Supplier<String> origin) {
        this.store = store;
        this.lifecycle = lifecycle;
        this.origin = origin;
    }

    Reply create(String indexId, byte[] body) {
        JsonNode json = JsonBody.object(body);
        String assetId = JsonBody.text(json, "asset_id", true);
        Boolean stream = JsonBody.bool(json, "enable_video_stream");
        String metadata = json.has("user_metadata") && !json.get("user_metadata").isNull()
                ? checkedMetadata(json.get("user_metadata"), false).toString() : null;
        SandboxIndexedAsset job;
        synchronized (store.lock()) {
            index(indexId);
            SandboxAsset asset = store.assets().get(assetId);
            if (asset == null || asset.uploadId != null) {
                throw ApiError.notFound("asset", assetId);
            }
            if (asset.status != AssetState.READY) {
                throw ApiError.invalid("The asset_id parameter is invalid: asset " + assetId + " is " + asset.status.wireName()
                        + (asset.status == AssetState.PROCESSING ? ". Index it once GET /assets/" + assetId + " shows ready."
                                : " (" + asset.errorReason + "). Upload the file again."));
            }
            job = lifecycle.create(indexId, asset, stream != null && stream, metadata);
        }
        store.save();
        ObjectNode answer = JsonViews.MAPPER.createObjectNode();
        answer.put("_id", job.id);
        return new Reply(202, answer, Map.of("Location", "/indexes/" + indexId + "/indexed-assets/" + job.id));
    }

    Reply list(String version, String indexId, Fields query, boolean videosOnly) {
        VideoFilter filter = new VideoFilter(query);
        synchronized (store.lock()) {
            index(indexId);
            List<IndexingJob> matching = new ArrayList<>();
            for (IndexingJob job : videosIn(indexId)) {
                if ((!videosOnly || job.status == TaskState.READY) && filter.matches(job)) {
                    matching.add(job);
                }
            }
            List<ObjectNode> page = new ArrayList<>();
            for (IndexingJob job : filter.list.pageOf(matching, j -> j.createdAt, j -> j.updatedAt, IndexingJob::videoId)) {
                page.add(videosOnly ? VideoViews.video(job, version, false, origin.get()) : VideoViews.indexedAsset(job, false, origin.get()));
            }
            return Reply.ok(JsonViews.page(page, filter.list.page, filter.list.limit, matching.size()));
        }
    }

    Reply get(String version, String indexId, String videoId, boolean videosOnly) {
        synchronized (store.lock()) {
            IndexingJob job = video(indexId, videoId, videosOnly);
            return Reply.ok(videosOnly ? VideoViews.video(job, version, true, origin.get()) : VideoViews.indexedAsset(job, true, origin.get()));
        }
    }

    Reply patch(String indexId, String videoId, byte[] body) {
        JsonNode json = JsonBody.object(body);
        JsonNode changes = json.get("user_metadata");
        if (changes == null || changes.isNull()) {
            throw ApiError.notProvided("user_metadata");
        }
        ObjectNode checked = checkedMetadata(changes, true);
        synchronized (store.lock()) {
            IndexingJob job = video(indexId, videoId, false);
            ObjectNode merged = VideoViews.userMetadata(job);
            for (Iterator<Map.Entry<String, JsonNode>> it = checked.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> change = it.next();
                if (change.getValue().isNull()) {
                    merged.remove(change.getKey());
                } else {
                    merged.set(change.getKey(), change.getValue());
                }
            }
            job.userMetadata = merged.isEmpty() ? null : merged.toString();
            job.updatedAt = TaskLifecycle.now();
        }
        store.save();
        return Reply.noContent();
    }

    Reply delete(String indexId, String videoId) {
        synchronized (store.lock()) {
            IndexingJob job = video(indexId, videoId, false);
            if (job instanceof SandboxTask task) {
                task.videoDeleted = true;
            } else {
                store.indexedAssets().remove(job.id);
            }
        }
        store.save();
        return Reply.noContent();
    }

    /** Every video of the index: indexed assets, and tasks whose video was not deleted. */
    private List<IndexingJob> videosIn(String indexId) {
        List<IndexingJob> videos = new ArrayList<>();
        for (IndexingJob job : store.jobs()) {
            if (job.indexId.equals(indexId) && !(job instanceof SandboxTask task && task.videoDeleted)) {
                videos.add(job);
            }
        }
        return videos;
    }

    private IndexingJob video(String indexId, String videoId, boolean readyOnly) {
        index(indexId);
        for (IndexingJob job : videosIn(indexId)) {
            if (job.videoId().equals(videoId) && (!readyOnly || job.status == TaskState.READY)) {
                return job;
            }
        }
        throw ApiError.notFound(readyOnly ? "video" : "indexed asset", videoId);
    }

    private void index(String indexId) {
        if (!store.indexes().containsKey(indexId)) {
            throw ApiError.notFound("index", indexId);
        }
    }

    /** Keys are strings; values strings, numbers or booleans (or null, in a patch, to delete the key). */
    static ObjectNode checkedMetadata(JsonNode metadata, boolean nullDeletes) {
        if (!metadata.isObject()) {
            throw ApiError.invalid("user_metadata must be a JSON object, e.g. {\"category\": \"news\"}.");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = metadata.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            JsonNode value = entry.getValue();
            if (RESERVED.contains(entry.getKey())) {
                throw ApiError.invalid("user_metadata cannot set '" + entry.getKey() + "': it is system metadata.");
            }
            if (!(value.isTextual() || value.isNumber() || value.isBoolean() || value.isNull() && nullDeletes)) {
                throw ApiError.invalid("user_metadata." + entry.getKey() + " must be a string, number or boolean"
                        + (nullDeletes ? " (or null to delete it)" : "") + "; convert other values to strings.");
            }
        }
        return (ObjectNode) metadata;
    }
}
