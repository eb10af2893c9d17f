package io.reeldrop.tracking;

import io.reeldrop.sandbox.SandboxConfig;
import io.reeldrop.testsupport.Await;
import io.reeldrop.tracking.model.Submission;
import io.reeldrop.tracking.model.UploadFlow;
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
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The engine against per-item polling on the same sandbox in the same run, for each flow: 1,000
 * videos each, of varied length, time scale 60. The tasks flow ({@code POST /tasks}) is compared
 * with the SDK's {@code waitForDone} ({@code GET /tasks/{id}} every 5 s); the assets flow
 * ({@code POST /assets} with the URL, then {@code POST .../indexed-assets}) with the vendor's
 * guide done per video ({@link IndexedAssetPollingBaseline}: the asset, then the indexed asset,
 * each asked about every 5 s). Prints every request by kind (the assets surface counted too),
 * p50/p95 detection delay and wall time for both; then memory per 10,000 tracked tasks
 * ({@link MemoryPerTaskBenchmark}).
 *
 * <pre>./mvnw -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=io.reeldrop.tracking.TrackingBenchmark [-Dexec.args="1000 60 tasks,assets"]</pre>
 *
 * Needs {@code ffmpeg} on the PATH to make the clips (black 640x360 at 1 fps, 30 s to 40 min).
 */
public final class TrackingBenchmark {

    private static final int[] CLIP_SECONDS = {30, 60, 120, 300, 600, 1200, 2400};

    private TrackingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int videos = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        double scale = args.length > 1 ? Double.parseDouble(args[1]) : 60;
        List<String> flows = List.of((args.length > 2 ? args[2] : "tasks,assets").split(","));
        Logger.getLogger("").setLevel(Level.WARNING);
        Path clips = Files.createTempDirectory("reeldrop-bench-clips");
        List<String> names = makeClips(clips);
        for (String flow : flows) {
            UploadFlow chosen = UploadFlow.valueOf(flow.strip().toUpperCase(Locale.ROOT));
            System.out.printf("-- %s flow: %d videos, time scale %.0f%n", flow.strip(), videos, scale);
            run(chosen, videos, scale, clips, names);
        }
        MemoryPerTaskBenchmark.main(new String[0]);
        System.exit(0);
    }

    private static void run(UploadFlow flow, int videos, double scale, Path clips, List<String> names)
            throws Exception {
        Path data = Files.createTempDirectory("reeldrop-bench-data");
        try (SandboxRig rig = new SandboxRig(SandboxConfig.defaults().withTimeScale(scale), new VideoHost(clips))) {
            String baselineIndex = createIndex(rig, "baseline");
            Random random = new Random(7);
            List<String> engineUrls = new ArrayList<>();
            List<String> baselineUrls = new ArrayList<>();
            for (int i = 0; i < videos; i++) {
                engineUrls.add(rig.videos.clipUrl(names.get(random.nextInt(names.size())), "engine-" + i));
                baselineUrls.add(rig.videos.clipUrl(names.get(random.nextInt(names.size())), "baseline-" + i));
            }
            CountingApi engineApi = new CountingApi(rig.newClient(rig.config().withTimeouts(null, null, null)));
            CountingApi baselineApi = new CountingApi(rig.newClient(rig.config().withTimeouts(null, null, null)));
            ConcurrentLinkedQueue<Long> engineAll = new ConcurrentLinkedQueue<>();
            ConcurrentLinkedQueue<Long> engineReady = new ConcurrentLinkedQueue<>();
            Map<String, String> lastStatus = new HashMap<>();
            Instant start = Instant.now();
            try (Tracker tracker = TrackerBuilder.forApi(engineApi).dataFolder(data).build();
                 PollingBaseline baseline = flow == UploadFlow.ASSETS ? new IndexedAssetPollingBaseline(baselineApi)
                         : new WaitForDoneBaseline(baselineApi)) {
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
                baseline.start(baselineIndex, baselineUrls);
                tracker.submit(engineUrls.stream().map(u -> Submission.ofUrl(SandboxRig.INDEX, null, u).withFlow(flow))
                        .toList());
                Await.until(() -> tracker.health().inFlight() == 0 && tracker.queuedOrSending() == 0,
                        Duration.ofMinutes(30), () -> "engine done");
                Duration engineTime = Duration.between(start, Instant.now());
                if (!baseline.await(Duration.ofMinutes(30))) {
                    throw new IllegalStateException("baseline did not finish");
                }
                Duration baselineTime = Duration.between(start, Instant.now());
                Await.until(() -> engineReady.size() >= videos, Duration.ofSeconds(5), () -> "last batch");
                report("ReelDrop engine", engineApi, engineAll, engineReady, engineTime, tracker.historyWrites());
                report(flow == UploadFlow.ASSETS ? "per-item 5 s polling" : "waitForDone baseline", baselineApi,
                        baseline.allChangesMillis(), baseline.readyMillis(), baselineTime, 0);
                System.out.printf("Monitoring requests, engine / baseline: %.3f (1/%.0f)%n",
                        (double) engineApi.monitoring() / baselineApi.monitoring(),
                        (double) baselineApi.monitoring() / Math.max(1, engineApi.monitoring()));
                if (flow == UploadFlow.ASSETS) {
                    long engineIndexed = engineApi.assets().indexedGets.get() + engineApi.assets().indexedLists.get();
                    long baselineIndexed = baselineApi.assets().indexedGets.get()
                            + baselineApi.assets().indexedLists.get();
                    System.out.printf("  of which following indexed assets: %d / %d = %.3f; following assets: %d / %d"
                                    + " = %.3f%n", engineIndexed, baselineIndexed,
                            (double) engineIndexed / baselineIndexed, engineApi.assets().assetLooks.get(),
                            baselineApi.assets().assetLooks.get(), (double) engineApi.assets().assetLooks.get()
                                    / baselineApi.assets().assetLooks.get());
                }
            }
            engineApi.close();
            baselineApi.close();
        }
    }

    private static void report(String name, CountingApi api, Collection<Long> all, Collection<Long> ready,
                               Duration wall, long historyWrites) {
        System.out.printf("%-22s POST %5d  GET one %6d  GET list %5d  monitoring total %6d  all %6d"
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
