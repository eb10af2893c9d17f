package io.reeldrop.tracking;

import io.reeldrop.api.ApiException;
import io.reeldrop.api.ApiVersion;
import io.reeldrop.api.AssetsApi;
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
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * An in-memory API on the virtual clock, for engine tests that must decide exactly what the
 * server did: create or not, answer or not, name the file or not. Single-threaded use.
 */
final class ScriptedApi implements TwelveLabsApi {

    /** What the next POST does. */
    enum Post { OK, CREATE_BUT_NO_ANSWER, NO_ANSWER_NOTHING_CREATED, CREATE_UNNAMED_NO_ANSWER, REFUSED }

    final Map<String, Task> tasks = new ConcurrentHashMap<>();
    final Deque<Post> script = new ConcurrentLinkedDeque<>();
    final AtomicInteger creates = new AtomicInteger();
    final List<String> deletedVideos = new CopyOnWriteArrayList<>();
    /** Every POST tried, reaching the server or not. */
    final AtomicInteger attempts = new AtomicInteger();
    final AtomicInteger gets = new AtomicInteger();
    final AtomicInteger lists = new AtomicInteger();
    boolean ignoreUpdatedAtFilter;
    /** How many of the next listings fail with a transient error. */
    final AtomicInteger failingLists = new AtomicInteger();
    /** Runs at the start of every POST, on the sending thread (to hold a POST on the wire). */
    volatile Runnable onCreate = () -> { };
    /** How the server names a URL's video; the default takes the raw last path segment. */
    volatile Function<URI, String> naming = url -> url.getRawPath().substring(url.getRawPath().lastIndexOf('/') + 1);
    /** The v1.3 ingestion surface; null: this stand-in knows only tasks. */
    volatile ScriptedAssets assets;
    /** When set, every POST fails before reaching the server with this network error. */
    volatile ApiException unreachable;
    private final Clock clock;
    private final AtomicInteger next = new AtomicInteger();

    ScriptedApi(Clock clock) {
        this.clock = clock;
    }

    /** Moves a task to a status now, as the server's own schedule would. */
    void set(String taskId, String status, String filename) {
        Task t = tasks.get(taskId);
        tasks.put(taskId, new Task(t.id(), t.indexId(), null, TaskStatus.of(status), t.createdAt(), clock.instant(),
                null, new VideoMetadata(filename == null ? null : 10.0, filename, null, null), null, null, null, "{}"));
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
        onCreate.run();
        attempts.incrementAndGet();
        if (unreachable != null) {
            throw unreachable;
        }
        creates.incrementAndGet();
        Post what = script.isEmpty() ? Post.OK : script.poll();
        String name = naming.apply(request.videoUrl());
        if (what == Post.NO_ANSWER_NOTHING_CREATED) {
            throw unknown();
        }
        if (what == Post.REFUSED) {
            throw new ApiException(ApiException.Kind.API_ERROR, "The video_url is not reachable.", 400,
                    "parameter_invalid", null, null, "POST /tasks", null);
        }
        String id = String.format("task%020d", next.getAndIncrement());
        tasks.put(id, new Task(id, request.indexId(), null, TaskStatus.VALIDATING, clock.instant(), clock.instant(),
                null, new VideoMetadata(null, what == Post.CREATE_UNNAMED_NO_ANSWER ? null : name, null, null),
                null, null, null, "{}"));
        if (what != Post.OK) {
            throw unknown();
        }
        return new CreatedTask(id, null);
    }

    /** A task the server made by itself at {@code at} (a slow upload it finished after answering nothing). */
    String addTask(String indexId, String filename) {
        String id = String.format("task%020d", next.getAndIncrement());
        tasks.put(id, new Task(id, indexId, null, TaskStatus.VALIDATING, clock.instant(), clock.instant(), null,
                new VideoMetadata(null, filename, null, null), null, null, null, "{}"));
        return id;
    }

    private static ApiException unknown() {
        return new ApiException(ApiException.Kind.OUTCOME_UNKNOWN, "POST /tasks timed out after sending", 0, null,
                null, null, "POST /tasks", null);
    }

    /** How many of the next reads answer a bare 404, as a proxy in front of the API would. */
    final AtomicInteger bareNotFound = new AtomicInteger();

    @Override
    public Task getTask(String taskId) {
        gets.incrementAndGet();
        if (bareNotFound.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            throw new ApiException(ApiException.Kind.API_ERROR, "GET /tasks/" + taskId + " failed with HTTP 404 (an HTML"
                    + " page, not the API's answer).", 404, null, null, null, "GET /tasks/" + taskId, null);
        }
        Task t = tasks.get(taskId);
        if (t == null) {
            throw new ApiException(ApiException.Kind.API_ERROR, "not found", 404, "resource_not_exist", null, null,
                    "GET /tasks/" + taskId, null);
        }
        return t;
    }

    @Override
    public Page<Task> listTasks(TaskQuery q) {
        lists.incrementAndGet();
        if (failingLists.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            throw new ApiException(ApiException.Kind.API_ERROR, "The API is busy.", 503, null, null, null,
                    "GET /tasks", null);
        }
        List<Task> hits = new ArrayList<>();
        for (Task t : tasks.values()) {
            if ((q.indexId() == null || q.indexId().equals(t.indexId()))
                    && (q.createdAt() == null || !t.createdAt().isBefore(q.createdAt()))
                    && (ignoreUpdatedAtFilter || q.updatedAt() == null || !t.updatedAt().isBefore(q.updatedAt()))) {
                hits.add(t);
            }
        }
        Comparator<Task> order = q.sortBy() == TaskQuery.SortBy.UPDATED_AT && !ignoreUpdatedAtFilter
                ? Comparator.comparing(Task::updatedAt) : Comparator.comparing(Task::createdAt);
        hits.sort(order.thenComparing(Task::id));
        int limit = q.pageLimit() == null ? 10 : q.pageLimit();
        int page = q.page() == null ? 1 : q.page();
        int from = Math.min(hits.size(), (page - 1) * limit);
        List<Task> slice = hits.subList(from, Math.min(hits.size(), from + limit));
        int pages = Math.max(1, (hits.size() + limit - 1) / limit);
        return new Page<>(slice, new PageInfo(page, limit, pages, hits.size()));
    }

    @Override
    public List<Task> listAllTasks(TaskQuery query) {
        List<Task> all = new ArrayList<>();
        for (int page = 1; ; page++) {
            Page<Task> p = listTasks(query.withPageLimit(50).withPage(page));
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

    @Override
    public void deleteVideo(String indexId, String videoId) {
        deletedVideos.add(videoId);
    }

    @Override
    public Page<Index> listIndexes(int page, int pageLimit) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<Index> listAllIndexes() {
        throw new UnsupportedOperationException();
    }

    @Override
    public Index getIndex(String indexId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public AssetsApi assets() {
        if (assets == null) {
            throw new UnsupportedOperationException("this scripted API knows only tasks");
        }
        return assets;
    }

    @Override
    public Optional<RateLimit> lastRateLimit() {
        return Optional.empty();
    }

    @Override
    public void close() {
    }
}
