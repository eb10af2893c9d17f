package io.reeldrop.tracking.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Brings a history document written by an earlier build up to {@link HistoryStore#CURRENT_SCHEMA},
 * one version step at a time, on the JSON tree (so no old Java types have to be kept).
 *
 * <p>Schema 1 (the first prototype) kept a flat list:
 * {@code {"version":1,"apiUrl":...,"tasks":[{"id","taskId","indexId","videoUrl","language",
 * "status","submittedAt","lastError"}]}}. Schema 2 keeps the submission, the API's whole answer,
 * status times, attempt bookkeeping and the learned ETA ratios.
 */
final class SchemaUpgrade {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    static final String V1_DEFAULT_API = "https://api.twelvelabs.io/v1.2";

    private SchemaUpgrade() {
    }

    /** The schema a document says it has: {@code schema}, or schema 1's {@code version}. */
    static int schemaOf(JsonNode root) {
        if (root.hasNonNull("schema")) {
            return root.get("schema").asInt(-1);
        }
        if (root.hasNonNull("version")) {
            return root.get("version").asInt(-1);
        }
        return -1;
    }

    static ObjectNode upgrade(ObjectNode root) {
        int schema = schemaOf(root);
        if (schema == 1) {
            root = fromV1(root);
        }
        return root;
    }

    private static ObjectNode fromV1(ObjectNode v1) {
        ObjectNode v2 = JSON.objectNode();
        v2.put("schema", 2);
        String api = v1.path("apiUrl").asText(V1_DEFAULT_API);
        ArrayNode tasks = v2.putArray("tasks");
        for (JsonNode old : v1.path("tasks")) {
            ObjectNode entry = tasks.addObject();
            entry.put("localId", old.path("id").asText());
            entry.put("apiProfile", api);
            ObjectNode submission = entry.putObject("submission");
            submission.put("flow", "TASKS");
            submission.put("indexId", old.path("indexId").asText());
            copyText(old, "language", submission, "language");
            copyText(old, "videoUrl", submission, "videoUrl");
            copyText(old, "submittedAt", entry, "submittedAt");
            String taskId = old.path("taskId").asText(null);
            String status = old.path("status").asText(null);
            if (taskId != null) {
                entry.put("state", "SENT");
                entry.put("taskId", taskId);
                if (status != null) {
                    ObjectNode task = entry.putObject("task");
                    task.put("id", taskId);
                    task.put("indexId", old.path("indexId").asText());
                    task.put("status", status);
                }
            } else if (old.hasNonNull("lastError")) {
                entry.put("state", "NOT_SENT");
            } else {
                // Schema 1 did not record whether the POST went out: never guess, reconcile.
                entry.put("state", "OUTCOME_UNKNOWN");
            }
            copyText(old, "lastError", entry, "note");
            entry.put("attempts", taskId != null ? 1 : 0);
        }
        v2.putObject("etaRatios");
        return v2;
    }

    private static void copyText(JsonNode from, String field, ObjectNode to, String target) {
        if (from.hasNonNull(field)) {
            to.put(target, from.get(field).asText());
        }
    }
}
