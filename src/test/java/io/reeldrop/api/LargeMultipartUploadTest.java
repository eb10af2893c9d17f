package io.reeldrop.api;

import static io.reeldrop.api.ApiTestSupport.KEY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 1 GB file through a multipart upload with the heap barely moving: chunks are read from the
 * file into one small buffer per PUT, never held whole. Used heap is sampled at every progress
 * report; the precise figures come from {@code tracking.MultipartUploadBenchmark}.
 */
class LargeMultipartUploadTest {

    private static final long SIZE = 1L << 30;
    private static final long CHUNK = 64L << 20;
    private static final long HEAP_BUDGET = 64L << 20;

    @Test
    void oneGigabyteGoesOutInChunksWithFlatMemory(@TempDir Path dir) throws Exception {
        Path video = dir.resolve("big.mp4");
        try (RandomAccessFile file = new RandomAccessFile(video.toFile(), "rw")) {
            file.setLength(SIZE);
            file.seek(SIZE - 4);
            file.writeInt(0x5EED);
        }
        try (FakeIngestApi fake = new FakeIngestApi(CHUNK, 50, false);
             TwelveLabsClient client = ApiTestSupport.client(ApiConfig.of(fake.base(), ApiKey.of(KEY))
                     .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(30), Duration.ofSeconds(60)),
                     new CopyOnWriteArrayList<>())) {
            Runtime rt = Runtime.getRuntime();
            System.gc();
            long baseline = rt.totalMemory() - rt.freeMemory();
            AtomicLong peak = new AtomicLong();
            AtomicLong reports = new AtomicLong();
            UploadResult result = new MultipartUploader(client.assets()).upload(video, "big.mp4", (sent, total) -> {
                reports.incrementAndGet();
                peak.accumulateAndGet(rt.totalMemory() - rt.freeMemory(), Math::max);
            });

            assertTrue(result.completed(), "completed: " + result.status());
            assertEquals(SIZE, result.bytesSent());
            assertEquals(16, fake.puts.size());
            assertEquals(SIZE, fake.puts.stream().mapToLong(r -> r.getBodySize()).sum(), "every byte reached the store");
            long growth = peak.get() - baseline;
            assertTrue(growth < HEAP_BUDGET, "heap grew by " + (growth >> 20) + " MB while sending " + (SIZE >> 20) + " MB");
            assertTrue(reports.get() > 1000, "progress came in steps: " + reports.get());
        }
    }
}
