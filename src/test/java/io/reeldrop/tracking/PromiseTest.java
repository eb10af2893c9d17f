package io.reeldrop.tracking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reeldrop.api.ApiException;
import io.reeldrop.tracking.model.Submission;
import io.reeldrop.tracking.model.SubmissionState;
import io.reeldrop.tracking.store.HistoryDocument;
import io.reeldrop.tracking.store.HistoryEntry;
import io.reeldrop.tracking.store.HistoryStore;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing lost, nothing sent twice, never stuck (issue 11, items 1, 2, 3 and 7), on virtual time
 * against a scripted server that decides exactly what happened to each POST.
 */
class PromiseTest {

    private static final String INDEX = "0123456789abcdef01234567";

    @TempDir
    Path dataDir;

    private final ManualExecutor executor = new ManualExecutor();
    private final ScriptedApi api = new ScriptedApi(executor.clock());

    private Tracker start() {
        return TrackerBuilder.forApi(api).dataFolder(dataDir).executor(executor).random(new Random(1)).build();
    }

    private static Submission video(String url) {
        return Submission.ofUrl(INDEX, null, url);
    }

    private TrackedTask only(Tracker tracker) {
        assertEquals(1, tracker.snapshot().size(), tracker.snapshot().toString());
        return tracker.snapshot().get(0);
    }

    @Test
    void aLostAnswerForANameWithAPlusIsFoundWhenTheServerReadsThePlusAsASpace() {
        api.naming = url -> "clip 1.mp4"; // a server that form-decodes the path
        api.script.add(ScriptedApi.Post.CREATE_BUT_NO_ANSWER);
        try (Tracker tracker = start()) {
            tracker.submit(List.of(video("https://cdn.example.com/v/clip+1.mp4")));
            executor.advance(Duration.ofMinutes(2));

            assertEquals(1, api.creates.get(), "sent once");
            assertNotNull(only(tracker).task(), "the task the lost answer created is adopted");
        }
    }

    @Test
    void aLostAnswerTheEngineCannotMatchIsPutToThePersonNotSentAgain() {
        api.naming = url -> "upload_7f3a.bin"; // a server that names uploads its own way
        api.script.add(ScriptedApi.Post.CREATE_BUT_NO_ANSWER);
        try (Tracker tracker = start()) {
            tracker.submit(List.of(video("https://cdn.example.com/v/a.mp4")));
            executor.advance(Duration.ofMinutes(5));

            assertEquals(1, api.creates.get(), "never re-sent blindly");
            TrackedTask t = only(tracker);
            assertEquals(SubmissionState.NEEDS_DECISION, t.state());
            assertTrue(t.note().contains("upload_7f3a.bin"), t.note());
            assertTrue(t.isSettled(), "waiting for a person, not for the engine");

            String candidate = api.tasks.keySet().iterator().next();
            tracker.adopt(t.localId(), candidate);
            executor.advance(Duration.ofSeconds(10));
            assertEquals(candidate, only(tracker).task().id());
            assertEquals(1, api.creates.get());
        }
    }

    @Test
    void thePersonMaySendAgainWhenTheFoundTaskIsNotTheirs() {
        api.naming = url -> "someone-elses.mp4";
        api.script.add(ScriptedApi.Post.CREATE_BUT_NO_ANSWER);
        try (Tracker tracker = start()) {
            tracker.submit(List.of(video("https://cdn.example.com/v/mine.mp4")));
            executor.advance(Duration.ofMinutes(5));
            assertEquals(SubmissionState.NEEDS_DECISION, only(tracker).state());

            tracker.sendAgain(only(tracker).localId());
            executor.advance(Duration.ofSeconds(30));

            assertEquals(2, api.creates.get(), "sent again because the person said so");
            assertEquals(SubmissionState.SENT, only(tracker).state());
        }
    }

    @Test
    void aPostSlowerThanTheSettleWindowIsNotSentAgainBeforeItsTaskCanShow() {
        api.script.add(ScriptedApi.Post.NO_ANSWER_NOTHING_CREATED);
        // The POST hangs 40 s, longer than the 10 s settle window; the server finishes creating
        // the task 5 s after the client gave up on the answer.
        api.onCreate = () -> {
            if (api.creates.get() == 0) {
                executor.elapse(Duration.ofSeconds(40));
                executor.schedule(() -> api.addTask(INDEX, "slow.mp4"), Duration.ofSeconds(5));
            }
        };
        try (Tracker tracker = start()) {
            tracker.submit(List.of(video("https://cdn.example.com/v/slow.mp4")));
            executor.advance(Duration.ofMinutes(2));

            assertEquals(1, api.creates.get(), "the slow POST's own task is adopted, not a second one made");
            assertNotNull(only(tracker).task());
        }
    }

    @Test
    void anUnreachableApiIsSaidInASentenceWithinAMinuteAndNothingLoopsForever() {
        api.unreachable = new ApiException(ApiException.Kind.NETWORK, "Cannot reach api.example.test: unknown host.",
                0, null, null, null, "POST /tasks", null);
        try (Tracker tracker = start()) {
            tracker.submit(List.of(video("https://cdn.example.com/v/a.mp4")));
            executor.advance(Duration.ofSeconds(70));

            TrackedTask t = only(tracker);
            assertEquals(SubmissionState.NOT_SENT, t.state(), "given up on, safely: the request never arrived");
            assertTrue(t.note().contains("api.example.test") && t.note().contains("unknown host"), t.note());
            assertTrue(tracker.health().connectionTrouble() != null, "the window's banner says so too");
            int tries = api.attempts.get();
            executor.advance(Duration.ofMinutes(30));
            assertEquals(tries, api.attempts.get(), "no more sends once given up");
        }
    }

    @Test
    void theSameVideoSpelledWithTheDefaultPortOrAnotherCaseIsADuplicate() {
        try (Tracker tracker = start()) {
            tracker.submit(List.of(video("https://cdn.example.com:443/v/a.mp4")));
            List<SubmitOutcome> again = tracker.submit(List.of(video("HTTPS://CDN.Example.com/v/a.mp4")));

            assertEquals(SubmitOutcome.Kind.DUPLICATE, again.get(0).kind());
        }
    }

    @Test
    void historyOfTheSameApiSpelledAnotherWayIsFollowedAndGuardsDuplicates() {
        HistoryEntry stored = HistoryEntry.builder("spelled00001", "HTTPS://api.example.test:443/v1.3/",
                video("https://cdn.example.com/v/b.mp4"), executor.clock().instant())
                .state(SubmissionState.SENT).taskId("task-elsewhere").build();
        new HistoryStore(dataDir).save(new HistoryDocument(HistoryStore.CURRENT_SCHEMA, null, List.of(stored), null));
        try (Tracker tracker = start()) {
            assertTrue(tracker.isFollowed("spelled00001"));
            assertEquals(SubmitOutcome.Kind.DUPLICATE,
                    tracker.submit(List.of(video("https://cdn.example.com/v/b.mp4"))).get(0).kind());
        }
    }

    @Test
    void aSingleBare404FromAProxyDoesNotMakeATaskGoneButTheApisOwnAnswerDoes() {
        try (Tracker tracker = start()) {
            tracker.submit(List.of(video("https://cdn.example.com/v/proxied.mp4")));
            executor.advance(Duration.ofSeconds(5));
            String taskId = api.tasks.keySet().iterator().next();
            api.ignoreUpdatedAtFilter = true; // the listing is refused, so the task is read one by one
            api.bareNotFound.set(1);
            executor.advance(Duration.ofMinutes(10));
            String note = tracker.snapshot().get(0).note();
            assertTrue(note == null || !note.contains("no longer knows"), "one bare 404 is not proof: " + note);
            assertTrue(api.gets.get() >= 2, "it was asked again after the bare 404");

            api.tasks.remove(taskId); // now the API itself says it is gone
            executor.advance(Duration.ofMinutes(10));
            assertTrue(tracker.snapshot().get(0).note().contains("no longer knows"), tracker.snapshot().toString());
        }
    }
}
