package io.reeldrop.sandbox;

import io.reeldrop.media.MediaProber;
import io.reeldrop.media.UnreadableMediaException;
import io.reeldrop.media.VideoInfo;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Moves tasks through their statuses. Validation (download and probe) is real work and runs on
 * a bounded pool; every later transition is one timer on a shared two-thread scheduler, planned
 * from the video's duration, so hundreds of waiting tasks cost no threads. A transition's
 * {@code updated_at} is the instant it was planned for, so the timestamps equal the schedule
 * that {@code estimated_time} promised, also after a restart.
 */
final class TaskLifecycle implements AutoCloseable {

    /** Concurrent downloads and probes; more tasks than this wait their turn in {@code validating}. */
    static final int VALIDATION_THREADS = 200;

    private final SandboxStore store;
    private final SandboxConfig config;
    private final FaultInjector faults;
    private final Path videosDir;
    private final MediaProber prober = new MediaProber();
    private final ScheduledThreadPoolExecutor scheduler;
    private final ExecutorService validators;
    private final VideoDownloader downloader;
    /** Set on stop: work cut short by the shutdown must not be recorded as a failed task. */
    private volatile boolean closing;

    TaskLifecycle(SandboxStore store, SandboxConfig config, FaultInjector faults, Path videosDir) {
        this.store = store;
        this.config = config;
        this.faults = faults;
        this.videosDir = videosDir;
        this.scheduler = new ScheduledThreadPoolExecutor(2, daemonThreads("sandbox-scheduler"));
        this.scheduler.setRemoveOnCancelPolicy(true);
        // Idle validators end after 5 s: waiting tasks then hold only their timer on the scheduler.
        ThreadPoolExecutor pool = new ThreadPoolExecutor(VALIDATION_THREADS, VALIDATION_THREADS, 5, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), daemonThreads("sandbox-validator"));
        pool.allowCoreThreadTimeOut(true);
        this.validators = pool;
        this.downloader = new VideoDownloader(config.connectTimeout(), config.readTimeout(), config.maxVideoBytes(), scheduler);
    }

    ScheduledExecutorService scheduler() {
        return scheduler;
    }

    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    /** Starts validating a task just created (already stored, status {@code validating}). */
    void start(SandboxTask task) {
        faults.taskFailureStage(task.number).ifPresent(stage -> task.failStage = stage);
        validators.execute(() -> validate(task.id));
    }

    /** Picks up every unfinished task after a restart. */
    void resume() {
        synchronized (store.lock()) {
            for (SandboxTask task : store.tasks().values()) {
                if (task.status == TaskState.VALIDATING) {
                    validators.execute(() -> validate(task.id));
                } else if (!task.status.isTerminal()) {
                    scheduleNext(task);
                }
            }
        }
    }

    /**
     * The v1.2 {@code estimated_time}: the planned ready instant once the video is probed; while
     * validating, the shortest possible schedule from creation; for a failed task, its end.
     */
    Instant estimatedTime(SandboxTask task) {
        if (task.status == TaskState.FAILED) {
            return task.updatedAt; // it is over: the estimate is when it ended
        }
        if (task.readyAt != null) {
            return task.readyAt;
        }
        double scale = config.timeScale();
        Schedule schedule = config.schedule();
        return task.createdAt.plus(schedule.pending(scale)).plus(schedule.queued(scale)).plus(schedule.indexing(0, scale));
    }

    private void validate(String taskId) {
        SandboxTask task;
        URI url;
        Path video;
        synchronized (store.lock()) {
            task = store.tasks().get(taskId);
            if (task == null || task.status != TaskState.VALIDATING) {
                return;
            }
            url = task.videoUrl == null ? null : URI.create(task.videoUrl);
            video = task.videoPath != null ? Path.of(task.videoPath) : videosDir.resolve(task.id + ".video");
        }
        try {
            if (url != null) {
                long size = downloader.download(url, video);
                synchronized (store.lock()) {
                    task.sizeBytes = size;
                }
            } else if (!Files.isRegularFile(video)) {
                throw new TaskFailure("video_file_broken", "The uploaded file is gone (the sandbox was restarted before it was checked). Upload it again.");
            }
            VideoInfo info = probe(video);
            synchronized (store.lock()) {
                task.duration = info.durationSeconds();
                task.width = info.width();
                task.height = info.height();
            }
            VideoRequirements.check(task.apiVersion, info);
            if (task.failStage == TaskState.VALIDATING) {
                throw injected(TaskState.VALIDATING);
            }
            planAndPend(task, info.durationSeconds());
        } catch (TaskFailure failure) {
            fail(task, failure, now());
        } catch (RuntimeException | LinkageError unexpected) {
            // LinkageError: FFmpeg's natives failed to load. Uncaught, it would end this thread and
            // leave the task validating forever; failed with the reason, the person learns why.
            fail(task, new TaskFailure("video_file_broken", "The sandbox could not check this video: " + unexpected), now());
        } finally {
            // Nothing later needs the bytes; deleting keeps 200 x 50 MB off the disk. An upload cut
            // short by a stop stays, so the restarted sandbox can check it.
            if (!closing || url != null) {
                deleteQuietly(video);
            }
        }
    }

    private VideoInfo probe(Path video) throws TaskFailure {
        try {
            return prober.probe(video);
        } catch (UnreadableMediaException e) {
            throw new TaskFailure("video_file_broken", e.getMessage());
        }
    }

    private void planAndPend(SandboxTask task, double videoSeconds) {
        double scale = config.timeScale();
        Schedule schedule = config.schedule();
        Instant now = now();
        synchronized (store.lock()) {
            if (store.tasks().get(task.id) != task || task.status != TaskState.VALIDATING) {
                return;
            }
            task.queuedAt = now.plus(schedule.pending(scale));
            task.indexingAt = task.queuedAt.plus(schedule.queued(scale));
            task.readyAt = task.indexingAt.plus(schedule.indexing(videoSeconds, scale));
            if (task.failStage != null) {
                Instant start = switch (task.failStage) {
                    case PENDING -> now;
                    case QUEUED -> task.queuedAt;
                    default -> task.indexingAt;
                };
                Instant end = switch (task.failStage) {
                    case PENDING -> task.queuedAt;
                    case QUEUED -> task.indexingAt;
                    default -> task.readyAt;
                };
                task.failAt = start.plus(Duration.between(start, end).dividedBy(2));
            }
            task.status = TaskState.PENDING;
            task.updatedAt = now;
            scheduleNext(task);
        }
        store.save();
    }

    private void scheduleNext(SandboxTask task) {
        Instant due = task.nextTransitionAt();
        if (due == null) {
            return;
        }
        long delay = Math.max(0, Duration.between(Instant.now(), due).toMillis());
        String id = task.id;
        scheduler.schedule(() -> advance(id), delay, TimeUnit.MILLISECONDS);
    }

    private void advance(String taskId) {
        synchronized (store.lock()) {
            SandboxTask task = store.tasks().get(taskId);
            if (task == null || task.status.isTerminal()) {
                return;
            }
            Instant due = task.nextTransitionAt();
            if (due == null) {
                return;
            }
            if (Instant.now().isBefore(due)) {
                scheduleNext(task); // timers may fire a little early; try again at the planned instant
                return;
            }
            if (task.failStage == task.status && due.equals(task.failAt)) {
                applyFailure(task, injected(task.status), due);
            } else {
                task.status = switch (task.status) {
                    case PENDING -> TaskState.QUEUED;
                    case QUEUED -> TaskState.INDEXING;
                    default -> TaskState.READY;
                };
                task.updatedAt = due;
                scheduleNext(task);
            }
        }
        store.save();
    }

    private void fail(SandboxTask task, TaskFailure failure, Instant at) {
        if (closing) {
            return; // stays validating, and is validated again when a sandbox resumes this data folder
        }
        synchronized (store.lock()) {
            if (store.tasks().get(task.id) != task || task.status.isTerminal()) {
                return;
            }
            applyFailure(task, failure, at);
        }
        store.save();
    }

    private static void applyFailure(SandboxTask task, TaskFailure failure, Instant at) {
        task.status = TaskState.FAILED;
        task.updatedAt = at;
        task.errorCode = failure.code();
        task.errorReason = failure.getMessage();
    }

    private static TaskFailure injected(TaskState stage) {
        return new TaskFailure("sandbox_injected_failure", "This task failed on purpose while " + stage.wireName()
                + ": the sandbox's fault plan asked for it.");
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a leftover temp video is harmless; the data folder can be cleaned by hand
        }
    }

    static java.util.concurrent.ThreadFactory daemonThreads(String name) {
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
