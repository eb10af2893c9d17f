package io.reeldrop.tracking;

import io.reeldrop.api.ApiException;
import io.reeldrop.api.Page;
import io.reeldrop.api.Task;
import io.reeldrop.api.TaskQuery;
import io.reeldrop.api.TaskStatus;
import io.reeldrop.api.TwelveLabsApi;
import io.reeldrop.tracking.eta.Eta;
import io.reeldrop.tracking.model.UploadFlow;
import io.reeldrop.tracking.store.HistoryEntry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Keeps every sent, unfinished task current until it is {@code ready} or {@code failed}.
 *
 * <p>Per index, one {@code GET /tasks?index_id=..&updated_at=<cursor>&sort_by=updated_at
 * &sort_option=asc} page (or a few) returns everything that changed since the last look,
 * however many tasks are tracked; the cursor is the newest {@code updated_at} seen (server
 * time, so clock skew does not matter), advanced only after a complete walk. Where the listing
 * does not cover a task (the API refused the filter, a new task did not show up in it, or the
 * answer shows the filter was ignored) the task is fetched with {@code GET /tasks/{id}}. The
 * pause between looks comes from {@link PollPlanner}.
 */
final class Monitor {

    /** Marks an index's group of indexed assets apart from its group of tasks. */
    private static final String ASSETS_GROUP = "assets:";
    /** Timestamps equal to the cursor are listed again; this covers coarse server clocks too. */
    private static final Duration OVERLAP = Duration.ofSeconds(1);
    private static final int PAGES_PER_LOOK = 40;
    /** A task created but absent from the listing for this long is fetched directly. */
    private static final Duration COVERAGE_GRACE = Duration.ofSeconds(15);
    /** A task this far past its ETA without news is fetched directly (deleted elsewhere? missed?). */
    private static final Duration OVERDUE = Duration.ofMinutes(2);
    private static final Duration VERIFY_EVERY = Duration.ofMinutes(5);
    private static final Duration DUE_MARGIN = Duration.ofSeconds(2);
    /** v1.2 tasks read directly per look for their indexing percentage. */
    private static final int PERCENTAGES_PER_LOOK = 2;

    private final TwelveLabsApi api;
    private final TaskBook book;
    private final EngineExecutor executor;
    private final ConnectionHealth health;
    private final TaskUpdates updates;
    private final PollPlanner planner;
    private final Function<HistoryEntry, Eta> eta;
    private final IndexedAssetLooks assetLooks;
    private final Map<String, IndexWatch> watches = new HashMap<>();
    private final Object tickLock = new Object();
    private Instant scheduledAt;
    private EngineExecutor.Cancellable scheduled;
    private volatile boolean closed;

    /** What the monitor knows about one index between looks. */
    static final class IndexWatch {
        Instant cursor;
        Instant nextLookAt = Instant.MIN;
        boolean listingRefused;
        int failures;
        final Map<String, Instant> firstMissing = new HashMap<>();
        final Map<String, Instant> lastVerified = new HashMap<>();
        final Map<String, Instant> dueSince = new HashMap<>();
        final Map<String, Instant> percentRead = new HashMap<>();
    }

    Monitor(TwelveLabsApi api, TaskBook book, EngineExecutor executor, ConnectionHealth health, TaskUpdates updates,
            PollPlanner planner, Function<HistoryEntry, Eta> eta) {
        this.eta = eta;
        this.api = api;
        this.book = book;
        this.executor = executor;
        this.health = health;
        this.updates = updates;
        this.planner = planner;
        this.assetLooks = new IndexedAssetLooks(api, book, updates, executor, planner.clockSkew());
    }

    /** A task was sent or found: make sure a look is planned. */
    void wake() {
        requestTick(executor.clock().instant().plus(planner.busyInterval()));
    }

    void start() {
        requestTick(executor.clock().instant());
    }

    void close() {
        closed = true;
        synchronized (this) {
            if (scheduled != null) {
                scheduled.cancel();
            }
        }
    }

    private synchronized void requestTick(Instant at) {
        if (closed || (scheduledAt != null && !scheduledAt.isAfter(at))) {
            return;
        }
        if (scheduled != null) {
            scheduled.cancel();
        }
        scheduledAt = at;
        Duration wait = Duration.between(executor.clock().instant(), at);
        scheduled = executor.schedule(this::tick, wait.isNegative() ? Duration.ZERO : wait);
    }

    private void tick() {
        synchronized (this) {
            scheduledAt = null;
            scheduled = null;
        }
        Instant next = null;
        synchronized (tickLock) {
            if (closed) {
                return;
            }
            // Tasks and indexed assets are listed differently, so an index's two kinds are two groups.
            Map<String, List<HistoryEntry>> byIndex = new HashMap<>();
            for (HistoryEntry e : book.ours(e -> e.isActive() && e.taskId() != null)) {
                byIndex.computeIfAbsent(groupOf(e), k -> new ArrayList<>()).add(e);
            }
            watches.keySet().retainAll(byIndex.keySet());
            for (Map.Entry<String, List<HistoryEntry>> group : byIndex.entrySet()) {
                IndexWatch w = watches.computeIfAbsent(group.getKey(), k -> new IndexWatch());
                if (!w.nextLookAt.isAfter(executor.clock().instant())) {
                    look(group.getKey(), group.getValue(), w);
                }
                next = next == null || w.nextLookAt.isBefore(next) ? w.nextLookAt : next;
            }
        }
        if (next != null) {
            requestTick(next);
        }
    }

    private static String groupOf(HistoryEntry e) {
        String index = e.submission().indexId().strip().toLowerCase(Locale.ROOT);
        return e.submission().flow() == UploadFlow.ASSETS ? ASSETS_GROUP + index : index;
    }

    private void look(String group, List<HistoryEntry> tasks, IndexWatch w) {
        boolean assets = group.startsWith(ASSETS_GROUP);
        String indexId = assets ? group.substring(ASSETS_GROUP.length()) : group;
        try {
            boolean more = assets ? assetLooks.look(indexId, tasks)
                    : w.listingRefused ? fetchEach(tasks) : listChanges(indexId, tasks, w);
            w.failures = 0;
            health.clear();
            updates.clearConnectionNotes(tasks);
            w.nextLookAt = more ? executor.clock().instant() : planner.nextLook(book.ours(e -> e.isActive()
                    && e.taskId() != null && group.equals(groupOf(e))));
        } catch (ApiException e) {
            if (!w.listingRefused && e.kind() == ApiException.Kind.API_ERROR && e.httpStatus() == 400) {
                // This API does not take the filter: follow each task on its own from now on.
                w.listingRefused = true;
                w.nextLookAt = executor.clock().instant();
                return;
            }
            w.failures++;
            health.trouble(e.httpStatus() == 429 ? "The API is rate limiting; waiting before asking again."
                    : e.isTransient() ? ConnectionHealth.RETRYING : e.getMessage());
            updates.noteConnectionTrouble(tasks);
            w.nextLookAt = planner.afterFailure(w.failures, e.isTransient());
        }
    }

    /**
     * Reads every task changed since the cursor, page by page with one fixed {@code since}.
     * A task that changes during the walk moves to the end and could push another one back
     * onto a page already read; so the cursor only advances when the distinct tasks seen
     * reach the listing's final {@code total_results}, else the next look reads the span again.
     *
     * @return true when more changes are waiting than one look may fetch
     */
    private boolean listChanges(String indexId, List<HistoryEntry> tasks, IndexWatch w) {
        Instant lookStart = executor.clock().instant();
        Instant since = w.cursor != null ? w.cursor.minus(OVERLAP) : initialCursor(tasks);
        Instant newest = w.cursor;
        Set<String> seen = new HashSet<>();
        for (int page = 1; page <= PAGES_PER_LOOK; page++) {
            Page<Task> p = api.listTasks(TaskQuery.all().withIndexId(indexId).withUpdatedAt(since)
                    .sortedBy(TaskQuery.SortBy.UPDATED_AT, TaskQuery.SortOption.ASC)
                    .withPageLimit(TaskQuery.MAX_PAGE_LIMIT).withPage(page));
            for (Task t : p.data()) {
                if (t.updatedAt() != null && t.updatedAt().isBefore(since.minus(OVERLAP))) {
                    // The server ignored the filter: walking its whole list every few seconds would
                    // cost more than asking for each task. Fall back for good.
                    w.listingRefused = true;
                    return true;
                }
                updates.apply(t);
                seen.add(t.id());
                if (t.updatedAt() != null && (newest == null || t.updatedAt().isAfter(newest))) {
                    newest = t.updatedAt();
                }
            }
            if (p.data().size() < TaskQuery.MAX_PAGE_LIMIT || !p.pageInfo().hasNext()) {
                if (seen.size() >= p.pageInfo().totalResults()) {
                    w.cursor = newest;
                }
                fetchMissing(tasks, w, lookStart);
                verifyOverdue(tasks, w, lookStart);
                followPercentages(tasks, w, lookStart);
                return false;
            }
        }
        return true;
    }

    /**
     * v1.2 reports indexing progress as {@code process.percentage}, but a percentage that moves
     * leaves {@code updated_at} where it was, so the listing of changes never carries it and a
     * row's bar would stay at its first value until the task is ready. v1.2's listing has no
     * status filter, so each look reads a few indexing tasks directly, the least recently read
     * first: a bounded cost, and every bar moves in turn.
     */
    private void followPercentages(List<HistoryEntry> tasks, IndexWatch w, Instant now) {
        List<HistoryEntry> indexing = new ArrayList<>();
        for (HistoryEntry e : tasks) {
            HistoryEntry current = book.get(e.localId());
            if (current != null && current.task() != null && TaskStatus.INDEXING.equals(current.task().status())
                    && current.task().process() != null) {
                indexing.add(current);
            }
        }
        indexing.sort(Comparator.comparing(e -> w.percentRead.getOrDefault(e.taskId(), Instant.MIN)));
        List<HistoryEntry> due = indexing.subList(0, Math.min(PERCENTAGES_PER_LOOK, indexing.size()));
        due.forEach(e -> w.percentRead.put(e.taskId(), now));
        fetchEach(due);
    }

    private Instant initialCursor(List<HistoryEntry> tasks) {
        Instant min = null;
        for (HistoryEntry e : tasks) {
            Instant t = e.task() != null && e.task().updatedAt() != null ? e.task().updatedAt()
                    : (e.attemptStartedAt() != null ? e.attemptStartedAt() : e.submittedAt());
            if (t == null) {
                t = executor.clock().instant();
            }
            if (e.task() == null || e.task().updatedAt() == null) {
                t = t.minus(planner.clockSkew());
            }
            min = min == null || t.isBefore(min) ? t : min;
        }
        return min;
    }

    /** New tasks must show up in the listing; those that do not are fetched one by one. */
    private void fetchMissing(List<HistoryEntry> tasks, IndexWatch w, Instant lookStart) {
        List<HistoryEntry> missing = new ArrayList<>();
        for (HistoryEntry e : tasks) {
            HistoryEntry now = book.get(e.localId());
            if (now == null || now.task() != null) {
                w.firstMissing.remove(e.taskId());
                continue;
            }
            Instant since = w.firstMissing.computeIfAbsent(e.taskId(), k -> lookStart);
            if (!lookStart.isBefore(since.plus(COVERAGE_GRACE))) {
                missing.add(now);
            }
        }
        if (!missing.isEmpty()) {
            fetchEach(missing);
        }
    }

    /**
     * The listing only shows changes, so a task deleted elsewhere, or a change the listing
     * missed, would look like a task that simply takes long. Well past its ETA, ask directly.
     */
    private void verifyOverdue(List<HistoryEntry> tasks, IndexWatch w, Instant now) {
        Set<String> ids = new HashSet<>();
        tasks.forEach(e -> ids.add(e.taskId()));
        // Tasks that ended, were forgotten or went away leave no trace here: the watch lives as
        // long as the app, and a long session follows many thousands of tasks.
        w.dueSince.keySet().retainAll(ids);
        w.lastVerified.keySet().retainAll(ids);
        w.firstMissing.keySet().retainAll(ids);
        w.percentRead.keySet().retainAll(ids);
        List<HistoryEntry> overdue = new ArrayList<>();
        for (HistoryEntry e : tasks) {
            HistoryEntry current = book.get(e.localId());
            Eta expected = current == null || !current.isActive() ? null : eta.apply(current);
            // An estimate stays a moment ahead once the expected end has passed; note when that began.
            if (expected == null || expected.at().isAfter(now.plus(DUE_MARGIN))) {
                w.dueSince.remove(e.taskId());
                continue;
            }
            Instant due = w.dueSince.computeIfAbsent(e.taskId(), k -> now);
            Instant last = w.lastVerified.get(e.taskId());
            if (!now.isBefore(due.plus(OVERDUE)) && (last == null || !now.isBefore(last.plus(VERIFY_EVERY)))) {
                w.lastVerified.put(e.taskId(), now);
                overdue.add(current);
            }
        }
        if (!overdue.isEmpty()) {
            fetchEach(overdue);
        }
    }

    private boolean fetchEach(List<HistoryEntry> tasks) {
        for (HistoryEntry e : tasks) {
            try {
                updates.apply(api.getTask(e.taskId()));
            } catch (ApiException x) {
                if (x.kind() == ApiException.Kind.API_ERROR && x.httpStatus() == 404) {
                    updates.notFound(e.localId(), x);
                } else {
                    throw x;
                }
            }
        }
        return false;
    }
}
