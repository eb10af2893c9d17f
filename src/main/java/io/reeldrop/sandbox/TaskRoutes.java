package io.reeldrop.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.reeldrop.media.VideoNames;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.util.Fields;

/**
 * {@code /tasks} and {@code /tasks/{id}}: create (multipart or url-encoded, {@code video_url} or
 * {@code video_file}), list with every documented filter, read, and delete (only {@code ready}
 * or {@code failed}, and a ready task only once its video is deleted, as documented). Tasks list newest first unless {@code sort_option} says
 * otherwise.
 */
final class TaskRoutes {

    private static final Set<String> STATUS_FILTER_VALUES = Set.of(
            "ready", "uploading", "validating", "pending", "queued", "indexing", "failed");

    private final SandboxStore store;
    private final TaskLifecycle lifecycle;
    private final SandboxConfig config;
    private final Path videosDir;

    TaskRoutes(SandboxStore store, TaskLifecycle lifecycle, SandboxConfig config, Path videosDir) {
        this.store = store;
        this.lifecycle = lifecycle;
        this.config = config;
        this.videosDir = videosDir;
    }

    Reply create(String version, Request request) {
        String id = store.newId();
        TaskForm form = TaskForm.read(request, version, videosDir, config.maxVideoBytes(), id);
        try {
            SandboxTask task = newTask(id, version, form);
            synchronized (store.lock()) {
                if (!store.indexes().containsKey(task.indexId)) {
                    throw ApiError.invalid("index_id '" + task.indexId + "' is not an index of this account. GET /indexes lists them.");
                }
                store.tasks().put(task.id, task);
            }
            lifecycle.start(task);
            store.save();
            ObjectNode answer = JsonViews.MAPPER.createObjectNode();
            answer.put("_id", task.id);
            if ("1.3".equals(version)) {
                answer.put("video_id", task.videoId);
            }
            return Reply.ok(answer);
        } catch (ApiError refused) {
            form.discard();
            throw refused;
        }
    }

    private SandboxTask newTask(String id, String version, TaskForm form) {
        String indexId = form.get("index_id");
        if (indexId == null) {
            throw ApiError.notProvided("index_id");
        }
        String videoUrl = form.get("video_url");
        if (videoUrl == null && form.videoFile == null) {
            throw new ApiError(400, "parameter_not_provided", "Either video_url or video_file is required"
                    + (form.fields.containsKey("video_file") ? " (video_file must be a file part of a multipart/form-data body)" : "") + ".");
        }
        if (videoUrl != null && form.videoFile != null) {
            throw ApiError.invalid("Send either video_url or video_file, not both.");
        }
        SandboxTask task = new SandboxTask();
        task.id = id;
        task.number = store.nextTaskNumber();
        task.indexId = indexId;
        task.apiVersion = version;
        task.status = TaskState.VALIDATING;
        task.createdAt = TaskLifecycle.now();
        task.updatedAt = task.createdAt;
        task.videoId = store.newId();
        if (videoUrl != null) {
            URI url = parseUrl(videoUrl);
            task.videoUrl = url.toString();
            task.filename = VideoNames.ofUrl(url);
        } else {
            task.videoPath = form.videoFile.toString();
            task.filename = form.videoFileName;
            task.sizeBytes = form.videoFileSize;
        }
        if ("1.2".equals(version)) {
            String language = form.get("language");
            if (language != null && !language.equals("en")) {
                throw ApiError.invalid("language must be 'en' in v1.2, was '" + language + "'.");
            }
            Boolean disable = form.bool("disable_video_stream");
            task.streamEnabled = disable == null || !disable;
        } else {
            Boolean enable = form.bool("enable_video_stream");
            task.streamEnabled = enable == null || enable;
            task.userMetadata = checkedUserMetadata(form.get("user_metadata"));
        }
        return task;
    }

    Reply list(String version, Fields query) {
        ListQuery list = new ListQuery(query, false);
        String indexId = list.text("index_id");
        String filename = list.text("filename");
        Double duration = list.number("duration");
        Integer width = list.intParam("width");
        Integer height = list.intParam("height");
        Instant createdFrom = list.instant("created_at");
        Instant updatedFrom = list.instant("updated_at");
        List<String> statuses = list.values("status");
        for (String status : statuses) {
            if (!STATUS_FILTER_VALUES.contains(status)) {
                throw ApiError.invalid("status must be one or more of " + String.join(", ", STATUS_FILTER_VALUES.stream().sorted().toList())
                        + "; '" + status + "' is not one.");
            }
        }
        Instant now = Instant.now();
        synchronized (store.lock()) {
            List<SandboxTask> matching = new ArrayList<>();
            for (SandboxTask task : store.tasks().values()) {
                if ((indexId == null || indexId.equals(task.indexId))
                        && (filename == null || filename.equals(task.filename))
                        && (duration == null || task.duration != null && Math.abs(task.duration - duration) < 1e-6)
                        && (width == null || width.equals(task.width))
                        && (height == null || height.equals(task.height))
                        && (createdFrom == null || !task.createdAt.isBefore(createdFrom))
                        && (updatedFrom == null || !task.updatedAt.isBefore(updatedFrom))
                        && (statuses.isEmpty() || statuses.contains(task.status.wireName()))) {
                    matching.add(task);
                }
            }
            List<ObjectNode> page = new ArrayList<>();
            for (SandboxTask task : list.pageOf(matching, t -> t.createdAt, t -> t.updatedAt, t -> t.id)) {
                page.add(JsonViews.task(task, version, lifecycle.estimatedTime(task), now));
            }
            return Reply.ok(JsonViews.page(page, list.page, list.limit, matching.size()));
        }
    }

    Reply get(String version, String id) {
        Instant now = Instant.now();
        synchronized (store.lock()) {
            SandboxTask task = existing(id);
            return Reply.ok(JsonViews.task(task, version, lifecycle.estimatedTime(task), now));
        }
    }

    Reply delete(String id) {
        synchronized (store.lock()) {
            SandboxTask task = existing(id);
            if (!task.status.isTerminal()) {
                throw new ApiError(400, "task_cannot_be_deleted", "The task is " + task.status.wireName()
                        + "; only ready or failed tasks can be deleted. Wait until it finishes.");
            }
            if (task.status == TaskState.READY && !task.videoDeleted) {
                throw new ApiError(400, "task_cannot_be_deleted", "The task is ready and its video " + task.videoId
                        + " is still in the index. Delete the video first (DELETE /indexes/" + task.indexId + "/videos/"
                        + task.videoId + "), then the task.");
            }
            store.tasks().remove(id);
        }
        store.save();
        return Reply.noContent();
    }

    private SandboxTask existing(String id) {
        SandboxTask task = store.tasks().get(id);
        if (task == null) {
            throw ApiError.notFound("task", id);
        }
        return task;
    }

    private static URI parseUrl(String videoUrl) {
        try {
            URI url = new URI(videoUrl);
            VideoDownloader.requireHttp(url);
            return url;
        } catch (URISyntaxException e) {
            throw ApiError.invalid("video_url is not a valid URL: " + e.getMessage());
        } catch (TaskFailure e) {
            throw ApiError.invalid(e.getMessage());
        }
    }

    private static String checkedUserMetadata(String value) {
        if (value == null) {
            return null;
        }
        try {
            JsonNode json = JsonViews.MAPPER.readTree(value);
            if (json != null && json.isObject()) {
                return value;
            }
        } catch (IOException ignored) {
            // falls through to the error below
        }
        throw ApiError.invalid("user_metadata must be a JSON object encoded as a string, e.g. {\"department\": \"Sales\"}.");
    }
}
