package io.reeldrop.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reeldrop.media.VideoInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The documented limits per version, at and just past each edge. */
class VideoRequirementsTest {

    private static VideoInfo video(int width, int height, double seconds) {
        return new VideoInfo(seconds, width, height, width, height, 0, "mov,mp4,m4a,3gp,3g2,mj2", "h264", 0);
    }

    @ParameterizedTest(name = "v{0} {1}x{2} {3}s -> {4}")
    @CsvSource({
            "1.3, 360, 360, 4, ok",
            "1.3, 3840, 2160, 7200, ok",
            "1.3, 2160, 3840, 10, ok",
            "1.3, 359, 640, 10, video_resolution_too_low",
            "1.3, 3841, 2160, 10, video_resolution_too_high",
            "1.3, 2400, 2200, 10, video_resolution_too_high",
            "1.3, 1920, 360, 10, video_resolution_invalid_aspect_ratio",
            "1.3, 640, 360, 3.99, video_duration_too_short",
            "1.3, 640, 360, 7200.5, video_duration_too_long",
            "1.2, 4096, 2160, 10, ok",
            "1.2, 1920, 360, 10, ok",
            "1.2, 640, 359, 10, video_resolution_too_low",
            "1.2, 4097, 2160, 10, video_resolution_too_high",
            "1.2, 640, 360, 2, video_duration_too_short",
    })
    void limits(String version, int width, int height, double seconds, String expected) {
        if (expected.equals("ok")) {
            assertDoesNotFail(version, video(width, height, seconds));
            return;
        }
        TaskFailure failure = assertThrows(TaskFailure.class, () -> VideoRequirements.check(version, video(width, height, seconds)));
        assertEquals(expected, failure.code());
        assertTrue(failure.getMessage().contains(".") && failure.getMessage().length() > 30, failure.getMessage());
    }

    @Test
    void reasonsSayWhatToDo() {
        TaskFailure low = assertThrows(TaskFailure.class, () -> VideoRequirements.check("1.3", video(320, 240, 5)));
        assertEquals("The video is 320x240; the minimum is 360x360. Upload a version at 360p or larger.", low.getMessage());
    }

    private static void assertDoesNotFail(String version, VideoInfo info) {
        try {
            VideoRequirements.check(version, info);
        } catch (TaskFailure e) {
            throw new AssertionError("expected to pass: " + info + " but " + e.code() + ": " + e.getMessage());
        }
    }
}
