package io.reeldrop.tracking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reeldrop.api.ApiConfig;
import io.reeldrop.api.ApiKey;
import io.reeldrop.api.Task;
import io.reeldrop.api.TaskStatus;
import io.reeldrop.api.TwelveLabsClient;
import io.reeldrop.sandbox.FaultPlan;
import io.reeldrop.testsupport.Await;
import io.reeldrop.tracking.eta.Eta;
import io.reeldrop.tracking.model.Submission;
import io.reeldrop.tracking.store.HistoryEntry;
import io.reeldrop.tracking.store.HistoryStore;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine against the real in-process sandbox over loopback HTTP, at a high time scale. */
class TrackerSandboxTest {

    private static final Duration LONG = Duration.ofSeconds(90);
    private static final TrackerSettings FAST = TrackerSettings.defaults()
            .withDetectionTarget(Duration.ofMillis(500)).withReconcileSettle(Duration.ofSeconds(2));

    @TempDir
    Path dataDir;
    private SandboxRig rig;

    @BeforeEach
    void startSandbox() {
        rig = new SandboxRig(60);
    }

    @AfterEach
    void stop() throws Exception {
        rig.close();
    }

    private Tracker tracker() {
        return rig.tracker(dataDir, FAST);
    }

    private static List<Submission> urls(List<String> urls) {
        return urls.stream().map(u -> Submission.ofUrl(SandboxRig.INDEX, "en", u)).toList();
    }

    private static boolean allSettled(TaskTracker t) {
        return t.snapshot().stream().allMatch(TrackedTask::isSettled);
    }

    private static String states(TaskTracker t) {
        return t.snapshot().stream().map(x -> x.submission().displayName() + "=" + x.state() + "/"
                + (x.task() == null ? "-" : x.task().status()) + (x.note() == null ? "" : " (" + x.note() + ")"))
                .collect(Collectors.joining("\n"));
    }

    @Test
    void fiftyUrlSubmissionsEndWithTheRightStatusesAndMetadata() {
        List<String> good = new ArrayList<>();
        List<String> bad = new ArrayList<>();
        for (int i = 0; i < 45; i++) {
            good.add(rig.videos.url("clip-" + i));
        }
        for (int i = 0; i < 5; i++) {
            bad.add(rig.videos.brokenUrl("broken-" + i));
        }
        List<String> all = new ArrayList<>(good);
        all.addAll(bad);
        Tracker tracker = tracker();
        List<List<TrackedTask>> batches = Collections.synchronizedList(new ArrayList<>());
        TrackerListener listener = (changed, removed, health) -> batches.add(changed);
        tracker.addListener(listener);

        List<SubmitOutcome> outcomes = tracker.submit(urls(all));

        assertTrue(outcomes.stream().allMatch(o -> o.kind() == SubmitOutcome.Kind.ACCEPTED), outcomes::toString);
        Await.until(() -> allSettled(tracker), LONG, () -> states(tracker));
        Map<String, TrackedTask> byUrl = tracker.snapshot().stream()
                .collect(Collectors.toMap(t -> t.submission().videoUrl(), Function.identity()));
        for (String url : good) {
            TrackedTask t = byUrl.get(url);
            assertEquals(TaskStatus.READY, t.task().status(), url);
            assertEquals(5.0, t.task().metadata().duration(), 0.5, "duration of " + url);
            assertEquals(url.substring(url.lastIndexOf('/') + 1), t.task().metadata().filename());
            assertNotNull(t.task().metadata().width());
            assertTrue(t.statusTimes().containsKey("ready"));
            assertEquals(null, t.eta(), "a finished task has no ETA");
        }
        for (String url : bad) {
            assertEquals(TaskStatus.FAILED, byUrl.get(url).task().status(), url);
        }
        List<Task> onServer = rig.serverTasks();
        assertEquals(50, onServer.size(), "one task per URL, none twice");
        assertEquals(0, tracker.health().inFlight());
        assertTrue(batches.size() < 200, "changes arrive coalesced, got " + batches.size() + " batches");
    }

    @Test
    void duplicatesAndBadLinesAreFlaggedWithoutStoppingTheGoodOnes() {
        Tracker tracker = tracker();
        String url = rig.videos.url("same");
        List<SubmitOutcome> first = tracker.submit(urls(List.of(url, url, "ftp://host/x.mp4",
                "https://user:secret@example.com/a.mp4", "not a url")));

        assertEquals(SubmitOutcome.Kind.ACCEPTED, first.get(0).kind());
        assertEquals(SubmitOutcome.Kind.DUPLICATE, first.get(1).kind());
        assertEquals(SubmitOutcome.Kind.REJECTED, first.get(2).kind());
        assertTrue(first.get(2).problem().contains("http or https"), first.get(2).problem());
        assertTrue(first.get(3).problem().contains("user name or password"), first.get(3).problem());
        assertFalse(first.get(3).problem().contains("secret"), "the password is not repeated");
        assertTrue(first.get(4).problem().contains("not a valid link"), first.get(4).problem());
        List<SubmitOutcome> again = tracker.submit(urls(List.of(url)));
        assertEquals(SubmitOutcome.Kind.DUPLICATE, again.get(0).kind());
        Await.until(() -> allSettled(tracker), LONG, () -> states(tracker));
        assertEquals(1, rig.serverTasks().size());
    }

    @Test
    void killAndRestartInTheMiddleLosesNothingAndResumesMonitoring() throws Exception {
        List<String> all = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            all.add(rig.videos.url("restart-" + i));
        }
        TwelveLabsClient client = rig.newClient();
        rig.own(client);
        CountingApi api = new CountingApi(client);
        // The first five POSTs go through; the next ones are held on their way out, so the kill
        // comes with exactly five tasks created and two POSTs under way, however loaded the machine.
        CountDownLatch held = new CountDownLatch(1);
        api.beforeCreate = () -> {
            if (api.creates.get() > 5) {
                try {
                    held.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        ThreadedEngineExecutor firstThreads = new ThreadedEngineExecutor();
        Tracker first = TrackerBuilder.forApi(api).dataFolder(dataDir).settings(FAST.withConcurrency(2))
                .executor(firstThreads).build();
        first.submit(urls(all));
        Await.until(() -> api.createsDone.get() == 5 && api.creates.get() == 7, LONG,
                () -> api.createsDone.get() + " answered, " + api.creates.get() + " started");

        first.abandon(); // no last write, no goodbye: as if the process died
        held.countDown(); // the two POSTs under way reach the server; their answers go nowhere
        Await.until(() -> api.createsDone.get() == 7, LONG, () -> "the held POSTs ended");
        firstThreads.close();

        Tracker second = tracker();
        assertEquals(20, second.snapshot().size(), "every submission is still in the history");
        Await.until(() -> allSettled(second), LONG, () -> states(second));
        assertTrue(second.snapshot().stream().allMatch(t -> t.task() != null
                && t.task().status().equals(TaskStatus.READY)), () -> states(second));
        List<Task> onServer = rig.serverTasks();
        assertEquals(20, onServer.size(), "the restart sent nothing twice");
        assertEquals(20, onServer.stream().map(t -> t.metadata().filename()).distinct().count());
    }

    @Test
    void unansweredPostsAreReconciledWithZeroDuplicates() {
        List<String> all = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            all.add(rig.videos.url("flaky-" + i));
        }
        Tracker tracker = tracker();
        // Cut answers mid-body (the task exists) and answer 5xx (it does not): the engine cannot tell.
        rig.sandbox.faults().set(FaultPlan.none().withSeed(42).withDroppedConnections(0.3).withServerErrors(0.2));
        tracker.submit(urls(all));
        Await.until(() -> allSettled(tracker), LONG, () -> states(tracker));
        rig.sandbox.faults().clear();

        List<Task> onServer = rig.serverTasks();
        Set<String> filenames = new HashSet<>();
        for (Task t : onServer) {
            assertTrue(filenames.add(t.metadata().filename()), "created twice: " + t.metadata().filename());
        }
        assertEquals(20, onServer.size());
        assertTrue(tracker.snapshot().stream().allMatch(t -> t.task() != null
                && t.task().status().equals(TaskStatus.READY)), () -> states(tracker));
        tracker.flush();
        List<String> log = new HistoryStore(dataDir).load().document().tasks().stream()
                .flatMap(e -> e.log().stream()).map(HistoryEntry.LogLine::text).toList();
        assertTrue(log.stream().anyMatch(l -> l.startsWith("Found task")), "a lost answer's task was adopted: " + log);
        assertTrue(log.stream().anyMatch(l -> l.startsWith("No task was created")), "a failed POST was resent: " + log);
    }

    @Test
    void onV12TheLanguageIsCheckedAndTheApisEstimateIsUsed() {
        try (SandboxRig slow = new SandboxRig(2)) { // slow enough to see the task before it is ready
            TwelveLabsClient client = slow.newClient(ApiConfig.of(
                    URI.create(slow.sandbox.baseUrl("1.2")), ApiKey.of(slow.sandbox.apiKey())));
            rig.own(client);
            Tracker tracker = TrackerBuilder.forApi(client).dataFolder(dataDir).settings(FAST).build();
            List<Eta.Source> sources = Collections.synchronizedList(new ArrayList<>());
            tracker.addListener((changed, removed, health) -> changed.stream().filter(t -> t.eta() != null
                    && t.task() != null && t.task().updatedAt() != null).forEach(t -> sources.add(t.eta().source())));

            List<SubmitOutcome> refused = tracker.submit(List.of(Submission.ofUrl(SandboxRig.INDEX, "fr",
                    slow.videos.url("v12-fr"))));
            assertEquals(SubmitOutcome.Kind.REJECTED, refused.get(0).kind());
            tracker.submit(List.of(Submission.ofUrl(SandboxRig.INDEX, "en", slow.videos.url("v12"))));

            Await.until(() -> allSettled(tracker), LONG, () -> states(tracker));
            assertEquals(TaskStatus.READY, tracker.snapshot().get(0).task().status());
            tracker.close();
            assertFalse(sources.isEmpty(), "the task was seen before it was ready");
            assertTrue(sources.stream().allMatch(s -> s == Eta.Source.API), sources::toString);
        }
    }

    @Test
    void aFileUploadReportsItsBytesAndEndsReady() throws Exception {
        Path file = Path.of("src/test/resources/media/valid.mp4");
        long size = Files.size(file);
        Tracker tracker = tracker();
        List<Long> totals = Collections.synchronizedList(new ArrayList<>());
        tracker.addListener((changed, removed, health) -> changed.forEach(t -> {
            if (t.bytesTotal() > 0 && t.bytesSent() == t.bytesTotal()) {
                totals.add(t.bytesTotal());
            }
        }));

        tracker.submit(List.of(Submission.ofFile(SandboxRig.INDEX, null, file)));

        Await.until(() -> allSettled(tracker), LONG, () -> states(tracker));
        TrackedTask done = tracker.snapshot().get(0);
        assertEquals(TaskStatus.READY, done.task().status());
        assertEquals("valid.mp4", done.task().metadata().filename());
        // the client counts the whole multipart body: the file plus its form fields
        assertTrue(!totals.isEmpty() && totals.stream().allMatch(t -> t >= size && t < size + 16_384),
                "the whole upload was reported sent: " + totals + " for a file of " + size);
    }

    @Test
    void burstsOf429AreSurvived() {
        List<String> all = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            all.add(rig.videos.url("busy-" + i));
        }
        Tracker tracker = tracker();
        rig.sandbox.faults().set(FaultPlan.none().withSeed(3).withTooManyRequestsBursts(0.15, 8));
        List<String> trouble = Collections.synchronizedList(new ArrayList<>());
        tracker.addListener((changed, removed, health) -> {
            if (health.connectionTrouble() != null) {
                trouble.add(health.connectionTrouble());
            }
        });
        tracker.submit(urls(all));
        Await.until(() -> allSettled(tracker), LONG, () -> states(tracker));
        rig.sandbox.faults().clear();

        assertTrue(tracker.snapshot().stream().allMatch(t -> t.task() != null
                && t.task().status().equals(TaskStatus.READY)), () -> states(tracker));
        assertEquals(10, rig.serverTasks().size());
        assertTrue(Files.exists(dataDir.resolve("history.json")));
    }
}
