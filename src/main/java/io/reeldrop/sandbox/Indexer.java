package io.reeldrop.sandbox;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/**
 * Walks tasks and indexed assets alike through {@code pending -> queued -> indexing -> ready}:
 * plans every transition from the video's duration when the job enters {@code pending}, then
 * fires one timer per transition on the shared scheduler. A transition's {@code updated_at} is
 * the instant it was planned for, so the timestamps equal the schedule that was promised, also
 * after a restart. A planned failure (the fault plan's, or a broken requirement found before
 * indexing) lands at its own planned instant.
 */
final class Indexer {

    private final SandboxStore store;
    private final SandboxConfig config;
    private final SandboxWorkers workers;

    Indexer(SandboxStore store, SandboxConfig config, SandboxWorkers workers) {
        this.store = store;
        this.config = config;
        this.workers = workers;
    }

    /**
     * Puts {@code job} in {@code pending} at {@code start} and plans the rest. A {@code failStage}
     * set beforehand fails it halfway through that stage. Call under the store lock.
     */
    void plan(IndexingJob job, Instant start, double videoSeconds) {
        double scale = config.timeScale();
        Schedule schedule = config.schedule();
        job.queuedAt = start.plus(schedule.pending(scale));
        job.indexingAt = job.queuedAt.plus(schedule.queued(scale));
        job.readyAt = job.indexingAt.plus(schedule.indexing(videoSeconds, scale));
        if (job.failStage != null) {
            Instant from = switch (job.failStage) {
                case PENDING, VALIDATING -> start;
                case QUEUED -> job.queuedAt;
                default -> job.indexingAt;
            };
            Instant to = switch (job.failStage) {
                case PENDING, VALIDATING -> job.queuedAt;
                case QUEUED -> job.indexingAt;
                default -> job.readyAt;
            };
            job.failStage = job.failStage == TaskState.VALIDATING ? TaskState.PENDING : job.failStage;
            job.failAt = from.plus(Duration.between(from, to).dividedBy(2));
        }
        job.status = TaskState.PENDING;
        job.updatedAt = start;
        scheduleNext(job);
    }

    /** Re-arms the timers of every planned, unfinished job after a restart. Call under the store lock. */
    void resume() {
        for (IndexingJob job : store.jobs()) {
            if (job.status != TaskState.VALIDATING && !job.status.isTerminal()) {
                scheduleNext(job);
            }
        }
    }

    private void scheduleNext(IndexingJob job) {
        Instant due = job.nextTransitionAt();
        if (due == null) {
            return;
        }
        long delay = Math.max(0, Duration.between(Instant.now(), due).toMillis());
        String id = job.id;
        workers.scheduler.schedule(() -> advance(id), delay, TimeUnit.MILLISECONDS);
    }

    private void advance(String id) {
        synchronized (store.lock()) {
            IndexingJob job = store.job(id);
            if (job == null || job.status.isTerminal()) {
                return;
            }
            Instant due = job.nextTransitionAt();
            if (due == null) {
                return;
            }
            if (Instant.now().isBefore(due)) {
                scheduleNext(job); // timers may fire a little early; try again at the planned instant
                return;
            }
            if (job.failStage == job.status && due.equals(job.failAt)) {
                applyFailure(job, job.plannedFailureCode != null
                        ? new TaskFailure(job.plannedFailureCode, job.plannedFailureReason) : injected(job.status), due);
            } else {
                job.status = switch (job.status) {
                    case PENDING -> TaskState.QUEUED;
                    case QUEUED -> TaskState.INDEXING;
                    default -> TaskState.READY;
                };
                job.updatedAt = due;
                scheduleNext(job);
            }
        }
        store.save();
    }

    static void applyFailure(IndexingJob job, TaskFailure failure, Instant at) {
        job.status = TaskState.FAILED;
        job.updatedAt = at;
        job.errorCode = failure.code();
        job.errorReason = failure.getMessage();
    }

    static TaskFailure injected(TaskState stage) {
        return new TaskFailure("sandbox_injected_failure", "This task failed on purpose while " + stage.wireName()
                + ": the sandbox's fault plan asked for it.");
    }
}
