package io.reeldrop.sandbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * 1 GB through the sandbox's multipart upload (5 MiB chunks, JDK client, sequential PUTs, the
 * SDK helpers' way), next to the same bytes as one single PUT (a one-chunk session: the local
 * limit of the presigned host), in one run. Prints throughput, the live-heap growth and the
 * bytes this process wrote to disk (from /proc/self/io) against the file's size.
 *
 * <pre>./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=io.reeldrop.sandbox.MultipartUploadBenchmark [-Dexec.args=MEGABYTES]</pre>
 */
public final class MultipartUploadBenchmark {

    private MultipartUploadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long size = (args.length > 0 ? Long.parseLong(args[0]) : 1024) * 1024 * 1024;
        GeneratedVideo video = new GeneratedVideo(size);
        System.out.printf(Locale.ROOT, "%d MB, JDK %s, %d cores%n", size >> 20, Runtime.version(), Runtime.getRuntime().availableProcessors());
        double plain = run("one PUT (one-chunk session)", video, AssetLimits.DEFAULT.withChunks(size, 1));
        double multipart = run("multipart, 5 MiB chunks", video, AssetLimits.DEFAULT);
        System.out.printf(Locale.ROOT, "multipart / one PUT: %.2fx%n", multipart / plain);
    }

    private static double run(String what, GeneratedVideo video, AssetLimits limits) throws Exception {
        try (SandboxServer sandbox = SandboxServer.start(SandboxConfig.defaults().withTimeScale(1000).withAssets(limits));
             MultipartStreamingTest.HeapWatch heap = new MultipartStreamingTest.HeapWatch()) {
            long writtenBefore = diskWrites();
            long start = System.nanoTime();
            String assetId = new StreamedUpload(sandbox.baseUrl("1.3"), sandbox.apiKey()).upload(video);
            double seconds = (System.nanoTime() - start) / 1e9;
            long written = diskWrites() - writtenBefore;
            Path file = sandbox.dataDir().resolve("assets").resolve(assetId + ".asset");
            double mbPerSecond = video.size() / 1e6 / seconds;
            System.out.printf(Locale.ROOT, "%-30s %6.2f s  %7.1f MB/s  live heap +%d MB  disk writes %d MB for a %d MB file%n",
                    what, seconds, mbPerSecond, heap.growth() >> 20, written >> 20, Files.size(file) >> 20);
            return mbPerSecond;
        }
    }

    /** Bytes this process caused to be written to storage, or -1 where /proc/self/io is not there. */
    private static long diskWrites() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/io"))) {
                if (line.startsWith("write_bytes:")) {
                    return Long.parseLong(line.substring(12).trim());
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }
}
