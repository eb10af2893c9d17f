package io.reeldrop.api;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Multipart upload of a file (1 GiB by default) through {@link MultipartUploader}, next to one
 * plain PUT of the same bytes with the JDK's HTTP client, in the same run. Reports throughput of
 * both and their ratio, the peak heap growth during the multipart upload, and the bytes this
 * process wrote to storage meanwhile (Linux {@code /proc/self/io}: the goal is 0, no temporary
 * chunk files). Not a test: run it by hand against any server that speaks the API.
 *
 * <pre>
 * ./mvnw -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=io.reeldrop.api.MultipartUploadBenchmark \
 *     -Dexec.args="http://127.0.0.1:PORT/v1.3 [--key sandbox] [--mib 1024] [--parallel 4]
 *                  [--plain-put session|local|URL] [--file PATH] [--runs 1]"
 * </pre>
 *
 * <p>{@code --plain-put}: {@code session} (default) PUTs the whole file to the first presigned
 * URL of a fresh session for a file of the same size, the server's own upload path; a server
 * that refuses a body larger than a chunk shows as "refused early", and then {@code local} (a
 * Jetty sink in this process) or an explicit URL is the baseline to use. Base URL {@code fake}
 * runs against the scripted test server: a smoke run, not a measurement; {@code fake-jetty}
 * sends its chunks to the same Jetty sink as {@code --plain-put local}, which compares the two
 * clients alone, with no server-side work.
 */
public final class MultipartUploadBenchmark {

    private MultipartUploadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<String> a = new ArrayList<>(Arrays.asList(args));
        if (a.isEmpty()) {
            System.err.println("usage: MultipartUploadBenchmark BASE_URL|fake [--key K] [--mib N] [--parallel N] "
                    + "[--plain-put session|local|URL] [--file PATH] [--runs N]");
            System.exit(2);
        }
        String base = a.remove(0);
        String key = option(a, "--key", "sandbox");
        long size = Long.parseLong(option(a, "--mib", "1024")) << 20;
        int parallel = Integer.parseInt(option(a, "--parallel", String.valueOf(MultipartUploader.DEFAULT_PARALLELISM)));
        String plain = option(a, "--plain-put", "session");
        String given = option(a, "--file", null);
        int runs = Integer.parseInt(option(a, "--runs", "1"));

        Path file = given != null ? Path.of(given) : generated(size);
        size = Files.size(file);
        try (FakeIngestApi fake = base.startsWith("fake") ? new FakeIngestApi(64L << 20, 50, false) : null;
             PlainPut.Sink fastStore = base.equals("fake-jetty") ? new PlainPut.Sink() : null) {
            if (fastStore != null) {
                fake.useStore(fastStore.uri());
            }
            URI baseUrl = fake != null ? fake.base() : URI.create(base);
            ApiConfig config = ApiConfig.of(baseUrl, ApiKey.of(key))
                    .withTimeouts(Duration.ofSeconds(10), Duration.ofSeconds(60), Duration.ofSeconds(300));
            try (TwelveLabsClient client = TwelveLabsClient.builder(config).maxConnections(parallel + 2).build()) {
                System.out.printf(Locale.ROOT, "file %s, %d MiB; server %s; %d chunk PUTs at once%n", file,
                        size >> 20, baseUrl, parallel);
                for (int run = 1; run <= runs; run++) {
                    System.out.printf(Locale.ROOT, "-- run %d of %d%n", run, runs);
                    double multipart = multipart(client, file, parallel);
                    PlainPut.Outcome baseline = plainPut(client, file, plain);
                    report(multipart, baseline, size);
                }
            }
        } finally {
            if (given == null) {
                Files.deleteIfExists(file);
            }
        }
    }

    /** Returns MiB/s of the multipart upload. */
    private static double multipart(TwelveLabsClient client, Path file, int parallel) throws Exception {
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long heapBefore = rt.totalMemory() - rt.freeMemory();
        AtomicLong peak = new AtomicLong(heapBefore);
        HeapSampler sampler = new HeapSampler(peak);
        long writtenBefore = storageBytesWritten();
        long start = System.nanoTime();
        UploadResult result;
        sampler.start();
        try {
            result = new MultipartUploader(client.assets()).withParallelism(parallel)
                    .upload(file, file.getFileName().toString(), (sent, total) ->
                            peak.accumulateAndGet(rt.totalMemory() - rt.freeMemory(), Math::max));
        } finally {
            sampler.interrupt();
            sampler.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long written = storageBytesWritten() - writtenBefore;
        double mibs = result.bytesSent() / 1048576.0 / seconds;
        System.out.printf(Locale.ROOT, "multipart: %d chunks, %.2f s, %.0f MiB/s, session %s (%s), asset %s%n",
                result.chunksSent(), seconds, mibs, result.uploadId(), result.status().status(), result.assetId());
        System.out.printf(Locale.ROOT, "multipart: peak heap growth %.1f MiB; bytes written to storage by this process "
                + "during the upload: %s%n", (peak.get() - heapBefore) / 1048576.0,
                written < 0 ? "unknown (no /proc/self/io)" : String.valueOf(written));
        if (!result.completed()) {
            System.out.println("multipart: WARNING the session is not completed");
        }
        return mibs;
    }

    private static PlainPut.Outcome plainPut(TwelveLabsClient client, Path file, String mode) throws Exception {
        if (mode.equals("local")) {
            try (PlainPut.Sink sink = new PlainPut.Sink()) {
                return PlainPut.put(sink.uri(), file);
            }
        }
        URI target = mode.equals("session")
                ? client.assets().createMultipartUpload(file.getFileName().toString(), Files.size(file)).uploadUrls()
                        .get(0).url()
                : URI.create(mode);
        return PlainPut.put(target, file);
    }

    private static void report(double multipart, PlainPut.Outcome plain, long size) {
        boolean whole = plain.bytesSent() == size && plain.status() >= 200 && plain.status() < 300;
        System.out.printf(Locale.ROOT, "plain PUT (JDK HttpClient): HTTP %d, %d of %d bytes sent, %.2f s, %.0f MiB/s%s%n",
                plain.status(), plain.bytesSent(), size, plain.seconds(), plain.mibPerSecond(),
                whole ? "" : " -- refused early: not a baseline; use --plain-put local or a URL that takes the whole file");
        if (whole) {
            System.out.printf(Locale.ROOT, "ratio multipart / plain PUT: %.2f (goal >= 0.80)%n", multipart / plain.mibPerSecond());
        }
    }

    /** {@code write_bytes} of {@code /proc/self/io}, or -1 where there is none. */
    static long storageBytesWritten() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/io"))) {
                if (line.startsWith("write_bytes:")) {
                    return Long.parseLong(line.substring("write_bytes:".length()).strip());
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }

    /** A real file (not sparse) of repeated random 4 MiB blocks, written before anything is measured. */
    private static Path generated(long size) throws IOException {
        Path file = Files.createTempFile("reeldrop-bench-", ".mp4");
        byte[] block = new byte[4 << 20];
        new Random(1).nextBytes(block);
        try (OutputStream out = Files.newOutputStream(file)) {
            for (long left = size; left > 0; left -= block.length) {
                out.write(block, 0, (int) Math.min(block.length, left));
            }
        }
        return file;
    }

    private static String option(List<String> args, String name, String absent) {
        int i = args.indexOf(name);
        if (i < 0 || i + 1 >= args.size()) {
            return absent;
        }
        String value = args.get(i + 1);
        args.remove(i + 1);
        args.remove(i);
        return value;
    }

    /** Samples used heap every 5 ms, between progress reports too. */
    private static final class HeapSampler extends Thread {
        private final AtomicLong peak;

        HeapSampler(AtomicLong peak) {
            super("heap-sampler");
            setDaemon(true);
            this.peak = peak;
        }

        @Override
        public void run() {
            Runtime rt = Runtime.getRuntime();
            while (!isInterrupted()) {
                peak.accumulateAndGet(rt.totalMemory() - rt.freeMemory(), Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }
}
