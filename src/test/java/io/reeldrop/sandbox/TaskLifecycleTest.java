package io.reeldrop.sandbox;

import io.reeldrop.testsupport.Await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.reeldrop.media.FixtureHttpServer;
import io.reeldrop.media.Fixtures;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One task from creation to {@code ready}, watched closely over loopback in both versions: the
 * status order, timestamps that move exactly on transitions, the version's own fields
 * ({@code estimated_time}/{@code process}/{@code metadata} in v1.2, {@code system_metadata}/
 * {@code video_id} in v1.3) and a schedule proportional to the video's length.
 */
class TaskLifecycleTest {

    /**
     * pending 0.8 s, queued 1.2 s, indexing max(5, 0.3 x 5) / 2.5 = 2 s. Each status must be seen
     * by a poll, so its window must outlast a stall of a loaded 2-core CI machine; 0.8 s does.
     */
    private static final double TIME_SCALE = 2.5;
    private static final long QUEUED_MILLIS = Math.round(3000 / TIME_SCALE);
    private static final long INDEXING_MILLIS = Math.round(5000 / TIME_SCALE);

    private static SandboxServer sandbox;
    private static FixtureHttpServer files;

    @BeforeAll
    static void start() throws Exception {
        sandbox = SandboxServer.start(SandboxConfig.defaults().withTimeScale(TIME_SCALE));
        files = new FixtureHttpServer(Fixtures.directory());
    }

    @AfterAll
    static void stop() throws Exception {
        Closing.all(sandbox, files);
    }

    @ParameterizedTest(name = "v{0}")
    @ValueSource(strings = {"1.2", "1.3"})
    void urlTaskWalksEveryStatusWithTimestampsThatMoveOnlyOnTransitions(String version) throws Exception {
        try (RawClient api = RawClient.checked(sandbox, version)) {
            RawClient.Answer created = api.postMultipart("/tasks", RawClient.fields(
                    "index_id", SandboxServer.SANDBOX_INDEX_ID, "video_url", files.url("range", "valid.mp4").toString()), null, null);
            assertEquals(200, created.status(), created.body());
            String id = created.json().get("_id").asText();
            assertEquals("1.3".equals(version), created.json().has("video_id"), "v1.3 answers a video_id at creation");

            Map<String, String> updatedAtByStatus = new LinkedHashMap<>();
            List<JsonNode> seen = new ArrayList<>();
            JsonNode last = Await.until(() -> api.get("/tasks/" + id).json(), task -> {
                seen.add(task);
                String previous = updatedAtByStatus.putIfAbsent(task.get("status").asText(), task.get("updated_at").asText());
                assertTrue(previous == null || previous.equals(task.get("updated_at").asText()),
                        "updated_at changed without a transition: " + task);
                return task.get("status").asText().equals("ready");
            }, Duration.ofSeconds(20), "task " + id + " to be ready");

            List<String> order = new ArrayList<>(updatedAtByStatus.keySet());
            // A warm prober may validate a 44 KB file before the first poll; every later status lasts >= 800 ms.
            assertTrue(order.indexOf("validating") <= 0, "validating comes first: " + order);
            assertEquals(List.of("pending", "queued", "indexing", "ready"),
                    order.stream().filter(status -> !status.equals("validating")).toList(), "statuses in order");
            assertTrue(seen.stream().allMatch(t -> t.get("created_at").asText().equals(last.get("created_at").asText())),
                    "created_at never changes");
            List<Instant> transitions = updatedAtByStatus.values().stream().map(Instant::parse).toList();
            for (int i = 1; i < transitions.size(); i++) {
                assertTrue(transitions.get(i).isAfter(transitions.get(i - 1)), "updated_at grows: " + updatedAtByStatus);
            }
            Duration indexing = Duration.between(Instant.parse(updatedAtByStatus.get("indexing")), Instant.parse(updatedAtByStatus.get("ready")));
            assertEquals(INDEXING_MILLIS, indexing.toMillis(), 5, "indexing takes max(5 s, 0.3 x 5 s) / time scale");
            Duration queued = Duration.between(Instant.parse(updatedAtByStatus.get("queued")), Instant.parse(updatedAtByStatus.get("indexing")));
            assertEquals(QUEUED_MILLIS, queued.toMillis(), 5, "queued takes 3 s / time scale");

            JsonNode metadata = last.get("1.2".equals(version) ? "metadata" : "system_metadata");
            assertEquals(5.0, metadata.get("duration").asDouble(), 0.001);
            assertEquals(640, metadata.get("width").asInt());
            assertEquals(360, metadata.get("height").asInt());
            assertEquals("valid.mp4", metadata.get("filename").asText());
            assertNotNull(last.get("video_id"));
            if ("1.2".equals(version)) {
                assertV12Extras(seen, last);
            } else {
                assertEquals(created.json().get("video_id").asText(), last.get("video_id").asText());
                assertTrue(seen.stream().noneMatch(t -> t.has("estimated_time") || t.has("process") || t.has("metadata")));
            }
        }
    }

    private static void assertV12Extras(List<JsonNode> seen, JsonNode last) {
        assertEquals(last.get("updated_at").asText(), last.get("estimated_time").asText(),
                "once planned, estimated_time is the instant the task becomes ready");
        assertTrue(seen.stream().filter(t -> !t.get("status").asText().equals("ready")).noneMatch(t -> t.has("video_id")),
                "v1.2 shows video_id only when ready");
        List<JsonNode> indexing = seen.stream().filter(t -> t.get("status").asText().equals("indexing")).toList();
        assertFalse(indexing.isEmpty());
        double previous = -1;
        for (JsonNode task : indexing) {
            double percentage = task.get("process").get("percentage").asDouble();
            assertTrue(percentage >= previous && percentage <= 100, "percentage grows within 0..100: " + percentage);
            assertTrue(task.get("process").get("remain_seconds").asDouble() <= INDEXING_MILLIS / 1000.0);
            previous = percentage;
        }
        assertTrue(seen.stream().filter(t -> !t.get("status").asText().equals("indexing")).noneMatch(t -> t.has("process")),
                "process only while indexing");
    }
}
