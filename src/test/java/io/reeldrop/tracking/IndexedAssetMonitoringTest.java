package io.reeldrop.tracking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reeldrop.api.TaskStatus;
import io.reeldrop.tracking.model.Submission;
import io.reeldrop.tracking.model.UploadFlow;
import io.reeldrop.tracking.upload.UploadSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How the engine follows indexed assets (virtual time, scripted platform, every call counted):
 * many finishing at once are read from listings, not with a GET each, whether a look saw them
 * unfinished first or not; one deleted elsewhere is still told apart, with one GET.
 */
class IndexedAssetMonitoringTest {

    private static final String INDEX = "0123456789abcdef01234567";
    private static final int VIDEOS = 120;

    @TempDir
    Path dataDir;

    private final ManualExecutor executor = new ManualExecutor();
    private final ScriptedApi scripted = new ScriptedApi(executor.clock());
    private final ScriptedAssets platform = new ScriptedAssets(executor.clock());
    private final CountingApi api = new CountingApi(scripted);

    IndexedAssetMonitoringTest() {
        scripted.assets = platform;
    }

    private Tracker start() {
        return TrackerBuilder.forApi(api).dataFolder(dataDir).executor(executor).random(new Random(1))
                .uploadSettings(UploadSettings.defaults().withAssetPollEvery(Duration.ofSeconds(1))).build();
    }

    private static List<Submission> urls() {
        List<Submission> all = new ArrayList<>();
        for (int i = 0; i < VIDEOS; i++) {
            all.add(Submission.ofUrl(INDEX, null, "https://cdn.example.com/v/clip-" + i + ".mp4")
                    .withFlow(UploadFlow.ASSETS));
        }
        return all;
    }

    private void finishAll(TaskStatus status) {
        for (String id : new ArrayList<>(platform.indexed.keySet())) {
            platform.set(id, status);
        }
    }

    private static long settled(Tracker t, TaskStatus status) {
        return t.snapshot().stream().filter(x -> x.task() != null && x.task().status().equals(status)).count();
    }

    @Test
    void manyFinishingAfterALookSawThemCostAFewListingsNotAGetEach() {
        try (Tracker t = start()) {
            t.submit(urls());
            executor.advance(Duration.ofSeconds(30));
            assertEquals(VIDEOS, platform.indexed.size(), "every video was indexed");
            assertEquals(VIDEOS, settled(t, TaskStatus.PENDING), "the looks saw them pending");
            long getsBefore = api.assets().indexedGets.get();
            long listsBefore = api.assets().indexedLists.get();

            finishAll(TaskStatus.READY);
            executor.advance(Duration.ofSeconds(10));

            assertEquals(VIDEOS, settled(t, TaskStatus.READY));
            assertEquals(0, api.assets().indexedGets.get() - getsBefore, "no indexed asset was asked about alone");
            long lists = api.assets().indexedLists.get() - listsBefore;
            assertTrue(lists <= 6, lists + " listings for " + VIDEOS + " videos finishing");
        }
    }

    @Test
    void videosThatFinishBeforeAnyLookSawThemAreFoundInTheFinishedListing() {
        try (Tracker t = start()) {
            // The platform indexes each video the moment it is asked to: no look ever sees one unfinished.
            platform.indexStatus = TaskStatus.READY;
            t.submit(urls());
            executor.advance(Duration.ofSeconds(60));
            assertEquals(VIDEOS, settled(t, TaskStatus.READY), () -> t.snapshot().toString());
            assertEquals(0, api.assets().indexedGets.get(), "no indexed asset was asked about alone");
        }
    }

    @Test
    void oneDeletedElsewhereIsAskedAboutAloneAndMarkedGone() {
        try (Tracker t = start()) {
            t.submit(urls().subList(0, 3));
            executor.advance(Duration.ofSeconds(30));
            TrackedTask first = t.snapshot().get(0);
            assertNotNull(first.task());
            platform.indexed.remove(first.task().id());
            finishAll(TaskStatus.READY);
            executor.advance(Duration.ofSeconds(10));

            assertEquals(1, api.assets().indexedGets.get(), "only the vanished one is fetched");
            assertEquals(2, settled(t, TaskStatus.READY));
            assertEquals(0, t.health().inFlight(), "nothing is left to follow, the deleted one included");
        }
    }
}
