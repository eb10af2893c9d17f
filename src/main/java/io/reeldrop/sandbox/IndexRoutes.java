package io.reeldrop.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.jetty.util.Fields;

/**
 * {@code /indexes} and {@code /indexes/{id}}: create, list (pagination, sort, name, model/engine
 * options and family, dates), read, rename, delete (with its tasks and indexed assets, as the
 * service deletes the videos in it). Indexes list oldest first unless {@code sort_option} says otherwise, as the
 * spec's description of the list says.
 */
final class IndexRoutes {

    private final SandboxStore store;

    IndexRoutes(SandboxStore store) {
        this.store = store;
    }

    Reply create(String version, byte[] body) {
        JsonNode json = parseJson(body);
        String name = requiredText(json, "index_name");
        String listName = "1.2".equals(version) ? "engines" : "models";
        String nameField = "1.2".equals(version) ? "engine_name" : "model_name";
        String optionsField = "1.2".equals(version) ? "engine_options" : "model_options";
        JsonNode models = json.get(listName);
        if (models == null || models.isNull()) {
            throw ApiError.notProvided(listName);
        }
        if (!models.isArray() || models.isEmpty()) {
            throw ApiError.invalid(listName + " must be a non-empty array of {" + nameField + ", " + optionsField + "}.");
        }
        List<SandboxIndex.Model> parsed = new ArrayList<>();
        for (JsonNode model : models) {
            String modelName = requiredText(model, nameField);
            JsonNode options = model.get(optionsField);
            if (options == null || !options.isArray() || options.isEmpty()) {
                throw ApiError.invalid("Each entry of " + listName + " needs a non-empty " + optionsField + " array.");
            }
            List<String> optionNames = new ArrayList<>();
            options.forEach(option -> optionNames.add(option.asText()));
            parsed.add(new SandboxIndex.Model(modelName, optionNames));
        }
        List<String> addons = new ArrayList<>();
        if (json.has("addons")) {
            json.get("addons").forEach(addon -> addons.add(addon.asText()));
        }
        ObjectNode answer = JsonViews.MAPPER.createObjectNode();
        synchronized (store.lock()) {
            requireUniqueName(name, null);
            SandboxIndex index = new SandboxIndex(store.newId(), name, parsed, addons, TaskLifecycle.now());
            store.indexes().put(index.id, index);
            answer.put("_id", index.id);
        }
        store.save();
        return new Reply(201, answer);
    }

    Reply list(String version, Fields query) {
        ListQuery list = new ListQuery(query, true);
        String id = list.text("_id");
        String name = list.text("index_name");
        boolean v12 = "1.2".equals(version);
        List<String> options = list.values(v12 ? "engine_options" : "model_options");
        if (v12) {
            options.addAll(list.values("index_options")); // the older name of engine_options
        }
        String family = list.text(v12 ? "engine_family" : "model_family");
        Instant createdFrom = list.instant("created_at");
        Instant updatedFrom = list.instant("updated_at");
        synchronized (store.lock()) {
            List<SandboxIndex> matching = new ArrayList<>();
            for (SandboxIndex index : store.indexes().values()) {
                if ((id == null || id.equals(index.id))
                        && (name == null || name.equals(index.name))
                        && (family == null || index.models.stream().anyMatch(m -> m.name().toLowerCase(Locale.ROOT).startsWith(family.toLowerCase(Locale.ROOT))))
                        && (options.isEmpty() || options.stream().allMatch(o -> index.models.stream().anyMatch(m -> m.options().contains(o))))
                        && (createdFrom == null || !index.createdAt.isBefore(createdFrom))
                        && (updatedFrom == null || !index.updatedAt.isBefore(updatedFrom))) {
                    matching.add(index);
                }
            }
            List<ObjectNode> page = new ArrayList<>();
            for (SandboxIndex index : list.pageOf(matching, i -> i.createdAt, i -> i.updatedAt, i -> i.id)) {
                page.add(render(index, version));
            }
            return Reply.ok(JsonViews.page(page, list.page, list.limit, matching.size()));
        }
    }

    Reply get(String version, String id) {
        synchronized (store.lock()) {
            return Reply.ok(render(existing(id), version));
        }
    }

    Reply rename(byte[] body, String id) {
        String name = requiredText(parseJson(body), "index_name");
        synchronized (store.lock()) {
            SandboxIndex index = existing(id);
            requireUniqueName(name, id);
            index.name = name;
            index.updatedAt = TaskLifecycle.now();
        }
        store.save();
        return Reply.noContent();
    }

    Reply delete(String id) {
        synchronized (store.lock()) {
            existing(id);
            store.indexes().remove(id);
            store.tasks().values().removeIf(task -> task.indexId.equals(id));
            store.indexedAssets().values().removeIf(indexed -> indexed.indexId.equals(id));
        }
        store.save();
        return Reply.noContent();
    }

    private ObjectNode render(SandboxIndex index, String version) {
        int count = 0;
        double total = 0;
        for (IndexingJob job : store.jobs()) {
            if (job.indexId.equals(index.id) && job.status == TaskState.READY && !(job instanceof SandboxTask task && task.videoDeleted)) {
                count++;
                total += job.duration == null ? 0 : job.duration;
            }
        }
        return JsonViews.index(index, version, count, total);
    }

    private SandboxIndex existing(String id) {
        SandboxIndex index = store.indexes().get(id);
        if (index == null) {
            throw ApiError.notFound("index", id);
        }
        return index;
    }

    private void requireUniqueName(String name, String exceptId) {
        for (SandboxIndex other : store.indexes().values()) {
            if (other.name.equals(name) && !other.id.equals(exceptId)) {
                throw new ApiError(409, "index_name_already_exists", "An index named '" + name + "' already exists ("
                        + other.id + "). Choose another name.");
            }
        }
    }

    static JsonNode parseJson(byte[] body) {
        try {
            JsonNode json = JsonViews.MAPPER.readTree(body);
            if (json == null || !json.isObject()) {
                throw ApiError.invalid("The request body must be a JSON object.");
            }
            return json;
        } catch (IOException e) {
            throw ApiError.invalid("The request body is not valid JSON: " + (e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage()));
        }
    }

    private static String requiredText(JsonNode json, String field) {
        JsonNode value = json.get(field);
        if (value == null || value.isNull() || value.asText().isBlank()) {
            throw ApiError.notProvided(field);
        }
        if (!value.isTextual()) {
            throw ApiError.invalid(field + " must be a string.");
        }
        return value.asText();
    }
}
