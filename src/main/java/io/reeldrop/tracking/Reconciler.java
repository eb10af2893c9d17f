package io.reeldrop.tracking;

import io.reeldrop.api.ApiException;
import io.reeldrop.api.Task;
import io.reeldrop.api.TaskQuery;
import io.reeldrop.api.TwelveLabsApi;
import io.reeldrop.media.VideoNames;
import io.reeldrop.tracking.model.SubmissionState;
import io.reeldrop.tracking.store.HistoryEntry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Decides what happened to a POST that got no clear answer, by listing the index's tasks
 * created since just before the attempt (minus the clock-skew margin). Of the tasks no other
 * entry tracks:
 * <ul>
 *   <li>one named as the submission (by {@link VideoNames}' rule, else by a looser reading of
 *       it): the POST worked; the entry adopts it (of several, the one created nearest the
 *       attempt);</li>
 *   <li>one whose name is not known yet: not sure; look again shortly;</li>
 *   <li>none at all, in a listing made {@code reconcileSettle} after the outcome became unknown
 *       (not after the POST began: a slow POST may still be creating its task): nothing was
 *       created; the submission is queued again;</li>
 *   <li>only tasks with other names: the real service does not document its naming, so they
 *       may be this upload's. A person decides ({@link SubmissionState#NEEDS_DECISION}); a
 *       paid POST is never re-sent on a guess.</li>
 * </ul>
 * Transient errors while listing only delay the decision.
 */
final class Reconciler {

    private static final Duration FIRST_LOOK = Duration.ofSeconds(1);
    private static final Duration LOOK_AGAIN = Duration.ofSeconds(3);
    /** How long a task may go unnamed before it counts as a stranger to decide about. */
    private static final Duration NAMING_PATIENCE = Duration.ofMinutes(5);

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
        Instant now = executor.clock().instant();
        Instant attempt = first(entry.attemptStartedAt(), entry.submittedAt(), now);
        Instant unknownSince = first(entry.outcomeUnknownSince(), attempt, now);
        Instant listedAt = now;
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
                    + " Trying again shortly; it is not sent again until that is known."));
            executor.schedule(() -> reconcile(localId), LOOK_AGAIN.multipliedBy(e.isTransient() ? 1 : 10));
            return;
        }
        Candidates found = sort(entry, created);
        if (adoptFirst(localId, found.exact(), attempt, "") || adoptFirst(localId, found.loose(), attempt,
                " (its name is spelled differently)")) {
            return;
        }
        boolean settled = !listedAt.isBefore(unknownSince.plus(settings.reconcileSettle()));
        boolean namingOverdue = !listedAt.isBefore(unknownSince.plus(NAMING_PATIENCE));
        List<Task> strangers = new ArrayList<>(found.otherNames());
        if (namingOverdue) {
            strangers.addAll(found.unnamed());
        }
        if (settled && (found.unnamed().isEmpty() || namingOverdue) && !strangers.isEmpty()) {
            askThePerson(localId, entry, strangers);
            return;
        }
        if (settled && found.unnamed().isEmpty()) {
            book.update(localId, x -> x.withState(SubmissionState.QUEUED, null)
                    .logged(now, "No task was created by the unanswered request; sending it again."));
            saver.saveSoon();
            sender.enqueue(localId);
            return;
        }
        Duration wait = settled ? LOOK_AGAIN : Duration.between(listedAt, unknownSince.plus(settings.reconcileSettle()));
        executor.schedule(() -> reconcile(localId), wait.compareTo(LOOK_AGAIN) < 0 ? LOOK_AGAIN : wait);
    }

    /** The unclaimed tasks of a listing, by how well their name fits the submission. */
    private record Candidates(List<Task> exact, List<Task> loose, List<Task> unnamed, List<Task> otherNames) {
    }

    private Candidates sort(HistoryEntry entry, List<Task> created) {
        String expected = SubmissionRules.expectedFilename(entry.submission());
        List<String> othersExpected = namesOfOtherUnknowns(entry);
        Candidates c = new Candidates(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (Task t : created) {
            if (book.isClaimed(t.id())) {
                continue;
            }
            String name = t.metadata().filename();
            if (name == null) {
                c.unnamed().add(t);
            } else if (name.equals(expected)) {
                c.exact().add(t);
            } else if (VideoNames.sameName(name, expected)) {
                c.loose().add(t);
            } else if (othersExpected.stream().noneMatch(n -> VideoNames.sameName(name, n))) {
                // A task another unanswered upload of ours will claim is not a stranger to this one.
                c.otherNames().add(t);
            }
        }
        return c;
    }

    private List<String> namesOfOtherUnknowns(HistoryEntry entry) {
        List<String> names = new ArrayList<>();
        for (HistoryEntry e : book.ours(x -> x.state() == SubmissionState.OUTCOME_UNKNOWN
                || x.state() == SubmissionState.SENDING || x.state() == SubmissionState.NEEDS_DECISION)) {
            if (!e.localId().equals(entry.localId())) {
                names.add(SubmissionRules.expectedFilename(e.submission()));
            }
        }
        return names;
    }

    /**
     * Adopts the task created nearest the attempt. Two unanswered uploads with the same file name
     * (the same video from two hosts) both match; the nearest is the likeliest to be its own.
     */
    private boolean adoptFirst(String localId, List<Task> matches, Instant attempt, String how) {
        matches.sort(Comparator.comparing((Task t) -> t.createdAt() == null ? null
                : Duration.between(attempt, t.createdAt()).abs(), Comparator.nullsLast(Comparator.naturalOrder())));
        for (Task t : matches) {
            if (book.adopt(localId, t, "Found task " + t.id() + " created by the unanswered request" + how
                    + "; it was not sent twice.")) {
                saver.saveSoon();
                monitor.wake();
                return true;
            }
        }
        return false;
    }

    private void askThePerson(String localId, HistoryEntry entry, List<Task> strangers) {
        List<String> ids = strangers.stream().map(Task::id).toList();
        String names = String.join(", ", strangers.stream().map(Reconciler::describe).toList());
        String note = "The upload's answer was lost, and the index has " + (ids.size() == 1 ? "a task" : "tasks")
                + " ReelDrop cannot match to \"" + SubmissionRules.expectedFilename(entry.submission()) + "\": "
                + names + ". Adopt it if it is this video, or send it again; nothing is sent until you choose.";
        Instant now = executor.clock().instant();
        book.update(localId, x -> x.needsDecision(ids, note).logged(now, note));
        saver.saveSoon();
    }

    private static String describe(Task t) {
        String name = t.metadata().filename() == null ? "unnamed" : "\"" + t.metadata().filename() + "\"";
        return name + " (task " + t.id() + (t.createdAt() == null ? "" : ", created " + t.createdAt()) + ")";
    }

    private static Instant first(Instant a, Instant b, Instant c) {
        return a != null ? a : b != null ? b : c;
    }
}
