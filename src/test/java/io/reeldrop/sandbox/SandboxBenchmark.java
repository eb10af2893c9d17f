package io.reeldrop.sandbox;

import io.reeldrop.media.BenchMedia;
import io.reeldrop.media.FixtureHttpServer;
import io.reeldrop.testsupport.Await;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.io.entity.EntityUtils;

/**
 * Two sandbox numbers on loopback:
 * <ol>
 *   <li>{@code GET /tasks/{id}} answers per second with 50 concurrent clients (10 s after a 3 s warm-up);</li>
 *   <li>resident memory while 200 tasks each download a 50 MB video at once (downloads are streamed
 *       to disk through 64 KB buffers, so memory must stay flat).</li>
 * </ol>
 * <pre>./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=io.reeldrop.sandbox.SandboxBenchmark</pre>
 * exec:java runs inside Maven's JVM, so RSS is reported as a baseline and the growth over it.
 */
public final class SandboxBenchmark {

    private static final int CLIENTS = 50;
    private static final int DOWNLOADS = 200;

    private SandboxBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        // The default limit (100,000 a minute) would turn the tail of this run into 429s.
        try (SandboxServer sandbox = SandboxServer.start(SandboxConfig.defaults().withTimeScale(1000).withRateLimitPerMinute(100_000_000))) {
            getThroughput(sandbox);
        }
        try (SandboxServer sandbox = SandboxServer.start(SandboxConfig.defaults().withTimeScale(0.01))) {
            threadsWhileTasksWait(sandbox);
        }
        try (SandboxServer sandbox = SandboxServer.start(SandboxConfig.defaults().withTimeScale(1000))) {
            memoryWhileDownloading(sandbox, Files.createDirectories(Path.of("target/bench-media")));
        }
    }

    private static void getThroughput(SandboxServer sandbox) throws Exception {
        String taskId;
        try (RawClient api = new RawClient(sandbox.baseUrl(), sandbox.apiKey())) {
            taskId = api.postMultipart("/tasks", Map.of("index_id", SandboxServer.SANDBOX_INDEX_ID), "valid.mp4",
                    FixtureHttpServer.fixtureBytes("valid.mp4")).json().get("_id").asText();
            Await.until(() -> api.get("/tasks/" + taskId).json().get("status").asText(), "ready"::equals, Duration.ofSeconds(30), "ready");
        }
        String url = sandbox.baseUrl() + "/tasks/" + taskId;
        try (CloseableHttpClient http = HttpClients.custom().setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                .setMaxConnTotal(CLIENTS).setMaxConnPerRoute(CLIENTS).build()).build()) {
            run(http, url, Duration.ofSeconds(3)); // warm-up: JIT, connections
            LongAdder[] result = run(http, url, Duration.ofSeconds(10));
            System.out.printf("GET /tasks/{id}, %d clients, 10 s: %.0f requests/s (%d ok, %d not 200)%n",
                    CLIENTS, result[0].sum() / 10.0, result[0].sum(), result[1].sum());
        }
    }

    private static LongAdder[] run(CloseableHttpClient http, String url, Duration length) throws InterruptedException {
        LongAdder ok = new LongAdder();
        LongAdder bad = new LongAdder();
        long end = System.nanoTime() + length.toNanos();
        CountDownLatch done = new CountDownLatch(CLIENTS);
        for (int i = 0; i < CLIENTS; i++) {
            Thread client = new Thread(() -> {
                while (System.nanoTime() < end) {
                    HttpGet get = new HttpGet(url);
                    get.addHeader("x-api-key", "sandbox");
                    try {
                        int status = http.execute(get, response -> {
                            EntityUtils.consume(response.getEntity());
                            return response.getCode();
                        });
                        (status == 200 ? ok : bad).increment();
                    } catch (Exception e) {
                        bad.increment();
                    }
                }
                done.countDown();
            });
            client.start();
        }
        done.await();
        return new LongAdder[] {ok, bad};
    }

    /** 1,000 tasks waiting in pending/queued/indexing must not hold a thread each. */
    private static void threadsWhileTasksWait(SandboxServer sandbox) throws Exception {
        int tasks = 1000;
        long before = sandboxThreads();
        byte[] video = FixtureHttpServer.fixtureBytes("valid.mp4");
        try (RawClient api = new RawClient(sandbox.baseUrl(), sandbox.apiKey())) {
            for (int i = 0; i < tasks; i++) {
                api.postMultipart("/tasks", Map.of("index_id", SandboxServer.SANDBOX_INDEX_ID), "v" + i + ".mp4", video);
            }
            Await.until(() -> api.get("/tasks?status=pending&page_limit=1").json().get("page_info").get("total_results").asInt(),
                    n -> n == tasks, Duration.ofMinutes(5), "all tasks to be validated");
            long busy = sandboxThreads();
            Await.until(SandboxBenchmark::sandboxThreads, n -> n < 40, Duration.ofSeconds(30), "idle validators to end");
            System.out.printf("%d tasks waiting in pending (time scale 0.01): sandbox threads %d before, %d right after validation, "
                    + "%d once idle validators ended (2 scheduler + Jetty's pool)%n", tasks, before, busy, sandboxThreads());
        }
    }

    private static long sandboxThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.isAlive() && t.getName().startsWith("sandbox-")).count();
    }

    private static void memoryWhileDownloading(SandboxServer sandbox, Path dir) throws Exception {
        Path video = BenchMedia.faststartMp4(dir, 50L << 20);
        System.gc();
        long baseline = rssKb();
        AtomicLong peak = new AtomicLong(baseline);
        List<Long> timeline = Collections.synchronizedList(new ArrayList<>());
        Thread sampler = new Thread(() -> {
            for (int tick = 0; !Thread.currentThread().isInterrupted(); tick++) {
                long rss = rssKb();
                peak.accumulateAndGet(rss, Math::max);
                if (tick % 50 == 0) {
                    timeline.add(rss >> 10);
                }
                try {
                    Thread.sleep(100); // sampling period of the RSS probe
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        long start = System.nanoTime();
        try (FixtureHttpServer files = new FixtureHttpServer(dir); RawClient api = new RawClient(sandbox.baseUrl(), sandbox.apiKey())) {
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < DOWNLOADS; i++) {
                ids.add(api.postForm("/tasks", Map.of("index_id", SandboxServer.SANDBOX_INDEX_ID,
                        "video_url", files.url("plain", video.getFileName().toString()) + "?n=" + i)).json().get("_id").asText());
            }
            Await.until(() -> api.get("/tasks?status=ready&page_limit=1").json().get("page_info").get("total_results").asInt(),
                    n -> n == DOWNLOADS, Duration.ofMinutes(10), "all downloads to be ready");
            double seconds = (System.nanoTime() - start) / 1e9;
            sampler.interrupt();
            System.out.printf("%d tasks x %d MB downloaded, probed and ready in %.1f s (%.0f MB/s); "
                            + "RSS baseline %d MB, peak %d MB (+%d MB); server sent %d MB%n",
                    DOWNLOADS, Files.size(video) >> 20, seconds, DOWNLOADS * (Files.size(video) >> 20) / seconds,
                    baseline >> 10, peak.get() >> 10, (peak.get() - baseline) >> 10, files.bytesSent() >> 20);
            System.out.println("RSS every 5 s (MB): " + timeline);
        }
    }

    private static long rssKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException e) {
            return -1;
        }
        return -1;
    }
}
