package io.reeldrop.tracking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reeldrop.api.TaskStatus;
import io.reeldrop.tracking.model.Submission;
import io.reeldrop.tracking.model.SubmissionState;
import io.reeldrop.tracking.model.UploadFlow;
import io.reeldrop.tracking.upload.UploadSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The assets flow on virtual time against a scripted platform that decides exactly what each
 * creating request did: lost answers are settled by listing, a crash resumes without sending
 * again what the store took, a changed file or an expired session is handled in the open, and
 * the paid indexing request is never repeated for one asset.
 */
class AssetStageTest {

    private static final String INDEX = "0123456789abcdef01234567";

    @TempDir
    Path dataDir;
    @TempDir
    Path files;

    private final ManualExecutor executor = new ManualExecutor();
    private final ScriptedApi api = new ScriptedApi(executor.clock());
    private final ScriptedAssets platform = new ScriptedAssets(executor.clock());

    AssetStageTest() {
        api.assets = platform;
    }

    private Tracker start() {
        return TrackerBuilder.forApi(api).dataFolder(dataDir).executor(executor).random(new Random(1))
                .uploadSettings(UploadSettings.defaults().withMultipartAbove(100 * 1024).withParallelChunks(2)
                        .withAssetPollEvery(Duration.ofSeconds(1)))
                .build();
    }

    private static Submission url(String name) {
        return Submission.ofUrl(INDEX, null, "https://cdn.example.com/v/" + name).withFlow(UploadFlow.ASSETS);
    }

    private Submission bigFile(String name, long size) throws IOException {
        return Submission.ofFile(INDEX, null, VideoFiles.generate(files.resolve(name), size)).withFlow(UploadFlow.ASSETS);
    }

    private TrackedTask only(Tracker t) {
        assertEquals(1, t.snapshot().size(), t.snapshot().toString());
        return t.snapshot().get(0);
    }

    /** Runs the engine until the indexed asset exists, then has the platform finish it. */
    private void indexAndFinish(Tracker t) {
        executor.advance(Duration.ofSeconds(60));
        TrackedTask x = only(t);
        assertNotNull(x.task(), "the indexed asset exists: " + x);
        platform.set(x.task().id(), TaskStatus.READY);
        executor.advance(Duration.ofSeconds(30));
        assertEquals(TaskStatus.READY, only(t).task().status(), only(t).toString());
    }

    @Test
    void aLostAssetAnswerIsSettledByTheAssetsNameNotByUploadingAgain() {
        platform.assetScript.add(ScriptedAssets.Post.CREATE_BUT_NO_ANSWER);
        try (Tracker t = start()) {
            t.submit(List.of(url("clip+1.mp4")));
            indexAndFinish(t);
            assertEquals(1, platform.assets.size(), "one asset");
            assertEquals(1, platform.indexCreates.get(), "indexed once");
        }
    }

    @Test
    void aLostIndexingAnswerIsSettledByTheAssetIdAndNeverPaidTwice() {
        platform.indexScript.add(ScriptedAssets.Post.CREATE_BUT_NO_ANSWER);
        try (Tracker t = start()) {
            t.submit(List.of(url("a.mp4")));
            indexAndFinish(t);
            assertEquals(1, platform.indexCreates.get(), "the indexing request was not sent again");
            assertEquals(1, platform.indexed.size());
        }
    }

    @Test
    void anIndexingRequestThatProvablyMadeNothingIsSentOnceMore() {
        platform.indexScript.add(ScriptedAssets.Post.NO_ANSWER_NOTHING_CREATED);
        try (Tracker t = start()) {
            t.submit(List.of(url("b.mp4")));
            indexAndFinish(t);
            assertEquals(1, platform.indexed.size(), "exactly one indexed asset for the asset");
        }
    }

    @Test
    void aLostSessionAnswerStartsAFreshSessionAndTheFileStillGoesOnce() throws IOException {
        platform.sessionScript.add(ScriptedAssets.Post.CREATE_BUT_NO_ANSWER);
        Submission s = bigFile("big.mp4", 300 * 1024);
        try (Tracker t = start()) {
            t.submit(List.of(s));
            indexAndFinish(t);
            assertEquals(2, platform.sessionCreates.get());
            assertEquals(300 * 1024, platform.chunkBytes.get(), "every byte sent once");
            assertEquals(1, platform.indexed.size());
        }
    }

    @Test
    void aCrashMidUploadResumesWithoutSendingAChunkTheStoreHas() throws IOException {
        Submission s = bigFile("crash.mp4", 640 * 1024); // ten chunks of 64 KB
        Tracker first = start();
        platform.beforeChunk = i -> {
            if (i == 6) {
                first.uploads().pause(first.snapshot().get(0).localId()); // stop after the chunks under way
            }
        };
        first.submit(List.of(s));
        executor.advance(Duration.ofSeconds(5));
        long sentBefore = platform.chunkBytes.get();
        assertTrue(sentBefore < 640 * 1024, "stopped partway: " + sentBefore);
        first.abandon(); // dies without a last write: only the journal's records survive
        platform.beforeChunk = i -> { };

        Tracker second = start();
        second.uploads().resume(only(second).localId());
        indexAndFinish(second);
        assertEquals(640 * 1024, platform.chunkBytes.get(), "no chunk the store had was sent again");
        assertEquals(1, platform.sessionCreates.get(), "the same session went on");
        second.close();
    }

    @Test
    void aFileChangedSinceItsUploadBeganIsPutToThePerson() throws IOException {
        Submission s = bigFile("changed.mp4", 640 * 1024);
        try (Tracker t = start()) {
            platform.beforeChunk = i -> {
                if (i == 3) {
                    t.uploads().pause(t.snapshot().get(0).localId());
                }
            };
            t.submit(List.of(s));
            executor.advance(Duration.ofSeconds(5));
            assertEquals(SubmissionState.PAUSED, only(t).state());
            platform.beforeChunk = i -> { };
            Files.setLastModifiedTime(s.videoFile(), FileTime.fromMillis(0));

            t.uploads().resume(only(t).localId());
            executor.advance(Duration.ofSeconds(5));
            assertEquals(SubmissionState.NEEDS_DECISION, only(t).state(), only(t).toString());
            assertTrue(only(t).note().contains("changed since its upload began"), only(t).note());

            t.sendAgain(only(t).localId());
            indexAndFinish(t);
            assertEquals(2, platform.sessionCreates.get(), "started over on the person's word");
        }
    }

    @Test
    void anExpiredSessionStartsOverAndSaysSo() throws IOException {
        Submission s = bigFile("expired.mp4", 640 * 1024);
        try (Tracker t = start()) {
            platform.beforeChunk = i -> {
                if (i == 3) {
                    t.uploads().pause(t.snapshot().get(0).localId());
                }
            };
            t.submit(List.of(s));
            executor.advance(Duration.ofSeconds(5));
            platform.beforeChunk = i -> { };
            executor.elapse(Duration.ofHours(25));

            t.uploads().resume(only(t).localId());
            indexAndFinish(t);
            assertEquals(2, platform.sessionCreates.get());
        }
    }
}
