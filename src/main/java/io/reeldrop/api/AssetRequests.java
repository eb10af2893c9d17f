package io.reeldrop.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.entity.mime.FileBody;
import org.apache.hc.client5.http.entity.mime.HttpMultipartMode;
import org.apache.hc.client5.http.entity.mime.MultipartEntityBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.NameValuePair;

/**
 * Builds the requests of the asset, multipart-upload and indexed-asset endpoints as the v1.3
 * spec describes them; URLs and the key header come from {@link RequestFactory}.
 */
final class AssetRequests {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final RequestFactory base;
    private final ApiConfig config;

    AssetRequests(RequestFactory base, ApiConfig config) {
        this.base = base;
        this.config = config;
    }

    /** A fresh request each call: a retried attempt must not reuse a consumed body. */
    HttpUriRequestBase createAsset(CreateAssetRequest asset, UploadProgress progress) {
        MultipartEntityBuilder form = MultipartEntityBuilder.create()
                .setMode(HttpMultipartMode.LEGACY).setCharset(StandardCharsets.UTF_8);
        form.addTextBody("method", asset.file() != null ? "direct" : "url", RequestFactory.FIELD);
        if (asset.url() != null) {
            form.addTextBody("url", asset.url().toString(), RequestFactory.FIELD);
        }
        if (asset.filename() != null) {
            form.addTextBody("filename", asset.filename(), RequestFactory.FIELD);
        }
        HttpPost post = new HttpPost(base.uri(List.of(), "assets"));
        if (asset.file() != null) {
            form.addPart("file", new FileBody(asset.file().toFile(), ContentType.APPLICATION_OCTET_STREAM,
                    asset.file().getFileName().toString()));
            post.setEntity(new ProgressEntity(form.build(), progress));
            post.setConfig(HttpTransport.requestConfig(config, true));
        } else {
            post.setEntity(form.build());
        }
        post.addHeader(RequestFactory.KEY_HEADER, config.apiKey().reveal());
        post.addHeader("Accept", "application/json");
        return post;
    }

    HttpUriRequestBase createUpload(String filename, long totalSize) {
        ObjectNode body = NODES.objectNode().put("filename", filename).put("type", "video").put("total_size", totalSize);
        return base.postJson(body, "assets", "multipart-uploads");
    }

    HttpUriRequestBase reportChunks(String uploadId, List<CompletedChunk> chunks) {
        ArrayNode list = NODES.arrayNode();
        for (CompletedChunk c : chunks) {
            list.addObject().put("chunk_index", c.chunkIndex()).put("proof", c.etag()).put("proof_type", "etag")
                    .put("chunk_size", c.size());
        }
        ObjectNode body = NODES.objectNode();
        body.set("completed_chunks", list);
        return base.postJson(body, "assets", "multipart-uploads", uploadId);
    }

    HttpUriRequestBase presignedUrls(String uploadId, int start, int count) {
        ObjectNode body = NODES.objectNode().put("start", start).put("count", count);
        return base.postJson(body, "assets", "multipart-uploads", uploadId, "presigned-urls");
    }

    HttpUriRequestBase createIndexedAsset(String indexId, String assetId, Boolean enableVideoStream) {
        ObjectNode body = NODES.objectNode().put("asset_id", assetId);
        if (enableVideoStream != null) {
            body.put("enable_video_stream", enableVideoStream.booleanValue());
        }
        return base.postJson(body, "indexes", indexId, "indexed-assets");
    }

    /** A null value becomes JSON null, which the API reads as "delete this key". */
    HttpUriRequestBase patchUserMetadata(String indexId, String indexedAssetId, Map<String, ?> userMetadata) {
        ObjectNode meta = NODES.objectNode();
        userMetadata.forEach((key, value) -> meta.set(key, metadataValue(key, value)));
        ObjectNode body = NODES.objectNode();
        body.set("user_metadata", meta);
        return base.patchJson(body, "indexes", indexId, "indexed-assets", indexedAssetId);
    }

    private static JsonNode metadataValue(String key, Object value) {
        if (value == null) {
            return NODES.nullNode();
        }
        if (value instanceof String s) {
            return NODES.textNode(s);
        }
        if (value instanceof Boolean b) {
            return NODES.booleanNode(b);
        }
        if (value instanceof Number n && isFinite(n)) {
            return NODES.numberNode(new BigDecimal(n.toString()));
        }
        throw new IllegalArgumentException("The user-metadata value of \"" + key + "\" must be text, a finite number, "
                + "true/false or null (to delete the key), not " + kind(value) + "; turn it into text first.");
    }

    private static String kind(Object value) {
        if (value instanceof Collection<?> || value.getClass().isArray()) {
            return "a list";
        }
        if (value instanceof Map<?, ?>) {
            return "an object";
        }
        if (value instanceof Number) {
            return String.valueOf(value);
        }
        return "a " + value.getClass().getSimpleName();
    }

    private static boolean isFinite(Number n) {
        return !(n instanceof Double d && !Double.isFinite(d)) && !(n instanceof Float f && !Float.isFinite(f));
    }

    static List<NameValuePair> assetQuery(AssetQuery q) {
        List<NameValuePair> params = new ArrayList<>();
        RequestFactory.add(params, "page", q.page());
        RequestFactory.add(params, "page_limit", q.pageLimit());
        q.assetIds().forEach(id -> RequestFactory.add(params, "asset_ids", id));
        q.assetTypes().forEach(t -> RequestFactory.add(params, "asset_types", t));
        return params;
    }

    /**
     * The query of the indexed-asset and video lists. User-metadata filters go last, one parameter
     * per key, as the spec's exploded {@code user_metadata} object.
     */
    static List<NameValuePair> indexedAssetQuery(IndexedAssetQuery q) {
        List<NameValuePair> params = new ArrayList<>();
        RequestFactory.add(params, "page", q.page());
        RequestFactory.add(params, "page_limit", q.pageLimit());
        if (q.sortBy() != null) {
            RequestFactory.add(params, "sort_by", q.sortBy().name().toLowerCase(Locale.ROOT));
        }
        if (q.sortOption() != null) {
            RequestFactory.add(params, "sort_option", q.sortOption().name().toLowerCase(Locale.ROOT));
        }
        q.statuses().forEach(s -> RequestFactory.add(params, "status", s.value()));
        RequestFactory.add(params, "filename", q.filename());
        RequestFactory.add(params, "duration", plain(q.duration()));
        RequestFactory.add(params, "fps", plain(q.fps()));
        RequestFactory.add(params, "width", q.width());
        RequestFactory.add(params, "height", q.height());
        RequestFactory.add(params, "size", q.size());
        RequestFactory.add(params, "created_at", q.createdAt() == null ? null : Rfc3339.format(q.createdAt()));
        RequestFactory.add(params, "updated_at", q.updatedAt() == null ? null : Rfc3339.format(q.updatedAt()));
        q.userMetadata().forEach((key, value) -> RequestFactory.add(params, key,
                value instanceof Double || value instanceof Float ? plain(((Number) value).doubleValue()) : value));
        return params;
    }

    /** {@code 10} rather than {@code 10.0}, and never {@code 1.0E7}. */
    private static String plain(Double d) {
        if (d == null) {
            return null;
        }
        if (!Double.isFinite(d)) {
            throw new IllegalArgumentException("A numeric filter must be a finite number, was " + d);
        }
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }
}
