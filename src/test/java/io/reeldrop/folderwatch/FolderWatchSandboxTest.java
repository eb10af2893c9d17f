package io.reeldrop.folderwatch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.reeldrop.api.TaskStatus;
import io.reeldrop.testsupport.Await;
import io.reeldrop.tracking.SandboxRig;
import io.reeldrop.tracking.SubmitOutcome;
import io.reeldrop.tracking.TrackedTask;
import io.reeldrop.tracking.Tracker;
import io.reeldrop.tracking.TrackerSettings;
import io.reeldrop.tracking.model.UploadFlow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The watcher on its own thread, the real engine and the sandbox: a video copied into the folder
 * ends ready, and after the person forgets its row and the app restarts it is not sent again.
 */
class FolderWatchSandboxTest {

    private static final Duration LONG = Duration.ofSeconds(60);
    private static final TrackerSettings FAST = TrackerSettings.defaults()
            .withDetectionTarget(Duration.ofMillis(500)).withReconcileSettle(Duration.ofSeconds(2));
    private static final FolderWatcher.Timing QUICK = FolderWatcher.Timing.stableFor(Duration.ofMillis(300));

    @TempDir
    Path data;
    @TempDir
    Path folder;

    private SandboxRig rig;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private final List<SubmitOutcome> handed = new CopyOnWriteArrayList<>();
    private final List<Integer> looked = new CopyOnWriteArrayList<>();

    private final FolderWatcher.Listener listener = new FolderWatcher.Listener() {
        @Override
        public void began(WatchedFolder watch, int alreadyThere) {
            looked.add(alreadyThere);
        }

        @Override
        public void handedOver(WatchedFolder watch, List<SubmitOutcome> outcomes) {
            handed.addAll(outcomes);
        }

        @Override
        public void trouble(WatchedFolder watch, String sentence) {
        }
    };

    @BeforeEach
    void start() {
        rig = new SandboxRig(60);
    }

    @AfterEach
    void stop() {
        scheduler.shutdownNow();
        rig.close();
    }

    private UploadFlow flow = UploadFlow.TASKS;

    private FolderWatcher watcher(Tracker tracker) {
        return new FolderWatcher(WatchedFolder.of(folder, SandboxRig.INDEX), tracker, flow, HandoverLedger.in(data),
                QUICK, false, listener, Clock.systemUTC());
    }

    @Test
    void onV13ADroppedVideoGoesThroughTheAssetsFlowAsTheFormWouldSendIt() throws IOException {
        flow = UploadFlow.ASSETS;
        Tracker tracker = rig.tracker(data, FAST);
        watcher(tracker).start(scheduler);
        Await.until(() -> looked.size(), n -> n >= 1, LONG, "the watch's first look");

        Files.copy(Path.of("src/test/resources/media/valid.mp4"), folder.resolve("asset.mp4"));

        TrackedTask done = Await.until(() -> tracker.snapshot().stream().findFirst().orElse(null),
                t -> t != null && t.isSettled(), LONG, "the dropped video to settle");
        assertEquals(UploadFlow.ASSETS, done.submission().flow());
        assertEquals(TaskStatus.READY, done.task().status());
        assertEquals(1, rig.indexedVideos(), "one indexed asset in the index");
    }

    @Test
    void aCopiedVideoEndsReadyAndIsNotSentAgainAfterItsRowIsForgottenAndTheAppRestarts() throws IOException {
        Tracker tracker = rig.tracker(data, FAST);
        FolderWatcher w = watcher(tracker);
        w.start(scheduler);
        Await.until(() -> looked.size(), n -> n == 1, LONG, "the watch's first look");

        Files.copy(Path.of("src/test/resources/media/valid.mp4"), folder.resolve("drop.mp4"));

        TrackedTask done = Await.until(() -> tracker.snapshot().stream().findFirst().orElse(null),
                t -> t != null && t.isSettled(), LONG, "the dropped video's task to settle");
        assertEquals(TaskStatus.READY, done.task().status());
        assertEquals(folder.resolve("drop.mp4").toAbsolutePath().normalize(), done.submission().videoFile());
        tracker.forget(done.localId());
        w.close();
        tracker.close();

        Tracker restarted = rig.tracker(data, FAST);
        FolderWatcher again = watcher(restarted);
        again.start(scheduler);
        // Enough looks for the stable time to pass twice over: had it been new, it would have gone.
        long enough = 2 * QUICK.stableFor().toMillis() / QUICK.lookEvery().toMillis() + 2;
        Await.until(again::looks, n -> n >= enough, LONG, enough + " looks at the folder");
        assertEquals(List.of(), restarted.snapshot());
        assertEquals(1, handed.size());
    }
}
