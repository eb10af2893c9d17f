package io.reeldrop.tracking;

import io.reeldrop.api.ApiVersion;
import io.reeldrop.api.IndexedAsset;
import io.reeldrop.api.IndexedAssetQuery;
import io.reeldrop.api.Page;
import io.reeldrop.api.Task;
import io.reeldrop.api.TaskQuery;
import io.reeldrop.api.TwelveLabsApi;
import io.reeldrop.tracking.model.Submission;
import io.reeldrop.tracking.model.UploadFlow;
import io.reeldrop.tracking.store.HistoryEntry;
import io.reeldrop.tracking.upload.IndexedAssetView;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns videos started elsewhere (SDK, Playground) into history entries. Their source is not
 * known, so the submission names the video by the file name the API reports (or the task id);
 * such entries are marked imported and cannot be sent again. On v1.3 the index's indexed
 * assets are imported (every video of the index is one, a task's too), on v1.2 its tasks.
 */
final class ImportedTasks {

    private static final int MAX_PAGES = 200;

    private final TwelveLabsApi api;
    private final TaskBook book;
    private final HistorySaver saver;
    private final Monitor monitor;
    private final Object lock;
    private final Clock clock;

    ImportedTasks(TwelveLabsApi api, TaskBook book, HistorySaver saver, Monitor monitor, Object intakeLock,
                  Clock clock) {
        this.api = api;
        this.book = book;
        this.saver = saver;
        this.monitor = monitor;
        this.lock = intakeLock;
        this.clock = clock;
    }

    /** Blocks on the network; returns how many videos were new to the history. */
    int importIndex(String indexId) {
        String problem = SubmissionRules.indexProblem(indexId);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        String index = indexId.strip().toLowerCase(Locale.ROOT);
        Instant now = clock.instant();
        List<HistoryEntry> added;
        if (api.version() == ApiVersion.V1_3) {
            List<IndexedAsset> all = new ArrayList<>();
            for (int page = 1; page <= MAX_PAGES; page++) {
                Page<IndexedAsset> p = api.assets().listIndexedAssets(index, IndexedAssetQuery.all()
                        .withPageLimit(TaskQuery.MAX_PAGE_LIMIT).withPage(page));
                all.addAll(p.data());
                if (!p.pageInfo().hasNext() || p.data().isEmpty()) {
                    break;
                }
            }
            synchronized (lock) {
                added = newAssetEntries(all, index, now);
                book.add(added);
            }
        } else {
            List<Task> tasks = api.listAllTasks(TaskQuery.all().withIndexId(index)
                    .sortedBy(TaskQuery.SortBy.CREATED_AT, TaskQuery.SortOption.ASC));
            synchronized (lock) {
                added = newEntries(tasks, index, book, now);
                book.add(added);
            }
        }
        saver.saveNow();
        monitor.wake();
        return added.size();
    }

    /** Indexed assets no entry tracks, neither as its indexed asset nor as its task's video. */
    private List<HistoryEntry> newAssetEntries(List<IndexedAsset> assets, String indexId, Instant now) {
        Set<String> known = new HashSet<>();
        for (HistoryEntry e : book.all()) {
            if (e.taskId() != null) {
                known.add(e.taskId());
            }
            if (e.task() != null && e.task().videoId() != null) {
                known.add(e.task().videoId());
            }
        }
        List<HistoryEntry> added = new ArrayList<>();
        for (IndexedAsset a : assets) {
            if (known.contains(a.id())) {
                continue;
            }
            Task view = IndexedAssetView.asTask(a, indexId);
            Submission s = new Submission(UploadFlow.ASSETS, indexId, null, null, Path.of(standInName(view)), null,
                    null);
            Instant created = a.createdAt() != null ? a.createdAt() : now;
            added.add(HistoryEntry.builder(Intake.newLocalId(), book.profile().id(), s, created)
                    .imported(true).logLine(now, "Imported from index " + indexId).build().withTask(view, now));
        }
        return added;
    }

    /** Entries for the tasks no entry of {@code book} tracks yet. */
    static List<HistoryEntry> newEntries(List<Task> tasks, String indexId, TaskBook book, Instant now) {
        List<HistoryEntry> added = new ArrayList<>();
        for (Task t : tasks) {
            if (book.isClaimed(t.id())) {
                continue;
            }
            Submission s = new Submission(UploadFlow.TASKS, indexId, null, null, Path.of(standInName(t)), null, null);
            Instant created = t.createdAt() != null ? t.createdAt() : now;
            added.add(HistoryEntry.builder(Intake.newLocalId(), book.profile().id(), s, created)
                    .imported(true).logLine(now, "Imported from index " + indexId).build()
                    .withTask(t, now));
        }
        return added;
    }

    /** A safe stand-in for the source: the reported file name when it is a plain name, else the task id. */
    static String standInName(Task t) {
        String name = t.metadata().filename();
        if (name != null && name.matches("[\\w .()\\[\\]-]{1,200}") && !name.startsWith(".")) {
            return name;
        }
        return "task-" + t.id().replaceAll("[^\\w-]", "_");
    }
}
