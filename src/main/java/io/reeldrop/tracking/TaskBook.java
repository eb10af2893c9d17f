package io.reeldrop.tracking;

import io.reeldrop.api.Task;
import io.reeldrop.api.TaskStatus;
import io.reeldrop.tracking.eta.Eta;
import io.reeldrop.tracking.eta.EtaEstimator;
import io.reeldrop.tracking.model.SubmissionState;
import io.reeldrop.tracking.model.UploadFlow;
import io.reeldrop.tracking.model.UploadState;
import io.reeldrop.tracking.store.HistoryDocument;
import io.reeldrop.tracking.store.HistoryEntry;
import io.reeldrop.tracking.store.HistoryStore;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * The engine's in-memory history: every entry by local id and by task id, behind one lock.
 * Each change is published to the {@link ChangeBus}; saving is the caller's decision.
 */
final class TaskBook {

    private final Object lock = new Object();
    private final Map<String, HistoryEntry> entries = new LinkedHashMap<>();
    private final Map<String, String> localIdByTaskId = new HashMap<>();
    /** File uploads under way, by local id: live only, not worth a history write. */
    private final Map<String, Transfer> uploads = new ConcurrentHashMap<>();
    private final Profile profile;
    private final String etaHost;
    private final EtaEstimator eta;
    private final Clock clock;
    private ChangeBus bus;

    TaskBook(HistoryDocument loaded, Profile profile, EtaEstimator eta, Clock clock) {
        this.profile = profile;
        this.etaHost = profile.etaHost();
        this.eta = eta;
        this.clock = clock;
        for (HistoryEntry stored : loaded.tasks()) {
            // Older builds kept the base URL as typed; one spelling per API from here on.
            HistoryEntry e = stored.withApiProfile(Profile.parse(stored.apiProfile()).id());
            entries.put(e.localId(), e);
            if (e.taskId() != null) {
                localIdByTaskId.put(e.taskId(), e.localId());
            }
        }
    }

    void publishTo(ChangeBus changeBus) {
        this.bus = changeBus;
    }

    Profile profile() {
        return profile;
    }

    HistoryEntry get(String localId) {
        synchronized (lock) {
            return entries.get(localId);
        }
    }

    HistoryEntry byTaskId(String taskId) {
        synchronized (lock) {
            String local = localIdByTaskId.get(taskId);
            return local == null ? null : entries.get(local);
        }
    }

    /** Finds an entry by local id, task id, or a unique prefix of either (for the command line). */
    HistoryEntry find(String idOrPrefix) {
        synchronized (lock) {
            HistoryEntry exact = entries.get(idOrPrefix);
            if (exact == null && localIdByTaskId.containsKey(idOrPrefix)) {
                exact = entries.get(localIdByTaskId.get(idOrPrefix));
            }
            if (exact != null) {
                return exact;
            }
            List<HistoryEntry> hits = new ArrayList<>();
            for (HistoryEntry e : entries.values()) {
                if (e.localId().startsWith(idOrPrefix) || (e.taskId() != null && e.taskId().startsWith(idOrPrefix))) {
                    hits.add(e);
                }
            }
            return hits.size() == 1 ? hits.get(0) : null;
        }
    }

    List<HistoryEntry> all() {
        synchronized (lock) {
            return new ArrayList<>(entries.values());
        }
    }

    /** Entries of the connected API that match; the others are history only. */
    List<HistoryEntry> ours(Predicate<HistoryEntry> filter) {
        synchronized (lock) {
            List<HistoryEntry> out = new ArrayList<>();
            for (HistoryEntry e : entries.values()) {
                if (profile.id().equals(e.apiProfile()) && filter.test(e)) {
                    out.add(e);
                }
            }
            return out;
        }
    }

    void add(List<HistoryEntry> added) {
        synchronized (lock) {
            for (HistoryEntry e : added) {
                entries.put(e.localId(), e);
                if (e.taskId() != null) {
                    localIdByTaskId.put(e.taskId(), e.localId());
                }
            }
        }
        added.forEach(e -> bus.changed(e.localId()));
    }

    /** Applies a change; returns the new entry, or null when the entry is gone. */
    HistoryEntry update(String localId, UnaryOperator<HistoryEntry> change) {
        HistoryEntry after;
        synchronized (lock) {
            HistoryEntry before = entries.get(localId);
            if (before == null) {
                return null;
            }
            after = change.apply(before);
            if (after == before) {
                return before;
            }
            entries.put(localId, after);
            if (after.taskId() != null) {
                localIdByTaskId.put(after.taskId(), localId);
            }
        }
        bus.changed(localId);
        return after;
    }

    /**
     * Gives the task to the entry unless another entry already tracks it; atomic, so two
     * reconciliations can never adopt the same task.
     */
    boolean adopt(String localId, Task task, String logText) {
        synchronized (lock) {
            String owner = localIdByTaskId.get(task.id());
            if (owner != null && !owner.equals(localId)) {
                return false;
            }
            HistoryEntry e = entries.get(localId);
            if (e == null) {
                return false;
            }
            HistoryEntry adopted = e.withTask(task, clock.instant()).withNote(null).logged(clock.instant(), logText);
            entries.put(localId, adopted);
            localIdByTaskId.put(task.id(), localId);
        }
        bus.changed(localId);
        return true;
    }

    boolean isClaimed(String taskId) {
        synchronized (lock) {
            return localIdByTaskId.containsKey(taskId);
        }
    }

    /** Told by the upload as bytes go out; the change reaches listeners in the next batch. */
    void uploadProgress(String localId, long sent, long total) {
        uploads.compute(localId, (id, before) -> Transfer.next(before, sent, total, System.nanoTime()));
        bus.changed(localId);
    }

    /**
     * Removes the entry unless {@code refuse} holds for it, checked and done in one step so the
     * sender cannot claim it for a POST in between.
     *
     * @return the entry as it was: removed, or kept when {@code refuse} held; null when absent
     */
    HistoryEntry removeUnless(String localId, Predicate<HistoryEntry> refuse) {
        HistoryEntry gone;
        synchronized (lock) {
            gone = entries.get(localId);
            if (gone == null || refuse.test(gone)) {
                return gone;
            }
            entries.remove(localId);
            if (gone.taskId() != null) {
                localIdByTaskId.remove(gone.taskId());
            }
        }
        uploads.remove(localId);
        bus.removed(localId);
        return gone;
    }

    /** Removes without telling anyone: for a book no engine runs on (see {@link HistoryViews}). */
    void removeQuietly(String localId) {
        synchronized (lock) {
            HistoryEntry gone = entries.remove(localId);
            if (gone != null && gone.taskId() != null) {
                localIdByTaskId.remove(gone.taskId());
            }
        }
    }

    HistoryEntry remove(String localId) {
        uploads.remove(localId);
        HistoryEntry gone;
        synchronized (lock) {
            gone = entries.remove(localId);
            if (gone != null && gone.taskId() != null) {
                localIdByTaskId.remove(gone.taskId());
            }
        }
        if (gone != null) {
            bus.removed(localId);
        }
        return gone;
    }

    HistoryDocument document() {
        List<HistoryEntry> copy;
        synchronized (lock) {
            copy = new ArrayList<>(entries.values());
        }
        return new HistoryDocument(HistoryStore.CURRENT_SCHEMA, null, copy, eta.snapshot());
    }

    /** The public view of an entry, with a fresh ETA. */
    TrackedTask view(HistoryEntry e) {
        Task task = e.task();
        if (task == null && e.taskId() != null) {
            task = e.submission().flow() == UploadFlow.ASSETS
                    ? Task.justCreated(e.taskId(), e.submission().indexId(), TaskStatus.PENDING)
                    : Task.justCreated(e.taskId(), e.submission().indexId());
        }
        Transfer bytes = uploads.get(e.localId());
        if (bytes == null) {
            bytes = storedChunks(e);
        }
        Eta estimate = estimate(e, task, bytes);
        return new TrackedTask(e.localId(), e.submission(), e.state(), task, e.note(), estimate, e.submittedAt(),
                e.statusTimes(), bytes == null ? 0 : bytes.sent(), bytes == null ? 0 : bytes.total(), e.candidates(),
                bytes == null ? 0 : bytes.rate(), e.apiProfile());
    }

    /**
     * How far a chunked upload got by what the history records (chunks confirmed or stored), for a
     * row no bytes moved for since this engine started: a paused upload, after a restart, still says
     * where it stopped. No rate: nothing was measured.
     */
    private static Transfer storedChunks(HistoryEntry e) {
        UploadState u = e.upload();
        if (u == null || u.chunkSize() <= 0 || u.fileSize() <= 0 || u.step() != UploadState.Step.SEND_CHUNKS) {
            return null;
        }
        long stored = (long) (u.chunksReported() + u.storedUnreported().size()) * u.chunkSize();
        return new Transfer(Math.min(stored, u.fileSize()), u.fileSize(), 0, 0, 0);
    }

    private Eta estimate(HistoryEntry e, Task task, Transfer bytes) {
        if (e.state() == SubmissionState.NOT_SENT || e.state() == SubmissionState.NEEDS_DECISION
                || e.state() == SubmissionState.PAUSED || e.gone()) {
            return null;
        }
        if (task == null && e.submission().flow() == UploadFlow.ASSETS) {
            Duration left = null;
            if (e.state() == SubmissionState.UPLOADING && bytes != null && bytes.rate() > 0 && bytes.total() > 0) {
                left = Duration.ofMillis((long) (Math.max(0, bytes.total() - bytes.sent()) * 1000 / bytes.rate()));
            }
            return eta.estimateUpload(left, null, e.statusTimes(), etaHostOf(e), clock.instant());
        }
        return eta.estimate(task, e.statusTimes(), etaHostOf(e), clock.instant());
    }

    /** ETAs are learned per API host, so a task of another profile is estimated with its own. */
    private String etaHostOf(HistoryEntry e) {
        return profile.id().equals(e.apiProfile()) ? etaHost : Profile.parse(e.apiProfile()).etaHost();
    }

    TrackedTask view(String localId) {
        HistoryEntry e = get(localId);
        return e == null ? null : view(e);
    }

    /** Every task, newest first. */
    List<TrackedTask> snapshot() {
        List<HistoryEntry> copy = all();
        Collections.reverse(copy);
        List<TrackedTask> out = new ArrayList<>(copy.size());
        for (HistoryEntry e : copy) {
            out.add(view(e));
        }
        return out;
    }
}
