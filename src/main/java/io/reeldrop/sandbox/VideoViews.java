package io.reeldrop.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/**
 * Renders a video in an index, whichever way it came (a task or an indexed asset): as an
 * indexed asset (v1.3, any status) or as a video of {@code /indexes/{id}/videos} (ready only;
 * {@code metadata} in v1.2, {@code system_metadata} in v1.3). The detailed forms add
 * {@code user_metadata} and, for a video stored for streaming, {@code hls}.
 */
final class VideoViews {

    private VideoViews() {
    }

    /** A task still validating is, seen as an indexed asset, waiting: {@code pending}. */
    static String indexedStatus(IndexingJob job) {
        return job.status == TaskState.VALIDATING ? "pending" : job.status.wireName();
    }

    static ObjectNode indexedAsset(IndexingJob job, boolean detailed, String origin) {
        ObjectNode json = base(job, "system_metadata", detailed, origin);
        json.put("status", indexedStatus(job));
        if (job instanceof SandboxIndexedAsset indexed) {
            json.put("asset_id", indexed.assetId);
        }
        if (job.status == TaskState.FAILED) {
            json.put("error_code", job.errorCode);
            json.put("error_reason", job.errorReason);
        }
        return json;
    }

    static ObjectNode video(IndexingJob job, String version, boolean detailed, String origin) {
        return base(job, "1.2".equals(version) ? "metadata" : "system_metadata", detailed, origin);
    }

    private static ObjectNode base(IndexingJob job, String metadataName, boolean detailed, String origin) {
        ObjectNode json = JsonViews.MAPPER.createObjectNode();
        json.put("_id", job.videoId());
        json.put("created_at", JsonViews.time(job.createdAt));
        json.put("updated_at", JsonViews.time(job.updatedAt));
        if (job.status == TaskState.READY) {
            json.put("indexed_at", JsonViews.time(job.readyAt));
        }
        ObjectNode metadata = json.putObject(metadataName);
        metadata.put("filename", job.filename);
        if (job.duration != null) {
            metadata.put("duration", job.duration);
        }
        if (job instanceof SandboxIndexedAsset indexed && indexed.fps != null) {
            metadata.put("fps", indexed.fps);
        }
        if (job.width != null) {
            metadata.put("width", job.width);
            metadata.put("height", job.height);
        }
        if (job.sizeBytes > 0) {
            metadata.put("size", job.sizeBytes);
        }
        if (detailed) {
            json.set("user_metadata", userMetadata(job));
            if (job.streamEnabled && job.status != TaskState.FAILED) {
                ObjectNode hls = json.putObject("hls");
                // The sandbox does not stream: the playlist's address is on its own origin and answers 404.
                hls.put("video_url", origin + "/hls/" + job.videoId() + "/stream.m3u8");
                hls.putArray("thumbnail_urls");
                hls.put("status", job.status == TaskState.READY ? "COMPLETE" : "PROCESSING");
                hls.put("updated_at", JsonViews.time(job.updatedAt));
            }
        }
        return json;
    }

    static ObjectNode userMetadata(IndexingJob job) {
        if (job.userMetadata == null) {
            return JsonViews.MAPPER.createObjectNode();
        }
        try {
            JsonNode parsed = JsonViews.MAPPER.readTree(job.userMetadata);
            return parsed instanceof ObjectNode object ? object : JsonViews.MAPPER.createObjectNode();
        } catch (IOException e) {
            return JsonViews.MAPPER.createObjectNode();
        }
    }
}
