package io.reeldrop.tracking;

import io.reeldrop.api.ApiException;
import io.reeldrop.api.Task;
import io.reeldrop.api.TaskQuery;
import io.reeldrop.api.TwelveLabsApi;
import io.reeldrop.tracking.store.HistoryEntry;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
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
    private static final java.time.Duration POST_GRACE_ON_CLOSE = java.time.Duration.ofSeconds(10);

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
    private final Object submitLock = new Object();
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
        this.sender = new Sender(api, book, saver, executor, rules, health, p.settings().concurrency());
        this.reconciler = new Reconciler(api, book, saver, executor, health, p.settings());
        sender.connect(reconciler, monitor);
        reconciler.connect(sender, monitor);
    }

    /** Picks up where the history left off; called once by the builder. */
    void resume() {
        Instant now = executor.clock().instant();
        for (HistoryEntry e : book.ours(HistoryEntry::isActive)) {
            switch (e.state()) {
                case QUEUED -> sender.enqueue(e.localId());
                case SENDING, OUTCOME_UNKNOWN -> {
                    book.update(e.localId(), x -> x.withState(SubmissionState.OUTCOME_UNKNOWN,
                            "ReelDrop stopped while this was being sent; checking whether the task was created.")
                            .logged(now, "Resumed after an interrupted send"));
                    reconciler.check(e.localId());
                }
                default -> { }
            }
        }
        monitor.start();
    }

    /** Sentences about repairs made while loading the history (a corrupt file moved aside, ...). */
    public List<String> startupWarnings() {
        return startupWarnings;
    }

    /** The API this engine talks to. */
    public TwelveLabsApi api() {
        return api;
    }

    /** True when the task belongs to the API this engine is connected to (so it is kept current). */
    public boolean isFollowed(String localId) {
        HistoryEntry e = book.get(localId);
        return e != null && book.profile().equals(e.apiProfile());
    }

    @Override
    public List<TrackedTask> snapshot() {
        return book.snapshot();
    }

    /** One task by local id, task id or a unique prefix of either; null when none matches. */
    public TrackedTask find(String idOrPrefix) {
        HistoryEntry e = book.find(idOrPrefix);
        return e == null ? null : book.view(e);
    }

    @Override
    public List<SubmitOutcome> submit(List<Submission> submissions) {
        ensureOpen();
        List<SubmitOutcome> outcomes = new ArrayList<>();
        List<HistoryEntry> accepted = new ArrayList<>();
        Instant now = executor.clock().instant();
        synchronized (submitLock) {
            Map<String, HistoryEntry> known = new HashMap<>();
            for (HistoryEntry e : book.ours(Tracker::blocksDuplicates)) {
                known.putIfAbsent(SubmissionRules.duplicateKey(e.submission()), e);
            }
            for (Submission s : submissions) {
                String input = s.displayName();
                String problem = rules.problem(s);
                if (problem != null) {
                    outcomes.add(new SubmitOutcome(input, SubmitOutcome.Kind.REJECTED, null, problem));
                    continue;
                }
                String key = SubmissionRules.duplicateKey(s);
                HistoryEntry existing = known.get(key);
                if (existing != null) {
                    outcomes.add(new SubmitOutcome(input, SubmitOutcome.Kind.DUPLICATE, book.view(existing),
                            "This video is already tracked for this index (" + existing.submission().displayName()
                                    + "); it was not sent again."));
                    continue;
                }
                HistoryEntry entry = newEntry(s, now);
                known.put(key, entry);
                accepted.add(entry);
                outcomes.add(new SubmitOutcome(input, SubmitOutcome.Kind.ACCEPTED, null, null));
            }
            book.add(accepted);
        }
        persistBeforeSending(accepted);
        List<SubmitOutcome> withViews = new ArrayList<>(outcomes.size());
        int next = 0;
        for (SubmitOutcome o : outcomes) {
            if (o.kind() == SubmitOutcome.Kind.ACCEPTED) {
                withViews.add(new SubmitOutcome(o.input(), o.kind(), book.view(accepted.get(next++).localId()), null));
            } else {
                withViews.add(o);
            }
        }
        accepted.forEach(e -> sender.enqueue(e.localId()));
        return withViews;
    }

    /** A submission counts as already tracked unless it was never sent, failed, or vanished. */
    private static boolean blocksDuplicates(HistoryEntry e) {
        if (e.state() == SubmissionState.NOT_SENT || e.gone()) {
            return false;
        }
        return e.task() == null || !e.task().status().equals(io.reeldrop.api.TaskStatus.FAILED);
    }

    /** An entry of the connected API that already stands for this video and index, or null. */
    private HistoryEntry activeDuplicate(Submission s) {
        String key = SubmissionRules.duplicateKey(s);
        for (HistoryEntry e : book.ours(Tracker::blocksDuplicates)) {
            if (SubmissionRules.duplicateKey(e.submission()).equals(key)) {
                return e;
            }
        }
        return null;
    }

    /** Short enough to type on the command line, random enough never to repeat in one history. */
    static String newLocalId() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    private HistoryEntry newEntry(Submission s, Instant now) {
        return new HistoryEntry(newLocalId(), book.profile(), s, SubmissionState.QUEUED, null, null, null, now, Map.of(),
                null, 0, false, false, List.of(new HistoryEntry.LogLine(now, "Submitted")));
    }

    /** The submissions must be on disk before any of them is sent; if the disk refuses, none is. */
    private void persistBeforeSending(List<HistoryEntry> accepted) {
        if (accepted.isEmpty()) {
            return;
        }
        try {
            saver.record(accepted.stream().map(HistoryEntry::localId).toList());
        } catch (UncheckedIOException e) {
            for (HistoryEntry entry : accepted) {
                book.update(entry.localId(), x -> x.withState(SubmissionState.NOT_SENT, "Not sent: " + e.getMessage()));
            }
        }
    }

    @Override
    public TrackedTask retry(String localId) {
        ensureOpen();
        HistoryEntry e = existing(localId);
        if (e.imported()) {
            throw new IllegalStateException("\"" + e.submission().displayName() + "\" was started outside ReelDrop, so"
                    + " ReelDrop does not have its video to send again. Upload the video itself instead.");
        }
        String problem = rules.problem(e.submission());
        if (problem != null) {
            throw new IllegalStateException(problem);
        }
        Instant now = executor.clock().instant();
        String target;
        // Under the submit lock: two retries at once (a double click, the window and a script)
        // must not both turn into a POST, since each task is paid for.
        synchronized (submitLock) {
            HistoryEntry current = existing(localId);
            boolean failed = current.task() != null
                    && current.task().status().equals(io.reeldrop.api.TaskStatus.FAILED);
            if (current.state() != SubmissionState.NOT_SENT && !failed) {
                throw new IllegalStateException("Only a submission that was not sent or a task that failed can be"
                        + " retried; \"" + current.submission().displayName() + "\" is " + describe(current) + ".");
            }
            HistoryEntry again = activeDuplicate(current.submission());
            if (again != null) {
                throw new IllegalStateException("\"" + current.submission().displayName() + "\" is already being"
                        + " tracked again as " + again.localId() + " (" + describe(again) + "); it is not sent twice.");
            }
            if (current.state() == SubmissionState.NOT_SENT) {
                book.update(localId, x -> x.withState(SubmissionState.QUEUED, null).logged(now, "Retried by request"));
                target = localId;
            } else {
                HistoryEntry fresh = newEntry(current.submission(), now).logged(now, "Retry of " + current.localId());
                book.add(List.of(fresh));
                book.update(localId, x -> x.logged(now, "Retried as " + fresh.localId()));
                target = fresh.localId();
            }
        }
        persistBeforeSending(List.of(book.get(target)));
        sender.enqueue(target);
        return book.view(target);
    }

    private static String describe(HistoryEntry e) {
        return e.task() != null ? e.task().status().value() : e.state().name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private HistoryEntry existing(String localId) {
        HistoryEntry e = book.get(localId);
        if (e == null) {
            throw new IllegalArgumentException("No task with id " + localId + " is in the history.");
        }
        return e;
    }

    @Override
    public void forget(String localId) {
        ensureOpen(); // a closed engine would drop the change without writing it
        existing(localId);
        HistoryEntry e = book.removeUnless(localId, Tracker::onTheWire);
        if (e != null && onTheWire(e)) {
            throw new IllegalStateException("\"" + e.submission().displayName() + "\" is being sent right now; forget"
                    + " it once it shows a task or 'not sent', so no task is left untracked.");
        }
        saver.saveSoon();
    }

    private static boolean onTheWire(HistoryEntry e) {
        return e.state() == SubmissionState.SENDING || e.state() == SubmissionState.OUTCOME_UNKNOWN;
    }

    @Override
    public void deleteOnServer(String localId) {
        ensureOpen();
        HistoryEntry e = existing(localId);
        if (e.taskId() == null) {
            throw new IllegalStateException("\"" + e.submission().displayName() + "\" has no task on the server;"
                    + " use forget to remove it from the list.");
        }
        if (e.task() == null || !e.task().status().isTerminal()) {
            throw new IllegalStateException("The API deletes only tasks that are ready or failed; \""
                    + e.submission().displayName() + "\" is " + describe(e) + ". Wait until it ends.");
        }
        try {
            api.deleteTask(e.taskId());
        } catch (ApiException x) {
            if (x.httpStatus() != 404) {
                throw x;
            }
        }
        book.remove(localId);
        saver.saveNow();
    }

    @Override
    public int importExisting(String indexId) {
        ensureOpen();
        String problem = SubmissionRules.indexProblem(indexId);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        String index = indexId.strip().toLowerCase(Locale.ROOT);
        List<Task> tasks = api.listAllTasks(TaskQuery.all().withIndexId(index)
                .sortedBy(TaskQuery.SortBy.CREATED_AT, TaskQuery.SortOption.ASC));
        List<HistoryEntry> added;
        synchronized (submitLock) {
            added = ImportedTasks.newEntries(tasks, index, book, executor.clock().instant());
            book.add(added);
        }
        saver.saveNow();
        monitor.wake();
        return added.size();
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

    /** Writes the history now (the command line calls it before exiting). */
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
