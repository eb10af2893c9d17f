package io.reeldrop.api;

import static io.reeldrop.api.ApiTestSupport.jsonAfterContinue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 200 MB file goes out without the client holding it in memory: used heap is sampled at
 * every progress report and must stay far below the file's size.
 */
class FileUploadStreamingTest {

    private static final long SIZE = 200L * 1024 * 1024;
    private static final long HEAP_BUDGET = 64L * 1024 * 1024;

    @Test
    void twoHundredMegabytesStreamWithFlatMemory(@TempDir Path dir) throws Exception {
        Path video = dir.resolve("big.mp4");
        try (RandomAccessFile file = new RandomAccessFile(video.toFile(), "rw")) {
            file.setLength(SIZE);
            file.seek(SIZE - 4);
            file.writeInt(0x5EED);
        }
        try (MockWebServer server = new MockWebServer()) {
            server.setBodyLimit(0); // the test server counts the bytes but keeps none, so the heap is the client's
            server.start();
            server.enqueue(jsonAfterContinue(200, "{\"_id\":\"big\"}"));
            Runtime rt = Runtime.getRuntime();
            System.gc();
            long baseline = rt.totalMemory() - rt.freeMemory();
            AtomicLong peak = new AtomicLong();
            AtomicLong lastSent = new AtomicLong();
            AtomicLong reports = new AtomicLong();
            try (TwelveLabsClient client = ApiTestSupport.client(server, ApiVersion.V1_3)) {
                client.createTask(CreateTaskRequest.fromFile("idx", video), (sent, total) -> {
                    reports.incrementAndGet();
                    lastSent.set(sent);
                    peak.accumulateAndGet(rt.totalMemory() - rt.freeMemory(), Math::max);
                });
            }
            RecordedRequest request = ApiTestSupport.take(server);
            assertTrue(request.getBodySize() > SIZE, "the whole file went out: " + request.getBodySize());
            assertEquals(request.getBodySize(), lastSent.get());
            long growth = peak.get() - baseline;
            assertTrue(growth < HEAP_BUDGET, "heap grew by " + growth / (1024 * 1024) + " MB while sending "
                    + SIZE / (1024 * 1024) + " MB");
            assertTrue(reports.get() > 100, "progress came in steps while sending: " + reports.get());
        }
    }
}
