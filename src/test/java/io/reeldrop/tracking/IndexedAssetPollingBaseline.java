package io.reeldrop.tracking;

import io.reeldrop.api.ApiException;
import io.reeldrop.api.Asset;
import io.reeldrop.api.AssetStatus;
import io.reeldrop.api.CreateAssetRequest;
import io.reeldrop.api.IndexedAsset;
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
 * The assets flow as the vendor's guides write it, one loop per video: {@code POST /assets}
 * with the URL, {@code GET /assets/{id}} every 5 s until it is ready, {@code POST
 * /indexes/{id}/indexed-assets}, then {@code GET .../indexed-assets/{id}} every 5 s until ready
 * or failed. Records the same detection samples the benchmark records for the engine: an
 * indexed asset's status change, from the server's {@code updated_at} (the sandbox moves it with
 * each status) to the poll that saw it.
 */
final class IndexedAssetPollingBaseline implements PollingBaseline {

    private static final Duration EVERY = Duration.ofSeconds(5);

    private final CountingApi api;
    private final ScheduledExecutorService pollers = Executors.newScheduledThreadPool(32);
    private final ExecutorService creators = Executors.newFixedThreadPool(4);
    private final ConcurrentLinkedQueue<Long> allChanges = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Long> ready = new ConcurrentLinkedQueue<>();
    private CountDownLatch done;
    private String indexId;

    IndexedAssetPollingBaseline(CountingApi api) {
        this.api = api;
    }

    @Override
    public void start(String index, List<String> urls) {
        indexId = index;
        done = new CountDownLatch(urls.size());
        for (String url : urls) {
            creators.execute(() -> {
                String id = api.assets().createAsset(CreateAssetRequest.fromUrl(URI.create(url))).id();
                later(() -> pollAsset(id));
            });
        }
    }

    private void pollAsset(String assetId) {
        try {
            Asset a = api.assets().getAsset(assetId);
            if (AssetStatus.READY.equals(a.status())) {
                String id = api.assets().createIndexedAsset(indexId, assetId, null).id();
                later(() -> pollIndexed(id, null));
                return;
            }
            if (AssetStatus.FAILED.equals(a.status())) {
                done.countDown();
                return;
            }
        } catch (ApiException e) {
            // the SDK would throw here; keep polling so the comparison stays complete
        }
        later(() -> pollAsset(assetId));
    }

    private void pollIndexed(String id, String lastStatus) {
        String seen = lastStatus;
        try {
            IndexedAsset a = api.assets().getIndexedAsset(indexId, id);
            Instant now = Instant.now();
            if (!a.status().value().equals(lastStatus) && a.updatedAt() != null) {
                long delay = Duration.between(a.updatedAt(), now).toMillis();
                allChanges.add(delay);
                if (a.status().isTerminal()) {
                    ready.add(delay);
                }
            }
            seen = a.status().value();
            if (a.status().isTerminal()) {
                done.countDown();
                return;
            }
        } catch (ApiException e) {
            // as above
        }
        String next = seen;
        later(() -> pollIndexed(id, next));
    }

    private void later(Runnable poll) {
        pollers.schedule(poll, EVERY.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public boolean await(Duration timeout) throws InterruptedException {
        return done.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public Collection<Long> allChangesMillis() {
        return allChanges;
    }

    @Override
    public Collection<Long> readyMillis() {
        return ready;
    }

    @Override
    public void close() {
        creators.shutdownNow();
        pollers.shutdownNow();
    }
}
