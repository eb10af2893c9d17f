package io.reeldrop.ui;

import io.reeldrop.api.Hls;
import io.reeldrop.api.Task;
import io.reeldrop.api.TaskProcess;
import io.reeldrop.api.TaskStatus;
import io.reeldrop.api.VideoMetadata;
import io.reeldrop.tracking.SubmitOutcome;
import io.reeldrop.tracking.TaskTracker;
import io.reeldrop.tracking.TrackedTask;
import io.reeldrop.tracking.TrackerHealth;
import io.reeldrop.tracking.TrackerListener;
import io.reeldrop.tracking.model.Submission;
import io.reeldrop.tracking.model.SubmissionState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

/**
 * An engine stand-in for view tests: keeps tasks in memory, rejects what the real engine
 * rejects (non-http URLs), and lets a test move tasks along with {@link #advance}.
 */
public final class FakeTracker implements TaskTracker {

    private final Map<String, TrackedTask> tasks = new LinkedHashMap<>();
    private final List<TrackerListener> listeners = new CopyOnWriteArrayList<>();
    private final List<Submission> received = new ArrayList<>();
    private final AtomicInteger ids = new AtomicInteger();
    private volatile TrackerHealth health = new TrackerHealth(null, null, 0);
    private final FakeUploads uploads = new FakeUploads();

    @Override
    public synchronized List<TrackedTask> snapshot() {
        List<TrackedTask> all = new ArrayList<>(tasks.values());
        Collections.reverse(all);
        return all;
    }

    @Override
    public synchronized TrackedTask find(String idOrPrefix) {
        TrackedTask exact = tasks.get(idOrPrefix);
        if (exact != null) {
            return exact;
        }
        List<TrackedTask> hits = tasks.values().stream().filter(t -> t.localId().startsWith(idOrPrefix)).toList();
        return hits.size() == 1 ? hits.get(0) : null;
    }

    @Override
    public boolean isFollowed(String localId) {
        return true;
    }

    /** Puts a row where a lost answer left it: waiting for the person to pick a task or send again. */
    public TrackedTask needsDecision(String localId, List<String> candidates) {
        TrackedTask next;
        synchronized (this) {
            TrackedTask t = tasks.get(localId);
            next = new TrackedTask(localId, t.submission(), SubmissionState.NEEDS_DECISION, null,
                    "The upload's answer was lost; adopt a task found or send again.", null, t.submittedAt(),
                    Map.of(), 0, 0, candidates);
            tasks.put(localId, next);
        }
        publish(List.of(next), List.of());
        return next;
    }

    /** Adopting makes the chosen task the row's, as the engine does. */
    @Override
    public void adopt(String localId, String taskId) {
        TrackedTask next;
        synchronized (this) {
            TrackedTask t = tasks.get(localId);
            Task api = new Task(taskId, t.submission().indexId(), null, TaskStatus.VALIDATING, t.submittedAt(),
                    Instant.now(), null, VideoMetadata.EMPTY, null, null, null, "{}");
            next = new TrackedTask(localId, t.submission(), SubmissionState.SENT, api, null, null, t.submittedAt(),
                    Map.of(), 0, 0);
            tasks.put(localId, next);
        }
        publish(List.of(next), List.of());
    }

    @Override
    public void sendAgain(String localId) {
        advance(localId, TaskStatus.PENDING, VideoMetadata.EMPTY, null);
    }

    @Override
    public FakeUploads uploads() {
        return uploads;
    }

    @Override
    public void flush() {
        // nothing is written: the fake keeps its tasks in memory
    }

    @Override
    public List<SubmitOutcome> submit(List<Submission> submissions) {
        List<SubmitOutcome> outcomes = new ArrayList<>();
        List<TrackedTask> added = new ArrayList<>();
        synchronized (this) {
            for (Submission s : submissions) {
                if (s.videoUrl() != null && s.videoUrl().contains("reject-me")) {
                    outcomes.add(new SubmitOutcome(s.videoUrl(), SubmitOutcome.Kind.REJECTED, null,
                            "the engine refused this URL."));
                    continue;
                }
                received.add(s);
                String id = "local-" + ids.incrementAndGet();
                TrackedTask t = new TrackedTask(id, s, SubmissionState.QUEUED, null, null, null, Instant.now(),
                        Map.of(), 0, 0);
                tasks.put(id, t);
                added.add(t);
                outcomes.add(new SubmitOutcome(s.displayName(), SubmitOutcome.Kind.ACCEPTED, t, null));
            }
        }
        publish(added, List.of());
        return outcomes;
    }

    /** Moves a task to {@code status} on the "server", with metadata when given. */
    public TrackedTask advance(String localId, TaskStatus status, VideoMetadata meta, String errorReason) {
        return advance(localId, status, meta, errorReason, null);
    }

    /** As {@link #advance(String, TaskStatus, VideoMetadata, String)}, with an HLS stream. */
    public TrackedTask advance(String localId, TaskStatus status, VideoMetadata meta, String errorReason, Hls hls) {
        TrackedTask next;
        synchronized (this) {
            TrackedTask t = tasks.get(localId);
            String taskId = t.task() == null ? "task" + localId.replace("local-", "") + "0000000000000000000" : t.task().id();
            Task api = new Task(taskId, t.submission().indexId(), "video-" + localId, status, t.submittedAt(),
                    Instant.now(), null, meta, null, hls, errorReason, "{\"_id\":\"" + taskId + "\",\"status\":\"" + status + "\"}");
            next = new TrackedTask(localId, t.submission(), SubmissionState.SENT, api, null, null, t.submittedAt(),
                    Map.of(status.value(), Instant.now()), 0, 0);
            tasks.put(localId, next);
        }
        publish(List.of(next), List.of());
        return next;
    }

    /** A file or URL upload under way: {@code sent} of {@code total} bytes. */
    public TrackedTask uploading(String localId, long sent, long total) {
        TrackedTask next;
        synchronized (this) {
            TrackedTask t = tasks.get(localId);
            next = new TrackedTask(localId, t.submission(), SubmissionState.SENDING, null, null, null, t.submittedAt(),
                    Map.of(), sent, total);
            tasks.put(localId, next);
        }
        publish(List.of(next), List.of());
        return next;
    }

    /**
     * The assets flow's upload under way ({@code state} UPLOADING) or paused (PAUSED): {@code sent}
     * of {@code total} bytes at {@code rate} bytes a second.
     */
    public TrackedTask upload(String localId, SubmissionState state, long sent, long total, double rate) {
        TrackedTask next;
        synchronized (this) {
            TrackedTask t = tasks.get(localId);
            next = new TrackedTask(localId, t.submission(), state, null, null, null, t.submittedAt(), Map.of(), sent,
                    total, List.of(), rate);
            tasks.put(localId, next);
        }
        publish(List.of(next), List.of());
        return next;
    }

    /** Replaces a task's API description, e.g. with user metadata in its raw JSON, as a re-read would. */
    public TrackedTask describe(String localId, UnaryOperator<Task> change) {
        TrackedTask next;
        synchronized (this) {
            TrackedTask t = tasks.get(localId);
            next = new TrackedTask(localId, t.submission(), t.state(), change.apply(t.task()), t.note(), t.eta(),
                    t.submittedAt(), t.statusTimes(), t.bytesSent(), t.bytesTotal(), t.candidates(), t.bytesPerSecond());
            tasks.put(localId, next);
        }
        publish(List.of(next), List.of());
        return next;
    }

    /** Indexing as v1.2 reports it, with {@code process.percentage}. */
    public TrackedTask indexing(String localId, double percentage) {
        TrackedTask next;
        synchronized (this) {
            TrackedTask t = tasks.get(localId);
            String taskId = "task" + localId.replace("local-", "") + "0000000000000000000";
            Task api = new Task(taskId, t.submission().indexId(), null, TaskStatus.INDEXING, t.submittedAt(),
                    Instant.now(), null, VideoMetadata.EMPTY, new TaskProcess(percentage, 30.0), null, null, "{}");
            next = new TrackedTask(localId, t.submission(), SubmissionState.SENT, api, null, null, t.submittedAt(),
                    Map.of(), 0, 0);
            tasks.put(localId, next);
        }
        publish(List.of(next), List.of());
        return next;
    }

    /** Sends several tasks' changes as one engine batch, as the engine coalesces them. */
    public void batch(List<String> localIds, UnaryOperator<TrackedTask> change) {
        List<TrackedTask> changed = new ArrayList<>();
        synchronized (this) {
            for (String id : localIds) {
                TrackedTask next = change.apply(tasks.get(id));
                tasks.put(id, next);
                changed.add(next);
            }
        }
        publish(changed, List.of());
    }

    public void setHealth(TrackerHealth h) {
        health = h;
        publish(List.of(), List.of());
    }

    public synchronized List<Submission> received() {
        return List.copyOf(received);
    }

    public synchronized List<String> localIds() {
        return List.copyOf(tasks.keySet());
    }

    @Override
    public TrackedTask retry(String localId) {
        return advance(localId, TaskStatus.PENDING, VideoMetadata.EMPTY, null);
    }

    @Override
    public void forget(String localId) {
        synchronized (this) {
            tasks.remove(localId);
        }
        publish(List.of(), List.of(localId));
    }

    @Override
    public void updateMetadata(String localId, Map<String, Object> changes) {
        RuntimeException failure = metadataFailure;
        if (failure != null) {
            throw failure;
        }
        metadataEdits.add(Map.entry(localId, changes));
    }

    /** Every metadata edit asked for, in order. */
    public final List<Map.Entry<String, Map<String, Object>>> metadataEdits = new CopyOnWriteArrayList<>();
    /** When set, metadata edits fail with it, as the engine's would. */
    public volatile RuntimeException metadataFailure;
    /** Every delete on the server, as "localId" or "localId+asset" when the uploaded asset goes too. */
    public final List<String> deletes = new CopyOnWriteArrayList<>();

    @Override
    public void deleteOnServer(String localId, boolean alsoAsset) {
        deletes.add(alsoAsset ? localId + "+asset" : localId);
        forget(localId);
    }

    @Override
    public int importExisting(String indexId) {
        return 0;
    }

    @Override
    public TrackerHealth health() {
        return health;
    }

    @Override
    public void addListener(TrackerListener l) {
        listeners.add(l);
    }

    @Override
    public void removeListener(TrackerListener l) {
        listeners.remove(l);
    }

    @Override
    public void close() {
    }

    private void publish(List<TrackedTask> changed, List<String> removed) {
        for (TrackerListener l : listeners) {
            l.onBatch(changed, removed, health);
        }
    }
}
