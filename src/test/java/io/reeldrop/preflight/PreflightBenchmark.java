package io.reeldrop.preflight;

import io.reeldrop.media.FixtureHttpServer;
import io.reeldrop.media.Fixtures;
import io.reeldrop.media.MediaProber;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * What a pre-flight costs over loopback: milliseconds per check (median and worst of N) and
 * the bytes each check read, for a small file, a long faststart MP4, a server that ignores
 * ranges, and a MOV whose header is past the first megabyte. Not a test; run with
 * {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=io.reeldrop.preflight.PreflightBenchmark -Dexec.args=200}.
 */
public final class PreflightBenchmark {

    private PreflightBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        Path folder = Files.createTempDirectory("preflight-benchmark");
        Files.copy(Fixtures.file("valid.mp4"), folder.resolve("valid.mp4"));
        Files.copy(Fixtures.file("clip.webm"), folder.resolve("clip.webm"));
        Files.write(folder.resolve("long-faststart.mp4"), PaddedVideo.faststart(500 * 1024 * 1024));
        Files.write(folder.resolve("long-moov-at-end.mov"), PaddedVideo.moovAtEnd(8 * 1024 * 1024));
        MediaProber.warmUp();
        Limits limits = Limits.forFlow(ApiRelease.V1_3, Flow.ASSET_URL);
        try (FixtureHttpServer files = new FixtureHttpServer(folder); Preflight preflight = new Preflight()) {
            measure(preflight, files, files.url("range", "valid.mp4"), limits, runs, "44 kB faststart MP4");
            measure(preflight, files, files.url("range", "clip.webm"), limits, runs, "86 kB WebM");
            measure(preflight, files, files.url("range", "long-faststart.mp4"), limits, runs, "500 MB faststart MP4");
            measure(preflight, files, files.url("plain", "long-faststart.mp4"), limits, runs, "500 MB, ranges ignored");
            measure(preflight, files, files.url("range", "long-moov-at-end.mov"), limits, runs, "8 MB MOV, moov at end");
            Path local = folder.resolve("long-faststart.mp4");
            long[] micros = new long[runs];
            for (int i = 0; i < runs; i++) {
                long start = System.nanoTime();
                preflight.checkFile(local, Limits.forFlow(ApiRelease.V1_3, Flow.ASSET_MULTIPART));
                micros[i] = (System.nanoTime() - start) / 1_000;
            }
            report("local 500 MB file", micros, 0, 0, "OK");
        } finally {
            try (var paths = Files.list(folder)) {
                for (Path path : paths.toList()) {
                    Files.delete(path);
                }
            }
            Files.delete(folder);
        }
    }

    private static void measure(Preflight preflight, FixtureHttpServer files, URI url, Limits limits, int runs, String what) {
        long[] micros = new long[runs];
        Verdict last = null;
        files.resetCounters();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            last = preflight.checkUrl(url, limits);
            micros[i] = (System.nanoTime() - start) / 1_000;
        }
        report(what, micros, last.found().bytesFetched(), files.bytesSent() / runs, last.outcome().toString());
    }

    private static void report(String what, long[] micros, long bytesRead, long bytesSent, String outcome) {
        Arrays.sort(micros);
        System.out.printf(Locale.ROOT, "%-26s %-12s median %6.2f ms  max %7.2f ms  read %,9d bytes  server sent %,11d bytes/check%n",
                what, outcome, micros[micros.length / 2] / 1000.0, micros[micros.length - 1] / 1000.0, bytesRead, bytesSent);
    }
}
