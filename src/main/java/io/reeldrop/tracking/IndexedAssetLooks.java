package io.reeldrop.tracking;

import io.reeldrop.api.ApiException;
import io.reeldrop.api.IndexedAsset;
import io.reeldrop.api.IndexedAssetQuery;
import io.reeldrop.api.Page;
import io.reeldrop.api.TaskQuery;
import io.reeldrop.api.TaskStatus;
import io.reeldrop.api.TwelveLabsApi;
import io.reeldrop.tracking.store.HistoryEntry;
import io.reeldrop.tracking.upload.IndexedAssetView;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One look at an index's indexed assets for the {@link Monitor}. An indexed asset's
 * {@code updated_at} moves only with its metadata, so it is no change cursor: instead one listing
 * of the unfinished statuses ({@code pending}, {@code queued}, {@code indexing}) shows every
 * tracked one still on its way, however many. One that has left that listing has finished (or
 * was deleted), and one not listed yet may have finished before any look saw it: those are read
 * from one listing of the finished statuses created since the earliest of them, newest first,
 * walked only until all are found, so a thousand videos finishing cost a few pages rather than a
 * GET each. What that walk does not find (deleted, or a listing that lags) is fetched on its own,
 * a new one after a short grace.
 */
final class IndexedAssetLooks {

    static final List<TaskStatus> UNFINISHED = List.of(TaskStatus.PENDING, TaskStatus.QUEUED, TaskStatus.INDEXING);
    static final List<TaskStatus> FINISHED = List.of(TaskStatus.READY, TaskStatus.FAILED);
    private static final int PAGES_PER_LOOK = 40;
    private static final Duration COVERAGE_GRACE = Duration.ofSeconds(15);

    private final TwelveLabsApi api;
    private final TaskBook book;
    private final TaskUpdates updates;
    private final EngineExecutor executor;
    private final Duration clockSkew;
    /** When each tracked indexed asset was first missing from a listing, by id. */
    private final Map<String, Instant> firstMissing = new HashMap<>();

    /** @param clockSkew margin between this machine's clock and the server's, for creation times not read from it */
    IndexedAssetLooks(TwelveLabsApi api, TaskBook book, TaskUpdates updates, EngineExecutor executor,
                      Duration clockSkew) {
        this.api = api;
        this.book = book;
        this.updates = updates;
        this.executor = executor;
        this.clockSkew = clockSkew;
    }

    /** @return true when more was waiting than one look may read */
    boolean look(String indexId, List<HistoryEntry> entries) {
        Instant now = executor.clock().instant();
        Set<String> listed = new HashSet<>();
        IndexedAssetQuery.Builder query = IndexedAssetQuery.builder().pageLimit(TaskQuery.MAX_PAGE_LIMIT);
        UNFINISHED.forEach(query::status);
        IndexedAssetQuery unfinished = query.build();
        for (int page = 1; ; page++) {
            if (page > PAGES_PER_LOOK) {
                return true;
            }
            Page<IndexedAsset> p = api.assets().listIndexedAssets(indexId, unfinished.withPage(page));
            for (IndexedAsset a : p.data()) {
                listed.add(a.id());
                updates.apply(IndexedAssetView.asTask(a, indexId));
            }
            if (!p.pageInfo().hasNext() || p.data().isEmpty()) {
                break;
            }
        }
        List<HistoryEntry> fetch = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (HistoryEntry e : entries) {
            ids.add(e.taskId());
            if (listed.contains(e.taskId())) {
                firstMissing.remove(e.taskId());
                continue;
            }
            HistoryEntry current = book.get(e.localId());
            boolean seenUnfinished = current != null && current.task() != null;
            Instant since = firstMissing.get(e.taskId());
            // Seen before and now gone from the unfinished list: it finished. Never seen: it may
            // have finished already, so look for it at once (the finished listing, else a GET);
            // if it is still not listed after a grace the listing lags for it, so look again.
            if (seenUnfinished || since == null || !now.isBefore(since.plus(COVERAGE_GRACE))) {
                fetch.add(e);
                firstMissing.put(e.taskId(), now);
            }
        }
        firstMissing.keySet().retainAll(ids);
        Set<String> found = fetch.isEmpty() ? Set.of() : listFinished(indexId, fetch);
        for (HistoryEntry e : fetch) {
            if (!found.contains(e.taskId())) {
                fetchOne(indexId, e);
            }
        }
        return false;
    }

    /**
     * Reads {@code wanted} from the listing of finished indexed assets created since the earliest
     * of them, newest first (the listing's own order), until all are found. A page costs what one
     * GET does, so the walk stops once it has read as many pages as are still missing: it never
     * costs much more than asking for each, and usually far less.
     *
     * @return the ids found (and applied)
     */
    private Set<String> listFinished(String indexId, List<HistoryEntry> wanted) {
        Map<String, HistoryEntry> missing = new HashMap<>();
        Instant since = null;
        for (HistoryEntry e : wanted) {
            missing.put(e.taskId(), e);
            Instant created = createdNoLaterThan(e);
            since = since == null || created.isBefore(since) ? created : since;
        }
        IndexedAssetQuery.Builder query = IndexedAssetQuery.builder().pageLimit(TaskQuery.MAX_PAGE_LIMIT)
                .createdAt(since);
        FINISHED.forEach(query::status);
        IndexedAssetQuery finished = query.build();
        Set<String> found = new HashSet<>();
        for (int page = 1; page <= Math.min(PAGES_PER_LOOK, missing.size()) && !missing.isEmpty(); page++) {
            Page<IndexedAsset> p = api.assets().listIndexedAssets(indexId, finished.withPage(page));
            for (IndexedAsset a : p.data()) {
                if (missing.remove(a.id()) != null && a.status().isTerminal()) {
                    found.add(a.id());
                    firstMissing.remove(a.id());
                    updates.apply(IndexedAssetView.asTask(a, indexId));
                }
            }
            if (!p.pageInfo().hasNext() || p.data().isEmpty()) {
                break;
            }
        }
        return found;
    }

    /** The server's creation time when known, else the request's start less the clock margin. */
    private Instant createdNoLaterThan(HistoryEntry e) {
        HistoryEntry current = book.get(e.localId());
        HistoryEntry known = current != null ? current : e;
        if (known.task() != null && known.task().createdAt() != null) {
            return known.task().createdAt();
        }
        Instant sent = known.attemptStartedAt() != null ? known.attemptStartedAt() : known.submittedAt();
        return (sent != null ? sent : executor.clock().instant()).minus(clockSkew);
    }

    void fetchOne(String indexId, HistoryEntry e) {
        try {
            updates.apply(IndexedAssetView.asTask(api.assets().getIndexedAsset(indexId, e.taskId()), indexId));
            firstMissing.remove(e.taskId());
        } catch (ApiException x) {
            if (x.kind() == ApiException.Kind.API_ERROR && x.httpStatus() == 404) {
                updates.notFound(e.localId(), x);
            } else {
                throw x;
            }
        }
    }
}
