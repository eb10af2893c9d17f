package io.reeldrop.tracking;

import io.reeldrop.sandbox.SandboxConfig;
import io.reeldrop.testsupport.Await;
import io.reeldrop.tracking.model.Submission;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The engine against the SDK's waitForDone on the same sandbox in the same run: 1,000 tasks
 * each, videos of varied length, time scale 60. Prints HTTP requests, p50/p95 detection delay
 * and wall time for both; then memory per 10,000 tracked tasks ({@link MemoryPerTaskBenchmark}).
 *
 * <pre>./mvnw -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=io.reeldrop.tracking.TrackingBenchmark [-Dexec.args="1000 60"]</pre>
 *
 * Needs {@code ffmpeg} on the PATH to make the clips (black 640x360 at 1 fps, 30 s to 40 min).
 */
public final class TrackingBenchmark {

    private static final int[] CLIP_SECONDS = {30, 60, 120, 300, 600, 1200, 2400};

    private TrackingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int tasks = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        double scale = args.length > 1 ? Double.parseDouble(args[1]) : 60;
        Logger.getLogger("").setLevel(Level.WARNING);
        Path clips = Files.createTempDirectory("reeldrop-bench-clips");
        List<String> names = makeClips(clips);
        Path data = Files.createTempDirectory("reeldrop-bench-data");
        try (SandboxRig rig = new SandboxRig(SandboxConfig.defaults().withTimeScale(scale), new VideoHost(clips))) {
            String baselineIndex = createIndex(rig, "baseline");
            Random random = new Random(7);
            List<String> engineUrls = new ArrayList<>();
            List<String> baselineUrls = new ArrayList<>();
            for (int i = 0; i < tasks; i++) {
                engineUrls.add(rig.videos.clipUrl(names.get(random.nextInt(names.size())), "engine-" + i));
                baselineUrls.add(rig.videos.clipUrl(names.get(random.nextInt(names.size())), "baseline-" + i));
            }
            CountingApi engineApi = new CountingApi(rig.newClient(rig.config().withTimeouts(null, null, null)));
            CountingApi baselineApi = new CountingApi(rig.newClient(rig.config().withTimeouts(null, null, null)));
            ConcurrentLinkedQueue<Long> engineAll = new ConcurrentLinkedQueue<>();
            ConcurrentLinkedQueue<Long> engineReady = new ConcurrentLinkedQueue<>();
            Map<String, String> lastStatus = new HashMap<>();
            Instant start = Instant.now();
            try (Tracker tracker = TrackerBuilder.forApi(engineApi).dataFolder(data).build()) {
                tracker.addListener((changed, removed, health) -> {
                    for (TrackedTask t : changed) {
                        if (t.task() == null || t.task().updatedAt() == null) {
                            continue;
                        }
                        String s = t.task().status().value();
                        if (!s.equals(lastStatus.put(t.localId(), s)) && t.statusTimes().containsKey(s)) {
                            long delay = Duration.between(t.task().updatedAt(), t.statusTimes().get(s)).toMillis();
                            engineAll.add(delay);
                            if (t.task().status().isTerminal()) {
                                engineReady.add(delay);
                            }
                        }
                    }
                });
                WaitForDoneBaseline baseline = new WaitForDoneBaseline(baselineApi);
                baseline.start(baselineIndex, baselineUrls);
                tracker.submit(engineUrls.stream().map(u -> Submission.ofUrl(SandboxRig.INDEX, null, u)).toList());
                Await.until(() -> tracker.health().inFlight() == 0 && tracker.queuedOrSending() == 0,
                        Duration.ofMinutes(30), () -> "engine done");
                Duration engineTime = Duration.between(start, Instant.now());
                if (!baseline.await(Duration.ofMinutes(30))) {
                    throw new IllegalStateException("baseline did not finish");
                }
                Duration baselineTime = Duration.between(start, Instant.now());
                baseline.close();
                Await.until(() -> engineReady.size() >= tasks, Duration.ofSeconds(5), () -> "last batch");
                report("ReelDrop engine", engineApi, engineAll, engineReady, engineTime, tracker.historyWrites());
                report("waitForDone baseline", baselineApi, baseline.allChangesMillis, baseline.readyMillis,
                        baselineTime, 0);
                System.out.printf("Monitoring requests, engine / baseline: %.3f (1/%.0f)%n",
                        (double) engineApi.monitoring() / baselineApi.monitoring(),
                        (double) baselineApi.monitoring() / Math.max(1, engineApi.monitoring()));
            }
            engineApi.close();
            baselineApi.close();
        }
        MemoryPerTaskBenchmark.main(new String[0]);
        System.exit(0);
    }

    private static void report(String name, CountingApi api, Collection<Long> all, Collection<Long> ready,
                               Duration wall, long historyWrites) {
        System.out.printf("%-22s POST %5d  GET /tasks/{id} %6d  GET /tasks %5d  monitoring total %6d  all %6d"
                        + "  | detection p50/p95: ready %5d/%5d ms, every seen change %5d/%5d ms (n=%d)  | wall %ds%s%n",
                name, api.creates.get(), api.gets.get(), api.lists.get(), api.monitoring(), api.total(),
                percentile(ready, 50), percentile(ready, 95), percentile(all, 50), percentile(all, 95), all.size(),
                wall.toSeconds(), historyWrites > 0 ? "  | history writes " + historyWrites : "");
    }

    static long percentile(Collection<Long> values, int p) {
        List<Long> sorted = new ArrayList<>(values);
        if (sorted.isEmpty()) {
            return -1;
        }
        sorted.sort(null);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    private static List<String> makeClips(Path folder) throws IOException, InterruptedException {
        List<String> names = new ArrayList<>();
        for (int seconds : CLIP_SECONDS) {
            String name = "black-" + seconds + "s.mp4";
            Process p = new ProcessBuilder("ffmpeg", "-v", "error", "-f", "lavfi", "-i",
                    "color=black:s=640x360:r=1", "-t", Integer.toString(seconds), "-c:v", "libx264",
                    "-preset", "ultrafast", "-tune", "stillimage", "-pix_fmt", "yuv420p",
                    folder.resolve(name).toString()).inheritIO().start();
            if (p.waitFor() != 0) {
                throw new IllegalStateException("ffmpeg could not make " + name + "; install ffmpeg");
            }
            names.add(name);
        }
        return names;
    }

    private static String createIndex(SandboxRig rig, String name) throws IOException, InterruptedException {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(rig.sandbox.baseUrl() + "/indexes"))
                .header("x-api-key", rig.sandbox.apiKey()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"index_name\":\"" + name + "\",\"models\":[{\"model_name\":"
                        + "\"marengo3.0\",\"model_options\":[\"visual\",\"audio\"]}]}")).build(),
                HttpResponse.BodyHandlers.ofString());
        String body = answer.body();
        int at = body.indexOf("\"_id\"");
        if (answer.statusCode() >= 300 || at < 0) {
            throw new IllegalStateException("cannot create an index: " + answer.statusCode() + " " + body);
        }
        int open = body.indexOf('"', body.indexOf(':', at) + 1);
        return body.substring(open + 1, body.indexOf('"', open + 1));
    }

    static long usedHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
