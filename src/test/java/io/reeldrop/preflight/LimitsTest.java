package io.reeldrop.preflight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.reeldrop.media.VideoInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The documented numbers per version and flow, and the requirement edges. */
class LimitsTest {

    @ParameterizedTest(name = "{0} {1}: {2} bytes")
    @CsvSource({
            "V1_2, TASK,            2147483648",
            "V1_3, TASK,            2147483648",
            "V1_3, ASSET_DIRECT,    200000000",
            "V1_3, ASSET_URL,       4294967296",
            "V1_3, ASSET_MULTIPART, 4294967296",
    })
    void eachFlowHasItsDocumentedSizeLimit(ApiRelease release, Flow flow, long maxBytes) {
        Limits limits = Limits.forFlow(release, flow);
        assertEquals(maxBytes, limits.maxBytes());
        assertEquals(360, limits.minShortSide());
        assertEquals(2160, limits.maxShortSide());
        assertEquals(release == ApiRelease.V1_3 ? 3840 : 4096, limits.maxLongSide());
        assertEquals(4, limits.minSeconds());
        assertEquals(7200, limits.maxSeconds());
    }

    @Test
    void v12HasNoAssetsFlow() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Limits.forFlow(ApiRelease.V1_2, Flow.ASSET_URL));
        assertEquals("ASSET_URL is a v1.3 flow; v1.2 has only tasks.", e.getMessage());
    }

    @Test
    void filesUpTo200MbGoDirectLargerOnesMultipart() {
        assertEquals(Flow.ASSET_DIRECT, Limits.assetFlowForFile(200_000_000));
        assertEquals(Flow.ASSET_MULTIPART, Limits.assetFlowForFile(200_000_001));
    }

    @Test
    void releasesAreReadFromTheirNames() {
        assertEquals(ApiRelease.V1_3, ApiRelease.of("v1.3"));
        assertEquals(ApiRelease.V1_2, ApiRelease.of("1.2"));
        assertThrows(IllegalArgumentException.class, () -> ApiRelease.of("v2"));
    }

    @ParameterizedTest(name = "{0} {1}x{2} {3}s -> {4}")
    @CsvSource({
            "V1_3, 360, 360, 4, WITHIN_LIMITS",
            "V1_3, 3840, 2160, 7200, WITHIN_LIMITS",
            "V1_3, 2160, 3840, 10, WITHIN_LIMITS",
            "V1_3, 864, 360, 10, WITHIN_LIMITS",
            "V1_3, 865, 360, 10, ASPECT_RATIO",
            "V1_3, 359, 640, 10, RESOLUTION_TOO_LOW",
            "V1_3, 3841, 2160, 10, RESOLUTION_TOO_HIGH",
            "V1_3, 2400, 2200, 10, RESOLUTION_TOO_HIGH",
            "V1_3, 640, 360, 3.99, TOO_SHORT",
            "V1_3, 640, 360, 7200.5, TOO_LONG",
            "V1_2, 4096, 2160, 10, WITHIN_LIMITS",
            "V1_2, 1920, 360, 10, WITHIN_LIMITS",
            "V1_2, 640, 359, 10, RESOLUTION_TOO_LOW",
            "V1_2, 4097, 2160, 10, RESOLUTION_TOO_HIGH",
            "V1_2, 640, 360, 2, TOO_SHORT",
    })
    void requirementEdges(ApiRelease release, int width, int height, double seconds, Reason expected) {
        VideoInfo video = new VideoInfo(seconds, width, height, width, height, 0, "mov,mp4,m4a,3gp,3g2,mj2", "h264", 0);
        assertEquals(expected, VideoRules.firstBroken(video, Limits.forFlow(release, Flow.TASK)));
    }

    @Test
    void aspectRatioSentenceNamesTheRatio() {
        VideoInfo wide = new VideoInfo(10, 1920, 360, 1920, 360, 0, "mov,mp4,m4a,3gp,3g2,mj2", "h264", 0);
        Verdict verdict = VideoRules.judge("pano.mp4", new Found(1000, null, wide, 0), Limits.forFlow(ApiRelease.V1_3, Flow.TASK));
        assertEquals("pano.mp4 is 1920x360, an aspect ratio of 5.33:1, wider than 2.4:1. Crop or pad it to between 1:2.4"
                + " and 2.4:1.", verdict.sentence());
        VideoInfo longer = new VideoInfo(7300, 640, 360, 640, 360, 0, "mov,mp4,m4a,3gp,3g2,mj2", "h264", 0);
        assertEquals("film.mp4 lasts 7300 s; the maximum is 2 hours (7200 s). Split it into shorter parts.",
                VideoRules.judge("film.mp4", new Found(1000, null, longer, 0), Limits.forFlow(ApiRelease.V1_3, Flow.TASK))
                        .sentence());
    }
}
