package io.reeldrop.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns the answers of the asset, multipart-upload and indexed-asset endpoints into records,
 * tolerantly as {@link AnswerReader} does (unknown fields ignored, unknown statuses kept), but
 * strict where a wrong value would send bytes to the wrong place: chunk sizes, chunk counts and
 * upload URLs.
 */
final class AssetAnswers {

    /** S3's part limit; a session asking for more chunks is not one ReelDrop can trust. */
    static final int MAX_CHUNKS = 10_000;

    private AssetAnswers() {
    }

    static Asset asset(JsonNode node, String rawJson, String what) throws UnreadableAnswer {
        String status = JsonFields.text(node, "status");
        return new Asset(JsonFields.requiredId(node, "_id", what), JsonFields.text(node, "method"),
                status == null ? null : AssetStatus.of(status), JsonFields.text(node, "filename"),
                JsonFields.text(node, "file_type"), JsonFields.time(node, "created_at"), rawJson);
    }

    static MultipartUpload multipartUpload(JsonNode body, long totalSize) throws UnreadableAnswer {
        String what = "the upload session";
        String uploadId = JsonFields.requiredId(body, "upload_id", what);
        String assetId = JsonFields.requiredId(body, "asset_id", what);
        Long chunkSize = JsonFields.whole(body, "chunk_size");
        if (chunkSize == null || chunkSize < 1) {
            throw new UnreadableAnswer(what + " has no usable \"chunk_size\" (a whole number of bytes, at least 1)");
        }
        long needed = MultipartUpload.chunksFor(totalSize, chunkSize);
        if (needed > MAX_CHUNKS) {
            throw new UnreadableAnswer(what + " splits " + totalSize + " bytes into chunks of " + chunkSize
                    + " bytes, " + needed + " chunks, more than the " + MAX_CHUNKS + " an upload may have");
        }
        Long total = JsonFields.whole(body, "total_chunks");
        if (total != null && total != needed) {
            throw new UnreadableAnswer(what + " says \"total_chunks\" is " + total + ", but " + totalSize
                    + " bytes in chunks of " + chunkSize + " make " + needed);
        }
        List<ChunkUrl> urls = chunkUrls(body, (int) needed, what);
        return new MultipartUpload(uploadId, assetId, totalSize, chunkSize, (int) needed, urls,
                uploadHeaders(JsonFields.object(body, "upload_headers")), JsonFields.time(body, "expires_at"));
    }

    /**
     * The {@code upload_urls} of a session or of fresh URLs. An item without an index or URL is
     * left out (fresh ones can be asked for); an index out of range or a URL that is not http(s)
     * is refused, since bytes would go to the wrong chunk or somewhere no upload belongs.
     *
     * @param totalChunks the upper bound of indexes; 0 when not known
     */
    static List<ChunkUrl> chunkUrls(JsonNode body, int totalChunks, String what) throws UnreadableAnswer {
        List<ChunkUrl> urls = new ArrayList<>();
        JsonNode items = body.get("upload_urls");
        if (items == null || items.isNull()) {
            return urls;
        }
        if (!items.isArray()) {
            throw new UnreadableAnswer(what + " has \"upload_urls\" that is a JSON " + BodyDescription.kind(items)
                    + ", not an array");
        }
        for (JsonNode item : items) {
            Long index = item.isObject() ? JsonFields.whole(item, "chunk_index") : null;
            String url = item.isObject() ? JsonFields.text(item, "url") : null;
            if (index == null || url == null) {
                continue;
            }
            if (index < 1 || (totalChunks > 0 && index > totalChunks)) {
                throw new UnreadableAnswer(what + " has an upload URL for chunk " + index + ", outside 1 to "
                        + (totalChunks > 0 ? totalChunks : "the session's chunks"));
            }
            URI uri = httpUri(url);
            if (uri == null) {
                throw new UnreadableAnswer(what + " has an upload URL for chunk " + index + " that is not an http(s) "
                        + "address (it starts with \"" + BodyDescription.quote(url.length() > 12 ? url.substring(0, 12) : url) + "\")");
            }
            Instant expires = JsonFields.time(item, "expires_at");
            urls.add(new ChunkUrl(index.intValue(), uri, expires != null ? expires : JsonFields.time(body, "expires_at")));
        }
        return urls;
    }

    private static URI httpUri(String text) {
        try {
            URI uri = new URI(text.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null ? uri : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static Map<String, String> uploadHeaders(JsonNode headers) {
        Map<String, String> map = new LinkedHashMap<>();
        if (headers != null) {
            headers.fields().forEachRemaining(e -> {
                if (e.getValue().isValueNode() && !e.getValue().isNull()) {
                    map.put(e.getKey(), e.getValue().asText());
                }
            });
        }
        return map;
    }

    static ChunkReport chunkReport(JsonNode body, String rawJson) {
        return new ChunkReport(JsonFields.text(body, "asset_id"), JsonFields.text(body, "url"),
                JsonFields.integer(body, "processed_chunks"), JsonFields.integer(body, "duplicate_chunks"),
                JsonFields.integer(body, "total_completed"), rawJson);
    }

    static UploadStatus uploadStatus(JsonNode body, String rawJson) throws UnreadableAnswer {
        String what = "the upload status";
        List<ChunkState> chunks = new ArrayList<>();
        JsonNode items = body.get("uploaded_chunks");
        if (items != null && items.isArray()) {
            for (JsonNode item : items) {
                Long index = item.isObject() ? JsonFields.whole(item, "index") : null;
                if (index != null && index >= 1 && index <= MAX_CHUNKS) {
                    chunks.add(new ChunkState(index.intValue(), JsonFields.text(item, "status"),
                            JsonFields.time(item, "uploaded_at")));
                }
            }
        }
        return new UploadStatus(JsonFields.text(body, "upload_id"),
                UploadSessionStatus.of(JsonFields.requiredText(body, "status", what)), chunks,
                JsonFields.integer(body, "chunks_completed"), JsonFields.integer(body, "chunks_failed"),
                JsonFields.integer(body, "chunks_pending"), AnswerReader.pageInfo(body, chunks.size()),
                JsonFields.whole(body, "total_size"), JsonFields.whole(body, "uploaded_size"),
                JsonFields.time(body, "created_at"), JsonFields.time(body, "updated_at"), rawJson);
    }

    static IncompleteUpload incompleteUpload(JsonNode node, String rawJson, String what) throws UnreadableAnswer {
        Long totalSize = JsonFields.whole(node, "total_size");
        Long chunkSize = JsonFields.whole(node, "chunk_size");
        Long totalChunks = JsonFields.whole(node, "total_chunks");
        if (totalSize == null || chunkSize == null || totalChunks == null || totalChunks > MAX_CHUNKS) {
            throw new UnreadableAnswer(what + " lacks a usable \"total_size\", \"chunk_size\" or \"total_chunks\"");
        }
        return new IncompleteUpload(JsonFields.requiredId(node, "upload_id", what),
                UploadSessionStatus.of(JsonFields.requiredText(node, "status", what)), totalSize, chunkSize,
                totalChunks.intValue(), JsonFields.time(node, "created_at"), JsonFields.time(node, "expires_at"));
    }

    static CreatedIndexedAsset createdIndexedAsset(JsonNode body, String location) throws UnreadableAnswer {
        return new CreatedIndexedAsset(JsonFields.requiredId(body, "_id", "the answer"), location);
    }

    static IndexedAsset indexedAsset(JsonNode node, String rawJson, String what) throws UnreadableAnswer {
        String id = JsonFields.requiredId(node, "_id", what);
        String status = JsonFields.requiredText(node, "status", what);
        return new IndexedAsset(id, TaskStatus.of(status), JsonFields.text(node, "asset_id"),
                JsonFields.time(node, "created_at"), JsonFields.time(node, "updated_at"),
                JsonFields.time(node, "indexed_at"), systemMetadata(node), userMetadata(node),
                AnswerReader.hls(JsonFields.object(node, "hls")), rawJson);
    }

    static IndexVideo indexVideo(JsonNode node, String rawJson, String what) throws UnreadableAnswer {
        return new IndexVideo(JsonFields.requiredId(node, "_id", what), JsonFields.time(node, "created_at"),
                JsonFields.time(node, "updated_at"), JsonFields.time(node, "indexed_at"), systemMetadata(node),
                userMetadata(node), AnswerReader.hls(JsonFields.object(node, "hls")), rawJson);
    }

    /** {@code system_metadata}, or {@code metadata} as the spec's own video examples spell it. */
    private static SystemMetadata systemMetadata(JsonNode node) {
        JsonNode meta = JsonFields.object(node, "system_metadata");
        if (meta == null) {
            meta = JsonFields.object(node, "metadata");
        }
        if (meta == null) {
            return SystemMetadata.EMPTY;
        }
        return new SystemMetadata(JsonFields.text(meta, "filename"), JsonFields.number(meta, "duration"),
                JsonFields.number(meta, "fps"), JsonFields.integer(meta, "width"), JsonFields.integer(meta, "height"),
                JsonFields.whole(meta, "size"));
    }

    /** Text, numbers and booleans as such; anything else (the API allows none) kept as its JSON text. */
    private static Map<String, Object> userMetadata(JsonNode node) {
        JsonNode meta = JsonFields.object(node, "user_metadata");
        Map<String, Object> map = new LinkedHashMap<>();
        if (meta != null) {
            meta.fields().forEachRemaining(e -> {
                JsonNode v = e.getValue();
                if (v.isTextual()) {
                    map.put(e.getKey(), v.asText());
                } else if (v.isBoolean()) {
                    map.put(e.getKey(), v.asBoolean());
                } else if (v.isNumber()) {
                    map.put(e.getKey(), v.numberValue());
                } else if (!v.isNull()) {
                    map.put(e.getKey(), v.toString());
                }
            });
        }
        return map;
    }
}
