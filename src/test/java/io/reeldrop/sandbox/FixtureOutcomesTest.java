package io.reeldrop.sandbox;

import io.reeldrop.testsupport.Await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.reeldrop.media.FixtureHttpServer;
import io.reeldrop.media.Fixtures;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every committed fixture, fetched by URL (with and without range support, and through a
 * redirect) and uploaded as {@code video_file}, in both versions, ends in the right status; the
 * metadata equals what ffprobe 5.1 reported for the file (recorded below).
 */
class FixtureOutcomesTest {

    /** Expected outcome; width/height/duration are ffprobe's, -1 when the file has none. */
    record Expected(String file, String status, String errorCode, double duration, int width, int height) {
        @Override
        public String toString() {
            return file;
        }
    }

    private static final List<Expected> FIXTURES = List.of(
            new Expected("valid.mp4", "ready", null, 5.0, 640, 360),
            new Expected("moov-at-end.mov", "ready", null, 5.0, 640, 360),
            new Expected("clip.webm", "ready", null, 5.0, 640, 360),
            new Expected("clip.mkv", "ready", null, 6.0, 640, 480),
            // ffprobe: format 4.72 s, video 4.72 s, audio 4.70 s
            new Expected("fractional.mp4", "ready", null, 4.72, 480, 360),
            // ffprobe: coded 640x360 with a 90-degree display matrix; the sandbox reports the display size.
            new Expected("rotated-90.mp4", "ready", null, 5.0, 360, 640),
            new Expected("too-small-320x240.mp4", "failed", "video_resolution_too_low", 5.0, 320, 240),
            new Expected("too-short-2s.mp4", "failed", "video_duration_too_short", 2.0, 640, 360),
            new Expected("truncated.mp4", "failed", "video_file_broken", -1, -1, -1),
            new Expected("not-a-video.mp4", "failed", "video_file_broken", -1, -1, -1));

    private static SandboxServer sandbox;
    private static FixtureHttpServer files;

    @BeforeAll
    static void start() throws Exception {
        sandbox = SandboxServer.start(SandboxConfig.defaults().withTimeScale(1000));
        files = new FixtureHttpServer(Fixtures.directory());
    }

    @AfterAll
    static void stop() throws Exception {
        Closing.all(sandbox, files);
    }

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (String version : List.of("1.2", "1.3")) {
            for (String mode : List.of("range", "plain", "redirect", "upload")) {
                for (Expected expected : FIXTURES) {
                    cases.add(Arguments.of(version, mode, expected));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "v{0} {1} {2}")
    @MethodSource("cases")
    void fixtureEndsInTheRightStatusWithFfprobesMetadata(String version, String mode, Expected expected) throws Exception {
        try (RawClient api = RawClient.checked(sandbox, version)) {
            RawClient.Answer created = mode.equals("upload")
                    ? api.postMultipart("/tasks", RawClient.fields("index_id", SandboxServer.SANDBOX_INDEX_ID),
                            expected.file(), FixtureHttpServer.fixtureBytes(expected.file()))
                    : api.postMultipart("/tasks", RawClient.fields("index_id", SandboxServer.SANDBOX_INDEX_ID,
                            "video_url", files.url(mode, expected.file()).toString()), null, null);
            assertEquals(200, created.status(), created.body());
            String id = created.json().get("_id").asText();
            JsonNode task = Await.until(() -> api.get("/tasks/" + id).json(),
                    t -> t.get("status").asText().equals("ready") || t.get("status").asText().equals("failed"),
                    Duration.ofSeconds(20), expected.file() + " to finish");

            assertEquals(expected.status(), task.get("status").asText(), task.toString());
            JsonNode metadata = task.get("1.2".equals(version) ? "metadata" : "system_metadata");
            assertEquals(expected.file(), metadata.get("filename").asText());
            if (expected.width() > 0) {
                assertEquals(expected.duration(), metadata.get("duration").asDouble(), 0.001, task.toString());
                assertEquals(expected.width(), metadata.get("width").asInt(), task.toString());
                assertEquals(expected.height(), metadata.get("height").asInt(), task.toString());
            } else {
                assertFalse(metadata.has("width"), "an unreadable file has no size: " + task);
            }
            if ("1.2".equals(version)) {
                assertEquals(task.get("updated_at").asText(), task.get("estimated_time").asText(),
                        "a finished task's estimate is when it finished");
            }
            if (expected.errorCode() != null) {
                assertEquals(expected.errorCode(), task.get("error_code").asText());
                assertTrue(task.get("error_reason").asText().length() > 20, "a readable reason: " + task);
            } else {
                assertFalse(task.has("error_reason"));
            }
        }
    }
}
