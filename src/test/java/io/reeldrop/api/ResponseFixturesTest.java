package io.reeldrop.api;

import static io.reeldrop.api.ApiTestSupport.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.reeldrop.contract.ApiContract;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every answer fixture under src/test/resources/api is first checked against the vendor spec of
 * its version (so the fixtures are honest), then served over loopback and read by the client.
 * The seed guide's older answer shape is checked against v1.2, the version closest to it.
 */
class ResponseFixturesTest {

    private final MockWebServer server = new MockWebServer();

    @BeforeEach
    void start() throws Exception {
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** Loads a fixture, asserts the spec accepts it for {@code method path status}, and queues it. */
    private String serve(ApiVersion version, String fixture, String method, String path, int status) throws Exception {
        String body;
        try (InputStream in = getClass().getResourceAsStream("/api/" + fixture)) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        ApiContract.forVersion(version).assertResponse(method, path, status, body);
        server.enqueue(json(status, body));
        return body;
    }

    private TwelveLabsClient client(ApiVersion version) {
        return ApiTestSupport.client(server, version);
    }

    @Test
    void v13ReadyTaskWithSystemMetadataAndHls() throws Exception {
        String body = serve(ApiVersion.V1_3, "v1.3/task-ready.json", "GET", "/tasks/663da73b31cdd0c1f638a8e6", 200);
        try (TwelveLabsClient c = client(ApiVersion.V1_3)) {
            Task t = c.getTask("663da73b31cdd0c1f638a8e6");
            assertEquals(TaskStatus.READY, t.status());
            assertEquals("62a1ec6d9ea24f052b971a0f", t.videoId());
            assertEquals(new VideoMetadata(531.998133, "01.mp4", 854, 480), t.metadata());
            assertEquals(Instant.parse("2024-03-01T00:05:12.250Z"), t.updatedAt());
            assertNull(t.estimatedTime(), "v1.3 has no estimated_time");
            assertEquals("COMPLETE", t.hls().status());
            assertEquals(List.of("https://cdn.example.com/thumbnails/c924.0000001.jpg"), t.hls().thumbnailUrls());
            assertEquals(body, t.rawJson());
        }
    }

    @Test
    void v13ValidatingTaskWithOffsetsEmptyMetadataAndUnknownFields() throws Exception {
        serve(ApiVersion.V1_3, "v1.3/task-validating.json", "GET", "/tasks/x", 200);
        try (TwelveLabsClient c = client(ApiVersion.V1_3)) {
            Task t = c.getTask("x");
            assertEquals(TaskStatus.VALIDATING, t.status());
            assertEquals(Instant.parse("2024-03-01T08:00:00Z"), t.createdAt());
            assertEquals(Instant.parse("2024-03-01T08:00:01.5Z"), t.updatedAt());
            assertEquals(VideoMetadata.EMPTY, t.metadata());
            assertTrue(t.rawJson().contains("new_field_from_the_future"), "nothing the API said is lost");
        }
    }

    @Test
    void v13FailedTaskKeepsTheUndocumentedErrorReason() throws Exception {
        serve(ApiVersion.V1_3, "v1.3/task-failed.json", "GET", "/tasks/x", 200);
        try (TwelveLabsClient c = client(ApiVersion.V1_3)) {
            Task t = c.getTask("x");
            assertEquals(TaskStatus.FAILED, t.status());
            assertEquals("video_duration_too_short", t.errorReason());
        }
    }

    @Test
    void anUnknownStatusIsKeptNotFatal() throws Exception {
        serve(ApiVersion.V1_3, "v1.3/task-unknown-status.json", "GET", "/tasks/x", 200);
        try (TwelveLabsClient c = client(ApiVersion.V1_3)) {
            Task t = c.getTask("x");
            assertEquals("transcoding", t.status().value());
            assertFalse(t.status().isKnown());
            assertFalse(t.status().isTerminal());
        }
    }

    @Test
    void v13TaskPageReadsBothMetadataNames() throws Exception {
        serve(ApiVersion.V1_3, "v1.3/tasks-page.json", "GET", "/tasks", 200);
        try (TwelveLabsClient c = client(ApiVersion.V1_3)) {
            Page<Task> page = c.listTasks(TaskQuery.all());
            assertEquals(new PageInfo(1, 10, 1, 2), page.pageInfo());
            assertEquals(List.of("01.mp4", "02.mp4"), page.data().stream().map(t -> t.metadata().filename()).toList());
            assertEquals(TaskStatus.INDEXING, page.data().get(1).status());
            new ObjectMapper().readTree(page.data().get(0).rawJson()); // each item's raw JSON stands alone
        }
    }

    @Test
    void v13CreateTaskAnswerCarriesTheVideoId() throws Exception {
        serve(ApiVersion.V1_3, "v1.3/create-task.json", "POST", "/tasks", 200);
        try (TwelveLabsClient c = client(ApiVersion.V1_3)) {
            assertEquals(new CreatedTask("62a1ec6d9ea24f052b971a0f", "62a1ec6d9ea24f052b971a11"),
                    c.createTask(CreateTaskRequest.fromUrl("i", URI.create("https://e.com/v.mp4"))));
        }
    }

    @Test
    void v13IndexAndIndexPage() throws Exception {
        serve(ApiVersion.V1_3, "v1.3/index.json", "GET", "/indexes/62d85fe7340fa665f1fda5dd", 200);
        serve(ApiVersion.V1_3, "v1.3/indexes-page.json", "GET", "/indexes", 200);
        try (TwelveLabsClient c = client(ApiVersion.V1_3)) {
            Index index = c.getIndex("62d85fe7340fa665f1fda5dd");
            assertEquals("index-01", index.name());
            assertEquals(2, index.videoCount());
            assertEquals(1363.76, index.totalDuration());
            assertEquals(Instant.parse("2024-04-08T11:11:20.463Z"), index.expiresAt());
            assertTrue(index.rawJson().contains("marengo3.0"));
            List<Index> all = c.listAllIndexes();
            assertEquals(List.of("index-01"), all.stream().map(Index::name).toList());
        }
    }

    @Test
    void v13ErrorFixtureFollowsTheGenericErrorShape() throws Exception {
        String body = new String(getClass().getResourceAsStream("/api/v1.3/error.json").readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(List.of(), ApiContract.forVersion(ApiVersion.V1_3).checkErrorBody(body));
        server.enqueue(json(404, body));
        try (TwelveLabsClient c = client(ApiVersion.V1_3)) {
            ApiException e = assertThrows(ApiException.class, () -> c.getTask("663da73b31cdd0c1f638a8e6"));
            assertEquals("resource_not_exist", e.code());
            assertEquals("The task 663da73b31cdd0c1f638a8e6 does not exist.", e.apiMessage());
            assertEquals("https://docs.twelvelabs.io/v1.3/api-reference/error-codes", e.docsUrl());
        }
    }

    @Test
    void v12IndexingTaskWithEstimatedTimeProcessAndSpaceSeparatedTimes() throws Exception {
        serve(ApiVersion.V1_2, "v1.2/task-indexing.json", "GET", "/tasks/x", 200);
        try (TwelveLabsClient c = client(ApiVersion.V1_2)) {
            Task t = c.getTask("x");
            assertEquals(TaskStatus.INDEXING, t.status());
            assertEquals(Instant.parse("2022-06-09T04:50:00.879Z"), t.createdAt());
            assertEquals(Instant.parse("2022-06-09T04:52:00.1234567Z"), t.updatedAt());
            assertEquals(Instant.parse("2022-06-09T04:55:53.746Z"), t.estimatedTime());
            assertEquals(new TaskProcess(42.5, 120.0), t.process());
            assertEquals(854, t.metadata().width());
        }
    }

    @Test
    void v12ReadyTaskPageCreateAndIndexes() throws Exception {
        serve(ApiVersion.V1_2, "v1.2/task-ready.json", "GET", "/tasks/x", 200);
        serve(ApiVersion.V1_2, "v1.2/tasks-page.json", "GET", "/tasks", 200);
        serve(ApiVersion.V1_2, "v1.2/create-task.json", "POST", "/tasks", 200);
        serve(ApiVersion.V1_2, "v1.2/index.json", "GET", "/indexes/62d85fe7340fa665f1fda5dd", 200);
        serve(ApiVersion.V1_2, "v1.2/indexes-page.json", "GET", "/indexes", 200);
        try (TwelveLabsClient c = client(ApiVersion.V1_2)) {
            assertEquals("62a17bf847f5678267ec10ce", c.getTask("x").videoId());
            assertEquals(List.of(TaskStatus.READY, TaskStatus.FAILED),
                    c.listTasks(TaskQuery.all()).data().stream().map(Task::status).toList());
            assertEquals(new CreatedTask("62a1ec6d9ea24f052b971a0f", null),
                    c.createTask(CreateTaskRequest.fromUrl("i", URI.create("https://e.com/v.mp4")).withLanguage("en")));
            assertEquals("old-index", c.getIndex("62d85fe7340fa665f1fda5dd").name());
            assertEquals(7, c.listIndexes(1, 50).data().get(0).videoCount());
        }
    }

    @Test
    void theSeedGuidesAnswerShapeIsRead() throws Exception {
        serve(ApiVersion.V1_2, "seed/create-task.json", "POST", "/tasks", 200);
        serve(ApiVersion.V1_2, "seed/task-ready.json", "GET", "/tasks/6299f0d815d644f81a22b5e7", 200);
        try (TwelveLabsClient c = client(ApiVersion.V1_2)) {
            CreatedTask created = c.createTask(CreateTaskRequest.fromUrl("6298d673f1090f1100476d4c",
                    URI.create("https://e.com/v.mp4")).withLanguage("en"));
            assertEquals("6299f0d815d644f81a22b5e7", created.taskId());
            Task t = c.getTask(created.taskId());
            assertEquals(TaskStatus.READY, t.status());
            assertEquals(Instant.parse("2022-06-03T11:39:41.620Z"), t.estimatedTime());
            assertEquals(new VideoMetadata(531.998133, "1c20f123-10e8-43f4-b4a8-b08a73a3a32a", 854, 480), t.metadata());
        }
    }
}
