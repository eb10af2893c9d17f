package io.reeldrop.tracking;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reeldrop.api.AssetStatus;
import io.reeldrop.tracking.model.Submission;
import io.reeldrop.tracking.model.UploadFlow;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Assets the platform is still processing are followed at a fraction of per-item 5 s polling. */
class AssetPollingCostTest {

    @TempDir
    Path dataDir;

    @Test
    void fiftyProcessingAssetsForAMinuteCostATenthOfPerItemFiveSecondPolling() {
        ManualExecutor executor = new ManualExecutor();
        ScriptedApi scripted = new ScriptedApi(executor.clock());
        ScriptedAssets platform = new ScriptedAssets(executor.clock());
        scripted.assets = platform;
        platform.assetStatus = AssetStatus.PROCESSING;
        CountingApi api = new CountingApi(scripted);
        List<Submission> urls = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            urls.add(Submission.ofUrl("0123456789abcdef01234567", null, "https://cdn.example.com/v/c" + i + ".mp4")
                    .withFlow(UploadFlow.ASSETS));
        }
        try (Tracker t = TrackerBuilder.forApi(api).dataFolder(dataDir).executor(executor).random(new Random(1))
                .build()) {
            t.submit(urls);
            executor.advance(Duration.ofSeconds(5)); // all 50 POST /assets made
            long before = api.assets().assetLooks.get();
            executor.advance(Duration.ofSeconds(60));
            long looks = api.assets().assetLooks.get() - before;
            long perItemEvery5s = 50 * 60 / 5;
            assertTrue(looks <= perItemEvery5s / 10, looks + " requests followed 50 processing assets for a minute;"
                    + " per-item polling every 5 s makes " + perItemEvery5s);
        }
    }
}
