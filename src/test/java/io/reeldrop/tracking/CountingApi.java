package io.reeldrop.tracking;

import io.reeldrop.api.ApiVersion;
import io.reeldrop.api.AssetsApi;
import io.reeldrop.api.CreateTaskRequest;
import io.reeldrop.api.CreatedTask;
import io.reeldrop.api.Index;
import io.reeldrop.api.Page;
import io.reeldrop.api.RateLimit;
import io.reeldrop.api.Task;
import io.reeldrop.api.TaskQuery;
import io.reeldrop.api.TwelveLabsApi;
import io.reeldrop.api.UploadProgress;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts the calls made through an API, by kind, for benchmarks and tests, those of its
 * {@link AssetsApi} too. Each call is one HTTP request unless retried.
 */
final class CountingApi implements TwelveLabsApi {

    final AtomicLong creates = new AtomicLong();
    final AtomicLong gets = new AtomicLong();
    final AtomicLong lists = new AtomicLong();
    final AtomicLong others = new AtomicLong();
    /** POSTs that got their answer (or failed). */
    final AtomicLong createsDone = new AtomicLong();
    /** Runs before each POST is passed on, on the sending thread: a test can hold POSTs here. */
    volatile Runnable beforeCreate = () -> { };
    private final TwelveLabsApi delegate;
    private volatile CountingAssets assets;

    CountingApi(TwelveLabsApi delegate) {
        this.delegate = delegate;
    }

    /**
     * The v1.3 surface, counted into the same totals (an indexed asset's GET is a GET, its listing
     * a listing); throws as the delegate does where there is none, so the engine still sees a
     * tasks-only API as one.
     */
    @Override
    public CountingAssets assets() {
        CountingAssets a = assets;
        if (a == null) {
            synchronized (this) {
                if (assets == null) {
                    assets = new CountingAssets(this, delegate.assets());
                }
                a = assets;
            }
        }
        return a;
    }

    long monitoring() {
        return gets.get() + lists.get();
    }

    long total() {
        return creates.get() + gets.get() + lists.get() + others.get();
    }

    @Override
    public ApiVersion version() {
        return delegate.version();
    }

    @Override
    public URI baseUrl() {
        return delegate.baseUrl();
    }

    @Override
    public CreatedTask createTask(CreateTaskRequest request, UploadProgress progress) {
        creates.incrementAndGet();
        try {
            beforeCreate.run();
            return delegate.createTask(request, progress);
        } finally {
            createsDone.incrementAndGet();
        }
    }

    @Override
    public Task getTask(String taskId) {
        gets.incrementAndGet();
        return delegate.getTask(taskId);
    }

    @Override
    public Page<Task> listTasks(TaskQuery query) {
        lists.incrementAndGet();
        return delegate.listTasks(query);
    }

    @Override
    public List<Task> listAllTasks(TaskQuery query) {
        // counted per page, as the pages are separate requests
        List<Task> all = new ArrayList<>();
        int limit = query.pageLimit() == null ? TaskQuery.MAX_PAGE_LIMIT : query.pageLimit();
        for (int page = 1; ; page++) {
            Page<Task> p = listTasks(query.withPageLimit(limit).withPage(page));
            all.addAll(p.data());
            if (!p.pageInfo().hasNext() || p.data().isEmpty()) {
                return all;
            }
        }
    }

    @Override
    public void deleteTask(String taskId) {
        others.incrementAndGet();
        delegate.deleteTask(taskId);
    }

    @Override
    public void deleteVideo(String indexId, String videoId) {
        others.incrementAndGet();
        delegate.deleteVideo(indexId, videoId);
    }

    @Override
    public Page<Index> listIndexes(int page, int pageLimit) {
        others.incrementAndGet();
        return delegate.listIndexes(page, pageLimit);
    }

    @Override
    public List<Index> listAllIndexes() {
        others.incrementAndGet();
        return delegate.listAllIndexes();
    }

    @Override
    public Index getIndex(String indexId) {
        others.incrementAndGet();
        return delegate.getIndex(indexId);
    }

    @Override
    public Optional<RateLimit> lastRateLimit() {
        return delegate.lastRateLimit();
    }

    @Override
    public void close() {
        delegate.close();
    }
}
