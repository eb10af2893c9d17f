package io.reeldrop.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;

/** Renders assets and multipart upload sessions in the shape of the v1.3 spec. */
final class AssetViews {

    private AssetViews() {
    }

    static ObjectNode asset(SandboxAsset asset) {
        ObjectNode json = JsonViews.MAPPER.createObjectNode();
        json.put("_id", asset.id);
        json.put("method", asset.method);
        json.put("status", asset.status.wireName());
        json.put("filename", asset.filename);
        json.put("file_type", asset.fileType);
        json.put("created_at", JsonViews.time(asset.createdAt));
        // Not in the 1.3 spec's Asset, but in the vendor SDKs' newer model of it: size and duration.
        if (asset.sizeBytes > 0) {
            json.put("size", asset.sizeBytes);
        }
        if (asset.duration != null && asset.status == AssetState.READY) {
            json.put("duration", asset.duration);
        }
        if (asset.status == AssetState.FAILED) {
            json.put("error_code", asset.errorCode);
            json.put("error_reason", asset.errorReason);
        }
        return json;
    }

    /** One presigned URL entry. */
    static ObjectNode url(PresignedUrls.Signed signed) {
        ObjectNode json = JsonViews.MAPPER.createObjectNode();
        json.put("chunk_index", signed.chunk());
        json.put("url", signed.url());
        json.put("expires_at", JsonViews.time(signed.expiresAt()));
        return json;
    }

    static ObjectNode created(UploadSession session, List<PresignedUrls.Signed> urls) {
        ObjectNode json = JsonViews.MAPPER.createObjectNode();
        json.put("upload_id", session.id);
        json.put("asset_id", session.assetId);
        ArrayNode list = json.putArray("upload_urls");
        urls.forEach(url -> list.add(url(url)));
        json.putObject("upload_headers").put("Content-Type", "application/octet-stream");
        json.put("chunk_size", session.chunkSize);
        json.put("total_chunks", session.totalChunks);
        json.put("expires_at", JsonViews.time(session.expiresAt));
        return json;
    }

    static ObjectNode chunk(UploadSession session, int number) {
        UploadSession.Chunk chunk = session.chunk(number);
        ObjectNode json = JsonViews.MAPPER.createObjectNode();
        json.put("index", number);
        json.put("status", chunkStatus(chunk));
        if (chunk.reportedAt != null) {
            json.put("uploaded_at", JsonViews.time(chunk.reportedAt));
        }
        json.put("updated_at", JsonViews.time(chunk.updatedAt != null ? chunk.updatedAt : session.createdAt));
        if (chunk.error != null && chunk.reportedAt == null && chunk.etag == null) {
            json.put("error", chunk.error);
        }
        return json;
    }

    static String chunkStatus(UploadSession.Chunk chunk) {
        if (chunk.reportedAt != null) {
            return "completed";
        }
        return chunk.error != null && chunk.etag == null ? "failed" : "pending";
    }

    static ObjectNode summary(UploadSession session, Instant now) {
        ObjectNode json = JsonViews.MAPPER.createObjectNode();
        json.put("upload_id", session.id);
        json.put("status", session.statusAt(now));
        json.put("total_size", session.totalSize);
        json.put("chunk_size", session.chunkSize);
        json.put("total_chunks", session.totalChunks);
        json.put("created_at", JsonViews.time(session.createdAt));
        json.put("expires_at", JsonViews.time(session.expiresAt));
        return json;
    }
}
