package io.reeldrop.sandbox;

import io.reeldrop.media.VideoInfo;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * Validates tasks: downloads or takes the uploaded video, probes it and checks it against the
 * documented requirements on the shared worker pool, then hands it to the {@link Indexer}, which
 * plans and walks the rest of its statuses.
 */
final class TaskLifecycle {

    private final SandboxStore store;
    private final SandboxConfig config;
    private final FaultInjector faults;
    private final Path videosDir;
    private final SandboxWorkers workers;
    private final Indexer indexer;

    TaskLifecycle(SandboxStore store, SandboxConfig config, FaultInjector faults, Path videosDir,
                  SandboxWorkers workers, Indexer indexer) {
        this.store = store;
        this.config = config;
        this.faults = faults;
        this.videosDir = videosDir;
        this.workers = workers;
        this.indexer = indexer;
    }

    static Instant now() {
        return SandboxWorkers.now();
    }

    /** Starts validating a task just created (already stored, status {@code validating}). */
    void start(SandboxTask task) {
        faults.taskFailureStage(task.number).ifPresent(stage -> task.failStage = stage);
        workers.validators.execute(() -> validate(task.id));
    }

    /** Picks up every task still validating after a restart (planned ones resume through the indexer). */
    void resume() {
        synchronized (store.lock()) {
            for (SandboxTask task : store.tasks().values()) {
                if (task.status == TaskState.VALIDATING) {
                    workers.validators.execute(() -> validate(task.id));
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
                long size = workers.downloader.download(url, video);
                synchronized (store.lock()) {
                    task.sizeBytes = size;
                }
            } else if (!Files.isRegularFile(video)) {
                throw new TaskFailure("video_file_broken", "The uploaded file is gone (the sandbox was restarted before it was checked). Upload it again.");
            }
            VideoInfo info = workers.probe(video);
            synchronized (store.lock()) {
                task.duration = info.durationSeconds();
                task.width = info.width();
                task.height = info.height();
            }
            VideoRequirements.check(task.apiVersion, info);
            if (task.failStage == TaskState.VALIDATING) {
                throw Indexer.injected(TaskState.VALIDATING);
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
            if (!workers.closing() || url != null) {
                deleteQuietly(video);
            }
        }
    }

    private void planAndPend(SandboxTask task, double videoSeconds) {
        synchronized (store.lock()) {
            if (store.tasks().get(task.id) != task || task.status != TaskState.VALIDATING) {
                return;
            }
            indexer.plan(task, now(), videoSeconds);
        }
        store.save();
    }

    private void fail(SandboxTask task, TaskFailure failure, Instant at) {
        if (workers.closing()) {
            return; // stays validating, and is validated again when a sandbox resumes this data folder
        }
        synchronized (store.lock()) {
            if (store.tasks().get(task.id) != task || task.status.isTerminal()) {
                return;
            }
            Indexer.applyFailure(task, failure, at);
        }
        store.save();
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a leftover temp video is harmless; the data folder can be cleaned by hand
        }
    }
}
