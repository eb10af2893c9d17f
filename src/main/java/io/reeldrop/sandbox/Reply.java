package io.reeldrop.sandbox;

import com.fasterxml.jackson.databind.JsonNode;

/** What a route answers: a status and an optional JSON body. */
record Reply(int status, JsonNode body) {

    static Reply ok(JsonNode body) {
        return new Reply(200, body);
    }

    static Reply noContent() {
        return new Reply(204, null);
    }
}
