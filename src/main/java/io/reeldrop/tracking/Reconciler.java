package io.reeldrop.tracking;

import io.reeldrop.tracking.model.SubmissionState;
import io.reeldrop.api.ApiException;
import io.reeldrop.api.Task;
import io.reeldrop.api.TaskQuery;
import io.reeldrop.api.TwelveLabsApi;
import io.reeldrop.tracking.store.HistoryEntry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Decides what happened to a POST that got no clear answer, by listing the index's tasks
 * created since just before the attempt (minus the clock-skew margin).
 *
 * <ul>
 *   <li>An untracked task whose {@code filename} is the submission's file name: the POST
 *       worked; the entry adopts it (of several, the one created nearest the attempt).</li>
 *   <li>An untracked task whose file name is not known yet: not sure; look again shortly.</li>
 *   <li>No untracked candidate in a listing made at least {@code reconcileSettle} after the
 *       attempt: sure nothing was created; the submission is queued again.</li>
 * </ul>
 * Transient errors while listing only delay the decision. Relies on the API reporting a URL
 * upload's last path segment (or a file's name) as {@code filename}, as both versions do.
 */
final class Reconciler {

    private static final Duration FIRST_LOOK = Duration.ofSeconds(1);
    private static final Duration LOOK_AGAIN = Duration.ofSeconds(3);

    private final TwelveLabsApi api;
    private final TaskBook book;
    private final HistorySaver saver;
    private final EngineExecutor executor;
    private final ConnectionHealth health;
    private final TrackerSettings settings;
    private Sender sender;
    private Monitor monitor;

    Reconciler(TwelveLabsApi api, TaskBook book, HistorySaver saver, EngineExecutor executor, ConnectionHealth health,
               TrackerSettings settings) {
        this.api = api;
        this.book = book;
        this.saver = saver;
        this.executor = executor;
        this.health = health;
        this.settings = settings;
    }

    void connect(Sender s, Monitor m) {
        this.sender = s;
        this.monitor = m;
    }

    void check(String localId) {
        executor.schedule(() -> reconcile(localId), FIRST_LOOK);
    }

    private void reconcile(String localId) {
        HistoryEntry entry = book.get(localId);
        if (entry == null || entry.state() != SubmissionState.OUTCOME_UNKNOWN) {
            return;
        }
        Instant attempt = entry.attemptStartedAt() != null ? entry.attemptStartedAt() : entry.submittedAt();
        if (attempt == null) {
            attempt = executor.clock().instant();
        }
        Instant listedAt = executor.clock().instant();
        List<Task> created;
        try {
            created = api.listAllTasks(TaskQuery.all()
                    .withIndexId(entry.submission().indexId().strip().toLowerCase(Locale.ROOT))
                    .withCreatedAt(attempt.minus(settings.clockSkew()))
                    .sortedBy(TaskQuery.SortBy.CREATED_AT, TaskQuery.SortOption.ASC));
            health.clear();
        } catch (ApiException e) {
            if (e.isTransient()) {
                health.trouble(ConnectionHealth.RETRYING);
            }
            book.update(localId, x -> x.withNote("Checking whether the upload reached the API: " + e.getMessage()
                    + " Trying again shortly."));
            executor.schedule(() -> reconcile(localId), LOOK_AGAIN.multipliedBy(e.isTransient() ? 1 : 10));
            return;
        }
        String expected = SubmissionRules.expectedFilename(entry.submission());
        List<Task> unnamed = new ArrayList<>();
        List<Task> named = new ArrayList<>();
        for (Task t : created) {
            if (book.isClaimed(t.id())) {
                continue;
            }
            String name = t.metadata().filename();
            if (name == null) {
                unnamed.add(t);
            } else if (name.equals(expected)) {
                named.add(t);
            }
        }
        // Two unanswered uploads with the same file name (the same video from two hosts) both
        // match; the task created nearest this attempt is the likeliest to be its own.
        Instant attemptAt = attempt;
        named.sort(Comparator.comparing((Task t) -> t.createdAt() == null ? null
                : Duration.between(attemptAt, t.createdAt()).abs(), Comparator.nullsLast(Comparator.naturalOrder())));
        for (Task t : named) {
            if (book.adopt(localId, t, "Found task " + t.id() + " created by the unanswered request;"
                    + " it was not sent twice.")) {
                saver.saveSoon();
                monitor.wake();
                return;
            }
        }
        boolean settled = !listedAt.isBefore(attempt.plus(settings.reconcileSettle()));
        if (unnamed.isEmpty() && settled) {
            Instant now = executor.clock().instant();
            book.update(localId, x -> x.withState(SubmissionState.QUEUED, null)
                    .logged(now, "No task was created by the unanswered request; sending it again."));
            saver.saveSoon();
            sender.enqueue(localId);
            return;
        }
        Duration wait = settled ? LOOK_AGAIN : Duration.between(listedAt, attempt.plus(settings.reconcileSettle()));
        executor.schedule(() -> reconcile(localId), wait.compareTo(LOOK_AGAIN) < 0 ? LOOK_AGAIN : wait);
    }
}
