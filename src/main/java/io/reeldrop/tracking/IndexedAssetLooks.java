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
 * tracked one still on its way, however many; one that has left that listing has finished (or
 * was deleted) and is fetched once. A new one not listed yet is fetched after a short grace.
 */
final class IndexedAssetLooks {

    static final List<TaskStatus> UNFINISHED = List.of(TaskStatus.PENDING, TaskStatus.QUEUED, TaskStatus.INDEXING);
    private static final int PAGES_PER_LOOK = 40;
    private static final Duration COVERAGE_GRACE = Duration.ofSeconds(15);

    private final TwelveLabsApi api;
    private final TaskBook book;
    private final TaskUpdates updates;
    private final EngineExecutor executor;
    /** When each tracked indexed asset was first missing from a listing, by id. */
    private final Map<String, Instant> firstMissing = new HashMap<>();

    IndexedAssetLooks(TwelveLabsApi api, TaskBook book, TaskUpdates updates, EngineExecutor executor) {
        this.api = api;
        this.book = book;
        this.updates = updates;
        this.executor = executor;
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
            // have finished already, so ask once at once; if it is still not listed after a
            // grace the listing lags for it, so ask again (then again after the next grace).
            if (seenUnfinished || since == null || !now.isBefore(since.plus(COVERAGE_GRACE))) {
                fetch.add(e);
                firstMissing.put(e.taskId(), now);
            }
        }
        firstMissing.keySet().retainAll(ids);
        for (HistoryEntry e : fetch) {
            fetchOne(indexId, e);
        }
        return false;
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
