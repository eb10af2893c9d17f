package io.reeldrop.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.reeldrop.testsupport.Await;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * 256 MB (52 chunks of 5 MiB) streamed through chunk PUTs into the sandbox, in this JVM, with the
 * heap that survives garbage collection growing by less than 64 MB: chunks are never held
 * whole. {@code tracking.MultipartUploadBenchmark} measures 1 GB, with the sandbox in a JVM of its own.
 */
class MultipartStreamingTest {

    static final long HEAP_GROWTH_LIMIT = 64L * 1024 * 1024;

    @Test
    void aLargeUploadStreamsIntoPlaceWithBoundedHeap() throws Exception {
        GeneratedVideo video = new GeneratedVideo(256L * 1024 * 1024);
        // At a time scale of 60 a presigned URL lasts a minute: long enough for 256 MB on a loaded
        // machine (at 1000 it lasted 3.6 s and expired mid-upload under load).
        try (SandboxServer sandbox = SandboxServer.start(SandboxConfig.defaults().withTimeScale(60));
             HeapWatch heap = new HeapWatch()) {
            String assetId = new StreamedUpload(sandbox.baseUrl("1.3"), sandbox.apiKey()).upload(video);
            long growth = heap.growth();
            assertTrue(growth < HEAP_GROWTH_LIMIT, "live heap grew by " + growth / 1024 / 1024 + " MB");
            try (RawClient api = RawClient.checked(sandbox, "1.3")) {
                JsonNode asset = Await.until(() -> api.get("/assets/" + assetId).json(), a -> !a.get("status").asText().equals("processing"),
                        Duration.ofSeconds(60), "the big asset to be probed");
                assertEquals("ready", asset.get("status").asText(), asset.toString());
                assertEquals(video.size(), asset.get("size").asLong());
                assertEquals(5.0, asset.get("duration").asDouble(), 0.01, "FFmpeg read the MP4 inside the padding");
            }
            Path file = sandbox.dataDir().resolve("assets").resolve(assetId + ".asset");
            assertEquals(video.size(), Files.size(file));
        }
    }

    /** The largest heap left after any garbage collection while it watched, minus the heap at its start. */
    static final class HeapWatch implements AutoCloseable {
        private final long baseline;
        private final AtomicLong peak = new AtomicLong();
        private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "heap-watch");
            thread.setDaemon(true);
            return thread;
        });

        HeapWatch() {
            System.gc();
            baseline = afterLastCollection();
            sampler.scheduleAtFixedRate(() -> peak.accumulateAndGet(afterLastCollection(), Math::max), 0, 20, TimeUnit.MILLISECONDS);
        }

        long growth() {
            System.gc();
            peak.accumulateAndGet(afterLastCollection(), Math::max);
            return peak.get() - baseline;
        }

        private static long afterLastCollection() {
            long used = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                MemoryUsage usage = pool.getType() == MemoryType.HEAP ? pool.getCollectionUsage() : null;
                used += usage == null ? 0 : usage.getUsed();
            }
            return used;
        }

        @Override
        public void close() {
            sampler.shutdownNow();
        }
    }
}
