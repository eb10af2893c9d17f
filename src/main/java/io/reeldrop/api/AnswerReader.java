package io.reeldrop.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns answer bodies into the records of this package, accepting both the v1.2 and v1.3
 * shapes (and the older one of the vendor's guides): {@code metadata} or
 * {@code system_metadata}, optional {@code estimated_time}, {@code process}, {@code hls},
 * {@code video_id}, the undocumented {@code error_reason}; unknown fields are ignored and
 * unknown statuses kept.
 */
final class AnswerReader {

    private AnswerReader() {
    }

    static CreatedTask createdTask(JsonNode body) throws UnreadableAnswer {
        return new CreatedTask(JsonFields.requiredId(body, "_id", "the answer"), JsonFields.text(body, "video_id"));
    }

    /** The {@code _id} of what a POST created (an index). */
    static String createdId(JsonNode body) throws UnreadableAnswer {
        return JsonFields.requiredText(body, "_id", "the answer");
    }

    static Task task(JsonNode node, String rawJson, String what) throws UnreadableAnswer {
        String id = JsonFields.requiredId(node, "_id", what);
        String status = JsonFields.requiredText(node, "status", what);
        JsonNode meta = JsonFields.object(node, "system_metadata");
        if (meta == null) {
            meta = JsonFields.object(node, "metadata");
        }
        return new Task(id,
                JsonFields.text(node, "index_id"),
                JsonFields.text(node, "video_id"),
                TaskStatus.of(status),
                JsonFields.time(node, "created_at"),
                JsonFields.time(node, "updated_at"),
                JsonFields.time(node, "estimated_time"),
                meta == null ? null : metadata(meta),
                process(JsonFields.object(node, "process")),
                hls(JsonFields.object(node, "hls")),
                errorReason(node),
                rawJson);
    }

    static Page<Task> taskPage(JsonNode body) throws UnreadableAnswer {
        return page(body, "task", AnswerReader::task);
    }

    static Index index(JsonNode node, String rawJson, String what) throws UnreadableAnswer {
        String name = JsonFields.text(node, "index_name");
        return new Index(JsonFields.requiredId(node, "_id", what),
                name != null ? name : JsonFields.text(node, "name"),
                JsonFields.integer(node, "video_count"),
                JsonFields.number(node, "total_duration"),
                JsonFields.time(node, "created_at"),
                JsonFields.time(node, "updated_at"),
                JsonFields.time(node, "expires_at"),
                rawJson);
    }

    static Page<Index> indexPage(JsonNode body) throws UnreadableAnswer {
        return page(body, "index", AnswerReader::index);
    }

    /** Reads one object of a list; {@code what} names it in messages ("task 3 of the page"). */
    @FunctionalInterface
    interface ItemReader<T> {
        T read(JsonNode item, String rawJson, String what) throws UnreadableAnswer;
    }

    /** A list answer: {@code data} of objects, each read by {@code reader}, and {@code page_info}. */
    static <T> Page<T> page(JsonNode body, String noun, ItemReader<T> reader) throws UnreadableAnswer {
        List<T> items = new ArrayList<>();
        JsonNode data = data(body);
        for (int i = 0; i < data.size(); i++) {
            JsonNode item = data.get(i);
            String what = noun + " " + (i + 1) + " of the page";
            if (!item.isObject()) {
                throw new UnreadableAnswer(what + " is a JSON " + BodyDescription.kind(item) + ", not an object");
            }
            items.add(reader.read(item, item.toString(), what));
        }
        return new Page<>(items, pageInfo(body, items.size()));
    }

    private static JsonNode data(JsonNode body) throws UnreadableAnswer {
        JsonNode data = body.get("data");
        if (data == null) {
            throw new UnreadableAnswer("the list has no \"data\"");
        }
        if (data.isNull()) {
            return JsonNodeFactory.instance.arrayNode();
        }
        if (!data.isArray()) {
            throw new UnreadableAnswer("the list's \"data\" is a JSON " + BodyDescription.kind(data) + ", not an array");
        }
        return data;
    }

    /** A missing {@code page_info} is read as "this is the only page". */
    static PageInfo pageInfo(JsonNode body, int items) {
        JsonNode info = JsonFields.object(body, "page_info");
        if (info == null) {
            return new PageInfo(1, items, 1, items);
        }
        Integer page = JsonFields.integer(info, "page");
        Integer limit = JsonFields.integer(info, "limit_per_page");
        Integer totalPage = JsonFields.integer(info, "total_page");
        Integer total = JsonFields.integer(info, "total_results");
        int p = page == null ? 1 : page;
        return new PageInfo(p, limit == null ? items : limit, totalPage == null ? p : totalPage,
                total == null ? items : total);
    }

    private static VideoMetadata metadata(JsonNode meta) {
        return new VideoMetadata(JsonFields.number(meta, "duration"), JsonFields.text(meta, "filename"),
                JsonFields.integer(meta, "width"), JsonFields.integer(meta, "height"));
    }

    private static TaskProcess process(JsonNode process) {
        return process == null ? null
                : new TaskProcess(JsonFields.number(process, "percentage"), JsonFields.number(process, "remain_seconds"));
    }

    static Hls hls(JsonNode hls) {
        if (hls == null) {
            return null;
        }
        List<String> thumbnails = new ArrayList<>();
        JsonNode urls = hls.get("thumbnail_urls");
        if (urls != null && urls.isArray()) {
            urls.forEach(u -> {
                if (u.isTextual()) {
                    thumbnails.add(u.asText());
                }
            });
        }
        return new Hls(JsonFields.text(hls, "video_url"), thumbnails, JsonFields.text(hls, "status"),
                JsonFields.time(hls, "updated_at"));
    }

    /** Undocumented; seen as text and as an object, so keep whatever came, as text. */
    private static String errorReason(JsonNode node) {
        JsonNode v = node.get("error_reason");
        if (v == null || v.isNull()) {
            return null;
        }
        return v.isValueNode() ? v.asText() : v.toString();
    }
}
