package io.reeldrop.tracking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reeldrop.api.TaskStatus;
import io.reeldrop.sandbox.FaultPlan;
import io.reeldrop.sandbox.SandboxConfig;
import io.reeldrop.testsupport.Await;
import io.reeldrop.tracking.eta.Eta;
import io.reeldrop.tracking.model.Submission;
import io.reeldrop.tracking.model.SubmissionState;
import io.reeldrop.tracking.store.HistoryDocument;
import io.reeldrop.tracking.store.HistoryStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Connection trouble, secrets and learned ETAs, against the sandbox. */
class TrackerResilienceTest {

    private static final String SECRET = "tlk_SECRET_never_in_history_42";
    private static final TrackerSettings FAST = TrackerSettings.defaults()
            .withDetectionTarget(Duration.ofMillis(500)).withReconcileSettle(Duration.ofSeconds(2));

    @TempDir
    Path dataDir;
    private SandboxRig rig;

    @AfterEach
    void stop() throws Exception {
        rig.close();
    }

    private Tracker tracker() {
        return rig.tracker(dataDir, FAST);
    }

    @Test
    void serverTroubleShowsAsConnectionTroubleAndNeverFailsATask() {
        // slow the schedule so tasks are still in flight while the server misbehaves
        rig = new SandboxRig(SandboxConfig.defaults().withTimeScale(2), new VideoHost());
        Tracker tracker = tracker();
        List<TrackerHealth> healths = Collections.synchronizedList(new ArrayList<>());
        tracker.addListener((changed, removed, health) -> healths.add(health));
        tracker.submit(List.of(Submission.ofUrl(SandboxRig.INDEX, null, rig.videos.url("steady-1")),
                Submission.ofUrl(SandboxRig.INDEX, null, rig.videos.url("steady-2"))));
        Await.until(() -> tracker.snapshot().stream().allMatch(t -> t.state() == SubmissionState.SENT),
                Duration.ofSeconds(30), () -> tracker.snapshot().toString());

        rig.sandbox.faults().set(FaultPlan.none().withServerErrors(1.0));
        Await.until(() -> tracker.health().connectionTrouble() != null
                        && tracker.snapshot().stream().allMatch(t -> ConnectionHealth.RETRYING.equals(t.note())),
                Duration.ofSeconds(30), () -> tracker.health() + " " + tracker.snapshot());
        assertTrue(tracker.snapshot().stream().noneMatch(TrackedTask::isSettled), "trouble is not failure");

        rig.sandbox.faults().clear();
        Await.until(() -> tracker.snapshot().stream().allMatch(TrackedTask::isSettled), Duration.ofSeconds(60),
                () -> tracker.snapshot().toString());
        assertTrue(tracker.snapshot().stream().allMatch(t -> t.task().status().equals(TaskStatus.READY)
                && t.note() == null), () -> tracker.snapshot().toString());
        Await.until(() -> tracker.health().connectionTrouble() == null, Duration.ofSeconds(10), tracker::toString);
        assertTrue(healths.stream().anyMatch(h -> h.connectionTrouble() != null), "the status bar was told");
    }

    @Test
    void theApiKeyNeverReachesTheHistoryAndLearnedEtasArePersisted() throws Exception {
        rig = new SandboxRig(SandboxConfig.defaults().withTimeScale(60).withApiKey(SECRET), new VideoHost());
        Tracker tracker = tracker();
        List<Eta> etas = Collections.synchronizedList(new ArrayList<>());
        tracker.addListener((changed, removed, health) -> changed.stream().map(TrackedTask::eta)
                .filter(Objects::nonNull).forEach(etas::add));
        List<Submission> batch = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            batch.add(Submission.ofUrl(SandboxRig.INDEX, "en", rig.videos.url("eta-" + i)));
        }
        tracker.submit(batch);
        Await.until(() -> tracker.snapshot().stream().allMatch(TrackedTask::isSettled), Duration.ofSeconds(60),
                () -> tracker.snapshot().toString());
        tracker.close();

        String history = Files.readString(dataDir.resolve(HistoryStore.FILE));
        assertFalse(history.contains(SECRET), "the key is not in the history");
        assertFalse(etas.isEmpty());
        assertTrue(etas.stream().allMatch(e -> e.source() == Eta.Source.ESTIMATE), "v1.3 gives no estimated_time");
        HistoryDocument doc = new HistoryStore(dataDir).load().document();
        assertNotNull(doc.etaRatios().get("127.0.0.1"), "ratios are learned per API host: " + doc.etaRatios());
        assertTrue(doc.etaRatios().get("127.0.0.1").values().stream().anyMatch(r -> r.samples() >= 1));
        assertEquals(6, doc.tasks().size());
    }
}
