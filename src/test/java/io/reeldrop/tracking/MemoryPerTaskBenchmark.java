package io.reeldrop.tracking;

import io.reeldrop.api.ApiVersion;
import io.reeldrop.api.Task;
import io.reeldrop.api.TaskStatus;
import io.reeldrop.api.TwelveLabsApi;
import io.reeldrop.api.VideoMetadata;
import io.reeldrop.tracking.model.Submission;
import io.reeldrop.tracking.model.SubmissionState;
import io.reeldrop.tracking.store.HistoryDocument;
import io.reeldrop.tracking.store.HistoryEntry;
import io.reeldrop.tracking.store.HistoryStore;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Heap held by an engine tracking 10,000 finished tasks (each with the API's whole answer kept),
 * the size of their history file, and the time to load it.
 *
 * <pre>./mvnw -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=io.reeldrop.tracking.MemoryPerTaskBenchmark</pre>
 */
public final class MemoryPerTaskBenchmark {

    private static final int TASKS = 10_000;
    private static final String INDEX = "73616e64626f780000000001";

    private MemoryPerTaskBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("reeldrop-memory");
        List<HistoryEntry> entries = new ArrayList<>();
        Instant t0 = Instant.parse("2026-11-28T10:00:00Z");
        for (int i = 0; i < TASKS; i++) {
            String id = String.format("6748%020x", i);
            String raw = "{\"_id\":\"" + id + "\",\"index_id\":\"" + INDEX + "\",\"video_id\":\"v" + id
                    + "\",\"status\":\"ready\",\"created_at\":\"2026-11-28T10:00:00.000Z\",\"updated_at\":"
                    + "\"2026-11-28T10:03:12.345Z\",\"system_metadata\":{\"duration\":312.5,\"filename\":\"clip-" + i
                    + ".mp4\",\"height\":360,\"width\":640},\"hls\":{\"video_url\":\"https://cdn.example.com/" + id
                    + "/stream.m3u8\",\"thumbnail_urls\":[\"https://cdn.example.com/" + id + "/0.jpg\"],\"status\":"
                    + "\"COMPLETE\",\"updated_at\":\"2026-11-28T10:03:12.345Z\"}}";
            Task task = new Task(id, INDEX, "v" + id, TaskStatus.READY, t0, t0.plusSeconds(192), null,
                    new VideoMetadata(312.5, "clip-" + i + ".mp4", 640, 360), null, null, null, raw);
            entries.add(HistoryEntry.builder(String.format("%012x", i), "https://api.twelvelabs.io/v1.3",
                    Submission.ofUrl(INDEX, "en", "https://videos.example.com/library/2026/clip-" + i + ".mp4"), t0)
                    .state(SubmissionState.SENT).taskId(id).task(task)
                    .statusTimes(Map.of("validating", t0, "pending", t0.plusSeconds(20), "queued", t0.plusSeconds(30),
                            "indexing", t0.plusSeconds(40), "ready", t0.plusSeconds(192)))
                    .attemptStartedAt(t0).attempts(1).logLine(t0, "Submitted").logLine(t0, "Task " + id + " created")
                    .build());
        }
        HistoryStore store = new HistoryStore(dir);
        HistoryDocument doc = new HistoryDocument(HistoryStore.CURRENT_SCHEMA, null, entries, Map.of());
        long[] saves = new long[5];
        long[] appends = new long[5];
        for (int i = 0; i < 5; i++) {
            long t = System.nanoTime();
            store.save(doc);
            saves[i] = System.nanoTime() - t;
            t = System.nanoTime();
            store.append(List.of(entries.get(i)));
            appends[i] = System.nanoTime() - t;
        }
        store.save(doc);
        Arrays.sort(saves);
        Arrays.sort(appends);
        System.out.printf("Durable write with %d tasks: full document %d ms, journal line (before each POST) %.1f ms"
                + " (medians of 5)%n", TASKS, saves[2] / 1_000_000, appends[2] / 1e6);
        entries = null;
        doc = null;
        long fileBytes = Files.size(dir.resolve(HistoryStore.FILE));
        TwelveLabsApi idle = (TwelveLabsApi) Proxy.newProxyInstance(TwelveLabsApi.class.getClassLoader(),
                new Class<?>[] {TwelveLabsApi.class}, (proxy, method, a) -> switch (method.getName()) {
                    case "version" -> ApiVersion.V1_3;
                    case "baseUrl" -> URI.create("https://api.twelvelabs.io/v1.3");
                    case "lastRateLimit" -> Optional.empty();
                    case "close" -> null;
                    // as a tasks-only API answers: the engine then runs no assets stage
                    case "assets" -> throw new UnsupportedOperationException("no assets surface here");
                    default -> throw new IllegalStateException("no call expected: " + method.getName());
                });
        for (int warm = 0; warm < 3; warm++) {
            long t = System.nanoTime();
            new HistoryStore(dir).load();
            System.out.printf("history load alone: %d ms%n", (System.nanoTime() - t) / 1_000_000);
        }
        long before = TrackingBenchmark.usedHeap();
        long loadStart = System.nanoTime();
        Tracker tracker = TrackerBuilder.forApi(idle).dataFolder(dir).build();
        long loadMillis = (System.nanoTime() - loadStart) / 1_000_000;
        long after = TrackingBenchmark.usedHeap();
        int size = tracker.snapshot().size();
        System.out.printf("Memory: %d tracked tasks hold %.1f MB of heap (%.1f KB each); history file %.1f MB;"
                        + " load %d ms%n", size, (after - before) / 1e6, (after - before) / 1e3 / size, fileBytes / 1e6,
                loadMillis);
        tracker.close();
    }
}
