package io.reeldrop.sandbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Renders tasks, indexes and pages in the shape of one API version's spec: v1.2 tasks carry
 * {@code metadata}, {@code estimated_time}, {@code process} while indexing and {@code video_id}
 * once ready; v1.3 tasks carry {@code system_metadata} and {@code video_id} always. Indexes
 * list {@code engines} (v1.2) or {@code models} (v1.3). Failed tasks add {@code error_reason}
 * (a sentence) and {@code error_code} (the documented code).
 */
final class JsonViews {

    static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Duration FREE_PLAN_RETENTION = Duration.ofDays(90);

    private JsonViews() {
    }

    static String time(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant);
    }

    static ObjectNode task(SandboxTask task, String version, Instant estimatedTime, Instant now) {
        ObjectNode json = MAPPER.createObjectNode();
        json.put("_id", task.id);
        json.put("index_id", task.indexId);
        json.put("status", task.status.wireName());
        json.put("created_at", time(task.createdAt));
        json.put("updated_at", time(task.updatedAt));
        boolean v12 = "1.2".equals(version);
        if (!v12 || task.status == TaskState.READY) {
            json.put("video_id", task.videoId);
        }
        ObjectNode metadata = json.putObject(v12 ? "metadata" : "system_metadata");
        if (task.duration != null) {
            metadata.put("duration", task.duration);
        }
        metadata.put("filename", task.filename);
        if (task.height != null) {
            metadata.put("height", task.height);
            metadata.put("width", task.width);
        }
        if (v12) {
            json.put("estimated_time", time(estimatedTime));
            if (task.status == TaskState.INDEXING) {
                json.set("process", process(task, now));
            }
        }
        if (task.status == TaskState.FAILED) {
            json.put("error_reason", task.errorReason);
            json.put("error_code", task.errorCode);
        }
        return json;
    }

    private static ObjectNode process(SandboxTask task, Instant now) {
        double total = Duration.between(task.indexingAt, task.readyAt).toMillis();
        double done = Math.max(0, Math.min(total, Duration.between(task.indexingAt, now).toMillis()));
        ObjectNode process = MAPPER.createObjectNode();
        process.put("percentage", total <= 0 ? 100.0 : Math.round(done / total * 1000) / 10.0);
        process.put("remain_seconds", Math.max(0, (total - done) / 1000.0));
        return process;
    }

    static ObjectNode index(SandboxIndex index, String version, int videoCount, double totalDuration) {
        ObjectNode json = MAPPER.createObjectNode();
        json.put("_id", index.id);
        json.put("index_name", index.name);
        json.put("created_at", time(index.createdAt));
        json.put("updated_at", time(index.updatedAt));
        json.put("expires_at", time(index.createdAt.plus(FREE_PLAN_RETENTION)));
        json.put("video_count", videoCount);
        json.put("total_duration", totalDuration);
        boolean v12 = "1.2".equals(version);
        ArrayNode models = json.putArray(v12 ? "engines" : "models");
        for (SandboxIndex.Model model : index.models) {
            ObjectNode entry = models.addObject();
            entry.put(v12 ? "engine_name" : "model_name", model.name());
            ArrayNode options = entry.putArray(v12 ? "engine_options" : "model_options");
            model.options().forEach(options::add);
        }
        ArrayNode addons = json.putArray("addons");
        index.addons.forEach(addons::add);
        return json;
    }

    static ObjectNode page(List<ObjectNode> items, int page, int limit, int totalResults) {
        ObjectNode json = MAPPER.createObjectNode();
        ArrayNode data = json.putArray("data");
        items.forEach(data::add);
        ObjectNode info = json.putObject("page_info");
        info.put("limit_per_page", limit);
        info.put("page", page);
        info.put("total_page", (totalResults + limit - 1) / limit);
        info.put("total_results", totalResults);
        return json;
    }

    static ObjectNode error(String code, String message, String version) {
        ObjectNode json = MAPPER.createObjectNode();
        json.put("code", code);
        json.put("message", message);
        json.put("docs_url", "https://docs.twelvelabs.io/v" + version + "/api-reference/error-codes");
        return json;
    }
}
