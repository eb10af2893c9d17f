package io.reeldrop.listing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.reeldrop.api.Task;
import io.reeldrop.api.TaskStatus;
import io.reeldrop.tracking.TrackedTask;
import io.reeldrop.tracking.model.Submission;
import io.reeldrop.tracking.model.SubmissionState;
import io.reeldrop.tracking.model.UploadFlow;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How an upload reads in the row: bytes, rate and time left; where a paused one stopped. */
class UploadTextTest {

    private static final long MB = 1024 * 1024;
    private static final Submission FILE = Submission.ofFile("i", null, Path.of("/v/big.mp4")).withFlow(UploadFlow.ASSETS);

    private static TrackedTask at(SubmissionState state, long sent, long total, double rate) {
        return new TrackedTask("l", FILE, state, null, null, null, Instant.EPOCH, Map.of(), sent, total, List.of(), rate);
    }

    @Test
    void anUploadSaysItsBytesRateAndTimeLeft() {
        TrackedTask t = at(SubmissionState.UPLOADING, 1229 * MB, 3174 * MB, 18 * MB);

        assertEquals("1.2 GB of 3.1 GB \u00b7 18 MB/s \u00b7 2 min left", UploadText.progress(t));
        assertEquals("Uploading 38% \u00b7 1.2 GB of 3.1 GB \u00b7 18 MB/s \u00b7 2 min left", UploadText.sentence(t));
    }

    @Test
    void beforeARateIsMeasuredOnlyTheBytes() {
        assertEquals("10 MB of 40 MB", UploadText.progress(at(SubmissionState.UPLOADING, 10 * MB, 40 * MB, 0)));
    }

    @Test
    void aPausedUploadSaysWhereItStopped() {
        TrackedTask t = at(SubmissionState.PAUSED, 512 * MB, 1024 * MB, 0);
        assertEquals("Paused at 512 MB of 1.0 GB", UploadText.progress(t));
        assertEquals("Paused at 512 MB of 1.0 GB; Resume upload sends the rest.", UploadText.sentence(t));
        assertEquals("50%", RowStatus.of(t).percentText(), "the bar stays where it stopped");
    }

    @Test
    void aUrlAProcessingAssetAndAReadyVideoHaveNoUploadText() {
        Submission url = Submission.ofUrl("i", null, "https://cdn.example.test/a.mp4").withFlow(UploadFlow.ASSETS);
        assertNull(UploadText.progress(new TrackedTask("l", url, SubmissionState.UPLOADING, null, null, null,
                Instant.EPOCH, Map.of(), 0, 0)));
        assertNull(UploadText.progress(at(SubmissionState.PROCESSING, 40 * MB, 40 * MB, 0)));
        Task ready = new Task("t", "i", "v", TaskStatus.READY, null, null, null, null, null, null, null, "{}");
        assertNull(UploadText.progress(new TrackedTask("l", FILE, SubmissionState.SENT, ready, null, null,
                Instant.EPOCH, Map.of(), 40 * MB, 40 * MB)));
    }

    @Test
    void timeLeftAndRatesRead() {
        assertEquals("45 s left", Formats.timeLeft(Duration.ofSeconds(45)));
        assertEquals("1 s left", Formats.timeLeft(Duration.ofMillis(300)));
        assertEquals("2 min left", Formats.timeLeft(Duration.ofSeconds(110)));
        assertEquals("1 h 05 min left", Formats.timeLeft(Duration.ofMinutes(65)));
        assertEquals("", Formats.timeLeft(null));
        assertEquals("100 KB/s", Formats.rate(100 * 1024));
        assertEquals("6.0 MB/s", Formats.rate(6 * MB));
        assertEquals("999 B", Formats.shortSize(999));
        assertEquals("", Formats.rate(0));
    }
}
