package io.reeldrop.tracking;

import io.reeldrop.api.ApiVersion;
import io.reeldrop.api.AssetsApi;
import io.reeldrop.api.TwelveLabsApi;
import io.reeldrop.tracking.model.Submission;
import io.reeldrop.tracking.model.SubmissionState;
import io.reeldrop.tracking.model.UploadFlow;
import io.reeldrop.tracking.store.HistoryEntry;
import io.reeldrop.tracking.upload.AssetStage;
import io.reeldrop.tracking.upload.UploadPacer;
import io.reeldrop.tracking.upload.UploadTimer;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The engine: {@link TaskTracker} over one API connection and one data folder. Build it with
 * {@link TrackerBuilder}. On start it resumes everything the history left unfinished: queued
 * submissions are sent, interrupted POSTs are reconciled, unfinished tasks are followed.
 */
public final class Tracker implements TaskTracker {

    private static final Logger LOG = Logger.getLogger(Tracker.class.getName());
    /** How long close waits for POSTs on the wire, whose answers (task ids) belong in the last write. */
    private static final Duration POST_GRACE_ON_CLOSE = Duration.ofSeconds(10);

    private final TwelveLabsApi api;
    private final EngineExecutor executor;
    private final boolean ownsExecutor;
    private final AutoCloseable historyLock;
    private final List<String> startupWarnings;
    private final SubmissionRules rules;
    private final TaskBook book;
    private final HistorySaver saver;
    private final ConnectionHealth health;
    private final ChangeBus bus;
    private final Sender sender;
    private final Reconciler reconciler;
    private final Monitor monitor;
    private final Intake intake;
    private final Decisions decisions;
    private final UploadControls uploads;
    private final ServerDeletes deletes;
    private final MetadataEdits metadata;
    private final ImportedTasks imports;
    private final AssetStage assets;
    private volatile boolean closed;

    Tracker(TrackerBuilder.Parts p) {
        this.api = p.api();
        this.executor = p.executor();
        this.ownsExecutor = p.ownsExecutor();
        this.historyLock = p.historyLock();
        this.startupWarnings = p.warnings();
        this.rules = new SubmissionRules(api.version());
        this.book = p.book();
        this.health = new ConnectionHealth();
        this.bus = new ChangeBus(executor, p.settings().coalesceInterval(), book::view, this::health);
        book.publishTo(bus);
        health.publishTo(bus);
        this.saver = new HistorySaver(p.store(), book::document, book::get, executor);
        TaskUpdates updates = new TaskUpdates(book, saver, p.eta(), p.etaHost(), executor);
        PollPlanner planner = new PollPlanner(p.settings(), executor.clock(), p.random(), api,
                e -> book.view(e).eta());
        this.monitor = new Monitor(api, book, executor, health, updates, planner, e -> book.view(e).eta());
        this.sender = new Sender(api, book, saver, executor, rules, health, p.settings());
        this.reconciler = new Reconciler(api, book, saver, executor, health, p.settings());
        this.intake = new Intake(book, saver, sender, rules, executor.clock());
        this.decisions = new Decisions(api, book, saver, intake, sender, monitor, executor.clock());
        UploadPacer pacer = new UploadPacer();
        EngineLedger ledger = new EngineLedger(book, saver);
        AssetsApi assetsApi = assetsOf(api);
        this.assets = assetsApi == null ? null : new AssetStage(assetsApi, ledger, timer(executor), pacer,
                p.uploadSettings(), p.preflight());
        this.deletes = new ServerDeletes(api);
        this.metadata = new MetadataEdits(api, updates);
        this.imports = new ImportedTasks(api, book, saver, monitor, intake.lock(), executor.clock());
        this.uploads = new UploadControls(book, saver, sender, pacer, intake.lock(), executor.clock());
        sender.connect(reconciler, monitor, assets, pacer, p.preflight());
        reconciler.connect(sender, monitor);
        ledger.connect(sender, monitor);
    }

    /** The assets surface, or null where the connection has none (v1.2, or a stand-in that only knows tasks). */
    private static AssetsApi assetsOf(TwelveLabsApi api) {
        if (api.version() != ApiVersion.V1_3) {
            return null;
        }
        try {
            return api.assets();
        } catch (UnsupportedOperationException e) {
            return null;
        }
    }

    private static UploadTimer timer(EngineExecutor executor) {
        return new UploadTimer() {
            @Override
            public Clock clock() {
                return executor.clock();
            }

            @Override
            public void after(Duration delay, Runnable work) {
                executor.schedule(work, delay);
            }
        };
    }

    /** Picks up where the history left off; called once by the builder. */
    void resume() {
        Instant now = executor.clock().instant();
        for (HistoryEntry e : book.ours(HistoryEntry::isActive)) {
            boolean uploading = e.submission().flow() == UploadFlow.ASSETS && e.taskId() == null;
            if (uploading && e.state() != SubmissionState.QUEUED) {
                if (assets != null) {
                    assets.resume(e.localId());
                }
                continue;
            }
            switch (e.state()) {
                case QUEUED -> sender.enqueue(e.localId());
                case SENDING, OUTCOME_UNKNOWN -> {
                    // The outcome became unknown when ReelDrop stopped, which is no earlier than now
                    // as far as the settle window is concerned: counting from the POST's start could
                    // call a task the server is still creating "never made".
                    Instant since = e.outcomeUnknownSince() != null ? e.outcomeUnknownSince() : now;
                    book.update(e.localId(), x -> x.outcomeUnknown(since,
                            "ReelDrop stopped while this was being sent; checking whether the task was created.")
                            .logged(now, "Resumed after an interrupted send"));
                    reconciler.check(e.localId());
                }
                default -> { }
            }
        }
        monitor.start();
    }

    @Override
    public UploadControl uploads() {
        return uploads;
    }

    /** Sentences about repairs made while loading the history (a corrupt file moved aside, ...). */
    public List<String> startupWarnings() {
        return startupWarnings;
    }

    @Override
    public boolean isFollowed(String localId) {
        HistoryEntry e = book.get(localId);
        return e != null && book.profile().id().equals(e.apiProfile());
    }

    @Override
    public List<TrackedTask> snapshot() {
        return book.snapshot();
    }

    @Override
    public TrackedTask find(String idOrPrefix) {
        HistoryEntry e = book.find(idOrPrefix);
        return e == null ? null : book.view(e);
    }

    @Override
    public List<SubmitOutcome> submit(List<Submission> submissions) {
        ensureOpen();
        return intake.submit(submissions);
    }

    @Override
    public TrackedTask retry(String localId) {
        ensureOpen();
        refuseOtherProfiles(localId, "retried");
        return intake.retry(localId);
    }

    /**
     * A task of another profile is history only here: this engine's client would send it to the
     * wrong account. Forgetting it stays possible, since that touches only the history.
     */
    private void refuseOtherProfiles(String localId, String done) {
        HistoryEntry e = book.get(localId);
        if (e != null && !book.profile().id().equals(e.apiProfile())) {
            throw new IllegalStateException("\"" + e.submission().displayName() + "\" belongs to another profile ("
                    + e.apiProfile() + "); it can be " + done + " when that profile is open.");
        }
    }

    private HistoryEntry existing(String localId) {
        HistoryEntry e = book.get(localId);
        if (e == null) {
            throw new IllegalArgumentException("No task with id " + localId + " is in the history.");
        }
        return e;
    }

    @Override
    public void adopt(String localId, String taskId) {
        ensureOpen();
        refuseOtherProfiles(localId, "decided");
        decisions.adopt(localId, taskId);
    }

    @Override
    public void sendAgain(String localId) {
        ensureOpen();
        refuseOtherProfiles(localId, "sent again");
        decisions.sendAgain(localId);
    }

    @Override
    public void forget(String localId) {
        ensureOpen(); // a closed engine would drop the change without writing it
        existing(localId);
        HistoryEntry e = book.removeUnless(localId, ForgetRule::onTheWire);
        if (e != null && ForgetRule.onTheWire(e)) {
            throw new IllegalStateException(ForgetRule.refusal(e));
        }
        saver.saveSoon();
    }

    @Override
    public void deleteOnServer(String localId, boolean alsoAsset) {
        ensureOpen();
        refuseOtherProfiles(localId, "deleted on the server");
        deletes.delete(existing(localId), alsoAsset);
        book.remove(localId);
        saver.saveNow();
    }

    @Override
    public void updateMetadata(String localId, Map<String, Object> changes) {
        ensureOpen();
        refuseOtherProfiles(localId, "changed");
        metadata.update(existing(localId), changes);
    }

    @Override
    public int importExisting(String indexId) {
        ensureOpen();
        return imports.importIndex(indexId);
    }

    @Override
    public TrackerHealth health() {
        int inFlight = book.ours(HistoryEntry::isActive).size();
        return new TrackerHealth(health.trouble(), api.lastRateLimit().orElse(null), inFlight);
    }

    @Override
    public void addListener(TrackerListener listener) {
        bus.addListener(listener);
    }

    @Override
    public void removeListener(TrackerListener listener) {
        bus.removeListener(listener);
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("The tracker is closed.");
        }
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        sender.close();
        monitor.close();
        if (!sender.awaitPosts(POST_GRACE_ON_CLOSE)) {
            LOG.warning("Closing while an upload is still under way; it is checked on the next start.");
        }
        try {
            saver.finalSave();
        } catch (UncheckedIOException e) {
            LOG.log(Level.WARNING, "Last history write failed", e);
        }
        stopThreads();
    }

    /** Stops dead without a last write, as a crash would; for restart tests in this package. */
    synchronized void abandon() {
        closed = true;
        saver.abandon();
        sender.close();
        monitor.close();
        stopThreads();
    }

    private void stopThreads() {
        if (ownsExecutor) {
            executor.close();
        }
        bus.flush();
        try {
            historyLock.close();
        } catch (Exception e) {
            LOG.log(Level.FINE, "Releasing the history lock failed", e);
        }
    }

    @Override
    public void flush() {
        saver.saveNow();
    }

    int queuedOrSending() {
        return sender.waiting();
    }

    long historyWrites() {
        return saver.writes();
    }
}
