package io.reeldrop.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.reeldrop.media.FixtureHttpServer;
import io.reeldrop.media.Fixtures;
import io.reeldrop.media.MediaProber;
import io.reeldrop.media.UnreadableMediaException;
import io.reeldrop.media.VideoInfo;
import io.reeldrop.preflight.ApiRelease;
import io.reeldrop.preflight.Flow;
import io.reeldrop.preflight.Limits;
import io.reeldrop.preflight.Preflight;
import io.reeldrop.preflight.Reason;
import io.reeldrop.preflight.Verdict;
import io.reeldrop.preflight.VideoRules;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The sandbox's {@link VideoRequirements} and the pre-flight's own {@link VideoRules} were
 * written separately from the same documentation (the two sides share no code, so one's
 * misreading cannot hide the other's); here they judge the same videos and must agree: every
 * committed fixture, as a file and as a link, in both versions, and a grid of sizes and
 * durations around each documented edge. Also the size limits both name. Budget: about a second.
 */
class PreflightAgreementTest {

    private static final List<String> FIXTURES = List.of("valid.mp4", "too-small-320x240.mp4", "too-short-2s.mp4",
            "rotated-90.mp4", "fractional.mp4", "not-a-video.mp4", "truncated.mp4", "clip.webm", "clip.mkv", "moov-at-end.mov");

    private static final MediaProber PROBER = new MediaProber();
    private static FixtureHttpServer files;
    private static Preflight preflight;

    @BeforeAll
    static void start() throws Exception {
        files = new FixtureHttpServer(Fixtures.directory());
        preflight = new Preflight();
    }

    @AfterAll
    static void stop() {
        preflight.close();
        files.close();
    }

    @ParameterizedTest(name = "v{0}")
    @ValueSource(strings = {"1.2", "1.3"})
    void bothJudgeEveryFixtureAlike(String version) {
        Limits limits = Limits.forFlow(ApiRelease.of(version), Flow.TASK);
        List<String> sandboxSays = new ArrayList<>();
        List<String> fileCheckSays = new ArrayList<>();
        List<String> linkCheckSays = new ArrayList<>();
        for (String name : FIXTURES) {
            sandboxSays.add(name + ": " + sandboxCode(version, name));
            fileCheckSays.add(name + ": " + code(preflight.checkFile(Fixtures.file(name), limits)));
            linkCheckSays.add(name + ": " + code(preflight.checkUrl(files.url("range", name), limits)));
        }
        assertEquals(sandboxSays, fileCheckSays);
        assertEquals(sandboxSays, linkCheckSays);
        // And the fixtures do reach more than one answer, so agreeing means something.
        assertEquals(List.of("ok", "video_resolution_too_low", "video_duration_too_short", "ok", "ok", "video_file_broken",
                "video_file_broken", "ok", "ok", "ok"), sandboxSays.stream().map(s -> s.substring(s.indexOf(": ") + 2)).toList());
    }

    @Test
    void bothJudgeEveryEdgeAlike() {
        int[] sides = {1, 359, 360, 361, 480, 864, 865, 2159, 2160, 2161, 3839, 3840, 3841, 4095, 4096, 4097};
        double[] durations = {0.5, 3.99, 4, 4.01, 7199.99, 7200, 7200.01};
        int compared = 0;
        for (String version : List.of("1.2", "1.3")) {
            Limits limits = Limits.forFlow(ApiRelease.of(version), Flow.TASK);
            for (int width : sides) {
                for (int height : sides) {
                    for (double seconds : durations) {
                        VideoInfo video = new VideoInfo(seconds, width, height, width, height, 0, "mov,mp4,m4a,3gp,3g2,mj2",
                                "h264", 0);
                        Reason reason = VideoRules.firstBroken(video, limits);
                        String preflightCode = reason == Reason.WITHIN_LIMITS ? "ok" : reason.apiCode();
                        assertEquals(sandboxCode(version, video), preflightCode,
                                "v" + version + " " + width + "x" + height + " " + seconds + " s");
                        compared++;
                    }
                }
            }
        }
        assertEquals(2 * 16 * 16 * 7, compared);
    }

    @Test
    void bothNameTheSameSizeLimits() {
        assertEquals(SandboxConfig.defaults().maxVideoBytes(), Limits.forFlow(ApiRelease.V1_3, Flow.TASK).maxBytes());
        assertEquals(SandboxConfig.defaults().maxVideoBytes(), Limits.forFlow(ApiRelease.V1_2, Flow.TASK).maxBytes());
        assertEquals(AssetLimits.DEFAULT.directBytes(), Limits.forFlow(ApiRelease.V1_3, Flow.ASSET_DIRECT).maxBytes());
        assertEquals(AssetLimits.DEFAULT.urlBytes(), Limits.forFlow(ApiRelease.V1_3, Flow.ASSET_URL).maxBytes());
        assertEquals(AssetLimits.DEFAULT.multipartBytes(), Limits.forFlow(ApiRelease.V1_3, Flow.ASSET_MULTIPART).maxBytes());
    }

    private static String sandboxCode(String version, String fixture) {
        try {
            return sandboxCode(version, PROBER.probe(Fixtures.file(fixture)));
        } catch (UnreadableMediaException e) {
            return "video_file_broken";
        }
    }

    private static String sandboxCode(String version, VideoInfo video) {
        try {
            VideoRequirements.check(version, video);
            return "ok";
        } catch (TaskFailure failure) {
            return failure.code();
        }
    }

    private static String code(Verdict verdict) {
        return verdict.reason() == Reason.WITHIN_LIMITS ? "ok" : verdict.reason().apiCode();
    }
}
