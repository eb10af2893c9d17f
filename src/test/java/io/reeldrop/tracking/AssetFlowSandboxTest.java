package io.reeldrop.tracking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reeldrop.api.AssetQuery;
import io.reeldrop.api.IndexedAsset;
import io.reeldrop.api.IndexedAssetQuery;
import io.reeldrop.api.TaskStatus;
import io.reeldrop.api.TwelveLabsClient;
import io.reeldrop.sandbox.AssetLimits;
import io.reeldrop.sandbox.SandboxConfig;
import io.reeldrop.testsupport.Await;
import io.reeldrop.tracking.model.Submission;
import io.reeldrop.tracking.model.SubmissionState;
import io.reeldrop.tracking.model.UploadFlow;
import io.reeldrop.tracking.upload.UploadSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The v1.3 assets flow through the real engine and the in-process sandbox over loopback: URLs,
 * a file sent directly, a file sent in chunks, pause and resume across a restart, metadata.
 */
class AssetFlowSandboxTest {

    private static final Duration LONG = Duration.ofSeconds(60);
    private static final TrackerSettings FAST = TrackerSettings.defaults()
            .withDetectionTarget(Duration.ofMillis(500)).withReconcileSettle(Duration.ofSeconds(2));
    /** Files over 1 MB go in chunks here, so the chunked path runs on small files. */
    private static final UploadSettings SMALL_CHUNKS = UploadSettings.defaults().withMultipartAbove(1024 * 1024)
            .withAssetPollEvery(Duration.ofMillis(200));

    @TempDir
    Path dataDir;
    @TempDir
    Path files;
    private SandboxRig rig;

    @BeforeEach
    void startSandbox() {
        rig = new SandboxRig(SandboxConfig.defaults().withTimeScale(60)
                .withAssets(AssetLimits.DEFAULT.withChunks(256 * 1024, 10_000)), new VideoHost());
    }

    @AfterEach
    void stop() {
        rig.close();
    }

    private Tracker tracker() {
        TwelveLabsClient client = rig.own(rig.newClient());
        return rig.own(TrackerBuilder.forApi(client).dataFolder(dataDir).settings(FAST).uploadSettings(SMALL_CHUNKS)
                .build());
    }

    private static Submission asset(Submission s) {
        return s.withFlow(UploadFlow.ASSETS);
    }

    private static String states(TaskTracker t) {
        return t.snapshot().stream().map(x -> x.submission().displayName() + "=" + x.state() + "/"
                + (x.task() == null ? "-" : x.task().status()) + (x.note() == null ? "" : " (" + x.note() + ")"))
                .collect(Collectors.joining("\n"));
    }

    private static void awaitReady(TaskTracker t, int n) {
        Await.until(() -> t.snapshot().size() == n && t.snapshot().stream().allMatch(x -> x.task() != null
                && x.task().status().equals(TaskStatus.READY)), LONG, () -> states(t));
    }

    private List<IndexedAsset> indexedAssets() {
        try (TwelveLabsClient c = rig.newClient()) {
            return c.assets().listIndexedAssets(SandboxRig.INDEX, IndexedAssetQuery.all()).data();
        }
    }

    private int assets() {
        try (TwelveLabsClient c = rig.newClient()) {
            return c.assets().listAssets(AssetQuery.all().withPageLimit(50)).data().size();
        }
    }

    @Test
    void aUrlAndASmallFileBecomeIndexedAssetsThatReachReady() throws Exception {
        Path file = VideoFiles.copyFixture(files, "valid.mp4", "talk.mp4");
        Tracker t = tracker();
        t.submit(List.of(asset(Submission.ofUrl(SandboxRig.INDEX, null, rig.videos.url("from-a-link"))),
                asset(Submission.ofFile(SandboxRig.INDEX, null, file))));

        awaitReady(t, 2);
        assertEquals(2, assets(), "one asset per video");
        assertEquals(2, indexedAssets().size(), "one indexed asset per asset");
        for (TrackedTask x : t.snapshot()) {
            assertEquals(5.0, x.task().metadata().duration(), 0.5, states(t));
            assertEquals(SubmissionState.SENT, x.state());
        }
    }

    @Test
    void aBigFileGoesInChunksAndTheKeyNeverReachesTheUploadHost() throws Exception {
        Path file = VideoFiles.generate(files.resolve("big.mp4"), 3 * 1024 * 1024);
        Tracker t = tracker();
        t.submit(List.of(asset(Submission.ofFile(SandboxRig.INDEX, null, file))));

        awaitReady(t, 1);
        assertEquals(1, assets());
        assertEquals(1, indexedAssets().size());
        assertEquals(0, rig.sandbox.apiKeysSeenOnUploadHost());
        TrackedTask done = t.snapshot().get(0);
        assertEquals(done.bytesTotal(), done.bytesSent(), "the last progress is the whole file");
    }

    @Test
    void metadataAndTheLanguageTravelWithTheIndexedAsset() {
        Tracker t = tracker();
        t.submit(List.of(asset(Submission.ofUrl(SandboxRig.INDEX, "fr", rig.videos.url("meta")))
                .withUserMetadata("{\"camera\":\"A\",\"take\":3,\"final\":true}")));

        awaitReady(t, 1);
        IndexedAsset a;
        try (TwelveLabsClient c = rig.newClient()) {
            a = c.assets().getIndexedAsset(SandboxRig.INDEX, t.snapshot().get(0).task().id());
        }
        assertEquals("A", a.userMetadata().get("camera"));
        assertEquals(3, ((Number) a.userMetadata().get("take")).intValue());
        assertEquals(true, a.userMetadata().get("final"));
        assertEquals("fr", a.userMetadata().get("language"));
    }

    @Test
    void aPausedUploadStaysPausedAcrossARestartAndThenFinishesOnce() throws Exception {
        Path file = VideoFiles.generate(files.resolve("paused.mp4"), 4 * 1024 * 1024);
        Tracker first = tracker();
        first.uploads().setLimit(200 * 1024); // slow enough to pause halfway
        first.submit(List.of(asset(Submission.ofFile(SandboxRig.INDEX, null, file))));
        String id = first.snapshot().get(0).localId();
        Await.until(() -> first.snapshot().get(0).bytesSent() > 512 * 1024, LONG, () -> states(first));
        first.uploads().pause(id);
        Await.until(() -> first.snapshot().get(0).state() == SubmissionState.PAUSED, LONG, () -> states(first));
        first.close();

        Tracker second = tracker();
        assertEquals(SubmissionState.PAUSED, second.snapshot().get(0).state(), "still paused after the restart");
        TrackedTask paused = second.snapshot().get(0);
        assertEquals(4 * 1024 * 1024, paused.bytesTotal(), "the row still knows the file's size");
        assertTrue(paused.bytesSent() >= 512 * 1024 && paused.bytesSent() < paused.bytesTotal(),
                "and where its chunks stopped: " + paused.bytesSent());
        second.uploads().resume(id);
        awaitReady(second, 1);
        assertEquals(1, assets());
        assertEquals(1, indexedAssets().size());
        assertNotNull(second.snapshot().get(0).task());
        assertTrue(second.snapshot().get(0).isSettled());
    }

    @Test
    void metadataEditedLaterIsSetAndANullDeletesAKey() {
        Tracker t = tracker();
        t.submit(List.of(asset(Submission.ofUrl(SandboxRig.INDEX, null, rig.videos.url("edit")))
                .withUserMetadata("{\"camera\":\"A\",\"take\":1}")));
        awaitReady(t, 1);
        String id = t.snapshot().get(0).localId();

        Map<String, Object> changes = new HashMap<>();
        changes.put("camera", null);
        changes.put("take", 2);
        changes.put("reviewed", true);
        t.updateMetadata(id, changes);

        IndexedAsset a;
        try (TwelveLabsClient c = rig.newClient()) {
            a = c.assets().getIndexedAsset(SandboxRig.INDEX, t.snapshot().get(0).task().id());
        }
        assertEquals(Map.of("take", 2, "reviewed", true), normalised(a.userMetadata()));
        assertTrue(t.snapshot().get(0).task().rawJson().contains("reviewed"), "the row shows the new metadata");
    }

    private static Map<String, Object> normalised(Map<String, Object> m) {
        Map<String, Object> out = new HashMap<>();
        m.forEach((k, v) -> out.put(k, v instanceof Number n ? (Object) n.intValue() : v));
        return out;
    }

    @Test
    void deleteRemovesEachFlowsVideoTheWayTheApiWantsIt() {
        Tracker t = tracker();
        t.submit(List.of(asset(Submission.ofUrl(SandboxRig.INDEX, null, rig.videos.url("as-asset"))),
                Submission.ofUrl(SandboxRig.INDEX, null, rig.videos.url("as-task"))));
        awaitReady(t, 2);
        assertEquals(2, indexedAssets().size(), "a task's video is an indexed asset too");

        for (TrackedTask x : t.snapshot()) {
            t.deleteOnServer(x.localId(), true);
        }

        assertEquals(0, indexedAssets().size(), "both videos are gone from the index");
        assertEquals(0, rig.serverTasks().size(), "the task went after its video");
        assertEquals(0, assets(), "the uploaded asset went too, as asked");
        assertTrue(t.snapshot().isEmpty());
    }
}
