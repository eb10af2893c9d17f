package io.reeldrop.preflight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reeldrop.media.FixtureHttpServer;
import io.reeldrop.media.Fixtures;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Links served by a well-behaved loopback file server (ranges, no ranges, redirects): each
 * outcome with its exact sentence, and how many bytes each check read. Budget: a few seconds.
 */
class PreflightUrlTest {

    private static final Limits URL_V13 = Limits.forFlow(ApiRelease.V1_3, Flow.ASSET_URL);
    private static final int MEBIBYTE = 1024 * 1024;

    @TempDir
    static Path folder;
    private static FixtureHttpServer files;
    private static Preflight preflight;

    @BeforeAll
    static void start() throws IOException {
        for (String name : new String[] {"valid.mp4", "moov-at-end.mov", "clip.webm", "clip.mkv", "too-small-320x240.mp4",
                "too-short-2s.mp4", "rotated-90.mp4", "truncated.mp4", "not-a-video.mp4"}) {
            Files.copy(Fixtures.file(name), folder.resolve(name));
        }
        Files.write(folder.resolve("long-faststart.mp4"), PaddedVideo.faststart(32 * MEBIBYTE));
        Files.write(folder.resolve("long-moov-at-end.mov"), PaddedVideo.moovAtEnd(2 * MEBIBYTE));
        files = new FixtureHttpServer(folder);
        preflight = new Preflight();
    }

    @AfterAll
    static void stop() {
        preflight.close();
        files.close();
    }

    private static Verdict check(URI url) {
        return preflight.checkUrl(url, URL_V13);
    }

    @Test
    void aSmallVideoIsReadWholeAndWithinTheLimits() {
        URI url = files.url("range", "valid.mp4");
        files.resetCounters();
        Verdict verdict = check(url);
        assertEquals(url + " is video/mp4, 44.1 kB, 640x360, 5.00 s: within the limits of an asset made from a URL on v1.3.",
                verdict.sentence());
        assertEquals(Outcome.OK, verdict.outcome());
        assertEquals(44_123, verdict.found().sizeBytes());
        assertEquals(44_123, verdict.found().bytesFetched(), "the whole file fits in the first 64 KiB asked for");
        assertEquals(1, files.requests());
    }

    @Test
    void aLongFaststartVideoIsJudgedFromItsFirst64KiB() {
        URI url = files.url("range", "long-faststart.mp4");
        files.resetCounters();
        Verdict verdict = check(url);
        assertEquals(url + " is video/mp4, 33.6 MB, 640x360, 5.00 s: within the limits of an asset made from a URL on v1.3.",
                verdict.sentence());
        assertEquals(64 * 1024, verdict.found().bytesFetched());
        assertEquals(64 * 1024, files.bytesSent());
        assertEquals(1, files.requests());
    }

    @Test
    void aServerThatIgnoresRangesIsReadOnlyAsFarAsNeeded() {
        URI url = files.url("plain", "long-faststart.mp4");
        files.resetCounters();
        Verdict verdict = check(url);
        assertEquals(Outcome.OK, verdict.outcome(), verdict.sentence());
        assertEquals(33_598_555, verdict.found().sizeBytes(), "Content-Length of the 200");
        assertEquals(64 * 1024, verdict.found().bytesFetched());
        // The connection is closed, not drained: only what loopback buffers took was sent.
        assertTrue(files.bytesSent() < 16 * MEBIBYTE, "server sent " + files.bytesSent());
    }

    @Test
    void aHeaderAtTheEndBeyondTheFirstMegabyteIsInconclusiveAfterReadingExactlyOneMebibyte() {
        URI url = files.url("range", "long-moov-at-end.mov");
        files.resetCounters();
        Verdict verdict = check(url);
        assertEquals(url + " (video/mp4, 2.1 MB) does not state its duration and picture size in its first 1.0 MB (FFmpeg:"
                + " Invalid data found when processing input; a MOV or MP4 with its index at the end, or a live recording,"
                + " keeps them further on), so they were not checked before sending.", verdict.sentence());
        assertEquals(Reason.HEADER_NOT_IN_PREFIX, verdict.reason());
        assertEquals(Outcome.INCONCLUSIVE, verdict.outcome());
        assertEquals(MEBIBYTE, verdict.found().bytesFetched());
        assertEquals(MEBIBYTE, files.bytesSent());
        assertEquals(2, files.requests(), "64 KiB first, then the rest of the first MiB");
    }

    @Test
    void aSmallMoovAtEndFileFitsInThePrefixAndIsJudged() {
        Verdict verdict = check(files.url("range", "moov-at-end.mov"));
        assertEquals(Outcome.OK, verdict.outcome(), verdict.sentence());
        assertEquals(5.0, verdict.found().video().durationSeconds(), 0.01);
    }

    @ParameterizedTest
    @ValueSource(strings = {"clip.webm", "clip.mkv", "rotated-90.mp4"})
    void otherContainersAndARotatedVideoPass(String name) {
        Verdict verdict = check(files.url("range", name));
        assertEquals(Outcome.OK, verdict.outcome(), verdict.sentence());
    }

    @Test
    void aProbeThatProvesTheVideoTooSmallRefusesIt() {
        URI url = files.url("range", "too-small-320x240.mp4");
        Verdict verdict = check(url);
        assertEquals(url + " is 320x240; the minimum is 360x360. Upload a version at 360p or larger.", verdict.sentence());
        assertEquals(Outcome.REFUSED, verdict.outcome());
        assertEquals("video_resolution_too_low", verdict.reason().apiCode());
    }

    @Test
    void aProbeThatProvesTheVideoTooShortRefusesIt() {
        URI url = files.url("range", "too-short-2s.mp4");
        assertEquals(url + " lasts 2.00 s; the minimum is 4 s. Upload a longer video.", check(url).sentence());
    }

    @ParameterizedTest
    @ValueSource(strings = {"not-a-video.mp4", "truncated.mp4"})
    void aWholeFileFfmpegCannotReadIsRefused(String name) {
        URI url = files.url("range", name);
        Verdict verdict = check(url);
        assertEquals(url + " is not a video FFmpeg can read (FFmpeg: Invalid data found when processing input). Check that"
                + " it is the video file itself, complete and undamaged.", verdict.sentence());
        assertEquals(Reason.NOT_A_VIDEO, verdict.reason());
    }

    @Test
    void aVideoLargerThanTheFlowTakesIsRefusedFromItsDeclaredSize() {
        URI url = files.url("range", "valid.mp4");
        Verdict verdict = preflight.checkUrl(url, URL_V13.withMaxBytes(40_000));
        assertEquals(url + " is 44.1 kB (44,123 bytes); an asset made from a URL takes at most 40,000 bytes. Compress the"
                + " video or cut it into parts.", verdict.sentence());
        assertEquals(0, verdict.found().bytesFetched(), "refused on the headers alone");
    }

    @Test
    void redirectsAreFollowedUpToFive() {
        assertEquals(Outcome.OK, check(files.url("redirect", "valid.mp4")).outcome());
        assertEquals(Outcome.OK, check(files.url("hops/4", "valid.mp4")).outcome(), "5 redirects");
        URI tooFar = files.url("hops/5", "valid.mp4");
        Verdict verdict = check(tooFar);
        assertEquals(tooFar + " redirects more than 5 times, so it was not followed to the end and not checked before"
                + " sending. Give the final link to the file if you know it.", verdict.sentence());
        assertEquals(Outcome.INCONCLUSIVE, verdict.outcome());
    }

    @Test
    void aRedirectToSomethingThatIsNoLinkIsRefused() {
        URI url = files.url("bad-redirect", "valid.mp4");
        assertEquals(url + " redirects to \"http://bad host/valid.mp4\", which is not a valid link. Give the final link to"
                + " the file.", check(url).sentence());
    }

    @Test
    void aMissingFileIsRefusedWithTheServersAnswer() {
        URI url = files.url("range", "no-such-video.mp4");
        Verdict verdict = check(url);
        assertEquals(url + " answered 404 Not Found. Check the link; it must point at the video file itself.",
                verdict.sentence());
        assertEquals(Outcome.REFUSED, verdict.outcome());
        assertNull(verdict.found().contentType());
    }

    @Test
    void whereNoMegabyteIsNeededOnlyTheFirstRequestIsMade() {
        files.resetCounters();
        check(files.url("range", "clip.webm"));
        assertEquals(1, files.requests());
        assertTrue(files.bytesSent() <= 64 * 1024, "read " + files.bytesSent());
    }

    @Test
    void checksRunSafelyFromManyWorkersAtOnce() throws Exception {
        ExecutorService workers = Executors.newFixedThreadPool(8);
        try {
            List<Future<Verdict>> good = new ArrayList<>();
            List<Future<Verdict>> small = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                good.add(workers.submit(() -> check(files.url("range", "long-faststart.mp4"))));
                small.add(workers.submit(() -> check(files.url("plain", "too-small-320x240.mp4"))));
            }
            for (int i = 0; i < 16; i++) {
                assertEquals(Reason.WITHIN_LIMITS, good.get(i).get(10, TimeUnit.SECONDS).reason());
                assertEquals(Reason.RESOLUTION_TOO_LOW, small.get(i).get(10, TimeUnit.SECONDS).reason());
            }
        } finally {
            workers.shutdownNow();
        }
    }

    @Test
    void theDefaultBoundsAreTheDocumentedOnes() {
        Bounds bounds = Bounds.DEFAULT;
        assertEquals(Duration.ofSeconds(3), bounds.connectTimeout());
        assertEquals(Duration.ofSeconds(3), bounds.readTimeout());
        assertEquals(Duration.ofSeconds(5), bounds.total());
        assertEquals(5, bounds.maxRedirects());
        assertEquals(65_536, bounds.firstBytes());
        assertEquals(1_048_576, bounds.maxBytes());
    }
}
