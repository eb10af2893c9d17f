package io.reeldrop.tracking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.reeldrop.api.AssetQuery;
import io.reeldrop.api.IndexedAsset;
import io.reeldrop.api.IndexedAssetQuery;
import io.reeldrop.api.Page;
import io.reeldrop.api.TaskStatus;
import io.reeldrop.api.TwelveLabsClient;
import io.reeldrop.sandbox.AssetLimits;
import io.reeldrop.sandbox.FaultPlan;
import io.reeldrop.sandbox.SandboxConfig;
import io.reeldrop.testsupport.Await;
import io.reeldrop.tracking.model.Submission;
import io.reeldrop.tracking.model.SubmissionState;
import io.reeldrop.tracking.model.UploadFlow;
import io.reeldrop.tracking.upload.UploadSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The assets flow under lost answers, server errors and 429 bursts: every video still ends with
 * exactly one asset and one indexed asset, because a lost answer is settled by listing.
 */
class AssetFlowFaultsTest {

    private static final TrackerSettings FAST = TrackerSettings.defaults()
            .withDetectionTarget(Duration.ofMillis(500)).withReconcileSettle(Duration.ofSeconds(2));

    @TempDir
    Path dataDir;
    @TempDir
    Path files;
    private SandboxRig rig;

    @AfterEach
    void stop() {
        rig.close();
    }

    @Test
    void droppedAnswersNeverMakeASecondAssetOrIndexedAsset() throws Exception {
        rig = new SandboxRig(SandboxConfig.defaults().withTimeScale(60)
                .withAssets(AssetLimits.DEFAULT.withChunks(256 * 1024, 10_000))
                .withFaults(FaultPlan.none().withSeed(11).withDroppedConnections(0.25).withServerErrors(0.1)
                        .withTooManyRequestsBursts(0.03, 2)), new VideoHost());
        List<Submission> videos = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            videos.add(Submission.ofUrl(SandboxRig.INDEX, null, rig.videos.url("link-" + i)).withFlow(UploadFlow.ASSETS));
        }
        for (int i = 0; i < 3; i++) {
            Path f = VideoFiles.generate(files.resolve("file-" + i + ".mp4"), (i + 1) * 700 * 1024L);
            videos.add(Submission.ofFile(SandboxRig.INDEX, null, f).withFlow(UploadFlow.ASSETS));
        }
        TwelveLabsClient client = rig.own(rig.newClient());
        Tracker t = rig.own(TrackerBuilder.forApi(client).dataFolder(dataDir).settings(FAST)
                .uploadSettings(UploadSettings.defaults().withMultipartAbove(1024 * 1024)
                        .withAssetPollEvery(Duration.ofMillis(200)).withReconcileSettle(Duration.ofSeconds(2)))
                .build());
        t.submit(videos);

        Await.until(() -> t.snapshot().stream().allMatch(x -> x.task() != null && x.task().status().isTerminal()
                || x.state() == SubmissionState.NOT_SENT), Duration.ofSeconds(120), () -> states(t));
        rig.sandbox.faults().set(FaultPlan.none());

        List<IndexedAsset> indexed = allIndexedAssets();
        Map<String, Integer> perAsset = new HashMap<>();
        indexed.forEach(a -> perAsset.merge(a.assetId(), 1, Integer::sum));
        assertEquals(videos.size(), indexed.size(), "one indexed asset per video\n" + states(t));
        perAsset.forEach((asset, n) -> assertEquals(1, n, "asset " + asset + " indexed " + n + " times"));
        assertEquals(videos.size(), t.snapshot().stream().filter(x -> x.task() != null
                && x.task().status().equals(TaskStatus.READY)).count(), states(t));
        try (TwelveLabsClient c = rig.newClient()) {
            assertEquals(videos.size(), c.assets().listAssets(AssetQuery.all().withPageLimit(50)).data().size(),
                    "no asset uploaded twice");
        }
    }

    private List<IndexedAsset> allIndexedAssets() {
        try (TwelveLabsClient c = rig.newClient()) {
            Page<IndexedAsset> p = c.assets().listIndexedAssets(SandboxRig.INDEX, IndexedAssetQuery.all()
                    .withPageLimit(50));
            return p.data();
        }
    }

    private static String states(TaskTracker t) {
        return t.snapshot().stream().map(x -> x.submission().displayName() + "=" + x.state() + "/"
                + (x.task() == null ? "-" : x.task().status()) + (x.note() == null ? "" : " (" + x.note() + ")"))
                .collect(Collectors.joining("\n"));
    }
}
