package io.reeldrop.tracking;

import io.reeldrop.api.ApiException;
import io.reeldrop.api.CreateTaskRequest;
import io.reeldrop.api.Task;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * What the official SDKs do: create each task, then {@code GET /tasks/{id}} every 5 s until it
 * is ready or failed, one loop per task. Records the same detection samples as the benchmark
 * records for the engine.
 */
final class WaitForDoneBaseline implements PollingBaseline {

    private static final Duration EVERY = Duration.ofSeconds(5);

    private final CountingApi api;
    private final ScheduledExecutorService pollers = Executors.newScheduledThreadPool(32);
    private final ExecutorService creators = Executors.newFixedThreadPool(4);
    private final ConcurrentLinkedQueue<Long> allChangesMillis = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Long> readyMillis = new ConcurrentLinkedQueue<>();
    private CountDownLatch done;

    WaitForDoneBaseline(CountingApi api) {
        this.api = api;
    }

    @Override
    public void start(String indexId, List<String> urls) {
        done = new CountDownLatch(urls.size());
        for (String url : urls) {
            creators.execute(() -> {
                String id = api.createTask(CreateTaskRequest.fromUrl(indexId, URI.create(url))).taskId();
                pollers.schedule(() -> poll(id, null), EVERY.toMillis(), TimeUnit.MILLISECONDS);
            });
        }
    }

    private void poll(String id, String lastStatus) {
        String seen = lastStatus;
        try {
            Task t = api.getTask(id);
            Instant now = Instant.now();
            if (!t.status().value().equals(lastStatus) && t.updatedAt() != null) {
                long delay = Duration.between(t.updatedAt(), now).toMillis();
                allChangesMillis.add(delay);
                if (t.status().isTerminal()) {
                    readyMillis.add(delay);
                }
            }
            seen = t.status().value();
            if (t.status().isTerminal()) {
                done.countDown();
                return;
            }
        } catch (ApiException e) {
            // the SDK would throw here; keep polling so the comparison stays complete
        }
        String next = seen;
        pollers.schedule(() -> poll(id, next), EVERY.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public boolean await(Duration timeout) throws InterruptedException {
        return done.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public Collection<Long> allChangesMillis() {
        return allChangesMillis;
    }

    @Override
    public Collection<Long> readyMillis() {
        return readyMillis;
    }

    @Override
    public void close() {
        creators.shutdownNow();
        pollers.shutdownNow();
    }
}
