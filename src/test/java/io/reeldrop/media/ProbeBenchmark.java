package io.reeldrop.media;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Probe cost for a faststart MP4 of 1 MB and of 500 MB, from disk and over loopback HTTP with
 * range requests: bytes the server sent, bytes FFmpeg reports it read, requests, and the median
 * time of 7 probes. The claim under test: bytes read do not grow with the file.
 *
 * <pre>./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=io.reeldrop.media.ProbeBenchmark [-Dexec.args=DIR]</pre>
 */
public final class ProbeBenchmark {

    private ProbeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createDirectories(Path.of(args.length > 0 ? args[0] : "target/bench-media"));
        MediaProber prober = new MediaProber();
        MediaProber.warmUp();
        System.out.printf("%-10s %12s %14s %14s %9s %12s %12s%n",
                "file", "size", "http bytes", "ffmpeg bytes", "requests", "url ms (p50)", "file ms (p50)");
        for (long target : new long[] {1L << 20, 500L << 20}) {
            Path video = BenchMedia.faststartMp4(dir, target);
            try (FixtureHttpServer http = new FixtureHttpServer(dir)) {
                VideoInfo info = prober.probe(http.url("range", video.getFileName().toString()));
                http.resetCounters();
                double[] urlMillis = new double[7];
                long ffmpegBytes = 0;
                for (int i = 0; i < urlMillis.length; i++) {
                    long start = System.nanoTime();
                    info = prober.probe(http.url("range", video.getFileName().toString()));
                    urlMillis[i] = (System.nanoTime() - start) / 1e6;
                    ffmpegBytes = info.bytesRead();
                }
                long httpBytes = http.bytesSent() / urlMillis.length;
                long requests = http.requests() / urlMillis.length;
                double[] fileMillis = new double[7];
                for (int i = 0; i < fileMillis.length; i++) {
                    long start = System.nanoTime();
                    prober.probe(video);
                    fileMillis[i] = (System.nanoTime() - start) / 1e6;
                }
                System.out.printf("%-10s %12d %14d %14d %9d %12.1f %12.1f   (%s, %.1f s, %dx%d)%n",
                        target / (1024 * 1024) + " MB", Files.size(video), httpBytes, ffmpegBytes, requests,
                        median(urlMillis), median(fileMillis), info.codec(), info.durationSeconds(), info.width(), info.height());
            }
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
