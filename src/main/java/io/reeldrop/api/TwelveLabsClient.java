package io.reeldrop.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.io.CloseMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Twelve Labs API over HttpClient 5: one pooled connection manager per instance, safe to
 * share between threads. Make one per configuration and {@link #close()} it when done.
 *
 * <pre>{@code
 * try (TwelveLabsClient api = TwelveLabsClient.create(ApiConfig.of(url, ApiKey.of(key)))) {
 *     CreatedTask created = api.createTask(CreateTaskRequest.fromUrl(indexId, videoUrl));
 * }
 * }</pre>
 */
public final class TwelveLabsClient implements TwelveLabsApi {

    private static final Logger LOG = LoggerFactory.getLogger(TwelveLabsClient.class);
    /** Stops a list walk against a server whose page_info never ends. */
    private static final int MAX_PAGES = 10_000;

    private final ApiConfig config;
    private final CloseableHttpClient http;
    private final ScheduledExecutorService timer;
    private final RequestFactory requests;
    private final CallExecutor calls;
    private final AssetsClient assets;
    private final AtomicReference<RateLimit> lastRateLimit = new AtomicReference<>();

    private TwelveLabsClient(Builder b) {
        this.config = b.config;
        LogRedaction.protect(config.apiKey());
        this.http = HttpTransport.create(config, b.maxConnections);
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "reeldrop-api-deadlines");
            t.setDaemon(true);
            return t;
        });
        this.requests = new RequestFactory(config);
        this.calls = new CallExecutor(http, config, requests, b.policy, b.sleeper, timer, lastRateLimit);
        this.assets = new AssetsClient(calls, requests, new AssetRequests(requests, config),
                new ChunkTransfer(http, config, b.policy, b.sleeper, timer));
    }

    public static TwelveLabsClient create(ApiConfig config) {
        return builder(config).build();
    }

    public static Builder builder(ApiConfig config) {
        return new Builder(config);
    }

    @Override
    public ApiVersion version() {
        return config.version();
    }

    @Override
    public URI baseUrl() {
        return config.baseUrl();
    }

    /**
     * {@inheritDoc}
     *
     * <p>{@code user_metadata} is sent only to v1.3; v1.2 does not know the field and would
     * reject the whole request, so there it is left out (and logged).
     */
    @Override
    public CreatedTask createTask(CreateTaskRequest request, UploadProgress progress) {
        Objects.requireNonNull(request, "request");
        UploadProgress listener = progress == null ? UploadProgress.NONE : progress;
        if (request.videoFile() != null && !Files.isReadable(request.videoFile())) {
            throw new IllegalArgumentException("Cannot read the video file " + request.videoFile()
                    + ": check that it exists and that ReelDrop may read it.");
        }
        // A folder is "readable" too, but fails only once the POST is on the wire, where the
        // outcome would be reported as unknown; refuse it while nothing has been sent.
        if (request.videoFile() != null && !Files.isRegularFile(request.videoFile())) {
            throw new IllegalArgumentException(request.videoFile() + " is a folder, not a video file: choose the file itself.");
        }
        if (request.userMetadataJson() != null && version() == ApiVersion.V1_2) {
            LOG.warn("API v1.2 takes no user_metadata; the task is created without it");
        }
        return calls.run(() -> requests.createTask(request, listener), Creates.TASK,
                answer -> AnswerReader.createdTask(BodyDescription.object(answer)));
    }

    @Override
    public Task getTask(String taskId) {
        requireId(taskId, "task");
        return calls.run(() -> requests.get(List.of(), "tasks", taskId), Creates.NOTHING,
                answer -> AnswerReader.task(BodyDescription.object(answer), answer.text(), "the task"));
    }

    /**
     * {@inheritDoc}
     *
     * <p>v1.2 has no status filter: there the page is filtered here, so it may hold fewer
     * items than {@code page_limit} while {@code page_info} still counts every task.
     */
    @Override
    public Page<Task> listTasks(TaskQuery query) {
        Page<Task> page = calls.run(() -> requests.get(requests.taskQuery(query), "tasks"), Creates.NOTHING,
                answer -> AnswerReader.taskPage(BodyDescription.object(answer)));
        if (version() == ApiVersion.V1_2 && !query.statuses().isEmpty()) {
            return new Page<>(page.data().stream().filter(t -> query.statuses().contains(t.status())).toList(),
                    page.pageInfo());
        }
        return page;
    }

    @Override
    public List<Task> listAllTasks(TaskQuery query) {
        TaskQuery first = query.pageLimit() == null ? query.withPageLimit(TaskQuery.MAX_PAGE_LIMIT) : query;
        return walkPages(first.page() == null ? 1 : first.page(), page -> listTasks(first.withPage(page)));
    }

    @Override
    public void deleteVideo(String indexId, String videoId) {
        requireId(indexId, "index");
        requireId(videoId, "video");
        calls.run(() -> requests.delete("indexes", indexId, "videos", videoId), Creates.NOTHING, answer -> null);
    }

    @Override
    public void deleteTask(String taskId) {
        requireId(taskId, "task");
        calls.run(() -> requests.delete("tasks", taskId), Creates.NOTHING, answer -> null);
    }

    @Override
    public Page<Index> listIndexes(int page, int pageLimit) {
        if (page < 1 || pageLimit < 1 || pageLimit > TaskQuery.MAX_PAGE_LIMIT) {
            throw new IllegalArgumentException("page counts from 1 and page_limit is 1 to 50; got page " + page
                    + ", page_limit " + pageLimit + ".");
        }
        return calls.run(() -> requests.get(RequestFactory.pageQuery(page, pageLimit), "indexes"), Creates.NOTHING,
                answer -> AnswerReader.indexPage(BodyDescription.object(answer)));
    }

    @Override
    public List<Index> listAllIndexes() {
        return walkPages(1, page -> listIndexes(page, TaskQuery.MAX_PAGE_LIMIT));
    }

    /**
     * Every item from {@code firstPage} on. Ends at the last page, and also when the server
     * answers an earlier page than asked for or never stops saying there is more, so a broken
     * {@code page_info} cannot make the walk loop forever.
     */
    private static <T> List<T> walkPages(int firstPage, IntFunction<Page<T>> fetch) {
        List<T> all = new ArrayList<>();
        int page = firstPage;
        for (int walked = 0; walked < MAX_PAGES; walked++, page++) {
            Page<T> p = fetch.apply(page);
            all.addAll(p.data());
            if (!p.pageInfo().hasNext() || p.pageInfo().page() < page) {
                break;
            }
        }
        return all;
    }

    @Override
    public Index getIndex(String indexId) {
        requireId(indexId, "index");
        return calls.run(() -> requests.get(List.of(), "indexes", indexId), Creates.NOTHING, answer -> {
            JsonNode body = BodyDescription.object(answer);
            return AnswerReader.index(body, answer.text(), "the index");
        });
    }

    @Override
    public String createIndex(CreateIndexRequest request) {
        Objects.requireNonNull(request, "request");
        return calls.run(() -> requests.createIndex(request), Creates.INDEX,
                answer -> AnswerReader.createdId(BodyDescription.object(answer)));
    }

    /**
     * {@inheritDoc}
     *
     * <p>Shares this client's pool, deadlines and retries; closing this client ends it too.
     */
    @Override
    public AssetsApi assets() {
        if (version() == ApiVersion.V1_2) {
            throw new UnsupportedOperationException("Assets, multipart uploads and indexed assets need API v1.3; "
                    + "the API URL " + config.baseUrl() + " is v1.2. Change it to end in /v1.3.");
        }
        return assets;
    }

    @Override
    public Optional<RateLimit> lastRateLimit() {
        return Optional.ofNullable(lastRateLimit.get());
    }

    @Override
    public void close() {
        timer.shutdownNow();
        try {
            http.close();
        } catch (IOException e) {
            http.close(CloseMode.IMMEDIATE);
        }
    }

    @Override
    public String toString() {
        return "TwelveLabsClient[" + config + "]";
    }

    private static void requireId(String id, String what) {
        AssetsClient.requireId(id, what);
    }

    /** Options beyond {@link ApiConfig}; the defaults suit the desktop app. */
    public static final class Builder {
        private final ApiConfig config;
        private int maxConnections = 10;
        private RetryPolicy policy = RetryPolicy.DEFAULT;
        private Sleeper sleeper = Sleeper.REAL;

        private Builder(ApiConfig config) {
            this.config = Objects.requireNonNull(config, "config");
        }

        /** Size of the connection pool; also the most calls that run at once. */
        public Builder maxConnections(int n) {
            if (n < 1) {
                throw new IllegalArgumentException("maxConnections must be at least 1, was " + n + ".");
            }
            this.maxConnections = n;
            return this;
        }

        /** Backoff between attempts: the first wait is up to {@code base}, doubling up to {@code max}. */
        public Builder retryDelays(Duration base, Duration max) {
            this.policy = new RetryPolicy(base, max);
            return this;
        }

        Builder sleeper(Sleeper s) {
            this.sleeper = s;
            return this;
        }

        public TwelveLabsClient build() {
            return new TwelveLabsClient(this);
        }
    }
}
