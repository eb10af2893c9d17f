package io.reeldrop.adversarial;

import io.reeldrop.api.ApiException;
import io.reeldrop.api.ApiVersion;
import io.reeldrop.api.CreateTaskRequest;
import io.reeldrop.api.CreatedTask;
import io.reeldrop.api.Index;
import io.reeldrop.api.Page;
import io.reeldrop.api.PageInfo;
import io.reeldrop.api.RateLimit;
import io.reeldrop.api.Task;
import io.reeldrop.api.TaskQuery;
import io.reeldrop.api.TaskStatus;
import io.reeldrop.api.TwelveLabsApi;
import io.reeldrop.api.UploadProgress;
import io.reeldrop.api.VideoMetadata;
import io.reeldrop.media.VideoNames;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * An in-memory Twelve Labs API on virtual time that keeps the books a duplicate would show in:
 * every POST that reached it, per video name (named by {@link VideoNames}, as the sandbox does),
 * and every task it holds. What each POST does is scripted per name; tasks move from
 * {@code validating} to {@code ready} as virtual time passes. Single-threaded, as the
 * {@link VirtualTime} engine that calls it.
 */
final class LedgerApi implements TwelveLabsApi {

    /** What a POST does. */
    enum Answer {
        /** Creates the task and answers. */
        OK,
        /** Creates the task, but the answer is lost on the way back. */
        LOST,
        /** Fails with a 503 before creating anything; the client cannot know that. */
        NOT_CREATED,
        /** Refused with a 400: nothing created, and the client knows it. */
        REFUSED,
        /** Creates the task under a name of the server's own, and the answer is lost. */
        OTHER_NAME_LOST
    }

    /** A task as the server keeps it: the video's name, the name the server gave it, when it was made. */
    record Held(String id, String indexId, String video, String filename, Instant createdAt) {
    }

    private static final Duration VALIDATING = Duration.ofSeconds(4);
    private static final Duration INDEXING = Duration.ofSeconds(20);

    private final Supplier<Instant> clock;
    private final Map<String, Deque<Answer>> script = new HashMap<>();
    private final Map<String, Held> tasks = new LinkedHashMap<>();
    private final Map<String, Integer> posts = new HashMap<>();
    private int next;
    /** Runs when a POST arrives, before the server acts on it. */
    Runnable onArrival = () -> { };
    /** Runs once a POST's task exists, before its answer leaves. */
    Runnable onCommit = () -> { };

    LedgerApi(Supplier<Instant> clock) {
        this.clock = clock;
    }

    /** A server that already holds these tasks (those made before a crash). */
    LedgerApi(Supplier<Instant> clock, List<Held> held) {
        this(clock);
        held.forEach(h -> tasks.put(h.id(), h));
        next = held.size();
    }

    void script(String name, Answer... answers) {
        script.computeIfAbsent(name, n -> new ArrayDeque<>()).addAll(List.of(answers));
    }

    List<Held> held() {
        return List.copyOf(tasks.values());
    }

    /** POSTs that reached the server, per video name. */
    Map<String, Integer> posts() {
        return Map.copyOf(posts);
    }

    /** Tasks held per video. */
    Map<String, Integer> tasksPerVideo() {
        Map<String, Integer> n = new HashMap<>();
        tasks.values().forEach(t -> n.merge(t.video(), 1, Integer::sum));
        return n;
    }

    @Override
    public ApiVersion version() {
        return ApiVersion.V1_3;
    }

    @Override
    public URI baseUrl() {
        return URI.create("https://api.example.test/v1.3");
    }

    @Override
    public CreatedTask createTask(CreateTaskRequest request, UploadProgress progress) {
        onArrival.run();
        String name = VideoNames.ofUrl(request.videoUrl());
        posts.merge(name, 1, Integer::sum);
        Deque<Answer> mine = script.get(name);
        Answer what = mine == null || mine.isEmpty() ? Answer.OK : mine.poll();
        if (what == Answer.NOT_CREATED) {
            throw new ApiException(ApiException.Kind.API_ERROR, "POST /tasks failed with HTTP 503.", 503, null, null,
                    null, "POST /tasks", null);
        }
        if (what == Answer.REFUSED) {
            throw new ApiException(ApiException.Kind.API_ERROR, "POST /tasks failed with HTTP 400: the video_url"
                    + " cannot be downloaded.", 400, "parameter_invalid", null, null, "POST /tasks", null);
        }
        String id = String.format("%024x", 0xabc000L + next++);
        tasks.put(id, new Held(id, request.indexId(), name, what == Answer.OTHER_NAME_LOST ? "upload_" + id + ".bin"
                : name, clock.get()));
        onCommit.run();
        if (what != Answer.OK) {
            throw new ApiException(ApiException.Kind.OUTCOME_UNKNOWN, "POST /tasks may or may not have created a"
                    + " task: the connection closed before the answer.", 0, null, null, null, "POST /tasks", null);
        }
        return new CreatedTask(id, null);
    }

    private Task view(Held h) {
        Instant now = clock.get();
        Instant indexing = h.createdAt().plus(VALIDATING);
        Instant ready = indexing.plus(INDEXING);
        TaskStatus status = now.isBefore(indexing) ? TaskStatus.VALIDATING
                : now.isBefore(ready) ? TaskStatus.INDEXING : TaskStatus.READY;
        Instant updated = now.isBefore(indexing) ? h.createdAt() : now.isBefore(ready) ? indexing : ready;
        boolean probed = !now.isBefore(indexing);
        return new Task(h.id(), h.indexId(), "v" + h.id().substring(1), status, h.createdAt(), updated, null,
                new VideoMetadata(probed ? 5.0 : null, h.filename(), probed ? 640 : null, probed ? 360 : null),
                null, null, null, "{}");
    }

    @Override
    public Task getTask(String taskId) {
        Held h = tasks.get(taskId);
        if (h == null) {
            throw new ApiException(ApiException.Kind.API_ERROR, "GET /tasks/" + taskId + " failed with HTTP 404.", 404,
                    "resource_not_exists", null, null, "GET /tasks/" + taskId, null);
        }
        return view(h);
    }

    @Override
    public Page<Task> listTasks(TaskQuery q) {
        List<Task> hits = new ArrayList<>();
        for (Held h : tasks.values()) {
            Task t = view(h);
            if ((q.indexId() == null || q.indexId().equals(t.indexId()))
                    && (q.createdAt() == null || !t.createdAt().isBefore(q.createdAt()))
                    && (q.updatedAt() == null || !t.updatedAt().isBefore(q.updatedAt()))) {
                hits.add(t);
            }
        }
        Comparator<Task> order = q.sortBy() == TaskQuery.SortBy.UPDATED_AT
                ? Comparator.comparing(Task::updatedAt) : Comparator.comparing(Task::createdAt);
        hits.sort(order.thenComparing(Task::id));
        if (q.sortOption() == TaskQuery.SortOption.DESC) {
            Collections.reverse(hits);
        }
        int limit = q.pageLimit() == null ? 10 : q.pageLimit();
        int page = q.page() == null ? 1 : q.page();
        int from = Math.min(hits.size(), (page - 1) * limit);
        int pages = Math.max(1, (hits.size() + limit - 1) / limit);
        return new Page<>(hits.subList(from, Math.min(hits.size(), from + limit)), new PageInfo(page, limit, pages,
                hits.size()));
    }

    @Override
    public List<Task> listAllTasks(TaskQuery query) {
        List<Task> all = new ArrayList<>();
        for (int page = 1; ; page++) {
            Page<Task> p = listTasks(query.withPageLimit(TaskQuery.MAX_PAGE_LIMIT).withPage(page));
            all.addAll(p.data());
            if (!p.pageInfo().hasNext()) {
                return all;
            }
        }
    }

    @Override
    public void deleteTask(String taskId) {
        tasks.remove(taskId);
    }

    /** Deleting a ready task's video first, as later builds' API has it; the engine here never does. */
    public void deleteVideo(String indexId, String videoId) {
        throw new UnsupportedOperationException("not used by the engine under test");
    }

    @Override
    public Page<Index> listIndexes(int page, int pageLimit) {
        throw new UnsupportedOperationException("not used by the engine");
    }

    @Override
    public List<Index> listAllIndexes() {
        throw new UnsupportedOperationException("not used by the engine");
    }

    @Override
    public Index getIndex(String indexId) {
        throw new UnsupportedOperationException("not used by the engine");
    }

    @Override
    public Optional<RateLimit> lastRateLimit() {
        return Optional.empty();
    }

    @Override
    public void close() {
    }
}
