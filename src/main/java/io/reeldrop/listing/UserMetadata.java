package io.reeldrop.listing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.reeldrop.tracking.TrackedTask;
import java.util.LinkedHashMap;
import java.util.Map;

/** A video's user metadata as keys and values (text, numbers, true/false), for the details pane. */
public final class UserMetadata {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() { };

    private UserMetadata() {
    }

    /**
     * What the API last reported for the video, else what was submitted with it, in the order
     * given; empty when neither has any. The same source as an export's user metadata column.
     */
    public static Map<String, Object> of(TrackedTask t) {
        String json = ExtraField.userMetadata(t);
        if (json == null) {
            return Map.of();
        }
        try {
            Map<String, Object> m = JSON.readValue(json, MAP);
            return m == null ? Map.of() : m;
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return Map.of();
        }
    }
}
