package io.reeldrop.tracking;

import io.reeldrop.api.TaskStatus;
import io.reeldrop.tracking.model.Submission;
import io.reeldrop.tracking.model.SubmissionState;
import io.reeldrop.tracking.store.HistoryEntry;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Takes submissions and retries in: checks each line, refuses what is already tracked, writes
 * the accepted ones to disk and only then hands them to the {@link Sender}. Every decision that
 * could lead to a POST is made under one lock, so two callers at once (the window and a script,
 * a double click) can never both send the same video.
 */
final class Intake {

    private final TaskBook book;
    private final HistorySaver saver;
    private final Sender sender;
    private final SubmissionRules rules;
    private final Clock clock;
    private final Object lock = new Object();

    Intake(TaskBook book, HistorySaver saver, Sender sender, SubmissionRules rules, Clock clock) {
        this.book = book;
        this.saver = saver;
        this.sender = sender;
        this.rules = rules;
        this.clock = clock;
    }

    /** Held while entries are added, so duplicate checks see every entry added before them. */
    Object lock() {
        return lock;
    }

    List<SubmitOutcome> submit(List<Submission> submissions) {
        List<SubmitOutcome> outcomes = new ArrayList<>();
        List<HistoryEntry> accepted = new ArrayList<>();
        Instant now = clock.instant();
        synchronized (lock) {
            Map<String, HistoryEntry> known = new HashMap<>();
            for (HistoryEntry e : book.ours(Intake::blocksDuplicates)) {
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
        return e.task() == null || !e.task().status().equals(TaskStatus.FAILED);
    }

    /** An entry of the connected API that already stands for this video and index, or null. */
    private HistoryEntry activeDuplicate(Submission s) {
        String key = SubmissionRules.duplicateKey(s);
        for (HistoryEntry e : book.ours(Intake::blocksDuplicates)) {
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
        return HistoryEntry.builder(newLocalId(), book.profile().id(), s, now).logLine(now, "Submitted").build();
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

    TrackedTask retry(String localId) {
        HistoryEntry e = existing(localId);
        if (e.imported()) {
            throw new IllegalStateException("\"" + e.submission().displayName() + "\" was started outside ReelDrop, so"
                    + " ReelDrop does not have its video to send again. Upload the video itself instead.");
        }
        String problem = rules.problem(e.submission());
        if (problem != null) {
            throw new IllegalStateException(problem);
        }
        Instant now = clock.instant();
        String target;
        // Under the submit lock: two retries at once (a double click, the window and a script)
        // must not both turn into a POST, since each task is paid for.
        synchronized (lock) {
            HistoryEntry current = existing(localId);
            boolean failed = current.task() != null
                    && current.task().status().equals(TaskStatus.FAILED);
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

    static String describe(HistoryEntry e) {
        return e.task() != null ? e.task().status().value() : e.state().name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private HistoryEntry existing(String localId) {
        HistoryEntry e = book.get(localId);
        if (e == null) {
            throw new IllegalArgumentException("No task with id " + localId + " is in the history.");
        }
        return e;
    }
}
