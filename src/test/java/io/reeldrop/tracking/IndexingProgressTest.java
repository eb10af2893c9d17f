package io.reeldrop.tracking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reeldrop.api.TaskStatus;
import io.reeldrop.sandbox.SandboxConfig;
import io.reeldrop.testsupport.Await;
import io.reeldrop.tracking.model.Submission;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A v1.2 task's {@code process.percentage} reaches the engine while it indexes. The sandbox, like
 * the service, moves the percentage without moving {@code updated_at}, so the listing of changes
 * alone left a row's bar at the first value read until the task was ready.
 */
class IndexingProgressTest {

    @TempDir
    Path dataDir;
    private SandboxRig rig;

    @AfterEach
    void stop() throws Exception {
        if (rig != null) {
            rig.close();
        }
    }

    @Test
    void theIndexingPercentageMovesWhileTheTaskIndexes() {
        // Time scale 1: five seconds of indexing, looked at about every 0.4 s.
        rig = new SandboxRig(SandboxConfig.defaults().withPrimaryVersion("1.2").withTimeScale(1), new VideoHost());
        Tracker tracker = rig.tracker(dataDir, TrackerSettings.defaults().withDetectionTarget(Duration.ofMillis(500)));
        Set<Double> seen = new ConcurrentSkipListSet<>();
        tracker.addListener((changed, removed, health) -> changed.stream()
                .filter(t -> t.task() != null && TaskStatus.INDEXING.equals(t.task().status()) && t.task().process() != null
                        && t.task().process().percentage() != null)
                .forEach(t -> seen.add(t.task().process().percentage())));

        tracker.submit(List.of(Submission.ofUrl(SandboxRig.INDEX, "en", rig.videos.url("progress"))));

        Await.until(() -> tracker.snapshot().stream().allMatch(t -> t.task() != null
                && TaskStatus.READY.equals(t.task().status())), Duration.ofSeconds(60), () -> "ready; saw " + seen);
        assertTrue(seen.size() >= 3, "the bar moved through several percentages while indexing, not one: " + seen);
    }

    @Test
    void sixIndexingAtOnceMoveInTurnAtTwoReadsALook() {
        rig = new SandboxRig(SandboxConfig.defaults().withPrimaryVersion("1.2").withTimeScale(1), new VideoHost());
        CountingApi api = new CountingApi(rig.own(rig.newClient()));
        Tracker tracker = rig.own(TrackerBuilder.forApi(api).dataFolder(dataDir)
                .settings(TrackerSettings.defaults().withDetectionTarget(Duration.ofMillis(500))).build());
        Map<String, Set<Double>> seen = new ConcurrentHashMap<>();
        tracker.addListener((changed, removed, health) -> changed.stream()
                .filter(t -> t.task() != null && TaskStatus.INDEXING.equals(t.task().status()) && t.task().process() != null
                        && t.task().process().percentage() != null)
                .forEach(t -> seen.computeIfAbsent(t.localId(), k -> new ConcurrentSkipListSet<>())
                        .add(t.task().process().percentage())));
        List<Submission> six = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            six.add(Submission.ofUrl(SandboxRig.INDEX, "en", rig.videos.url("turn-" + i)));
        }

        tracker.submit(six);

        Await.until(() -> tracker.snapshot().stream().allMatch(t -> t.task() != null
                && TaskStatus.READY.equals(t.task().status())), Duration.ofSeconds(60), () -> "all ready; saw " + seen);
        assertEquals(6, seen.size(), "every video's bar moved: " + seen);
        seen.forEach((id, values) -> assertTrue(values.size() >= 2, id + " moved: " + values));
        assertTrue(api.gets.get() <= 2 * api.lists.get(), "at most two direct reads a look: " + api.gets.get()
                + " reads, " + api.lists.get() + " listings");
    }
}
