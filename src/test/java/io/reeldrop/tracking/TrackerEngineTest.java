package io.reeldrop.tracking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reeldrop.api.Task;
import io.reeldrop.api.TaskStatus;
import io.reeldrop.tracking.model.Submission;
import io.reeldrop.tracking.model.SubmissionState;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The engine on virtual time against a scripted API, for the decisions that must be exact:
 * never resend while unsure, resend only when sure, and how many requests monitoring costs.
 */
class TrackerEngineTest {

    private static final String INDEX = "0123456789abcdef01234567";

    @TempDir
    Path dataDir;
    private ManualExecutor executor;
    private ScriptedApi api;
    private Tracker tracker;

    @BeforeEach
    void start() {
        executor = new ManualExecutor();
        api = new ScriptedApi(executor.clock());
        tracker = TrackerBuilder.forApi(api).dataFolder(dataDir).executor(executor)
                .random(new Random(1)).build();
    }

    @AfterEach
    void stop() {
        tracker.close();
    }

    private TrackedTask only() {
        return tracker.snapshot().get(0);
    }

    private void submit(String... names) {
        List<Submission> s = new ArrayList<>();
        for (String n : names) {
            s.add(Submission.ofUrl(INDEX, null, "https://cdn.example.com/v/" + n));
        }
        tracker.submit(s);
    }

    @Test
    void anUnansweredPostWhoseTaskIsNotNamedYetIsNeverResent() {
        api.script.add(ScriptedApi.Post.CREATE_UNNAMED_NO_ANSWER);
        submit("a.mp4");
        executor.advance(Duration.ofSeconds(60));

        assertEquals(SubmissionState.OUTCOME_UNKNOWN, only().state(), "a candidate without a name: not sure");
        assertEquals(1, api.creates.get(), "not sent twice while unsure");

        String created = api.tasks.keySet().iterator().next();
        api.set(created, "pending", "a.mp4");
        executor.advance(Duration.ofSeconds(5));

        assertEquals(SubmissionState.SENT, only().state());
        assertEquals(created, only().task().id(), "the task the lost answer created is adopted");
        assertEquals(1, api.creates.get());
    }

    @Test
    void anUnansweredPostThatCreatedNothingIsResentOnlyAfterTheSettleTime() {
        api.script.add(ScriptedApi.Post.NO_ANSWER_NOTHING_CREATED);
        submit("b.mp4");
        executor.advance(Duration.ofSeconds(8));

        assertEquals(SubmissionState.OUTCOME_UNKNOWN, only().state(), "an empty listing too soon proves nothing");
        assertEquals(1, api.creates.get());

        executor.advance(Duration.ofSeconds(10));

        assertEquals(SubmissionState.SENT, only().state());
        assertEquals(2, api.creates.get(), "sent again once sure");
        assertEquals(1, api.tasks.size());
    }

    @Test
    void aCreatedTaskWhoseAnswerWasLostIsFoundByItsFileName() {
        api.script.add(ScriptedApi.Post.CREATE_BUT_NO_ANSWER);
        submit("c.mp4");
        executor.advance(Duration.ofSeconds(3));

        assertEquals(SubmissionState.SENT, only().state());
        assertEquals(1, api.creates.get());
    }

    @Test
    void twoLostAnswersWithTheSameFileNameEachAdoptTheTaskCreatedNearestTheirAttempt() {
        api.script.add(ScriptedApi.Post.CREATE_BUT_NO_ANSWER);
        api.script.add(ScriptedApi.Post.CREATE_BUT_NO_ANSWER);
        tracker.submit(List.of(Submission.ofUrl(INDEX, null, "https://a.example.com/v/clip.mp4")));
        executor.advance(Duration.ofMillis(600));
        String first = api.tasks.keySet().iterator().next();
        // The first attempt's own look fails, so the second attempt looks first and sees both tasks.
        api.failingLists.set(1);
        tracker.submit(List.of(Submission.ofUrl(INDEX, null, "https://b.example.com/v/clip.mp4")));
        executor.advance(Duration.ofSeconds(10));

        Map<String, String> taskByHost = new HashMap<>();
        for (TrackedTask t : tracker.snapshot()) {
            assertEquals(SubmissionState.SENT, t.state());
            taskByHost.put(URI.create(t.submission().videoUrl()).getHost(), t.task().id());
        }
        assertEquals(first, taskByHost.get("a.example.com"), "each keeps the task its own request created");
        assertEquals(2, api.creates.get(), "neither was sent twice");
    }

    @Test
    void oneListingPerLookFollowsAHundredTasks() {
        String[] names = new String[100];
        for (int i = 0; i < 100; i++) {
            names[i] = "m" + i + ".mp4";
        }
        submit(names);
        executor.advance(Duration.ofSeconds(10));
        assertEquals(100, api.creates.get());
        int listsBefore = api.lists.get();

        // the server finishes one task every 400 ms, as a busy index would
        for (String id : new ArrayList<>(api.tasks.keySet())) {
            api.set(id, "ready", "x.mp4");
            executor.advance(Duration.ofMillis(400));
        }
        executor.advance(Duration.ofSeconds(10));

        assertTrue(tracker.snapshot().stream().allMatch(t -> t.task().status().equals(TaskStatus.READY)));
        int looks = api.lists.get() - listsBefore;
        assertTrue(looks >= 10 && looks <= 20, "about one look per 4 s over 50 s, not 100 GETs each: " + looks);
        assertEquals(0, api.gets.get(), "the listing covered every task");
        int afterDone = api.lists.get();
        executor.advance(Duration.ofMinutes(5));
        assertEquals(afterDone, api.lists.get(), "finished tasks are no longer polled");
    }

    @Test
    void aServerThatIgnoresTheUpdatedAtFilterIsFollowedTaskByTask() {
        api.ignoreUpdatedAtFilter = true;
        api.tasks.put("older", new Task("older", INDEX, null, TaskStatus.READY,
                executor.clock().instant(), executor.clock().instant(), null, null, null, null, null, "{}"));
        executor.advance(Duration.ofSeconds(30));
        submit("d.mp4", "e.mp4");
        executor.advance(Duration.ofSeconds(5));
        api.tasks.keySet().stream().filter(id -> !id.equals("older")).forEach(id -> api.set(id, "indexing", "x.mp4"));
        executor.advance(Duration.ofSeconds(60));

        int lists = api.lists.get();
        assertTrue(api.gets.get() > 0, "fell back to GET /tasks/{id}");
        executor.advance(Duration.ofSeconds(60));
        assertEquals(lists, api.lists.get(), "and stopped listing");
        assertTrue(tracker.snapshot().stream().allMatch(t -> t.task().status().equals(TaskStatus.INDEXING)));
    }

    @Test
    void aTaskDeletedElsewhereIsFoundGoneOnceWellPastItsEta() {
        submit("f.mp4");
        executor.advance(Duration.ofSeconds(5));
        String id = api.tasks.keySet().iterator().next();
        api.set(id, "indexing", "f.mp4");
        executor.advance(Duration.ofSeconds(10));
        assertEquals(TaskStatus.INDEXING, only().task().status());

        api.tasks.remove(id);
        executor.advance(Duration.ofMinutes(1));
        assertEquals(0, api.gets.get(), "no direct GET while the ETA is not long past");
        executor.advance(Duration.ofMinutes(3));

        assertTrue(only().note().contains("no longer knows"), only().note());
        assertEquals(0, tracker.health().inFlight(), "no longer followed");
    }
}
