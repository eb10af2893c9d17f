package io.reeldrop.tracking;

import io.reeldrop.api.ApiException;
import io.reeldrop.api.CreatedTask;
import io.reeldrop.api.TwelveLabsApi;
import io.reeldrop.tracking.model.SubmissionState;
import io.reeldrop.tracking.model.UploadFlow;
import io.reeldrop.tracking.model.UploadState;
import io.reeldrop.tracking.store.HistoryEntry;
import io.reeldrop.tracking.upload.AssetStage;
import io.reeldrop.tracking.upload.PreflightCheck;
import io.reeldrop.tracking.upload.UploadPacer;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * The submission queue: at most {@code concurrency} POSTs at once, each recorded as SENDING on
 * disk before it goes out, so a crash can never leave a task the history does not know may
 * exist. A POST whose outcome is unknown goes to the {@link Reconciler}, never straight back
 * into the queue.
 */
final class Sender {

    private static final Logger LOG = Logger.getLogger(Sender.class.getName());
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(60);

    private final TwelveLabsApi api;
    private final TaskBook book;
    private final HistorySaver saver;
    private final EngineExecutor executor;
    private final SubmissionRules rules;
    private final ConnectionHealth health;
    private final int concurrency;
    private final Deque<String> queue = new ArrayDeque<>();
    /** When each submission's current run of safe-to-repeat failures began. */
    private final Map<String, Instant> failingSince = new ConcurrentHashMap<>();
    private final Duration giveUpAfter;
    private Reconciler reconciler;
    /** The assets flow's upload stage; null on v1.2, which has no assets. */
    private AssetStage assets;
    private UploadPacer pacer;
    private PreflightCheck preflight = PreflightCheck.NONE;
    private Monitor monitor;
    private int running;
    /** POSTs on the wire right now; guarded by this. */
    private int posting;
    private volatile boolean closed;

    Sender(TwelveLabsApi api, TaskBook book, HistorySaver saver, EngineExecutor executor, SubmissionRules rules,
           ConnectionHealth health, TrackerSettings settings) {
        this.api = api;
        this.book = book;
        this.saver = saver;
        this.executor = executor;
        this.rules = rules;
        this.health = health;
        this.concurrency = settings.concurrency();
        this.giveUpAfter = settings.giveUpAfter();
    }

    void connect(Reconciler r, Monitor m, AssetStage assetStage, UploadPacer uploadPacer, PreflightCheck check) {
        this.reconciler = r;
        this.monitor = m;
        this.assets = assetStage;
        this.pacer = uploadPacer;
        this.preflight = check;
    }

    void enqueue(String localId) {
        synchronized (this) {
            if (!queue.contains(localId)) {
                queue.addLast(localId);
            }
        }
        pump();
    }

    private void pump() {
        while (true) {
            String next;
            synchronized (this) {
                if (closed || running >= concurrency || queue.isEmpty()) {
                    return;
                }
                next = queue.pollFirst();
                running++;
            }
            executor.execute(() -> {
                try {
                    send(next);
                } finally {
                    synchronized (this) {
                        running--;
                    }
                    pump();
                }
            });
        }
    }

    synchronized int waiting() {
        return queue.size() + running;
    }

    void close() {
        closed = true;
    }

    private void send(String localId) {
        if (closed) {
            return;
        }
        Instant start = executor.clock().instant();
        // Check and claim in one step: the same id can be queued twice (a retry while an earlier
        // send is still being picked up), and only one of them may turn into a POST.
        boolean[] claimed = {false};
        HistoryEntry entry = book.update(localId, e -> {
            claimed[0] = e.state() == SubmissionState.QUEUED;
            if (!claimed[0]) {
                return e;
            }
            if (pacer.isPaused(localId)) {
                claimed[0] = false; // paused while it waited: it stays out of the queue until resumed
                return e.withState(SubmissionState.PAUSED, null).logged(start, "Paused");
            }
            if (e.submission().flow() == UploadFlow.ASSETS) {
                // Not an attempt yet: the stage marks each creating request itself, step by step.
                return e.toBuilder().state(SubmissionState.UPLOADING).note(null)
                        .upload(e.upload() == null ? UploadState.start() : e.upload()).build();
            }
            return e.startingAttempt(start);
        });
        if (entry == null || !claimed[0]) {
            return;
        }
        // Checked again now: a queued file may have been moved or deleted since it was accepted,
        // and an upload that fails before the API sees it would otherwise loop through reconciliation.
        String problem = rules.problem(entry.submission());
        if (problem != null) {
            book.update(localId, x -> x.withState(SubmissionState.NOT_SENT, problem).logged(start, problem));
            saver.saveSoon();
            return;
        }
        if (entry.submission().flow() == UploadFlow.ASSETS) {
            sendAsset(localId, start);
            return;
        }
        if (!entry.checksWaived()) {
            PreflightCheck.Verdict verdict = preflight.check(entry.submission());
            if (verdict.refused()) {
                String note = verdict.sentence() + " It was not sent; Send again sends it anyway.";
                book.update(localId, x -> x.needsDecision(List.of(), note).logged(start, note));
                saver.saveSoon();
                return;
            }
            if (verdict.sentence() != null) {
                book.update(localId, x -> x.withNote(verdict.sentence()).logged(start, verdict.sentence()));
            }
        }
        try {
            saver.record(List.of(localId));
        } catch (UncheckedIOException e) {
            book.update(localId, x -> x.withState(SubmissionState.NOT_SENT, "Not sent: " + e.getMessage()
                    + " Nothing was sent, so retrying later is safe.").logged(start, "history write failed"));
            return;
        }
        posting(+1);
        try {
            CreatedTask created = api.createTask(rules.toRequest(entry.submission()),
                    (sent, total) -> book.uploadProgress(localId, sent, total));
            health.clear();
            failingSince.remove(localId);
            book.update(localId, e -> e.withTaskId(created.taskId()).withNote(null)
                    .logged(executor.clock().instant(), "Task " + created.taskId() + " created"));
            saver.saveSoon();
            monitor.wake();
        } catch (ApiException e) {
            handleFailure(localId, e);
        } catch (RuntimeException e) {
            // A bug or an unreadable file after the POST started: treat the outcome as unknown.
            LOG.warning("Unexpected failure while sending: " + e);
            toReconciliation(localId, "The upload ended with an unexpected error (" + e.getMessage()
                    + "); checking whether the task was created before trying again.");
        } finally {
            posting(-1);
        }
    }

    /** The assets flow: the stage uploads while this thread holds the slot. */
    private void sendAsset(String localId, Instant start) {
        if (assets == null) {
            String why = "This API version has no assets; send it with the tasks flow.";
            book.update(localId, x -> x.withState(SubmissionState.NOT_SENT, why).logged(start, why));
            saver.saveSoon();
            return;
        }
        assets.run(localId);
    }

    private synchronized void posting(int delta) {
        posting += delta;
        notifyAll();
    }

    /**
     * Waits (at most {@code timeout}) for POSTs under way to get their answer into the book, so
     * the last write on close holds their task ids instead of leaving them to reconciliation.
     *
     * @return true when none is under way any more
     */
    synchronized boolean awaitPosts(Duration timeout) {
        long end = System.nanoTime() + timeout.toNanos();
        while (posting > 0) {
            long left = end - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            try {
                wait(Math.max(1, left / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    private void handleFailure(String localId, ApiException e) {
        Instant now = executor.clock().instant();
        boolean maybeCreated = e.kind() == ApiException.Kind.OUTCOME_UNKNOWN
                || e.kind() == ApiException.Kind.INVALID_RESPONSE
                || (e.kind() == ApiException.Kind.API_ERROR && e.httpStatus() >= 500);
        if (maybeCreated) {
            toReconciliation(localId, "The upload request got no clear answer; checking whether the task was"
                    + " created before sending it again.");
        } else if (e.isTransient()) {
            // The request never reached the API (or it refused it with 429/408): sending again is
            // safe, but only for so long, or a server that is not there would be waited on forever.
            Instant since = failingSince.computeIfAbsent(localId, id -> now);
            if (!now.isBefore(since.plus(giveUpAfter))) {
                failingSince.remove(localId);
                health.trouble(e.getMessage());
                String note = "Not sent: " + e.getMessage() + " ReelDrop stopped trying after "
                        + giveUpAfter.toSeconds() + " s; nothing reached the API, so Retry is safe.";
                book.update(localId, x -> x.withState(SubmissionState.NOT_SENT, note).logged(now, note));
                saver.saveSoon();
                return;
            }
            health.trouble(e.httpStatus() == 429 ? "The API is rate limiting; waiting before sending more."
                    : e.getMessage() + " Retrying.");
            HistoryEntry after = book.update(localId, x -> x.withState(SubmissionState.QUEUED, e.getMessage()
                    + " Retrying.").logged(now, e.getMessage()));
            saver.saveSoon();
            int attempts = after == null ? 1 : after.attempts();
            long seconds = Math.min(MAX_BACKOFF.toSeconds(), 1L << Math.min(6, attempts));
            executor.schedule(() -> enqueue(localId), Duration.ofSeconds(seconds));
        } else {
            failingSince.remove(localId);
            book.update(localId, x -> x.withState(SubmissionState.NOT_SENT, e.getMessage()).logged(now, e.getMessage()));
            saver.saveSoon();
        }
    }

    private void toReconciliation(String localId, String note) {
        failingSince.remove(localId);
        Instant now = executor.clock().instant();
        book.update(localId, x -> x.outcomeUnknown(now, note).logged(now, note));
        try {
            saver.record(List.of(localId));
        } catch (UncheckedIOException io) {
            LOG.warning(io.getMessage());
        }
        reconciler.check(localId);
    }
}
