package io.reeldrop.preflight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.reeldrop.media.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Local files: every committed fixture, and the size rules, each with its exact sentence. Budget: under a second. */
class PreflightFileTest {

    private static final Limits DIRECT = Limits.forFlow(ApiRelease.V1_3, Flow.ASSET_DIRECT);
    private static Preflight preflight;

    @BeforeAll
    static void start() {
        preflight = new Preflight();
    }

    @AfterAll
    static void stop() {
        preflight.close();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "valid.mp4             | OK      | valid.mp4 is 44.1 kB, 640x360, 5.00 s: within the limits of a direct asset upload on v1.3.",
            "moov-at-end.mov       | OK      | moov-at-end.mov is 21.2 kB, 640x360, 5.00 s: within the limits of a direct asset upload on v1.3.",
            "clip.webm             | OK      | clip.webm is 86.0 kB, 640x360, 5.00 s: within the limits of a direct asset upload on v1.3.",
            "clip.mkv              | OK      | clip.mkv is 24.3 kB, 640x480, 6.00 s: within the limits of a direct asset upload on v1.3.",
            "fractional.mp4        | OK      | fractional.mp4 is 36.8 kB, 480x360, 4.72 s: within the limits of a direct asset upload on v1.3.",
            "rotated-90.mp4        | OK      | rotated-90.mp4 is 44.1 kB, 360x640, 5.00 s: within the limits of a direct asset upload on v1.3.",
            "too-small-320x240.mp4 | REFUSED | too-small-320x240.mp4 is 320x240; the minimum is 360x360. Upload a version at 360p or larger.",
            "too-short-2s.mp4      | REFUSED | too-short-2s.mp4 lasts 2.00 s; the minimum is 4 s. Upload a longer video.",
            "not-a-video.mp4       | REFUSED | not-a-video.mp4 is not a video FFmpeg can read (FFmpeg: Invalid data found when processing input). Check that it is the video file itself, complete and undamaged.",
            "truncated.mp4         | REFUSED | truncated.mp4 is not a video FFmpeg can read (FFmpeg: Invalid data found when processing input). Check that it is the video file itself, complete and undamaged.",
    })
    void everyFixtureGetsItsVerdictAndSentence(String name, Outcome outcome, String sentence) {
        Verdict verdict = preflight.checkFile(Fixtures.file(name), DIRECT);
        assertEquals(sentence, verdict.sentence());
        assertEquals(outcome, verdict.outcome());
        assertEquals(0, verdict.found().bytesFetched(), "nothing crosses a network for a file");
        assertNull(verdict.found().contentType());
    }

    @Test
    void v12NamesItsOwnMinimum() {
        Verdict verdict = preflight.checkFile(Fixtures.file("too-small-320x240.mp4"), Limits.forFlow(ApiRelease.V1_2, Flow.TASK));
        assertEquals("too-small-320x240.mp4 is 320x240; the minimum is 360p. Upload a version at 360p or larger.",
                verdict.sentence());
    }

    @Test
    void aFileOverTheFlowsSizeIsRefusedWithoutProbing() {
        Verdict verdict = preflight.checkFile(Fixtures.file("not-a-video.mp4"), DIRECT.withMaxBytes(64));
        assertEquals("not-a-video.mp4 is 65 bytes; a direct asset upload takes at most 64 bytes. Send it as a multipart"
                + " upload, which takes up to 4 GB.", verdict.sentence());
        assertEquals(Reason.TOO_LARGE, verdict.reason());
        assertNull(verdict.found().video(), "refused on its size alone, before FFmpeg");
    }

    @Test
    void tooLargeSentencesSayWhatToDoPerFlow() {
        Path valid = Fixtures.file("valid.mp4");
        assertEquals("valid.mp4 is 44.1 kB (44,123 bytes); a task upload (POST /tasks) takes at most 40,000 bytes. Use the"
                + " assets flow, which takes up to 4 GB, or compress the video or cut it into parts.",
                preflight.checkFile(valid, Limits.forFlow(ApiRelease.V1_3, Flow.TASK).withMaxBytes(40_000)).sentence());
        assertEquals("valid.mp4 is 44.1 kB (44,123 bytes); a task upload (POST /tasks) takes at most 40,000 bytes. Compress"
                + " the video or cut it into parts.",
                preflight.checkFile(valid, Limits.forFlow(ApiRelease.V1_2, Flow.TASK).withMaxBytes(40_000)).sentence());
        assertEquals("valid.mp4 is 44.1 kB (44,123 bytes); a multipart asset upload takes at most 40,000 bytes. Compress"
                + " the video or cut it into parts.",
                preflight.checkFile(valid, Limits.forFlow(ApiRelease.V1_3, Flow.ASSET_MULTIPART).withMaxBytes(40_000)).sentence());
    }

    @Test
    void aMissingPathAndAFolderAreNotFiles(@TempDir Path folder) {
        Path missing = folder.resolve("talk.mov");
        assertEquals(missing + " does not exist or is not a file. Check the path.",
                preflight.checkFile(missing, DIRECT).sentence());
        assertEquals(Reason.NOT_A_FILE, preflight.checkFile(folder, DIRECT).reason());
    }

    @Test
    void anEmptyFileIsRefused(@TempDir Path folder) throws IOException {
        Path empty = Files.createFile(folder.resolve("talk.mov"));
        Verdict verdict = preflight.checkFile(empty, DIRECT);
        assertEquals("talk.mov is empty (0 bytes). Give the video file itself.", verdict.sentence());
        assertEquals(Outcome.REFUSED, verdict.outcome());
    }

    @Test
    void whatWasFoundTravelsWithTheVerdict() {
        Verdict verdict = preflight.checkFile(Fixtures.file("fractional.mp4"), DIRECT);
        assertEquals(36_817, verdict.found().sizeBytes());
        assertEquals(480, verdict.found().video().width());
        assertEquals(360, verdict.found().video().height());
        assertEquals(4.72, verdict.found().video().durationSeconds(), 0.01);
    }
}
