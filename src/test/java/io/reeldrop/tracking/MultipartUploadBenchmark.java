package io.reeldrop.tracking;

import io.reeldrop.api.ApiConfig;
import io.reeldrop.api.ApiKey;
import io.reeldrop.api.CompletedChunk;
import io.reeldrop.api.MultipartUpload;
import io.reeldrop.api.MultipartUploader;
import io.reeldrop.api.TwelveLabsClient;
import io.reeldrop.api.UploadResult;
import io.reeldrop.sandbox.SandboxConfig;
import io.reeldrop.tracking.model.Submission;
import io.reeldrop.tracking.model.SubmissionState;
import io.reeldrop.tracking.model.UploadFlow;
import io.reeldrop.tracking.store.HistoryStore;
import io.reeldrop.tracking.upload.UploadSettings;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * A big file (1 GiB by default) uploaded three ways to the same sandbox in the same run: one plain
 * {@code PUT} of the whole file with the JDK's {@code HttpClient} (the local limit: the sandbox cut
 * into one chunk, so the same receiving code takes the same bytes in one request), ReelDrop's
 * {@link MultipartUploader} (default chunk sizes, 4 chunk PUTs at once), and the whole engine (a
 * {@link Tracker} sending the file through the assets flow: the session, every chunk recorded in
 * the history, the reports), once with its history on disk, as a person has it, and once on a
 * tmpfs, so that the client's disk writes then show the upload's own (goal: 0, no temporary
 * copies). For each: throughput and its ratio to the plain PUT of the same run (goal: at least
 * 0.8), heap growth after GC and at peak (garbage included), and bytes written to disk by this
 * process and by the sandbox, which runs in a child JVM ({@link UploadSandboxes}) so that its
 * writes of the asset are counted apart. A warm-up pass (256 MiB) comes first and is not shown.
 *
 * <pre>MAVEN_OPTS=-XX:+PerfDisableSharedMem ./mvnw -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=io.reeldrop.tracking.MultipartUploadBenchmark \
 *     [-Dexec.args="--mib 1024 --runs 3 --parallel 4 --warmup-mib 256"]</pre>
 *
 * {@code -XX:+PerfDisableSharedMem} keeps the JVM's own performance counters off disk (they are
 * a memory-mapped file in /tmp that the JVM rewrites, a 4 KB page now and then). Linux only for
 * the disk figures ({@code /proc/PID/io}, {@code /dev/shm}); elsewhere they show as unknown. The
 * file is a playable MP4 written sparse ({@link VideoFiles#generate}) before anything is measured.
 */
public final class MultipartUploadBenchmark {

    private static final Duration ENGINE_LIMIT = Duration.ofMinutes(10);
    /**
     * A tmpfs: writes there reach no disk, so with the history kept there the client's disk writes
     * show what the upload itself wrote, apart from the history's journal.
     */
    private static final Path MEMORY_FOLDER = Path.of("/dev/shm");

    /** One measured upload. */
    private record Phase(int run, String what, long bytes, double seconds, Footprint footprint, String note) {
        double mibPerSecond() {
            return bytes / 1048576.0 / seconds;
        }
    }

    private MultipartUploadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long size = Long.parseLong(option(args, "--mib", "1024")) << 20;
        int runs = Integer.parseInt(option(args, "--runs", "3"));
        int parallel = Integer.parseInt(option(args, "--parallel", String.valueOf(MultipartUploader.DEFAULT_PARALLELISM)));
        long warmup = Long.parseLong(option(args, "--warmup-mib", "256")) << 20;
        Logger.getLogger("").setLevel(Level.WARNING);
        Path folder = Files.createTempDirectory("reeldrop-upload-bench");
        Path file = readOnce(VideoFiles.generate(folder.resolve("big.mp4"), size));
        List<Phase> phases = new ArrayList<>();
        try (UploadSandboxes sandboxes = UploadSandboxes.start();
             TwelveLabsClient chunked = client(sandboxes.chunked());
             TwelveLabsClient whole = client(sandboxes.whole())) {
            System.out.printf(Locale.ROOT, "%d MiB file; JDK %s, %d cores; sandbox in JVM %d; %d chunk PUTs at once%n",
                    size >> 20, Runtime.version(), Runtime.getRuntime().availableProcessors(), sandboxes.pid(), parallel);
            if (warmup > 0) {
                // JIT and connection pools warm, so run 1 measures uploads, not start-up
                runAll(0, sandboxes, chunked, whole, readOnce(VideoFiles.generate(folder.resolve("warm.mp4"), warmup)), parallel,
                        folder);
            }
            for (int run = 1; run <= runs; run++) {
                phases.addAll(runAll(run, sandboxes, chunked, whole, file, parallel, folder));
            }
        } finally {
            deleteTree(folder);
        }
        print(phases);
        System.exit(0);
    }

    private static List<Phase> runAll(int run, UploadSandboxes sandboxes, TwelveLabsClient chunked,
                                      TwelveLabsClient whole, Path file, int parallel, Path folder) throws Exception {
        List<Phase> phases = new ArrayList<>();
        phases.add(plainPut(run, whole, file, sandboxes.pid()));
        settle();
        phases.add(multipart(run, chunked, file, parallel, sandboxes.pid()));
        settle();
        phases.add(engine(run, chunked, file, parallel, folder, sandboxes.pid()));
        settle();
        if (Files.isDirectory(MEMORY_FOLDER)) {
            phases.add(engine(run, chunked, file, parallel, MEMORY_FOLDER, sandboxes.pid()));
            settle();
        }
        return phases;
    }

    private static TwelveLabsClient client(URI base) {
        return TwelveLabsClient.create(ApiConfig.of(base, ApiKey.of(SandboxConfig.DEFAULT_API_KEY)));
    }

    /** The baseline: the JDK's client PUTs the whole file to a one-chunk session's URL. */
    private static Phase plainPut(int run, TwelveLabsClient api, Path file, long serverPid) throws Exception {
        long size = Files.size(file);
        MultipartUpload session = api.assets().createMultipartUpload("plain.mp4", size);
        if (session.totalChunks() != 1) {
            throw new IllegalStateException("the one-chunk sandbox cut the file into " + session.totalChunks());
        }
        HttpClient jdk = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest put = HttpRequest.newBuilder(session.uploadUrls().get(0).url())
                .header("Content-Type", "application/octet-stream").PUT(HttpRequest.BodyPublishers.ofFile(file)).build();
        HttpResponse<Void> answer;
        double seconds;
        Footprint f = new Footprint(serverPid);
        try {
            long start = System.nanoTime();
            answer = jdk.send(put, HttpResponse.BodyHandlers.discarding());
            seconds = (System.nanoTime() - start) / 1e9;
        } finally {
            f.close();
        }
        String etag = answer.headers().firstValue("ETag").orElse("").replace("\"", "");
        if (answer.statusCode() != 200 || etag.isEmpty()) {
            throw new IllegalStateException("the plain PUT was answered " + answer.statusCode());
        }
        api.assets().reportChunks(session.uploadId(), List.of(new CompletedChunk(1, etag, size)));
        api.assets().deleteAsset(session.assetId());
        return new Phase(run, "plain PUT (JDK HttpClient)", size, seconds, f, "1 request");
    }

    private static Phase multipart(int run, TwelveLabsClient api, Path file, int parallel, long serverPid) {
        UploadResult result;
        double seconds;
        Footprint f = new Footprint(serverPid);
        try {
            long start = System.nanoTime();
            result = new MultipartUploader(api.assets()).withParallelism(parallel)
                    .upload(file, file.getFileName().toString(), null);
            seconds = (System.nanoTime() - start) / 1e9;
        } finally {
            f.close();
        }
        if (!result.completed()) {
            throw new IllegalStateException("the multipart session is not completed: " + result.status());
        }
        api.assets().deleteAsset(result.assetId());
        return new Phase(run, "MultipartUploader", result.bytesSent(), seconds, f, result.chunksSent() + " chunks");
    }

    /** The whole engine: from submit until the asset is uploaded (the session confirmed complete). */
    private static Phase engine(int run, TwelveLabsClient api, Path file, int parallel, Path folder, long serverPid)
            throws Exception {
        Path data = Files.createTempDirectory(folder, "reeldrop-history-");
        CompletableFuture<TrackedTask> uploaded = new CompletableFuture<>();
        double seconds;
        long historyWrites;
        Footprint f = new Footprint(serverPid);
        try (Tracker tracker = TrackerBuilder.forApi(api).dataFolder(data)
                .uploadSettings(UploadSettings.defaults().withParallelChunks(parallel)).build()) {
            tracker.addListener((changed, removed, health) -> changed.forEach(t -> {
                if (t.state() != SubmissionState.QUEUED && t.state() != SubmissionState.UPLOADING) {
                    uploaded.complete(t);
                }
            }));
            long start = System.nanoTime();
            tracker.submit(List.of(Submission.ofFile(SandboxRig.INDEX, null, file).withFlow(UploadFlow.ASSETS)));
            TrackedTask done = uploaded.get(ENGINE_LIMIT.toSeconds(), TimeUnit.SECONDS);
            seconds = (System.nanoTime() - start) / 1e9;
            if (done.state() == SubmissionState.NOT_SENT || done.state() == SubmissionState.NEEDS_DECISION) {
                throw new IllegalStateException("the engine did not upload the file: " + done.note());
            }
            historyWrites = tracker.historyWrites();
        } finally {
            f.close();
        }
        String assetId = new HistoryStore(data).load().document().tasks().get(0).upload().assetId();
        api.assets().deleteAsset(assetId);
        deleteTree(data);
        return new Phase(run, "engine (Tracker, assets flow)" + (folder.equals(MEMORY_FOLDER) ? ", history on tmpfs"
                : ""), Files.size(file), seconds, f, historyWrites + " history writes");
    }

    /**
     * The first read of a file just written updates its access time, which dirties a 4 KB block
     * of the file system's inode table on the reader's account: done here, not in a measured upload.
     */
    private static Path readOnce(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            in.read();
        }
        return file;
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** Lets the sandbox's gigabyte reach the disk before the next phase, so no phase pays for another's writes. */
    private static void settle() throws Exception {
        new ProcessBuilder("sync").inheritIO().start().waitFor();
    }

    private static void print(List<Phase> phases) {
        System.out.println();
        System.out.println("| run | upload | MiB/s | x plain PUT | heap growth after GC / peak | written by client | written"
                + " by sandbox | |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        Map<Integer, Double> plain = new HashMap<>();
        phases.stream().filter(p -> p.what().startsWith("plain")).forEach(p -> plain.put(p.run(), p.mibPerSecond()));
        Map<String, List<Double>> ratios = new LinkedHashMap<>();
        for (Phase p : phases) {
            Footprint f = p.footprint();
            double ratio = p.mibPerSecond() / plain.get(p.run());
            ratios.computeIfAbsent(p.what(), k -> new ArrayList<>()).add(ratio);
            System.out.printf(Locale.ROOT, "| %d | %s | %.0f | %.2f | %s / %s | %s | %s | %s |%n", p.run(), p.what(),
                    p.mibPerSecond(), ratio, mib(f.heapGrowthAfterGc()), mib(f.heapGrowthPeak()),
                    bytes(f.written()), bytes(f.otherWritten()), p.note());
        }
        System.out.println();
        ratios.forEach((what, r) -> {
            List<Double> sorted = r.stream().sorted().toList();
            System.out.printf(Locale.ROOT, "%s: x plain PUT median %.2f (%.2f to %.2f, %d runs)%n", what,
                    sorted.get(sorted.size() / 2), sorted.get(0), sorted.get(sorted.size() - 1), sorted.size());
        });
    }

    private static String mib(long bytes) {
        return String.format(Locale.ROOT, "%+.1f MiB", bytes / 1048576.0);
    }

    private static String bytes(long n) {
        if (n < 0) {
            return "unknown";
        }
        return n < 1 << 20 ? n + " B" : String.format(Locale.ROOT, "%.1f MiB", n / 1048576.0);
    }

    private static String option(String[] args, String name, String absent) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return absent;
    }
}
