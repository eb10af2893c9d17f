package io.reeldrop.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.jetty.util.Fields;

/**
 * The filters of the indexed-asset and video lists: status, filename, duration, fps, width,
 * height, size, created_at/updated_at (at or after), v1.2's {@code _id}, and user metadata. The spec writes the
 * metadata filter as exploded form fields ({@code ?category=news}); the vendor's JS SDK sends it
 * as one JSON object ({@code user_metadata={"category":"news"}}) and its Python SDK as
 * {@code user_metadata[category]=news}. All three are read, and {@code user_metadata.category=news}.
 */
final class VideoFilter {

    private static final Set<String> STATUSES = Set.of("ready", "pending", "queued", "indexing", "failed");
    private static final Set<String> DOCUMENTED = Set.of("page", "page_limit", "sort_by", "sort_option", "status", "filename",
            "duration", "fps", "width", "height", "size", "created_at", "updated_at", "indexed_at", "_id", "user_metadata",
            "embedding_option", "transcription");

    final ListQuery list;
    private final String videoId;
    private final List<String> statuses;
    private final String filename;
    private final Double duration;
    private final Double fps;
    private final Double width;
    private final Integer height;
    private final Double size;
    private final Instant createdFrom;
    private final Instant updatedFrom;
    private final Map<String, String> metadata = new LinkedHashMap<>();

    VideoFilter(Fields query) {
        this.list = new ListQuery(query, false);
        this.videoId = list.text("_id");
        this.statuses = list.values("status");
        for (String status : statuses) {
            if (!STATUSES.contains(status)) {
                throw ApiError.invalid("status must be one or more of failed, indexing, pending, queued, ready; '" + status + "' is not one.");
            }
        }
        this.filename = list.text("filename");
        this.duration = list.number("duration");
        this.fps = list.number("fps");
        this.width = list.number("width");
        this.height = list.intParam("height");
        this.size = list.number("size");
        this.createdFrom = list.instant("created_at");
        this.updatedFrom = list.instant("updated_at");
        readMetadata(query);
    }

    private void readMetadata(Fields query) {
        for (Fields.Field field : query) {
            String name = field.getName();
            String value = field.getValue();
            if (name.equals("user_metadata")) {
                putJson(value);
            } else if (name.startsWith("user_metadata[") && name.endsWith("]")) {
                metadata.put(name.substring(14, name.length() - 1), value);
            } else if (name.startsWith("user_metadata.")) {
                metadata.put(name.substring(14), value);
            } else if (!DOCUMENTED.contains(name)) {
                metadata.put(name, value); // the spec's exploded form: any other field is a metadata key
            }
        }
    }

    private void putJson(String value) {
        try {
            JsonNode json = JsonViews.MAPPER.readTree(value);
            if (json == null || !json.isObject()) {
                throw ApiError.invalid("user_metadata must be a JSON object such as {\"category\":\"news\"}, or one user_metadata.KEY=VALUE per key.");
            }
            json.fields().forEachRemaining(e -> metadata.put(e.getKey(), e.getValue().isValueNode() ? e.getValue().asText() : e.getValue().toString()));
        } catch (IOException e) {
            throw ApiError.invalid("user_metadata is not valid JSON: " + e.getMessage());
        }
    }

    boolean matches(IndexingJob job) {
        return (videoId == null || videoId.equals(job.videoId()))
                && (statuses.isEmpty() || statuses.contains(VideoViews.indexedStatus(job)))
                && (filename == null || filename.equals(job.filename))
                && (duration == null || job.duration != null && Math.abs(job.duration - duration) < 1e-6)
                && (fps == null || job instanceof SandboxIndexedAsset i && i.fps != null && Math.abs(i.fps - fps) < 1e-6)
                && (width == null || job.width != null && job.width.doubleValue() == width)
                && (height == null || height.equals(job.height))
                && (size == null || job.sizeBytes == size.longValue())
                && (createdFrom == null || !job.createdAt.isBefore(createdFrom))
                && (updatedFrom == null || !job.updatedAt.isBefore(updatedFrom))
                && metadataMatches(job);
    }

    private boolean metadataMatches(IndexingJob job) {
        if (metadata.isEmpty()) {
            return true;
        }
        ObjectNode stored = VideoViews.userMetadata(job);
        for (Map.Entry<String, String> wanted : metadata.entrySet()) {
            JsonNode value = stored.get(wanted.getKey());
            if (value == null || value.isNull() || !sameValue(value, wanted.getValue())) {
                return false;
            }
        }
        return true;
    }

    /** A query value is text: 5 matches the number 5 and 5.0, true the boolean true. */
    private static boolean sameValue(JsonNode stored, String wanted) {
        if (stored.isNumber()) {
            try {
                return stored.asDouble() == Double.parseDouble(wanted);
            } catch (NumberFormatException e) {
                return false;
            }
        }
        return stored.asText().equals(wanted);
    }
}
