package io.reeldrop.sandbox;

import io.reeldrop.media.MediaProber;
import io.reeldrop.media.UnreadableMediaException;
import io.reeldrop.media.VideoInfo;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads every lifecycle shares: a two-thread scheduler for timers (hundreds of waiting
 * videos cost no threads) and a bounded pool for the real work (downloads and probes), with
 * the downloader and prober they use. Closed once, by the server.
 */
final class SandboxWorkers implements AutoCloseable {

    /** Concurrent downloads and probes; more than this wait their turn. */
    static final int VALIDATION_THREADS = 200;

    final ScheduledThreadPoolExecutor scheduler;
    final ExecutorService validators;
    final VideoDownloader downloader;
    private final MediaProber prober = new MediaProber();
    /** Set on stop: work cut short by the shutdown must not be recorded as a failure. */
    private volatile boolean closing;

    SandboxWorkers(SandboxConfig config) {
        this.scheduler = new ScheduledThreadPoolExecutor(2, daemonThreads("sandbox-scheduler"));
        this.scheduler.setRemoveOnCancelPolicy(true);
        // Idle validators end after 5 s: waiting videos then hold only their timer on the scheduler.
        ThreadPoolExecutor pool = new ThreadPoolExecutor(VALIDATION_THREADS, VALIDATION_THREADS, 5, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), daemonThreads("sandbox-validator"));
        pool.allowCoreThreadTimeOut(true);
        this.validators = pool;
        this.downloader = new VideoDownloader(config.connectTimeout(), config.readTimeout(), config.maxVideoBytes(), scheduler,
                new DownloadGate(config.effectiveGuards()));
    }

    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    boolean closing() {
        return closing;
    }

    /** Probes a video file; a file FFmpeg cannot read is {@code video_file_broken}. */
    VideoInfo probe(Path video) throws TaskFailure {
        try {
            return prober.probe(video);
        } catch (UnreadableMediaException e) {
            throw new TaskFailure("video_file_broken", e.getMessage());
        }
    }

    static ThreadFactory daemonThreads(String name) {
        AtomicInteger counter = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    @Override
    public void close() {
        closing = true;
        scheduler.shutdownNow();
        validators.shutdownNow();
        try {
            validators.awaitTermination(5, TimeUnit.SECONDS);
            scheduler.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
