package io.reeldrop.listing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.reeldrop.tracking.TrackedTask;
import java.util.function.Function;

/**
 * What an export adds after the columns: the ids a program needs to find the video again, where
 * it came from, its HLS stream and its user metadata. The table shows none of these as columns.
 */
public enum ExtraField {
    LOCAL_ID("local_id", "Local id", TrackedTask::localId),
    INDEX_ID("index_id", "Index id", t -> t.submission().indexId()),
    VIDEO_ID("video_id", "Video id", TaskText::videoId),
    SOURCE("source", "URL or file", TaskText::source),
    HLS_URL("hls_url", "HLS URL", TaskText::hlsUrl),
    /** A JSON object as text; a JSON export embeds it as an object. */
    USER_METADATA("user_metadata", "User metadata", ExtraField::userMetadata);

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String id;
    private final String title;
    private final Function<TrackedTask, String> value;

    ExtraField(String id, String title, Function<TrackedTask, String> value) {
        this.id = id;
        this.title = title;
        this.value = value;
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    /** The value, empty when the task has none. */
    public String text(TrackedTask t) {
        String s = value.apply(t);
        return s == null ? "" : s;
    }

    /**
     * The user metadata the API last reported for the task ({@code user_metadata} in its raw
     * JSON, as an indexed asset carries it), else what was submitted with it; null when neither.
     */
    static String userMetadata(TrackedTask t) {
        JsonNode fromApi = userMetadataNode(t.task() == null ? null : t.task().rawJson());
        if (fromApi != null) {
            return fromApi.toString();
        }
        String sent = t.submission().userMetadataJson();
        return sent == null || sent.isBlank() ? null : sent;
    }

    /** The {@code user_metadata} object of {@code rawJson}; null when absent, not an object or not JSON. */
    static JsonNode userMetadataNode(String rawJson) {
        if (rawJson == null || !rawJson.contains("user_metadata")) {
            return null; // most answers have none: skip parsing them
        }
        try {
            JsonNode meta = JSON.readTree(rawJson).get("user_metadata");
            return meta != null && meta.isObject() ? meta : null;
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
