package io.reeldrop.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/** What a route answers: a status, an optional JSON body and any headers of its own (e.g. {@code Location}). */
record Reply(int status, JsonNode body, Map<String, String> headers) {

    Reply(int status, JsonNode body) {
        this(status, body, Map.of());
    }

    static Reply ok(JsonNode body) {
        return new Reply(200, body);
    }

    static Reply noContent() {
        return new Reply(204, null);
    }
}
